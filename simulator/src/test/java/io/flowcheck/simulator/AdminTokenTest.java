package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A simulator bound to a network address guards its admin routes (ours under /__admin/ef and
 * WireMock's under /__admin) with a token; on loopback they stay open. Plain HTTP, so the tests can
 * reach a 0.0.0.0 binding through 127.0.0.1 without a certificate for that name.
 */
class AdminTokenTest {
  private static final List<String> ADMIN_ROUTES =
      List.of("/__admin/ef/state", "/__admin/ef/logins", "/__admin/mappings");

  private static Reply get(EfSimulator sim, String path, String authorization) {
    String url = "http://127.0.0.1:" + sim.port() + path;
    HttpClient http = HttpClient.newHttpClient();
    return authorization == null
        ? PublishForm.get(http, url)
        : PublishForm.get(http, url, authorization);
  }

  @Test
  void onLoopbackTheAdminRoutesStayOpen() {
    try (EfSimulator sim = EfSimulator.builder().http(true).start()) {
      assertEquals(Optional.empty(), sim.adminToken());
      for (String route : ADMIN_ROUTES) {
        assertEquals(200, get(sim, route, null).status(), route);
      }
    }
  }

  @Test
  void onAnyOtherAddressTheyNeedTheGeneratedToken() {
    try (EfSimulator sim = EfSimulator.builder().host("0.0.0.0").http(true).start()) {
      String token = sim.adminToken().orElseThrow();
      assertTrue(token.length() >= 32, token);
      for (String route : ADMIN_ROUTES) {
        String why = get(sim, route, null).assertError(401, "NoAdminToken");
        assertTrue(why.contains("Authorization: Bearer"), why);
        assertEquals(401, get(sim, route, "Bearer wrong-" + token).status(), route);
        assertEquals(401, get(sim, route, "Basic " + token).status(), route);
        assertEquals(200, get(sim, route, "Bearer " + token).status(), route);
      }
      assertEquals(
          401, get(sim, "/__admin/ef/reset", null).status()); // unknown verb or not, refused first
      // The REST API is the server's own business: its credentials, not the admin token.
      assertEquals(401, get(sim, "/rest/v1.0/projects", null).status());
    }
    try (EfSimulator other = EfSimulator.builder().host("0.0.0.0").http(true).start()) {
      assertNotNull(other.adminToken().orElseThrow());
    }
  }

  @Test
  void aGivenTokenIsTheOneAskedFor() {
    try (EfSimulator sim =
        EfSimulator.builder().host("0.0.0.0").http(true).adminToken("s3cret-admin").start()) {
      assertEquals(Optional.of("s3cret-admin"), sim.adminToken());
      assertEquals(200, get(sim, "/__admin/ef/state", "Bearer s3cret-admin").status());
      assertEquals(401, get(sim, "/__admin/ef/state", null).status());
    }
    assertThrows(IllegalArgumentException.class, () -> EfSimulator.builder().adminToken(" "));
  }

  @Test
  void theReadyLineShowsAGeneratedTokenButNotAGivenOne() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    Main.Launch launch =
        Main.launch(new String[] {"--host", "0.0.0.0", "--port", "0", "--http"}, print, print);
    EfSimulator sim = launch.simulator();
    try {
      String token = sim.adminToken().orElseThrow();
      assertEquals(
          "ElectricFlow simulator ready at "
              + sim.baseUrl()
              + " (admin routes need the header 'Authorization: Bearer "
              + token
              + "')"
              + System.lineSeparator(),
          out.toString(StandardCharsets.UTF_8));
    } finally {
      sim.stop();
    }
    out.reset();
    Main.Launch given =
        Main.launch(
            new String[] {"--host", "0.0.0.0", "--port", "0", "--http", "--admin-token", "abc-123"},
            print,
            print);
    try {
      String line = out.toString(StandardCharsets.UTF_8);
      assertTrue(line.contains("Bearer <--admin-token>"), line);
      assertFalse(line.contains("abc-123"), line);
    } finally {
      given.simulator().stop();
    }
  }
}
