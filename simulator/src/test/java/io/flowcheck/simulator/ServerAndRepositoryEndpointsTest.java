package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ServerAndRepositoryEndpointsTest {
  private static EfSimulator sim;
  private static SimulatorClient admin;

  @BeforeAll
  static void startSimulator() {
    sim = EfSimulator.builder().serverVersion("10.3.1.145000").start();
    admin = SimulatorClient.of(sim).asAdmin();
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  @Test
  void serverStatusReportsRunningAndTheConfiguredVersion() {
    Reply reply = admin.get("/server/status").assertOk();
    assertEquals("running", reply.at("/serverStatus/serverState"));
    assertEquals("10.3.1.145000", reply.at("/serverStatus/serverVersion/version"));
  }

  @Test
  void serverStateOnlyLeavesJustTheState() {
    JsonNode status =
        admin
            .get("/server/status?block=true&diagnostics=true&serverStateOnly=true&timeout=10")
            .assertOk()
            .json()
            .get("serverStatus");
    assertEquals(1, status.size());
    assertEquals("running", status.get("serverState").asString());
  }

  @Test
  void versionsReportTheConfiguredVersion() {
    assertEquals(
        "10.3.1.145000", admin.get("/server/versions").assertOk().at("/serverVersion/version"));
  }

  @Test
  void theDefaultServerVersionIsACalendarVersion() {
    try (EfSimulator defaults = EfSimulator.builder().start()) {
      Reply reply = SimulatorClient.of(defaults).asAdmin().get("/server/versions").assertOk();
      assertEquals("2024.06.0.178767", reply.at("/serverVersion/version"));
    }
  }

  @Test
  void theDefaultRepositoryIsListedAndFound() {
    assertEquals(
        "default", admin.get("/repositories").assertOk().at("/repository/0/repositoryName"));
    assertEquals(
        "default", admin.get("/repositories/default").assertOk().at("/repository/repositoryName"));
    assertEquals(
        "Repository 'wrong' does not exist",
        admin.get("/repositories/wrong").assertError(404, "NoSuchRepository"));
  }
}
