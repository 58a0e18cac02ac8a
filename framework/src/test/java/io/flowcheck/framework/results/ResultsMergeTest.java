package io.flowcheck.framework.results;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ResultsMergeTest {
  @TempDir Path tmp;

  private Path shard(int index, int total, String json, String junit, String summary)
      throws Exception {
    Path dir = tmp.resolve("shard" + index);
    Files.createDirectories(dir.resolve("cucumber-reports"));
    Files.createDirectories(dir.resolve("allure-results"));
    Files.createDirectories(dir.resolve("ef-coverage"));
    Files.writeString(
        dir.resolve(RunSummary.SHARD_FILE), "shard=" + index + "/" + total + "\nscenarios=2\n");
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

    // Given in the wrong order on purpose: the merge orders shards itself.
    assertEquals(List.of("1/2", "2/2"), ResultsMerge.merge(List.of(two, one), out));

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

  @Test
  void aMissingShardFailsTheMergedRunAndADoubleOneIsRefused() throws Exception {
    String json = "[]";
    Path one = shard(1, 3, json, junit(0, 0), "passed=1\n");
    Path out = tmp.resolve("merged");
    ResultsMerge.merge(List.of(one), out);
    RunSummary merged = RunSummary.read(out);
    assertThat(merged.failure(), containsString("shard 2/3 is missing from the merge"));

    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class, () -> ResultsMerge.merge(List.of(one, one), out));
    assertThat(twice.getMessage(), containsString("shard 1/3 is given twice"));
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> ResultsMerge.merge(List.of(Files.createDirectories(tmp.resolve("x"))), out));
    assertThat(none.getMessage(), containsString("holds no results of a run"));
  }
}
