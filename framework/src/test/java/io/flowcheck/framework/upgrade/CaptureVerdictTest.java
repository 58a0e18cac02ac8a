package io.flowcheck.framework.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.Verdict;
import io.flowcheck.framework.secrets.SecretFingerprints;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureVerdictTest {
  @TempDir Path work;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @Test
  void twoGreenRunsAndABaselineMakeABaselineReady() throws Exception {
    Path baseline = baseline();
    Verdict v = verdict(baseline, run("record", 11, 0), run("calibrate", 11, 0));
    assertEquals(
        Verdict.passed(
            "flowcheck upgrade: baseline ready in "
                + baseline
                + ": 11 scenarios, 37 exchanges from server version 2024.06.0.178767, 0 noise rule(s)"
                + " learned"),
        v);
    assertTrue(printed().contains("-Pupgrade-compare -Dbaseline=" + baseline), printed());
  }

  @Test
  void theCompareCommandItPrintsTakesAPathWithSpacesAsOneWord() {
    assertEquals("/tmp/base-1", CaptureVerdict.shellWord("/tmp/base-1"));
    assertEquals("'/tmp/my baseline'", CaptureVerdict.shellWord("/tmp/my baseline"));
    assertEquals("'/tmp/it'\\''s'", CaptureVerdict.shellWord("/tmp/it's"));
  }

  @Test
  void aFailedRecordingIsNoBaseline() throws Exception {
    Verdict v = verdict(baseline(), run("record", 11, 2), run("calibrate", 11, 0));
    assertEquals(
        Verdict.failed(
            "flowcheck upgrade: FAILED: capture: 2 of 13 scenarios failed"
                + " against this server, so it is no baseline; fix them and capture again"),
        v);
  }

  @Test
  void aFailedCalibrationPointsAtInstability() throws Exception {
    Verdict v = verdict(baseline(), run("record", 11, 0), run("calibrate", 10, 1));
    assertEquals(1, v.status());
    assertTrue(
        v.line()
            .startsWith(
                "flowcheck upgrade: FAILED: calibration: 1 of 11 scenarios"
                    + " failed on the second run"),
        v.line());
  }

  @Test
  void aPasswordInTheBaselineFailsTheCapture() throws Exception {
    Path baseline = baseline();
    Files.writeString(baseline.resolve("exchanges/leak.json"), "{\"password\":\"Sw0rdfish-77\"}");
    Path record = run("record", 11, 0);
    SecretFingerprints.append(
        record.resolve(SecretFingerprints.FILE_NAME),
        SecretFingerprints.forPassword("admin", "Sw0rdfish-77"));
    Verdict v = verdict(baseline, record, run("calibrate", 11, 0));
    assertEquals(1, v.status());
    assertTrue(
        printed().contains("appears in " + baseline.resolve("exchanges/leak.json")), printed());
    assertTrue(v.line().contains("a password or session id of the run is in 1 file(s)"), v.line());
  }

  @Test
  void missingArgumentsAreAUsageError() {
    assertEquals(2, CaptureVerdict.run(new String[] {"--baseline", "x"}, out()).status());
  }

  private Verdict verdict(Path baseline, Path record, Path calibrate) {
    return CaptureVerdict.run(
        new String[] {
          "--baseline",
          baseline.toString(),
          "--record-run",
          record.toString(),
          "--calibrate-run",
          calibrate.toString()
        },
        out());
  }

  private Path baseline() throws Exception {
    Path dir = Files.createDirectories(work.resolve("baseline/exchanges"));
    Files.writeString(
        dir.resolveSibling(Baseline.INFO),
        "{\"format\":1,\"serverVersion\":"
            + "\"2024.06.0.178767\",\"scenarios\":11,\"exchanges\":37}");
    return dir.getParent();
  }

  private Path run(String name, int passed, int failed) throws Exception {
    Path dir = Files.createDirectories(work.resolve(name));
    Files.write(
        dir.resolve(RunSummary.FILE),
        List.of("passed=" + passed, "failed=" + failed, "skipped=0", "seconds=7"));
    return dir;
  }

  private PrintStream out() {
    return new PrintStream(printed, true, StandardCharsets.UTF_8);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
