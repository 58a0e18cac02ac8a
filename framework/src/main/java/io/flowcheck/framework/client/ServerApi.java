package io.flowcheck.framework.client;

import io.flowcheck.framework.model.ServerStatus;

/** getServerStatus and getVersions. */
public final class ServerApi {
  private final EfTransport transport;
  private final CallAuth auth;

  ServerApi(EfTransport transport, CallAuth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  public ServerStatus status() {
    return transport.sendFor(EfCall.to(Operation.GET_SERVER_STATUS), auth, "serverStatus", Models::serverStatus);
  }

  /** The version string, e.g. {@code 2024.06.0.178767}, from getVersions. */
  public String version() {
    var answer = transport.send(EfCall.to(Operation.GET_VERSIONS), auth);
    String version = answer.path("serverVersion").path("version").asString("");
    if (version.isEmpty()) {
      throw new EfProtocolException("getVersions answered without serverVersion.version");
    }
    return version;
  }
}
