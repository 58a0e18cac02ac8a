package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.LoginAttempt;
import io.flowcheck.simulator.faults.FaultPlan;
import io.flowcheck.simulator.http.jetty.TrafficLog;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Test-harness routes under {@code /__admin/ef/...} (no EF credentials needed): reset to the seed
 * data, expire every session, dump the state as canonical JSON, list the login attempts, inject or
 * clear faults, and report or forget the request timings and connections of the traffic log.
 */
public final class EfAdminApi implements AdminApiExtension {
  private final Runnable reset;
  private final Runnable expireSessions;
  private final Supplier<String> canonicalState;
  private final Supplier<List<LoginAttempt>> loginAttempts;
  private final FaultPlan faults;
  private final TrafficLog traffic;

  public EfAdminApi(
      Runnable reset,
      Runnable expireSessions,
      Supplier<String> canonicalState,
      Supplier<List<LoginAttempt>> loginAttempts,
      FaultPlan faults,
      TrafficLog traffic) {
    this.reset = reset;
    this.expireSessions = expireSessions;
    this.canonicalState = canonicalState;
    this.loginAttempts = loginAttempts;
    this.faults = faults;
    this.traffic = traffic;
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
    router.add(
        RequestMethod.GET,
        "/ef/logins",
        (admin, serveEvent, pathParams) ->
            jsonAnswer(
                Map.of("logins", loginAttempts.get().stream().map(EfAdminApi::view).toList())));
    contributeFaultRoutes(router);
    contributeTrafficRoutes(router);
  }

  private void contributeTrafficRoutes(Router router) {
    router.add(
        RequestMethod.GET,
        "/ef/traffic",
        (admin, serveEvent, pathParams) -> {
          TrafficLog.Snapshot seen = traffic.snapshot();
          List<List<Long>> requests =
              seen.requests().stream()
                  .map(request -> List.of(request.startMicros(), request.endMicros()))
                  .toList();
          return jsonAnswer(Map.of("connections", seen.connections(), "requests", requests));
        });
    router.add(
        RequestMethod.DELETE,
        "/ef/traffic",
        (admin, serveEvent, pathParams) -> {
          traffic.clear();
          return Replies.json(200, Map.of());
        });
  }

  /** A JSON boolean for "accepted": this is the harness's API, not the server's all-strings one. */
  private static Map<String, Object> view(LoginAttempt attempt) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("userName", attempt.userName());
    view.put("via", attempt.via());
    view.put("accepted", attempt.accepted());
    return view;
  }

  private static ResponseDefinition jsonAnswer(Object body) {
    return new ResponseDefinitionBuilder()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody(Json.write(body).getBytes(StandardCharsets.UTF_8))
        .build();
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
          List<Map<String, Object>> listed =
              faults.active().stream().map(FaultRuleJson::view).toList();
          return jsonAnswer(Map.of("faults", listed));
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
