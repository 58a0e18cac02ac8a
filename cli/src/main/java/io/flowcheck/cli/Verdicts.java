package io.flowcheck.cli;

import io.flowcheck.framework.run.RunLeakGate;
import io.flowcheck.framework.run.Verdict;
import io.flowcheck.framework.secrets.SecretFingerprints;
import io.flowcheck.framework.upgrade.CaptureVerdict;
import io.flowcheck.reports.SuiteVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Maven build does after the suite, in its order and with its classes: the run must have
 * run (SuiteVerdict --check ran), then the reports, then the secret leak gate over every output,
 * then the verdict line and the exit status.
 */
final class Verdicts {
  /** What the verdict judges: every scenario, or an upgrade comparison's summary. */
  enum Check {
    SUITE("suite"),
    UPGRADE_COMPARE("upgrade-compare");

    final String arg;

    Check(String arg) {
      this.arg = arg;
    }
  }

  private Verdicts() {}

  static int afterRun(Path out, boolean report, Check check) {
    Path cwd = Path.of("").toAbsolutePath();
    if (announce(() -> SuiteVerdict.main(args("--check", "ran", "--run", out.toString())))
        != FlowcheckCli.PASSED) {
      return FlowcheckCli.FAILED;
    }
    Path reports = out.resolve("report");
    if (report) {
      Reports.build(List.of(out), reports, reports.resolve("history"));
    }
    // run, not main: main ends the JVM on a leak, as the build's own step must.
    if (RunLeakGate.run(args(out.resolve(SecretFingerprints.FILE_NAME).toString(), out.toString()))
        != 0) {
      return FlowcheckCli.FAILED;
    }
    List<String> verdict =
        new ArrayList<>(
            List.of("--check", check.arg, "--run", out.toString(), "--repo-root", cwd.toString()));
    if (report) {
      verdict.addAll(List.of("--reports", reports.toString()));
    }
    return announce(() -> SuiteVerdict.main(verdict.toArray(String[]::new)));
  }

  static int capture(Path baseline, Path record, Path calibrate, Path scan) {
    return announce(
        () ->
            CaptureVerdict.main(
                args(
                    "--baseline", baseline.toString(),
                    "--record-run", record.toString(),
                    "--calibrate-run", calibrate.toString(),
                    "--scan", scan.toString(),
                    "--compare-command",
                        "java -jar flowcheck.jar compare {baseline} --server <upgraded server>")));
  }

  /** The verdict classes print their line and throw on a failed verdict, as Maven wants. */
  private static int announce(Runnable verdict) {
    try {
      verdict.run();
      return FlowcheckCli.PASSED;
    } catch (Verdict.Failed failed) {
      return FlowcheckCli.FAILED;
    }
  }

  private static String[] args(String... args) {
    return args;
  }
}
