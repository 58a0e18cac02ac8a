package io.flowcheck.simulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.auth.LoginLog;
import io.flowcheck.simulator.auth.SessionRegistry;
import io.flowcheck.simulator.http.EfApi;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.http.SilentNotifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnexpectedFailureTest {

  @Test
  void aBugInsideAHandlerBecomesAnInternalErrorEnvelopeWithoutAStackTrace() throws Exception {
    Authenticator auth =
        new Authenticator(
            Map.of("admin", "changeme"),
            new SessionRegistry(Duration.ofMinutes(1)),
            new LoginLog());
    // A deliberately broken route, standing in for any bug.
    Route exploding =
        Route.get(
            "/boom",
            call -> {
              throw new NullPointerException("deliberate");
            });
    EfApi api = new EfApi(auth, ServerControls.none(), List.of(exploding));
    WireMockServer server =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .notifier(new SilentNotifier())
                .extensions(api));
    api.stubRoutes(server);
    server.start();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + server.port() + "/rest/v1.0/boom"))
              .header("Authorization", "Basic YWRtaW46Y2hhbmdlbWU=")
              .build();
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      Reply reply = new Reply(response.statusCode(), response.body(), response.headers());
      assertEquals(
          "Simulator error: NullPointerException: deliberate",
          reply.assertError(500, "InternalError"));
      assertFalse(reply.body().contains("\tat "), reply.body());
    } finally {
      server.stop();
    }
  }
}
