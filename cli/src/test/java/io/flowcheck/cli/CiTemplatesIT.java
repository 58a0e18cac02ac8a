package io.flowcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Shards and their merge end to end, through the jar: the GitLab template (its {@code parallel}
 * shard variables, its own variables and the user's CI/CD variables) runs as GitLab would run it,
 * every shard's {@code ./flowcheck --no-aot-cache run} line at once, then its {@code report} line,
 * against one standalone simulator and flowcheck.jar with its launcher in a folder outside the
 * repository, as the template's download lines leave them. A small tag selection ({@code
 * CUCUMBER_FILTER_TAGS}, which every template passes on) keeps it quick. {@link CiTemplatesTest}
 * checks every template's lines against the CLI without a JVM each. It runs beside the other jar
 * tests: its simulator and folder are its own.
 */
@Order(2)
@Execution(ExecutionMode.CONCURRENT)
class CiTemplatesIT {
  private static final Path REPO =
      Path.of(System.getProperty("flowcheck.repo", "..")).toAbsolutePath().normalize();
  private static final Path BUILT_JAR =
      Path.of(System.getProperty("flowcheck.jar", "target/flowcheck.jar")).toAbsolutePath();
  private static final String TAGS = "@smoke and @upgrade";
  private static final String USER = "qa";
  private static final String PASSWORD =
      "pw-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
  private static final Pattern SHARD_LINE =
      Pattern.compile("flowcheck: shard (\\d+)/(\\d+) runs (\\d+) of (\\d+) selected scenarios");
  private static final Pattern MERGED_LINE =
      Pattern.compile("flowcheck: merged shards .* into (\\S+)");
  private static final long HANG_GUARD_MINUTES = 10;
  private static final AtomicInteger LOGS = new AtomicInteger();

  /**
   * The simulator's JVM options (the template's commands get theirs from the flowcheck launcher):
   * the quick compiler alone and the serial collector halve its CPU. The java launcher announces
   * them with one NOTE line.
   */
  private static final String SHORT_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  private static Path root;
  private static Process simulator;
  private static String api;
  private static CiTemplate.Supplied supplied;

  @BeforeAll
  static void startOneSimulatorAndCopyTheJar() throws IOException {
    root = Files.createTempDirectory("flowcheck-ci-");
    assertFalse(root.startsWith(REPO), "the test folder must be outside the repository");
    Files.copy(BUILT_JAR, root.resolve("flowcheck.jar"));
    Files.copy(
        BUILT_JAR.resolveSibling("flowcheck"),
        root.resolve("flowcheck"),
        StandardCopyOption.COPY_ATTRIBUTES); // the build leaves it executable
    ProcessBuilder server =
        new ProcessBuilder(
                java(),
                "-jar",
                "flowcheck.jar",
                "simulator",
                "--http",
                "--port",
                "0",
                "--user",
                USER,
                "--password",
                PASSWORD)
            .directory(root.toFile())
            // stderr to a file: it holds the launcher's NOTE line, and an unread pipe could fill
            .redirectError(root.resolve("simulator-err.txt").toFile());
    server.environment().put("JDK_JAVA_OPTIONS", SHORT_JVM);
    simulator = server.start();
    // Its one ready line on stdout .
    BufferedReader out =
        new BufferedReader(
            new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    // Whatever it prints later is read and dropped, so a full pipe never blocks the simulator.
    Thread drain =
        new Thread(
            () -> {
              try {
                out.transferTo(java.io.Writer.nullWriter());
              } catch (IOException ended) {
                // the simulator stopped
              }
            });
    drain.setDaemon(true);
    drain.start();
    String prefix = "ElectricFlow simulator ready at ";
    assertTrue(line != null && line.startsWith(prefix), "the simulator said: " + line);
    api = line.substring(prefix.length()).strip();
    supplied =
        new CiTemplate.Supplied(
            Map.of(
                "EF_SERVER",
                api.replace("/rest/v1.0", ""),
                "EF_USER",
                USER,
                "FLOWCHECK_JAR_URL",
                "https://example.invalid/flowcheck.jar",
                "CUCUMBER_FILTER_TAGS",
                TAGS),
            Map.of("EF_PASSWORD", PASSWORD));
  }

  @AfterAll
  static void stopTheSimulatorAndCleanUp() throws InterruptedException, IOException {
    JarProcess.stopAndDelete(simulator, root);
  }

  /**
   * GitLab's: its shards find themselves through GitLab's own variables (CI_NODE_INDEX from 1), and
   * it takes the user's settings as CI/CD variables, so the template is the one whose lines depend
   * most on what the engine sets.
   */
  @Test
  void gitlabShardsAndMergeRunAsGitlabWould() throws Exception {
    String name = "gitlab-ci.yml";
    runAndCheck(CiTemplate.gitlab(name, CiTemplatesTest.template(name), supplied));
  }

  private static void runAndCheck(CiTemplate template) throws Exception {
    Path dir = Files.createDirectories(root.resolve(template.name().replace('.', '-')));
    Files.createSymbolicLink(dir.resolve("flowcheck.jar"), root.resolve("flowcheck.jar"));
    // What the template's curl lines download: the launcher beside the jar, executable.
    Files.copy(
        root.resolve("flowcheck"), dir.resolve("flowcheck"), StandardCopyOption.COPY_ATTRIBUTES);

    // Every shard at once, as the CI's agents run them, against the one server.
    List<Running> shards = new ArrayList<>();
    for (CiTemplate.Command shard : template.shards()) {
      shards.add(start(dir, shard));
    }
    int total = template.shards().size();
    int ran = 0;
    Set<String> indexes = new HashSet<>();
    Integer selected = null;
    List<String> outputs = new ArrayList<>();
    // A shard that fails must not leave the others running against the server the next template
    // checks: they end (and clean up) before this template's verdict leaves the method.
    try {
      for (Running shard : shards) {
        String out = shard.finish(template);
        outputs.add(out);
        Matcher m = SHARD_LINE.matcher(out);
        assertTrue(m.find(), template.name() + ": no shard line in\n" + tail(out));
        assertEquals(String.valueOf(total), m.group(2), template.name() + ": shard count");
        indexes.add(m.group(1));
        ran += Integer.parseInt(m.group(3));
        int all = Integer.parseInt(m.group(4));
        assertTrue(selected == null || selected == all, "shards disagree on the selection");
        selected = all;
      }
    } finally {
      for (Running shard : shards) {
        if (!shard.process().waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
          shard.process().destroyForcibly();
        }
      }
    }
    assertEquals(total, indexes.size(), template.name() + ": each shard index once: " + indexes);
    assertTrue(selected > 0, template.name() + ": the selection " + TAGS + " is empty");
    assertEquals(selected, ran, template.name() + ": the shards' shares must add up");

    String merge = start(dir, template.merge()).finish(template);
    outputs.add(merge);
    Matcher merged = MERGED_LINE.matcher(merge);
    assertTrue(merged.find(), template.name() + ": the report merged no shards:\n" + tail(merge));
    Path results = dir.resolve(merged.group(1));
    Path report = results.getParent();
    assertEquals(selected, scenarios(results.resolve("cucumber-reports/cucumber.json")));
    Properties summary = new Properties();
    try (var r = Files.newBufferedReader(results.resolve("flowcheck-summary.properties"))) {
      summary.load(r);
    }
    assertEquals(String.valueOf(selected), summary.getProperty("passed"), "merged " + summary);
    assertTrue(
        Files.isRegularFile(report.resolve("allure-report/index.html")),
        template.name() + ": no Allure report in " + report);
    try (Stream<Path> files = Files.list(report.resolve("allure-results"))) {
      assertEquals(
          (long) selected,
          files.filter(p -> p.getFileName().toString().endsWith("-result.json")).count(),
          template.name() + ": the report's Allure results are not the merged shards'");
    }

    for (String out : outputs) {
      assertFalse(out.contains(PASSWORD), template.name() + ": the password is in a console");
    }
    assertNoFileContains(dir, PASSWORD);
    assertNothingLeftOnTheServer(template.name());
  }

  /** The line through a shell, as the engine runs it, with only the environment it would give. */
  private static Running start(Path dir, CiTemplate.Command command) throws IOException {
    Path log = dir.resolve("ci-log-" + LOGS.incrementAndGet() + ".txt");
    ProcessBuilder pb =
        new ProcessBuilder("/bin/sh", "-c", command.line())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    // The build's own settings stay out: the command sees what the CI engine gives, nothing else.
    env.keySet()
        .removeIf(
            k ->
                k.startsWith("EF_")
                    || k.startsWith("CUCUMBER_")
                    || k.startsWith("FLOWCHECK_")
                    || k.startsWith("CI_")
                    || k.startsWith("JOB_")
                    || k.equals("JAVA_TOOL_OPTIONS")
                    || k.equals("JDK_JAVA_OPTIONS")
                    || k.equals("JAVA_OPTS"));
    // A CI image's JDK (its JAVA_HOME), which the launcher starts.
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("PATH", Path.of(java()).getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("FLOWCHECK_CACHE", root.resolve("cache").toString());
    env.putAll(command.env());
    return new Running(command.line(), pb.start(), log);
  }

  private record Running(String line, Process process, Path log) {
    /** Its output, once it ended with 0; else the failure names the template and the line. */
    String finish(CiTemplate template) throws InterruptedException, IOException {
      if (!process.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("ci/" + template.name() + ": hung: " + line);
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      int status = process.exitValue();
      if (status == 2) {
        throw new AssertionError(
            "ci/"
                + template.name()
                + ": flowcheck.jar refused the line "
                + line
                + ": "
                + out.lines().filter(l -> !l.isBlank()).findFirst().orElse("(no output)"));
      }
      assertEquals(0, status, "ci/" + template.name() + ": " + line + " ended with\n" + tail(out));
      return out;
    }
  }

  /** The scenarios of a Cucumber JSON, each once: a scenario two shards ran counts as a failure. */
  private static int scenarios(Path cucumberJson) throws IOException {
    JsonNode features = new ObjectMapper().readTree(cucumberJson.toFile());
    Set<String> seen = new HashSet<>();
    for (JsonNode feature : features) {
      for (JsonNode scenario : feature.path("elements")) {
        if (scenario.path("type").asString().equals("scenario")) {
          String key = feature.path("uri").asString() + ":" + scenario.path("line").asInt();
          assertTrue(seen.add(key), "ran twice: " + key + " " + scenario.path("name").asString());
        }
      }
    }
    return seen.size();
  }

  /** No sandbox project and no artifact of a run remains on the simulator. */
  private static void assertNothingLeftOnTheServer(String template) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    for (String path : List.of("/projects", "/artifacts")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", auth).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), path + ": " + response.body());
      assertFalse(
          response.body().contains("flowcheck-sandbox-") || response.body().contains("flowcheck."),
          template + ": left on the server (" + path + "): " + response.body());
    }
  }

  private static void assertNoFileContains(Path dir, String secret) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f :
          files.filter(p -> Files.isRegularFile(p) && !Files.isSymbolicLink(p)).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(secret), "the password is in " + f);
      }
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
  }
}
