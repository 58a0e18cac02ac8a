package io.flowcheck.features.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.framework.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The verdict counts what every other output of the run counts: a real Cucumber run (no server)
 * whose scenarios pass, end not confirmed, fail and are skipped, with the suite's own progress
 * plugin, JUnit XML and Allure plugin. A not-confirmed scenario is a skipped test in JUnit and
 * Allure, so the verdict's total must hold it too.
 */
@ResourceLock(InProcessRun.LOCK)
class VerdictCountsTest {
  @TempDir Path out;

  @Test
  void theVerdictCountsEveryScenarioAsJunitAndAllureDo() throws IOException {
    InProcessRun.Result run =
        InProcessRun.runWithGlue(
            "io.flowcheck.features.counts.glue",
            Map.of(),
            out,
            "@every-end",
            "classpath:every-end");
    assertEquals(1, run.exitStatus(), "two scenarios fail:\n" + run.console());

    RunSummary summary = RunSummary.read(out);
    assertEquals(11, junitTests(), "the JUnit XML's tests");
    assertEquals(11, allureResults(), "the Allure results");
    assertEquals(11, summary.total(), "the verdict's total");
    assertEquals(5, summary.passed());
    assertEquals(2, summary.failed());
    assertEquals(1, summary.skipped());
    assertTrue(
        run.console()
            .contains("flowcheck: 11 scenarios (passed 5, not confirmed 3, failed 2, skipped 1)"),
        run.console());
    assertEquals(
        "flowcheck: FAILED: 2 of 11 scenarios failed (5 passed, 3 not confirmed, 1 skipped)",
        summary.verdict().line());
  }

  private long junitTests() throws IOException {
    String xml = Files.readString(out.resolve("cucumber-junit.xml"));
    Matcher m = Pattern.compile("<testsuite[^>]*\\stests=\"(\\d+)\"").matcher(xml);
    assertTrue(m.find(), xml);
    return Long.parseLong(m.group(1));
  }

  /** Allure writes one {@code *-result.json} per scenario (one per example row). */
  private long allureResults() throws IOException {
    try (Stream<Path> files = Files.list(out.resolve(InProcessRun.ALLURE_RESULTS))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).count();
    }
  }
}
