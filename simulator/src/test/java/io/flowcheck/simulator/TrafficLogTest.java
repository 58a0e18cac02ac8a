package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET/DELETE /__admin/ef/traffic: request intervals and connections, admin calls left out. */
class TrafficLogTest {
  private static final String SEED_PROPERTY = "/properties/PythonProperty?projectName=Default";
  private static EfSimulator sim;

  @BeforeAll
  static void startSimulator() {
    sim = EfSimulator.builder().start();
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  @Test
  void recordsEachApiRequestAndEachConnectionButNoAdminCall() {
    SimulatorClient admin = SimulatorClient.of(sim);
    admin.sendAbsolute(trafficUrl(), "DELETE").assertOk();
    String delay = sim.injectFault(FaultRule.of(FaultType.DELAY).delay(Duration.ofMillis(30)));
    try {
      SimulatorClient first = SimulatorClient.of(sim).asAdmin(); // its own connection
      first.get(SEED_PROPERTY).assertOk();
      first.get(SEED_PROPERTY).assertOk(); // keep-alive: same connection
      SimulatorClient.of(sim).asAdmin().get(SEED_PROPERTY).assertOk(); // a second connection
    } finally {
      sim.clearFault(delay);
    }

    JsonNode traffic = admin.sendAbsolute(trafficUrl(), "GET").assertOk().json();
    assertEquals(2, traffic.get("connections").asInt());
    assertEquals(3, traffic.get("requests").size());
    for (JsonNode request : traffic.get("requests")) {
      long start = request.get(0).asLong();
      long end = request.get(1).asLong();
      assertTrue(end - start >= 30_000, "the delay is inside the interval: " + request);
    }

    admin.sendAbsolute(trafficUrl(), "DELETE").assertOk();
    JsonNode cleared = admin.sendAbsolute(trafficUrl(), "GET").assertOk().json();
    assertEquals(0, cleared.get("connections").asInt());
    assertEquals(0, cleared.get("requests").size());
  }

  private static String trafficUrl() {
    return sim.serverUrl() + "/__admin/ef/traffic";
  }
}
