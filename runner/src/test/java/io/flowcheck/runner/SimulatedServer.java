package io.flowcheck.runner;

import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.server.Fault;
import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.util.Map;

/**
 * An embedded simulator and a session-auth client on it, for runner tests that need real exchanges:
 * real retries, real session renewals, made by the real client.
 */
public final class SimulatedServer implements AutoCloseable {
  public static final String PASSWORD = "runner-test-Pw-7";

  private final EfSimulator simulator;
  private final EfClient client;

  public SimulatedServer() {
    simulator = EfSimulator.builder().http(true).user("admin", PASSWORD).start();
    client =
        EfClient.connect(
            SettingsLoader.load(
                Map.of(
                    "ef.server",
                    simulator.serverUrl(),
                    "ef.password",
                    PASSWORD,
                    "ef.auth",
                    "session",
                    "ef.retries",
                    "2",
                    "ef.timeout.read",
                    "30s"),
                Map.of()));
  }

  public EfSimulator simulator() {
    return simulator;
  }

  public EfClient client() {
    return client;
  }

  /** A property that exists in project Default (created on the first call). */
  public PropertyRef property(String name) {
    PropertyRef ref = PropertyRef.inProject("Default", name);
    client.properties().set(ref, "v");
    return ref;
  }

  /** Every read of that property meets this fault, {@code times} times (0: until cleared). */
  public void faultReads(PropertyRef ref, FaultRule fault, int times) {
    FaultRule rule = fault.on("GET", Fault.propertyPath(ref.path()));
    simulator.injectFault(times > 0 ? rule.times(times) : rule);
  }

  public static FaultRule http503() {
    return FaultRule.of(FaultType.SERVER_ERROR).status(503, false);
  }

  public static FaultRule connectionReset() {
    return FaultRule.of(FaultType.CONNECTION_RESET);
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      simulator.stop();
    }
  }
}
