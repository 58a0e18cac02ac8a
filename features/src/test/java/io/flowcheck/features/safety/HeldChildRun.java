package io.flowcheck.features.safety;

import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The suite (not {@code @simulator}) in a child JVM against {@code sim}, held mid-run: the
 * simulator processes every property read and then keeps the answer back for {@code hold}, so a
 * scenario that created a property and reads it waits on the server with its objects in place.
 * Tests that stop the child (SIGTERM, SIGKILL) wait on that state instead of racing the child's
 * speed. Closing it lifts the hold and kills the child if it still runs.
 */
final class HeldChildRun implements AutoCloseable {
  private final EfSimulator sim;
  private final String holdId;
  private final Process child;

  private HeldChildRun(EfSimulator sim, String holdId, Process child) {
    this.sim = sim;
    this.holdId = holdId;
    this.child = child;
  }

  /** Starts the child; its password travels in the environment, never on a command line. */
  static HeldChildRun start(EfSimulator sim, String password, Path out, Path log, Duration hold)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Def.server=" + sim.serverUrl(),
                "-Def.tls=relaxed",
                "-Dflowcheck.output.dir=" + out,
                "-Def.timeout.read=5m",
                "io.cucumber.core.cli.Main",
                "--glue",
                "io.flowcheck.steps",
                "--threads",
                "4",
                "--tags",
                "not @simulator",
                "classpath:features")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("EF_PASSWORD", password);
    String holdId =
        sim.injectFault(FaultRule.of(FaultType.DELAY).on("GET", "^/properties/").delay(hold));
    return new HeldChildRun(sim, holdId, pb.start());
  }

  Process process() {
    return child;
  }

  /** Lets property reads through again, e.g. so an interrupted run's own cleanup is not held. */
  void release() {
    sim.clearFault(holdId);
  }

  @Override
  public void close() {
    sim.clearFaults();
    child.destroyForcibly();
  }
}
