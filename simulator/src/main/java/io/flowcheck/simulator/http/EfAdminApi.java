package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Test-harness routes under {@code /__admin/ef/...} (no EF credentials needed): reset to the seed
 * data, expire every session, and dump the state as canonical JSON.
 */
public final class EfAdminApi implements AdminApiExtension {
  private final Runnable reset;
  private final Runnable expireSessions;
  private final Supplier<String> canonicalState;

  public EfAdminApi(Runnable reset, Runnable expireSessions, Supplier<String> canonicalState) {
    this.reset = reset;
    this.expireSessions = expireSessions;
    this.canonicalState = canonicalState;
  }

  @Override
  public String getName() {
    return "ef-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(
        RequestMethod.POST,
        "/ef/reset",
        (admin, serveEvent, pathParams) -> {
          reset.run();
          return Replies.json(200, Map.of());
        });
    router.add(
        RequestMethod.POST,
        "/ef/sessions/expire",
        (admin, serveEvent, pathParams) -> {
          expireSessions.run();
          return Replies.json(200, Map.of());
        });
    router.add(
        RequestMethod.GET,
        "/ef/state",
        (admin, serveEvent, pathParams) ->
            new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(canonicalState.get().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build());
  }
}
