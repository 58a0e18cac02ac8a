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
import io.flowcheck.simulator.model.PublishedFile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Test-harness routes under {@code /__admin/ef/...} (no EF credentials needed): reset to the seed
 * data, expire every session, dump the state as canonical JSON, list the login attempts, inject or
 * clear faults, report or forget the request timings and connections of the traffic log, and list
 * the files of a published artifact version. On a simulator bound to a network address they need
 * the admin token (checked before WireMock sees the request).
 */
public final class EfAdminApi implements AdminApiExtension {
  private final Runnable reset;
  private final Runnable expireSessions;
  private final Supplier<String> canonicalState;
  private final Supplier<List<LoginAttempt>> loginAttempts;
  private final FaultPlan faults;
  private final TrafficLog traffic;
  private final Function<String, Optional<List<PublishedFile>>> publishedFiles;

  public EfAdminApi(
      Runnable reset,
      Runnable expireSessions,
      Supplier<String> canonicalState,
      Supplier<List<LoginAttempt>> loginAttempts,
      FaultPlan faults,
      TrafficLog traffic,
      Function<String, Optional<List<PublishedFile>>> publishedFiles) {
    this.reset = reset;
    this.expireSessions = expireSessions;
    this.canonicalState = canonicalState;
    this.loginAttempts = loginAttempts;
    this.faults = faults;
    this.traffic = traffic;
    this.publishedFiles = publishedFiles;
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
    router.add(
        RequestMethod.GET,
        "/ef/artifactVersions/{name}/files",
        (admin, serveEvent, pathParams) -> {
          String name = URLDecoder.decode(pathParams.get("name"), StandardCharsets.UTF_8);
          return publishedFiles
              .apply(name)
              .map(files -> jsonAnswer(manifest(name, files)))
              .orElseGet(
                  () ->
                      Replies.error(
                          EfError.notFound(
                              "NoSuchArtifactVersion",
                              "Artifact version '" + name + "' does not exist")));
        });
  }

  /** Sizes as JSON numbers: this is the harness's API, not the server's all-strings one. */
  private static Map<String, Object> manifest(String versionName, List<PublishedFile> files) {
    List<Map<String, Object>> entries =
        files.stream()
            .map(
                file -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("path", file.path());
                  entry.put("size", file.size());
                  entry.put("sha256", file.sha256());
                  return entry;
                })
            .toList();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("artifactVersionName", versionName);
    view.put("files", entries);
    return view;
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
