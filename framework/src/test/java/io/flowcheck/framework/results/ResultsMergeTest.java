package io.flowcheck.framework.results;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.config.FailOn;
import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.upgrade.ExchangeDiff;
import io.flowcheck.framework.upgrade.Finding;
import io.flowcheck.framework.upgrade.Latency;
import io.flowcheck.framework.upgrade.RecordedExchange;
import io.flowcheck.framework.upgrade.SlowerRule;
import io.flowcheck.framework.upgrade.UpgradeSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ResultsMergeTest {
  @TempDir Path tmp;

  private Path shard(int index, int total, String json, String junit, String summary)
      throws Exception {
    Path dir = tmp.resolve("shard" + index);
    Files.createDirectories(dir.resolve("cucumber-reports"));
    Files.createDirectories(dir.resolve("allure-results"));
    Files.createDirectories(dir.resolve("ef-coverage"));
    Files.writeString(dir.resolve(RunSummary.SHARD_FILE), record(index, total, "s1", "p1"));
    Files.writeString(dir.resolve("cucumber-reports/cucumber.json"), json);
    Files.writeString(dir.resolve("cucumber-reports/cucumber-junit.xml"), junit);
    Files.writeString(dir.resolve(RunSummary.FILE), summary);
    Files.writeString(
        dir.resolve("allure-results/environment.properties"),
        "Server = https://sim/rest/v1.0\nSandbox.project = flowcheck-sandbox-r-"
            + index
            + "of"
            + total
            + "\nShard = "
            + index
            + "/"
            + total
            + "\n");
    Files.writeString(dir.resolve("allure-results/" + index + "-result.json"), "{}");
    Files.writeString(
        dir.resolve("ef-coverage/exchanges.jsonl"), "{\"operation\":\"login\"}\n".repeat(index));
    Files.writeString(dir.resolve("ef-coverage/operations.json"), "[]");
    Files.writeString(
        dir.resolve("flowcheck-timings.json"), "{\"f :: s" + index + "\" : " + index + "00}");
    Files.writeString(dir.resolve("console.log"), "console of " + index + "\n");
    return dir;
  }

  private static String scenario(String name, int line) {
    return "{\"type\":\"background\",\"line\":3,\"name\":\"bg\"},"
        + "{\"type\":\"scenario\",\"line\":"
        + line
        + ",\"name\":\""
        + name
        + "\"}";
  }

  private static String junit(int tests, int failures, String... cases) {
    StringBuilder sb =
        new StringBuilder(
            "<testsuite name=\"cucumber\" tests=\""
                + tests
                + "\" failures=\""
                + failures
                + "\" errors=\"0\" skipped=\"0\" time=\"1.5\">");
    for (String c : cases) {
      sb.append("<testcase classname=\"")
          .append(c.split("/")[0])
          .append("\" name=\"")
          .append(c.split("/")[1])
          .append("\" time=\"0.5\"/>");
    }
    return sb.append("</testsuite>").toString();
  }

  @Test
  void twoShardsBecomeOneRun() throws Exception {
    Path one =
        shard(
            1,
            2,
            "[{\"uri\":\"b.feature\",\"elements\":["
                + scenario("b2", 20)
                + "]},"
                + "{\"uri\":\"a.feature\",\"elements\":["
                + scenario("a1", 10)
                + "]}]",
            junit(2, 1, "B/b2", "A/a1"),
            "passed=1\nnotConfirmed=0\nfailed=1\nskipped=0\nseconds=7\n");
    Path two =
        shard(
            2,
            2,
            "[{\"uri\":\"b.feature\",\"elements\":[" + scenario("b1", 8) + "]}]",
            junit(1, 0, "B/b1"),
            "passed=1\nnotConfirmed=1\nfailed=0\nskipped=0\nseconds=9\n");
    Path out = tmp.resolve("merged");
    // The shards' secret fingerprints served their own gates: the merge, made to be shared,
    // carries none, and drops one an older merge left in the folder.
    Files.writeString(one.resolve("flowcheck-secret-fingerprints.txt"), "8 1a2b salt hash x\n");
    Files.createDirectories(out);
    Files.writeString(out.resolve("flowcheck-secret-fingerprints.txt"), "stale\n");

    // Given in the wrong order on purpose: the merge orders shards itself.
    assertEquals(List.of("1/2", "2/2"), ResultsMerge.merge(List.of(two, one), out));
    assertEquals(false, Files.exists(out.resolve("flowcheck-secret-fingerprints.txt")));

    JsonNode cucumber = MergeJson.read(out.resolve("cucumber-reports/cucumber.json"));
    assertEquals(2, cucumber.size());
    assertEquals("a.feature", cucumber.get(0).path("uri").asString());
    List<String> b = new ArrayList<>();
    cucumber.get(1).path("elements").forEach(e -> b.add(e.path("name").asString()));
    assertThat(
        "backgrounds stay before their scenario", b, equalTo(List.of("bg", "b1", "bg", "b2")));

    String junit = Files.readString(out.resolve("cucumber-reports/cucumber-junit.xml"));
    assertThat(junit, containsString("tests=\"3\""));
    assertThat(junit, containsString("failures=\"1\""));
    assertThat(junit, containsString("time=\"3.000\""));
    assertEquals(1, junit.split("<testsuite").length - 1);

    Properties summary = ResultFolder.properties(out.resolve(RunSummary.FILE));
    assertEquals("2", summary.getProperty("passed"));
    assertEquals("1", summary.getProperty("failed"));
    assertEquals("1", summary.getProperty("notConfirmed"));
    assertEquals("9", summary.getProperty("seconds"));

    String env = Files.readString(out.resolve("allure-results/environment.properties"));
    assertThat(env, containsString("Server = https://sim/rest/v1.0\n"));
    assertThat(env, containsString("Shard = 1/2, 2/2\n"));
    assertThat(env, containsString("flowcheck-sandbox-r-1of2, flowcheck-sandbox-r-2of2"));
    assertEquals(true, Files.exists(out.resolve("allure-results/1-result.json")));
    assertEquals(true, Files.exists(out.resolve("allure-results/2-result.json")));
    assertEquals(3, Files.readAllLines(out.resolve("ef-coverage/exchanges.jsonl")).size());
    assertThat(
        Files.readString(out.resolve("flowcheck-timings.json")),
        containsString("\"f :: s2\" : 200"));
    assertThat(Files.readString(out.resolve("console.log")), containsString("===== shard 2/2"));
    assertEquals(null, RunSummary.read(out).problem());
  }

  /** A shard's record as this flowcheck writes it, of a selection and split by fingerprint. */
  private static String record(int index, int total, String selection, String split) {
    return "shard="
        + index
        + "/"
        + total
        + "\nscenarios=2\nselected="
        + 2 * total
        + "\ntags=@smoke\nselection="
        + selection
        + "\nsplit="
        + split
        + "\n";
  }

  private Path shard(int index, int total) throws Exception {
    return shard(index, total, "[]", junit(0, 0), "passed=2\n");
  }

  private String refused(Path... folders) {
    Path out = tmp.resolve("merged");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ResultsMerge.merge(List.of(folders), out));
    assertEquals(false, Files.exists(out.resolve(RunSummary.FILE)), "merged nonetheless");
    assertEquals(false, e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e.getMessage();
  }

  @Test
  void aMissingShardIsRefusedAndNamed() throws Exception {
    Path one = shard(1, 3);
    Path two = shard(2, 3);
    assertThat(
        refused(two, one),
        containsString("the merge lacks shard 3/3 of this run (given: 1/3, 2/3)"));
    assertThat(
        "a shard alone is no run",
        refused(one),
        containsString("the merge lacks shards 2/3, 3/3 of this run (given: 1/3)"));
  }

  @Test
  void aShardGivenTwiceIsRefused() throws Exception {
    Path one = shard(1, 2);
    Path copy = Files.createDirectories(tmp.resolve("copy"));
    Files.copy(one.resolve(RunSummary.SHARD_FILE), copy.resolve(RunSummary.SHARD_FILE));
    Files.copy(one.resolve(RunSummary.FILE), copy.resolve(RunSummary.FILE));
    assertThat(
        refused(one, shard(2, 2), copy),
        containsString("shard 1/2 is given twice (" + one + ", " + copy + ")"));
  }

  @Test
  void aShardOfAnotherRunIsRefused() throws Exception {
    Path one = shard(1, 2);
    Path two = shard(2, 2);

    Files.writeString(two.resolve(RunSummary.SHARD_FILE), record(2, 2, "another", "p1"));
    assertThat(
        refused(one, two),
        containsString(
            "the shards are not of one run: "
                + one
                + " (shard 1/2) and "
                + two
                + " (shard 2/2) selected different scenarios"));

    Files.writeString(two.resolve(RunSummary.SHARD_FILE), record(2, 2, "s1", "another"));
    assertThat(refused(one, two), containsString("split the same selection differently"));

    Files.writeString(two.resolve(RunSummary.SHARD_FILE), record(2, 3, "s1", "p1"));
    assertThat(
        refused(one, two), containsString("split their runs into different numbers of shards"));
  }

  @Test
  void aShardOfAnOlderFlowcheckIsRefusedAndToldToRunAgain() throws Exception {
    Path one = shard(1, 2);
    Path two = shard(2, 2);
    Files.writeString(two.resolve(RunSummary.SHARD_FILE), "shard=2/2\nscenarios=2\nselected=4\n");
    assertThat(
        refused(one, two),
        containsString(
            two
                + " holds shard 2/2 written by an older flowcheck, which does not record which run"
                + " a shard belongs to: run every shard again with this flowcheck"));
  }

  @Test
  void aFolderWithoutShardAmongShardsIsRefused() throws Exception {
    Path one = shard(1, 2);
    Path two = shard(2, 2);
    Files.delete(two.resolve(RunSummary.SHARD_FILE));
    assertThat(
        refused(one, two),
        containsString(two + " holds no shard (no flowcheck-shard.properties), but " + one));
  }

  @Test
  void aShardThatDidNotGetToItsEndFailsTheMergedRun() throws Exception {
    Path one = shard(1, 2);
    Path two = shard(2, 2);
    Files.delete(two.resolve(RunSummary.FILE));
    Path out = tmp.resolve("merged");
    ResultsMerge.merge(List.of(one, two), out);
    assertThat(
        RunSummary.read(out).failure(),
        containsString("shard 2/2: the run did not get to its end"));
  }

  @Test
  void foldersThatAreNoResultsAreNamed() throws Exception {
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ResultsMerge.merge(
                    List.of(Files.createDirectories(tmp.resolve("x"))), tmp.resolve("merged")));
    assertThat(none.getMessage(), containsString("holds no results of a run"));
  }

  /**
   * Two shards each saw `owner` go missing (4 operations each, one of them in both shards) and one
   * shard a status change: the merge says each cause once, counted over both shards, as one run.
   */
  @Test
  void upgradeFindingsOfTheShardsAreGroupedByCauseAsInOneRun() throws Exception {
    List<Path> shards = new ArrayList<>();
    String[][] operations = {
      {"getProperty", "getProject", "getJob", "getResource"},
      {"getProperty", "getSchedule", "getArtifact", "getProcedure"}
    };
    for (int shard = 1; shard <= 2; shard++) {
      Path dir = shard(shard, 2, "[]", junit(0, 0), "passed=1\n");
      UpgradeSummary summary =
          new UpgradeSummary(
              new UpgradeSummary.Ends("https://a", "2024.06.0.1", "https://b", "2025.01.0.2"),
              FailOn.REGRESSION);
      List<ExchangeDiff> diffs = new ArrayList<>();
      int index = 0;
      for (String op : operations[shard - 1]) {
        for (int i = 1; i <= 3; i++) {
          RecordedExchange e = new RecordedExchange(op, "GET", "/x/" + i, 200, null, null, null);
          diffs.add(
              new ExchangeDiff(
                  "s" + shard + ".feature",
                  "S",
                  ++index,
                  e,
                  e,
                  List.of(new Finding(Finding.Kind.FIELD_MISSING, "o.owner", "admin", null))));
        }
      }
      if (shard == 2) {
        RecordedExchange e =
            new RecordedExchange("getJob", "GET", "/jobs/j", 200, null, null, null);
        diffs.add(
            new ExchangeDiff(
                "s2.feature",
                "T",
                1,
                e,
                e,
                List.of(new Finding(Finding.Kind.STATUS_CHANGED, "status", "200", "404"))));
      }
      summary.addScenario("s" + shard + ".feature › S", diffs, true);
      summary.write(Files.createDirectories(dir.resolve("upgrade")));
      shards.add(dir);
    }
    Path out = tmp.resolve("merged");
    ResultsMerge.merge(shards, out);

    JsonNode groups =
        new ObjectMapper().readTree(out.resolve("upgrade/summary.json").toFile()).path("groups");
    assertEquals(2, groups.size(), groups.toString());
    assertEquals(
        "`owner` missing in 24 exchanges of 7 operations",
        groups.get(0).path("headline").asString());
    assertEquals(24, groups.get(0).path("occurrences").size());
    assertEquals(
        "status changed (200 -> 404) in 1 exchange of 1 operation",
        groups.get(1).path("headline").asString());
    String md = Files.readString(out.resolve("upgrade/summary.md"));
    assertThat(md, containsString("# ElectricFlow upgrade check: FAILED (2 shards merged)"));
    assertThat(
        md,
        containsString(
            "**25 regressed, 0 changed, 0 added, 0 unchanged** exchanges in 2 scenarios"));
    assertThat(
        md,
        containsString(
            "## Regressed (2 causes)\n\n- **`owner` missing in 24 exchanges of 7 operations**\n  <details><summary>where</summary>\n"));
    assertEquals(1, md.split("owner` missing", -1).length - 1, md);
    assertThat(
        md,
        containsString(
            "  - s2.feature › S, exchange 12: getProcedure GET /x/3: field missing o.owner (was \"admin\")\n"));
  }

  /** Each shard's slower operations are kept; one slower shard makes the merge differ. */
  @Test
  void slowerOperationsOfEveryShardAreKept() throws Exception {
    List<Path> shards = new ArrayList<>();
    String[] slowOps = {"getProperty", "login"};
    for (int shard = 1; shard <= 2; shard++) {
      Path dir = shard(shard, 2, "[]", junit(0, 0), "passed=1\n");
      UpgradeSummary summary =
          new UpgradeSummary(
              new UpgradeSummary.Ends("https://a", "1", "https://a", "1"), FailOn.REGRESSION);
      summary.addScenario("s" + shard + ".feature › S", List.of(), true);
      String op = slowOps[shard - 1];
      summary.judgeLatencies(
          java.util.Map.of(op, new Latency(3, 3, 3)),
          java.util.Map.of(op, new Latency(3, 400, 400)),
          SlowerRule.DEFAULT);
      summary.write(Files.createDirectories(dir.resolve("upgrade")));
      shards.add(dir);
    }
    Path out = tmp.resolve("merged");
    ResultsMerge.merge(shards, out);
    JsonNode s = new ObjectMapper().readTree(out.resolve("upgrade/summary.json").toFile());
    assertEquals(2, s.path("slower").size(), s.toString());
    assertEquals("login", s.at("/slower/1/operation").asString());
    assertEquals("PASSED with differences", s.path("verdict").asString());
    assertThat(
        Files.readString(out.resolve("upgrade/summary.md")),
        containsString("## Slower (2 operations"));
  }
}
