package io.flowcheck.features.safety;

import io.flowcheck.features.SeparateServer;
import io.flowcheck.runner.sandbox.SandboxMark;
import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.SimulatorState;
import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The suite (not {@code @simulator}) in a child JVM against a separate server, held mid-run: the
 * simulator processes every property read and then keeps the answer back for {@code hold}, so a
 * scenario that created a property and reads it waits on the server with its objects in place.
 * Tests that stop the child (SIGTERM, SIGKILL) wait on that state ({@link
 * #awaitSandboxMidScenario}) instead of racing the child's speed. Closing it lifts the hold and
 * kills the child if it still runs.
 */
final class HeldChildRun implements AutoCloseable {
  private final EfSimulator sim;
  private final String holdId;
  private final Duration hold;
  private final Process child;

  private HeldChildRun(EfSimulator sim, String holdId, Duration hold, Process child) {
    this.sim = sim;
    this.holdId = holdId;
    this.hold = hold;
    this.child = child;
  }

  static HeldChildRun start(SeparateServer server, Path out, Path log, Duration hold)
      throws IOException {
    ProcessBuilder pb =
        server
            .childJvm(
                List.of("flowcheck.output.dir=" + out, "ef.timeout.read=5m"),
                "io.cucumber.core.cli.Main",
                "--glue",
                "io.flowcheck.steps",
                "--threads",
                "4",
                "--tags",
                "not @simulator",
                "classpath:features")
            .redirectOutput(log.toFile());
    EfSimulator sim = server.simulator();
    String holdId =
        sim.injectFault(FaultRule.of(FaultType.DELAY).on("GET", "^/properties/").delay(hold));
    return new HeldChildRun(sim, holdId, hold, pb.start());
  }

  Process process() {
    return child;
  }

  /**
   * Waits until the child's marked sandbox holds a scenario's property besides the run's mark, so
   * there is work to undo. Each held read keeps its scenario's property in place far longer than
   * one poll, so this waits on the hold, not on a race with the child's speed.
   */
  SimulatorState.Project awaitSandboxMidScenario(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      for (SimulatorState.Project p : sim.state().projects()) {
        if (p.projectName().startsWith("flowcheck-sandbox-")
            && p.propertySheet().property(SandboxMark.PROPERTY).isPresent()
            && p.propertySheet().properties().stream()
                .anyMatch(prop -> !prop.propertyName().equals(SandboxMark.PROPERTY))) {
          return p;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "the child run created no test objects within "
            + limit
            + " although every property read was held for "
            + hold);
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
