package io.flowcheck.framework.run;

import io.flowcheck.framework.secrets.LeakGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link LeakGate} over a run's outputs, knowing one thing about runs the gate itself does not:
 * a shard that got no scenario never started its run, so it logged in nowhere, issued no secret and
 * wrote no fingerprints. There the missing fingerprint file is no failure; everywhere else the gate
 * decides.
 */
public final class RunLeakGate {
  private RunLeakGate() {}

  /** The gate over {@code roots} with the run's {@code fingerprints}: 0 clean, 1 a leak. */
  public static int run(Path fingerprints, List<Path> roots) {
    List<String> args = new ArrayList<>();
    args.add(fingerprints.toString());
    roots.forEach(root -> args.add(root.toString()));
    return run(args.toArray(String[]::new));
  }

  /** 0 clean (or an empty shard), 1 a leak or no fingerprints, 2 usage; never leaves the JVM. */
  public static int run(String[] args) {
    if (args.length > 0 && !Files.isRegularFile(Path.of(args[0]))) {
      Path runDir = Path.of(args[0]).toAbsolutePath().getParent();
      String emptyShard = runDir == null ? null : RunSummary.read(runDir).emptyShard();
      if (emptyShard != null) {
        System.out.println(
            "Secret leak gate: shard "
                + emptyShard
                + " ran no scenario, so the run logged in nowhere and has no secret to leak");
        return 0;
      }
    }
    return LeakGate.run(args);
  }
}
