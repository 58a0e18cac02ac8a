package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends AdminSimulatorTest {
  private static final String SEED = "/properties/PythonProperty?projectName=Default";

  @BeforeEach
  void cleanSlate() {
    sim.clearFaults();
  }

  @Test
  void connectionResetAndEmptyReplyLeaveTheClientWithoutAnAnswer() {
    String id = sim.injectFault(FaultRule.of(FaultType.CONNECTION_RESET));
    assertThrows(UncheckedIOException.class, () -> admin.get(SEED));
    sim.clearFault(id);
    sim.injectFault(FaultRule.of(FaultType.EMPTY_REPLY));
    assertThrows(UncheckedIOException.class, () -> admin.get(SEED));
    sim.clearFaults();
    admin.get(SEED).assertOk(); // the client recovers on a new connection
  }

  @Test
  void malformedJsonIsA200WithATruncatedJsonBody() {
    sim.injectFault(FaultRule.of(FaultType.MALFORMED_JSON));
    Reply reply = admin.get(SEED).assertOk();
    assertTrue(
        reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("{\"property\":{\"propertyName\":\"x\",", reply.body());
    assertThrows(RuntimeException.class, () -> TestJson.node(reply.body()));
  }

  @Test
  void serverErrorsCarryTheEnvelopeWithACodeForTheStatusOrABarePage() {
    String id = sim.injectFault(FaultRule.of(FaultType.SERVER_ERROR));
    admin.get(SEED).assertError(500, "InternalError");
    sim.clearFault(id);
    id = sim.injectFault(FaultRule.of(FaultType.SERVER_ERROR).status(503, true));
    admin.get(SEED).assertError(503, "ServiceUnavailable");
    sim.clearFault(id);
    sim.injectFault(FaultRule.of(FaultType.SERVER_ERROR).status(500, false));
    Reply bare = admin.get(SEED);
    assertEquals(500, bare.status());
    assertTrue(bare.body().contains("<html>"), bare.body());
    assertFalse(bare.body().contains("\"error\""), bare.body());
  }

  @Test
  void aDelayedPutIsProcessedNormallyAndAnsweredLate() {
    sim.injectFault(
        FaultRule.of(FaultType.DELAY).on("PUT", "/properties/").delay(Duration.ofMillis(800)));
    long start = System.nanoTime();
    Reply reply = admin.put("/properties/slow?projectName=Default&value=late").assertOk();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    assertTrue(elapsedMs >= 800, "answered after " + elapsedMs + " ms");
    assertEquals("late", reply.at("/property/value"));
    assertEquals(
        "late",
        sim.state()
            .project("Default")
            .orElseThrow()
            .propertySheet()
            .property("slow")
            .orElseThrow()
            .value());
  }

  @Test
  void aRuleLimitedToTwoTimesFaultsExactlyTwoRequestsThenSwitchesItselfOff() {
    sim.injectFault(FaultRule.of(FaultType.SERVER_ERROR).status(503, true).times(2));
    admin.get(SEED).assertError(503, "ServiceUnavailable");
    admin.get(SEED).assertError(503, "ServiceUnavailable");
    admin.get(SEED).assertOk();
    admin.get(SEED).assertOk();
    assertEquals("{\"faults\":[]}", compact(adminRoute("GET", "/__admin/ef/faults", null).body()));
  }

  @Test
  void aFaultOnOneRouteLeavesOtherPathsAndVerbsWorking() {
    sim.injectFault(
        FaultRule.of(FaultType.CONNECTION_RESET).on("GET", "/properties/greeting-k3x9q"));
    admin.put("/properties/greeting-k3x9q?projectName=Default&value=hi").assertOk();
    assertThrows(
        UncheckedIOException.class,
        () -> admin.get("/properties/greeting-k3x9q?projectName=Default"));
    admin.get(SEED).assertOk();
    admin.get("/projects/Default").assertOk();
    admin.delete("/properties/greeting-k3x9q?projectName=Default").assertOk();
  }

  @Test
  void aFaultedPutChangesNothing() {
    String before = sim.state().toCanonicalJson();
    String id = sim.injectFault(FaultRule.of(FaultType.CONNECTION_RESET).on("PUT", ".*"));
    assertThrows(UncheckedIOException.class, () -> admin.put(SEED.replace("?", "?value=changed&")));
    sim.clearFault(id);
    for (FaultType type :
        List.of(FaultType.EMPTY_REPLY, FaultType.MALFORMED_JSON, FaultType.SERVER_ERROR)) {
      id = sim.injectFault(FaultRule.of(type).on("*", "/properties"));
      try {
        admin.put("/properties/brandNew?projectName=Default&value=x");
        admin.post("/properties?projectName=Default&propertyName=other&value=y");
      } catch (UncheckedIOException expectedForEmptyReply) {
        // the empty reply is an I/O failure on the client side; the point is the state below
      }
      sim.clearFault(id);
    }
    assertEquals(before, sim.state().toCanonicalJson());
  }

  @Test
  void faultsComeBeforeTheCredentialCheckButOnlyUnderTheRestApi() {
    sim.injectFault(FaultRule.of(FaultType.SERVER_ERROR).status(503, true));
    SimulatorClient.of(sim)
        .get(SEED)
        .assertError(503, "ServiceUnavailable"); // no credentials, yet no 401
    SimulatorClient.of(sim)
        .sendAbsolute(sim.serverUrl() + "/elsewhere", "GET")
        .assertError(501, "NotImplemented");
    assertEquals(200, adminRoute("GET", "/__admin/ef/state", null).status());
  }

  @Test
  void parallelClientsGetExactlyTheLimitedNumberOfFaults() throws Exception {
    sim.injectFault(
        FaultRule.of(FaultType.SERVER_ERROR).status(503, true).on("GET", "/server/").times(50));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> faulted = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        faulted.add(
            pool.submit(
                () -> {
                  int count = 0;
                  for (int i = 0; i < 25; i++) {
                    int status = admin.get("/server/versions").status();
                    count += status == 503 ? 1 : 0;
                  }
                  return count;
                }));
      }
      int total = 0;
      for (Future<Integer> result : faulted) {
        total += result.get(60, TimeUnit.SECONDS);
      }
      assertEquals(50, total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theAdminRoutesInjectListAndClearFaults() {
    Reply added =
        adminRoute(
            "POST",
            "/__admin/ef/faults",
            "{\"method\":\"GET\",\"path\":\"/server/.*\",\"type\":\"SERVER_ERROR\",\"status\":503,\"envelope\":true,\"delayMs\":0,\"times\":-1}");
    assertEquals(200, added.status(), added.body());
    String id = added.at("/id");
    admin.get("/server/versions").assertError(503, "ServiceUnavailable");
    admin.get("/projects").assertOk();

    Reply listed = adminRoute("GET", "/__admin/ef/faults", null);
    assertEquals(id, listed.at("/faults/0/id"));
    assertEquals("/server/.*", listed.at("/faults/0/path"));
    assertEquals(503, listed.json().at("/faults/0/status").asInt());

    assertEquals(200, adminRoute("DELETE", "/__admin/ef/faults/" + id, null).status());
    admin.get("/server/versions").assertOk();

    adminRoute("POST", "/__admin/ef/faults", "{\"type\":\"delay\",\"delayMs\":1}");
    adminRoute(
        "POST",
        "/__admin/ef/faults",
        "{\"type\":\"MALFORMED_JSON\",\"path\":\"/nothing-matches-this\"}");
    assertEquals(2, adminRoute("GET", "/__admin/ef/faults", null).json().get("faults").size());
    assertEquals(200, adminRoute("DELETE", "/__admin/ef/faults", null).status());
    assertEquals(0, adminRoute("GET", "/__admin/ef/faults", null).json().get("faults").size());
  }

  @Test
  void aBadRuleIsRefusedWithAReason() {
    assertEquals(
        "'type' must be one of [CONNECTION_RESET, EMPTY_REPLY, MALFORMED_JSON, SERVER_ERROR, DELAY], not 'boom'",
        adminRoute("POST", "/__admin/ef/faults", "{\"type\":\"boom\"}")
            .assertError(400, "InvalidArgument"));
    adminRoute("POST", "/__admin/ef/faults", "{\"type\":\"DELAY\",\"path\":\"(\"}")
        .assertError(400, "InvalidArgument");
    adminRoute("POST", "/__admin/ef/faults", "not json").assertError(400, "InvalidArgument");
    assertThrows(IllegalArgumentException.class, () -> FaultRule.of(FaultType.DELAY).times(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> FaultRule.of(FaultType.SERVER_ERROR).status(200, true));
    assertEquals("GET", FaultRule.of(FaultType.DELAY).on("get", "x").method());
  }

  private Reply adminRoute(String method, String path, String body) {
    return SimulatorClient.of(sim).sendAbsolute(sim.serverUrl() + path, method, body);
  }

  private static String compact(String json) {
    return json.replaceAll("\\s", "");
  }
}
