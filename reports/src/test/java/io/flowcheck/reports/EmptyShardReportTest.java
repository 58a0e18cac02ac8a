package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shard that got no scenario has no results; its report step passes and shows nothing old. */
class EmptyShardReportTest {
  @TempDir Path dir;

  @Test
  void anEmptyShardBuildsNoReportAndLeavesNoEarlierOne() throws Exception {
    Path run = Files.createDirectories(dir.resolve("features-target"));
    Files.writeString(run.resolve(RunSummary.SHARD_FILE), "shard=3/3\nscenarios=0\nselected=4\n");
    Path out = Files.createDirectories(dir.resolve("reports"));
    Path earlier = out.resolve("allure-report/index.html");
    Files.createDirectories(earlier.getParent());
    Files.writeString(earlier, "an earlier run's report");
    Files.writeString(out.resolve(ReportArchive.FILE_NAME), "an earlier run's archive");

    // No Allure results in the run: without the empty shard this is "run the feature suite first".
    ReportMain.run(
        new ReportMain.Options(
            run, run, out, dir.resolve("history"), dir.resolve("no-allure"), dir, "", "reports"));

    assertFalse(Files.exists(earlier), "an earlier run's report is not this run's");
    assertFalse(Files.exists(out.resolve(ReportArchive.FILE_NAME)));
    assertTrue(Files.isDirectory(out), "the reports folder itself stays");
  }
}
