package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfEndpoint;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.model.Times;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /server/status} (getServerStatus) and {@code GET /server/versions} (getVersions). */
public final class ServerEndpoints extends EfEndpoint {
  private final String serverVersion;
  private final Instant startTime = Instant.now();

  public ServerEndpoints(Authenticator authenticator, String serverVersion, ServerControls controls) {
    super("ef-server", "/server", authenticator, controls);
    this.serverVersion = serverVersion;
  }

  @Override
  protected ResponseDefinition handle(EfCall call) {
    List<String> segments = call.segments();
    if (!call.method().equals("GET") || segments.size() != 1) {
      throw call.notImplemented();
    }
    return switch (segments.get(0)) {
      case "status" -> Replies.okWrapped("serverStatus", status(call.flag("serverStateOnly")));
      case "versions" -> {
        if (controls().speaks(Dialect.NO_SERVER_VERSIONS)) {
          throw call.notImplemented();
        }
        yield Replies.okWrapped("serverVersion", version());
      }
      default -> throw call.notImplemented();
    };
  }

  /** serverStateOnly answers just the state; the full answer also tells the version (documented). */
  private Map<String, Object> status(boolean stateOnly) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("serverState", "running");
    if (!stateOnly) {
      status.put("lastMessage", "The server is running");
      status.put("startTime", Times.format(startTime.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
      if (!controls().speaks(Dialect.NO_VERSION_IN_STATUS)) {
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
