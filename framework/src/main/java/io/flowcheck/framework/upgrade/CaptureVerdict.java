package io.flowcheck.framework.upgrade;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.Verdict;
import io.flowcheck.framework.secrets.Fingerprint;
import io.flowcheck.framework.secrets.LeakScanner;
import io.flowcheck.framework.secrets.SecretFingerprints;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The verdict of an upgrade capture, run by Maven after its two runs against the old server (see
 * the features module's upgrade-capture profile): both runs passed, the baseline is written, and no
 * secret of either run sits in the baseline or the run's files. Prints one verdict line last.
 */
public final class CaptureVerdict {
  /** The next step's command, {@code {baseline}} standing for the folder: Maven's by default. */
  public static final String MAVEN_COMPARE =
      "mvn verify -Pupgrade-compare -Dbaseline={baseline} -Def.server=<upgraded server>";

  private CaptureVerdict() {}

  /**
   * The capture's verdict: both runs passed, the baseline is written, no secret of either run in
   * {@code baseline}, the runs or {@code scan}. Prints what goes before it (leaks, the next step).
   *
   * @param compareCommand the next step as its user runs it, {@code {baseline}} standing for the
   *     folder
   */
  public static Verdict judge(
      Path baseline,
      Path record,
      Path calibrate,
      Path scan,
      String compareCommand,
      PrintStream out) {
    return run(
        new String[] {
          "--baseline", baseline.toString(),
          "--record-run", record.toString(),
          "--calibrate-run", calibrate.toString(),
          "--scan", scan.toString(),
          "--compare-command", compareCommand
        },
        out);
  }

  /** Prints what goes before the verdict (leaks found, the next step) and returns it. */
  static Verdict run(String[] args, PrintStream out) {
    Map<String, Path> opts = new LinkedHashMap<>();
    String compare = MAVEN_COMPARE;
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--compare-command")) {
        compare = args[i + 1]; // as the capture's user runs it, e.g. flowcheck.jar's
      } else {
        opts.put(args[i], Path.of(args[i + 1]).toAbsolutePath().normalize());
      }
    }
    Path baseline = opts.get("--baseline");
    Path record = opts.get("--record-run");
    Path calibrate = opts.get("--calibrate-run");
    if (args.length % 2 != 0 || baseline == null || record == null || calibrate == null) {
      return Verdict.usage(
          "usage: CaptureVerdict --baseline <folder> --record-run <folder>"
              + " --calibrate-run <folder> [--scan <folder>] [--compare-command TEXT]");
    }
    String failed =
        runProblem(
            RunSummary.read(record),
            "capture",
            "against this server, so it is no baseline; fix them and capture again");
    if (failed == null) {
      failed =
          runProblem(
              RunSummary.read(calibrate),
              "calibration",
              "on the second run against the same server: the server or the scenarios are unstable");
    }
    if (failed == null && !Files.isRegularFile(baseline.resolve(Baseline.INFO))) {
      failed = "capture: no " + Baseline.INFO + " was written in " + baseline;
    }
    List<Path> roots = new ArrayList<>(List.of(baseline, record, calibrate));
    if (opts.containsKey("--scan")) {
      roots.add(opts.get("--scan"));
    }
    int leaks = leaks(List.of(record, calibrate), roots, out);
    if (failed == null && leaks > 0) {
      failed = "a password or session id of the run is in " + leaks + " file(s), listed above";
    }
    if (failed != null) {
      return Verdict.failed("flowcheck upgrade: FAILED: " + failed);
    }
    JsonNode info = JsonTree.read(baseline.resolve(Baseline.INFO));
    int noise = NormalizationRules.load(baseline.resolve(Baseline.NOISE)).size();
    out.println(
        "flowcheck upgrade: after the upgrade, compare with it: "
            + compare.replace("{baseline}", shellWord(baseline.toString())));
    return Verdict.passed(
        String.format(
            "flowcheck upgrade: baseline ready in %s: %d scenarios,"
                + " %d exchanges from server version %s, %d noise rule(s) learned",
            baseline,
            info.path("scenarios").asInt(),
            info.path("exchanges").asInt(),
            info.path("serverVersion").asString(),
            noise));
  }

  private static String runProblem(RunSummary run, String which, String consequence) {
    if (run.problem() != null) {
      return which + ": " + run.problem();
    }
    if (run.failed() > 0) {
      return which
          + ": "
          + run.failed()
          + " of "
          + run.total()
          + " scenarios failed "
          + consequence;
    }
    if (run.failure() != null) {
      return which + ": the run failed outside its scenarios: " + run.failure();
    }
    return null;
  }

  private static int leaks(List<Path> runs, List<Path> roots, PrintStream out) {
    List<Fingerprint> prints = new ArrayList<>();
    for (Path run : runs) {
      Path file = run.resolve(SecretFingerprints.FILE_NAME);
      if (Files.isRegularFile(file)) {
        prints.addAll(SecretFingerprints.read(file));
      }
    }
    List<LeakScanner.Leak> found =
        new LeakScanner(prints).scan(roots.stream().filter(Files::exists).toList());
    found.forEach(l -> out.println("Secret leak: " + l.label() + " appears in " + l.file()));
    if (found.isEmpty()) {
      out.println(
          "Secret leak gate: no password or session id in "
              + roots
              + " ("
              + prints.size()
              + " fingerprints)");
    }
    return found.size();
  }

  /** The path as one word for a shell, so the printed command can be pasted as it is. */
  static String shellWord(String path) {
    return path.matches("[A-Za-z0-9_./:@%+=,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
  }
}
