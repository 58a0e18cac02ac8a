package io.flowcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.secrets.SecretFingerprints;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} over the shards of one run, in this JVM: it ends with the merged run's verdict and
 * its exit status, and refuses shards that are not one run with one line, before building anything.
 * The shards' folders are written here as a sharded run leaves them.
 */
class ReportCommandTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;
  private String savedCache;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    // The bundled Allure is unpacked once for this module's tests, not into the user's home.
    savedCache = System.getProperty("flowcheck.cache");
    System.setProperty(
        "flowcheck.cache", Path.of("target/allure-cache").toAbsolutePath().toString());
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    if (savedCache == null) {
      System.clearProperty("flowcheck.cache");
    } else {
      System.setProperty("flowcheck.cache", savedCache);
    }
  }

  @Test
  void theMergedReportOfShardsWithFailedScenariosEndsWithTheVerdictAndFails() throws Exception {
    Path one = shard(1, "passed=2\nnotConfirmed=0\nfailed=0\nskipped=0\nseconds=4\n", "passed");
    Path two = shard(2, "passed=1\nnotConfirmed=1\nfailed=2\nskipped=0\nseconds=5\n", "failed");

    int status = FlowcheckCli.execute("report", one.toString(), two.toString(), "--out", out());

    List<String> lines = stdout().lines().toList();
    assertEquals(1, status, stdout() + stderr());
    assertTrue(stdout().contains("flowcheck: merged shards 1/2, 2/2 into "), stdout());
    assertEquals(
        "flowcheck: FAILED: 2 of 6 scenarios failed (3 passed, 1 not confirmed)",
        lines.get(lines.size() - 1),
        "the verdict is the last line");
    // The report folder is for sharing: the shards' fingerprints stay with the shards.
    try (var files = Files.walk(tmp.resolve("report"))) {
      assertEquals(
          List.of(),
          files.filter(f -> f.endsWith(SecretFingerprints.FILE_NAME)).toList(),
          "secret fingerprints in the report folder");
    }
  }

  @Test
  void aMissingShardIsOneLineAndNoReport() throws Exception {
    Path one = shard(1, "passed=2\nnotConfirmed=0\nfailed=0\nskipped=0\nseconds=4\n", "passed");

    int status = FlowcheckCli.execute("report", one.toString(), "--out", out());

    assertEquals(2, status, stdout() + stderr());
    assertEquals(
        "flowcheck: the merge lacks shard 2/2 of this run (given: 1/2): give every shard's"
            + " results folder; a shard that ran no scenario writes one too",
        stderr().strip());
    assertTrue(!Files.exists(tmp.resolve("report/allure-report")), "a report was built");
  }

  private String out() {
    return tmp.resolve("report").toString();
  }

  /** A shard's results folder of a 2-shard run, its Allure results all of one status. */
  private Path shard(int index, String summary, String status) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("shard-" + index));
    Files.writeString(
        dir.resolve("flowcheck-shard.properties"),
        "shard="
            + index
            + "/2\nscenarios=3\nselected=6\ntags=\nselection=0f1e2d3c4b5a6978\n"
            + "split=8796a5b4c3d2e1f0\n");
    Files.writeString(dir.resolve("flowcheck-summary.properties"), summary);
    Path allure = Files.createDirectories(dir.resolve("allure-results"));
    for (int i = 1; i <= 3; i++) {
      String uuid = "0000000" + index + "-0000-4000-8000-00000000000" + i;
      Files.writeString(
          allure.resolve(uuid + "-result.json"),
          "{\"uuid\":\""
              + uuid
              + "\",\"historyId\":\"h"
              + index
              + i
              + "\",\"name\":\"scenario "
              + index
              + "."
              + i
              + "\",\"status\":\""
              + status
              + "\",\"start\":1,\"stop\":2,\"labels\":[]}");
    }
    Path cucumber = Files.createDirectories(dir.resolve("cucumber-reports"));
    Files.writeString(cucumber.resolve("cucumber.json"), "[]");
    SecretFingerprints.append(
        dir.resolve(SecretFingerprints.FILE_NAME),
        SecretFingerprints.forPassword("admin", "Shard-Pw-" + index));
    return dir;
  }

  private String stdout() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return stderr.toString(StandardCharsets.UTF_8);
  }
}
