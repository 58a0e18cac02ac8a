package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.flowcheck.simulator.faults.FaultPlan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Test-harness routes under {@code /__admin/ef/...} (no EF credentials needed): reset to the seed
 * data, expire every session, dump the state as canonical JSON, and inject or clear faults.
 */
public final class EfAdminApi implements AdminApiExtension {
  private final Runnable reset;
  private final Runnable expireSessions;
  private final Supplier<String> canonicalState;
  private final FaultPlan faults;

  public EfAdminApi(Runnable reset, Runnable expireSessions, Supplier<String> canonicalState, FaultPlan faults) {
    this.reset = reset;
    this.expireSessions = expireSessions;
    this.canonicalState = canonicalState;
    this.faults = faults;
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
            new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(canonicalState.get().getBytes(StandardCharsets.UTF_8))
                .build());
    contributeFaultRoutes(router);
  }

  private void contributeFaultRoutes(Router router) {
    router.add(
        RequestMethod.POST,
        "/ef/faults",
        (admin, serveEvent, pathParams) -> {
          try {
            String id = faults.add(FaultRuleJson.parse(serveEvent.getRequest().getBodyAsString()));
            return Replies.json(200, Map.of("id", id));
          } catch (IllegalArgumentException badRule) {
            return Replies.error(EfError.badRequest("InvalidArgument", badRule.getMessage()));
          }
        });
    router.add(
        RequestMethod.GET,
        "/ef/faults",
        (admin, serveEvent, pathParams) -> {
          List<Map<String, Object>> listed = faults.active().stream().map(FaultRuleJson::view).toList();
          return new ResponseDefinitionBuilder()
              .withStatus(200)
              .withHeader("Content-Type", "application/json; charset=UTF-8")
              .withBody(Json.write(Map.of("faults", listed)).getBytes(StandardCharsets.UTF_8))
              .build();
        });
    router.add(
        RequestMethod.DELETE,
        "/ef/faults",
        (admin, serveEvent, pathParams) -> {
          faults.clear();
          return Replies.json(200, Map.of());
        });
    router.add(
        RequestMethod.DELETE,
        "/ef/faults/{id}",
        (admin, serveEvent, pathParams) -> {
          faults.remove(pathParams.get("id"));
          return Replies.json(200, Map.of());
        });
  }
}
