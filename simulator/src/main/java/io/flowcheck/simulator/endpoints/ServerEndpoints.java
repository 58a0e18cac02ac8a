package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.model.Times;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /server/status} (getServerStatus) and {@code GET /server/versions} (getVersions). */
public final class ServerEndpoints {
  private final String serverVersion;
  private final ServerControls controls;
  private final Instant startTime = Instant.now();

  public ServerEndpoints(String serverVersion, ServerControls controls) {
    this.serverVersion = serverVersion;
    this.controls = controls;
  }

  /**
   * Without getVersions when the dialect says the server has none: then it is an unknown route
   * (501).
   */
  public List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    routes.add(
        Route.get(
            "/server/status",
            call -> Replies.okWrapped("serverStatus", status(call.flag("serverStateOnly")))));
    if (!controls.speaks(Dialect.NO_SERVER_VERSIONS)) {
      routes.add(
          Route.get("/server/versions", call -> Replies.okWrapped("serverVersion", version())));
    }
    return routes;
  }

  /**
   * serverStateOnly answers just the state; the full answer also tells the version (documented).
   */
  private Map<String, Object> status(boolean stateOnly) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("serverState", "running");
    if (!stateOnly) {
      status.put("lastMessage", "The server is running");
      status.put("startTime", Times.format(startTime.truncatedTo(ChronoUnit.MILLIS)));
      if (!controls.speaks(Dialect.NO_VERSION_IN_STATUS)) {
        status.put("serverVersion", version());
      }
    }
    return status;
  }

  private Map<String, Object> version() {
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("version", serverVersion);
    version.put("label", "ElectricFlow simulator");
    version.put("protocolVersion", "2.3");
    version.put("schemaVersion", "0");
    return version;
  }
}
