package io.flowcheck.cli.pipeline;

import io.flowcheck.features.SuiteRun;
import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.run.RunLayout;
import io.flowcheck.framework.run.RunLeakGate;
import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.ScenarioCounts;
import io.flowcheck.framework.run.Verdict;
import io.flowcheck.framework.upgrade.CaptureVerdict;
import io.flowcheck.reports.SuiteVerdict;
import io.flowcheck.runner.files.RunFolderLock;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one path from checked settings to the verdict, for {@code flowcheck.jar} and Maven's main job
 * alike: the run, then (if it ran at all) the reports, the secret leak gate over every output of
 * the run, the list of outputs and one verdict line, last. Typed settings in, a typed result out;
 * each step is a Java call, so no verdict travels through a command line or a file between steps.
 */
public final class RunPipeline {
  /** What the verdict judges: every scenario, or an upgrade comparison's summary. */
  public enum Check {
    SUITE,
    UPGRADE_COMPARE
  }

  /**
   * One run and its verdict.
   *
   * @param settings the run's checked settings; its output folder is the run's ({@link RunLayout})
   * @param reports whether to build the reports
   * @param history the Allure trend's folder, kept between runs
   * @param allureHome the unpacked Allure command line; only read when {@code reports}
   */
  public record Request(
      Entry entry,
      EfSettings settings,
      SuiteRun.Selection selection,
      boolean reports,
      Path history,
      Path allureHome,
      Check check) {}

  /**
   * An upgrade capture: two runs against the same server, each with its own settings (the first
   * records the baseline, the second learns its noise) and its own folder, then the capture's
   * verdict. The second run's settings are checked after the first run, which writes the baseline
   * they must name.
   */
  public record Capture(
      Entry entry,
      EfSettings record,
      Supplier<EfSettings> calibrate,
      SuiteRun.Selection selection,
      Path baseline,
      RunLayout layout) {}

  private RunPipeline() {}

  /**
   * One run, its reports and its verdict, holding the run's output folder from before it is cleared
   * to after the verdict: a second process on the same folder is refused with one line and the
   * first run's files stay untouched (the run's own start takes the same lock again, shared).
   */
  public static PipelineResult run(Request request, PrintStream out) {
    try (RunFolderLock folder = RunFolderLock.take(request.settings().outputDir())) {
      SuiteRun.launch(request.settings(), request.selection());
      return judge(request, out);
    } catch (RunFolderLock.Busy busy) {
      RunSummary none = new RunSummary(false, ScenarioCounts.NONE, 0, busy.getMessage(), null);
      return announce(
          none, Verdict.failed("flowcheck: FAILED: " + busy.getMessage()), Map.of(), out);
    }
  }

  /** Everything after the run: what Maven's reports module and the jar's verdict did twice. */
  static PipelineResult judge(Request request, PrintStream out) {
    RunLayout layout = RunLayout.of(request.settings().outputDir());
    RunSummary summary = RunSummary.read(layout.root());
    Verdict notRun = SuiteVerdict.ran(summary);
    if (notRun != null) {
      return announce(summary, notRun, Map.of(), out);
    }
    if (request.reports()) {
      Reports.build(
          List.of(layout.root()),
          layout.reports(),
          request.history(),
          request.allureHome(),
          request.entry());
    }
    if (RunLeakGate.run(layout.secretFingerprints(), List.of(layout.root())) != 0) {
      return announce(
          summary,
          Verdict.failed(
              "flowcheck: FAILED: a password or session id of the run is in its outputs (listed"
                  + " above)"),
          Map.of(),
          out);
    }
    Verdict verdict =
        request.check() == Check.SUITE
            ? summary.verdict()
            : SuiteVerdict.upgradeCompare(
                layout.root(), request.settings().upgrade().summaryDir(), out);
    return announce(summary, verdict, ReportPlaces.print(layout, request.entry(), out), out);
  }

  public static PipelineResult capture(Capture capture, PrintStream out) {
    SuiteRun.launch(capture.record(), capture.selection());
    Path record = capture.record().outputDir();
    EfSettings calibrate;
    try {
      calibrate = capture.calibrate().get();
    } catch (EfConfigException noBaseline) {
      // The record run wrote none: its verdict below says why.
      calibrate = null;
    }
    if (calibrate != null) {
      SuiteRun.launch(calibrate, capture.selection());
    }
    Verdict verdict =
        CaptureVerdict.judge(
            capture.baseline(),
            record,
            calibrate != null ? calibrate.outputDir() : capture.layout().captureCalibrate().root(),
            capture.layout().root(),
            capture.entry().compareCommand(),
            out);
    return announce(RunSummary.read(record), verdict, Map.of(), out);
  }

  /** The verdict line, last of all. */
  private static PipelineResult announce(
      RunSummary summary, Verdict verdict, Map<String, Path> reports, PrintStream out) {
    out.println(verdict.line());
    out.flush();
    return PipelineResult.of(summary, verdict, reports);
  }
}
