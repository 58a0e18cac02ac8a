package io.flowcheck.runner.server;

import io.flowcheck.framework.config.EfSettings;
import java.util.Set;

/**
 * The server a run checks: the one {@code ef.server} names, or the embedded simulator started for
 * the run when none is set. Only the embedded simulator can be steered ({@code @simulator}
 * scenarios): a configured server may be a real one, where expiring every session or injecting
 * faults is out of the question.
 */
public final class ServerUnderTest {
  private final EfSettings settings;
  private final EmbeddedServer embedded; // null for a configured server
  private final SimulatorControl control; // null unless the run started the simulator

  private ServerUnderTest(EfSettings settings, EmbeddedServer embedded) {
    this.settings = settings;
    this.embedded = embedded;
    this.control = embedded == null ? null : new SimulatorControl(settings);
  }

  /** The configured server as it is, or a freshly started embedded simulator for the run's user. */
  public static ServerUnderTest start(EfSettings configured) {
    if (!configured.usesEmbeddedSimulator()) {
      return new ServerUnderTest(configured, null);
    }
    EmbeddedServer sim = EmbeddedSimulator.start(configured.user(), configured.password().reveal());
    try {
      return new ServerUnderTest(
          configured.withEmbeddedServer(sim.serverUrl(), sim.trustStore()), sim);
    } catch (RuntimeException e) {
      sim.stop();
      throw e;
    }
  }

  /** The settings pointing at this server (for the embedded simulator: its URL and certificate). */
  public EfSettings settings() {
    return settings;
  }

  public boolean isEmbeddedSimulator() {
    return embedded != null;
  }

  /** How the banner and the report name it. */
  public String label() {
    return embedded != null ? "embedded simulator" : "real server";
  }

  /** Whether {@code @simulator} scenarios can steer this server. */
  public boolean hasSimulatorControl() {
    return control != null;
  }

  /**
   * The simulator's admin routes; only for @simulator steps, which are skipped against real
   * servers.
   */
  public SimulatorControl simulator() {
    if (control == null) {
      throw new IllegalStateException(
          "Test setup problem: no simulator: ef.server points at a real server");
    }
    return control;
  }

  /** Every session id the embedded simulator issued; empty for a configured server. */
  public Set<String> issuedSessionIds() {
    return embedded == null ? Set.of() : embedded.issuedSessionIds();
  }

  /** Stops the embedded simulator; a configured server is left alone. */
  public void stop() {
    if (embedded != null) {
      embedded.stop();
    }
  }
}
