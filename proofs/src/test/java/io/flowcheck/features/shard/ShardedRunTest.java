package io.flowcheck.features.shard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.SeparateServer;
import io.flowcheck.framework.results.ResultsMerge;
import io.flowcheck.framework.run.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three shards of one run ({@code ef.shard=1/3..3/3}, one run id) as three JVMs at the same time
 * against one separately started simulator, then one unsharded run of the same selection against
 * it; the shards' results merged. Every selected scenario ran in exactly one shard, the merged
 * counts equal the unsharded run's, the lock-tag scenarios stayed together, nothing is left on the
 * server, and no output holds the password or a session id.
 *
 * <p>The selection (smoke, plus the two {@code @sessions} scenarios) keeps the test short while
 * holding both lock groups: {@code @kb-property} and {@code @sessions}.
 */
class ShardedRunTest {
  private static final String PASSWORD = "Shard-Test-Pw-7f3k!";
  private static final String TAGS = "@smoke or @sessions";
  private static final int SHARDS = 3;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @RegisterExtension static final SeparateServer server = new SeparateServer(PASSWORD);

  @TempDir Path tmp;

  @Test
  void threeShardsAtOnceRunEveryScenarioOnceAndMergeIntoTheUnshardedCounts() throws Exception {
    String runId = "shardtest-" + Long.toHexString(System.nanoTime());
    List<Process> shards = new ArrayList<>();
    for (int i = 1; i <= SHARDS; i++) {
      shards.add(child(tmp.resolve("shard" + i), runId, i + "/" + SHARDS));
    }
    for (int i = 0; i < SHARDS; i++) {
      assertExited(shards.get(i), tmp.resolve("shard" + (i + 1)));
    }
    assertExited(child(tmp.resolve("whole"), runId + "-whole", null), tmp.resolve("whole"));

    List<Path> shardResults = new ArrayList<>();
    for (int i = 1; i <= SHARDS; i++) {
      shardResults.add(results(tmp.resolve("shard" + i)));
    }
    Path whole = results(tmp.resolve("whole"));

    // Every selected scenario ran exactly once, in one of the shards.
    List<String> ranInShards = new ArrayList<>();
    Map<String, Integer> shardOf = new TreeMap<>();
    for (int i = 0; i < SHARDS; i++) {
      for (String s : scenarios(shardResults.get(i))) {
        ranInShards.add(s);
        shardOf.put(s, i + 1);
      }
    }
    List<String> ranWhole = scenarios(whole);
    assertThat(ranWhole.size(), greaterThan(SHARDS));
    assertThat(
        "no scenario ran twice", new HashSet<>(ranInShards).size(), equalTo(ranInShards.size()));
    assertThat(Set.copyOf(ranInShards), equalTo(Set.copyOf(ranWhole)));
    assertThat(
        "lock group @kb-property in one shard",
        shardsOf(shardOf, "KB article's property"),
        equalTo(1));
    assertThat(
        "lock group @sessions in one shard",
        shardsOf(shardOf, "login.feature::One login|login.feature::An expired"),
        equalTo(1));
    for (int i = 0; i < SHARDS; i++) {
      Properties shard = properties(shardResults.get(i).resolve(RunSummary.SHARD_FILE));
      assertEquals((i + 1) + "/" + SHARDS, shard.getProperty("shard"));
      assertEquals(String.valueOf(ranWhole.size()), shard.getProperty("selected"));
    }

    // Merged, the shards count what the unsharded run counts.
    Path merged = tmp.resolve("merged");
    assertEquals(List.of("1/3", "2/3", "3/3"), ResultsMerge.merge(shardResults, merged));
    Properties mergedSummary = properties(merged.resolve(RunSummary.FILE));
    Properties wholeSummary = properties(whole.resolve(RunSummary.FILE));
    for (String count : List.of("passed", "notConfirmed", "failed", "skipped")) {
      assertEquals(wholeSummary.getProperty(count), mergedSummary.getProperty(count), count);
    }
    assertEquals("0", mergedSummary.getProperty("failed"));
    assertEquals(null, RunSummary.read(merged).problem());
    assertEquals(Set.copyOf(ranWhole), Set.copyOf(scenarios(merged)), "the merged Cucumber JSON");
    String junit = Files.readString(merged.resolve("cucumber-reports/cucumber-junit.xml"));
    assertThat(junit, containsString("tests=\"" + ranWhole.size() + "\""));
    String env = Files.readString(merged.resolve("allure-results/environment.properties"));
    assertThat(env, containsString("Shard = 1/3, 2/3, 3/3"));
    for (int i = 1; i <= SHARDS; i++) {
      assertThat(env, containsString("flowcheck-sandbox-" + runId + "-" + i + "of" + SHARDS));
    }
    JsonNode timings = JSON.readTree(Files.readString(merged.resolve("flowcheck-timings.json")));
    assertEquals(ranWhole.size(), timings.size(), "one duration per scenario");

    // Nothing left on the server: the shards' sandboxes and artifact groups are gone.
    assertThat(server.runObjectsLeft(), empty());

    // No secret in any output of any run, nor in the merge.
    Set<String> secrets = new HashSet<>(server.simulator().issuedSessionIds());
    assertThat("the runs logged in", secrets.size(), greaterThan(0));
    secrets.add(PASSWORD);
    assertThat(leaks(tmp, secrets), empty());
  }

  /** A run of the suite in a JVM of its own, its results under {@code dir/target}. */
  private static Process child(Path dir, String runId, String shard) throws IOException {
    Path target = dir.resolve("target");
    Files.createDirectories(target);
    List<String> properties = new ArrayList<>();
    properties.add("ef.run.id=" + runId);
    properties.add("cucumber.filter.tags=" + TAGS);
    properties.add("flowcheck.output.dir=" + target);
    properties.add("allure.results.directory=" + target.resolve("allure-results"));
    properties.add("flowcheck.console.log=" + target.resolve("console.log"));
    if (shard != null) {
      properties.add("ef.shard=" + shard);
    }
    return server
        .childJvm(properties, ShardChild.class.getName())
        .directory(dir.toFile()) // Cucumber's report plugins write to target/ of the folder
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  private static void assertExited(Process p, Path dir) throws Exception {
    // Generous: only to never hang the build; the runs take seconds.
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the run in " + dir + " did not end");
    assertEquals(0, p.exitValue(), () -> log(dir));
  }

  private static String log(Path dir) {
    try {
      return Files.readString(dir.resolve("child.log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static Path results(Path dir) {
    return dir.resolve("target");
  }

  /** {@code login.feature::A request without credentials is refused#line}: one per scenario run. */
  private static List<String> scenarios(Path results) throws IOException {
    Path file = results.resolve("cucumber-reports/cucumber.json");
    List<String> all = new ArrayList<>();
    if (!Files.exists(file)) {
      return all;
    }
    for (JsonNode feature : JSON.readTree(Files.readString(file))) {
      String uri = feature.path("uri").asString();
      String name = uri.substring(uri.lastIndexOf('/') + 1);
      for (JsonNode e : feature.path("elements")) {
        if (!"background".equals(e.path("type").asString())) {
          all.add(name + "::" + e.path("name").asString() + "#" + e.path("line").asInt());
        }
      }
    }
    return all;
  }

  private static int shardsOf(Map<String, Integer> shardOf, String regex) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
    Set<Integer> shards = new HashSet<>();
    shardOf.forEach(
        (scenario, shard) -> {
          if (p.matcher(scenario).find()) {
            shards.add(shard);
          }
        });
    assertThat("the selection holds the group " + regex, shards.isEmpty(), equalTo(false));
    return shards.size();
  }

  private static Properties properties(Path file) throws IOException {
    Properties p = new Properties();
    try (var r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    return p;
  }

  /** Files under {@code root} that hold one of the secrets, named by file and which secret. */
  private static List<String> leaks(Path root, Set<String> secrets) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String s : secrets) {
          if (text.contains(s)) {
            found.add(
                root.relativize(f) + (s.equals(PASSWORD) ? " (password)" : " (a session id)"));
          }
        }
      }
    }
    return found;
  }
}
