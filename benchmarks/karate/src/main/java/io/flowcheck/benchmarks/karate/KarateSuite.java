package io.flowcheck.benchmarks.karate;

import com.intuit.karate.Results;
import com.intuit.karate.Runner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Karate's side of the race: the Karate features of one folder with Karate's own parallel runner
 * and its default reports, in this JVM. {@code KARATE_DIR} holds {@code karate-config.js} and the
 * {@code setup} features; the server and credentials are {@code -Dbench.server}, {@code
 * -Dbench.user}, {@code -Dbench.password}. Prints the same figures line as flowcheck's
 * FlowcheckSuite (the benchmark parses it).
 *
 * <pre>java -cp ... io.flowcheck.benchmarks.karate.KarateSuite SUITE_DIR THREADS OUT_DIR KARATE_DIR
 * </pre>
 */
public final class KarateSuite {
  private KarateSuite() {}

  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: KarateSuite SUITE_DIR THREADS OUT_DIR KARATE_DIR");
      System.exit(2);
    }
    long started = System.nanoTime();
    String karateDir = Path.of(args[3]).toAbsolutePath().toString();
    System.setProperty("bench.karate.dir", karateDir);
    Results results =
        Runner.path(Path.of(args[0]).toAbsolutePath().toString())
            .configDir(karateDir)
            .reportDir(Path.of(args[2]).toAbsolutePath().toString())
            .backupReportDir(false)
            .parallel(Integer.parseInt(args[1]));
    long failed = results.getScenariosFailed();
    if (failed > 0) {
      System.err.println(results.getErrorMessages());
    }
    System.out.println(
        "BENCHMARK-FIGURES elapsedMs="
            + (System.nanoTime() - started) / 1_000_000
            + " scenarios="
            + results.getScenariosTotal()
            + " failed="
            + failed
            + " heapPeakBytes="
            + heapPeakBytes());
    System.exit(failed == 0 ? 0 : 1);
  }

  /** Same measure as flowcheck's side: the sum of the heap pools' peaks. */
  private static long heapPeakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
