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

  /** The full getServerStatus ({@code GET /server/status}, no {@code serverStateOnly}). */
  public ServerStatus status() {
    EfCall call = EfCall.to(Operation.GET_SERVER_STATUS);
    return Models.serverStatus(call.operation(), transport.send(call, auth));
  }

  /**
   * The version the full status reports, the documented way to read it (ec-perl getServerStatus
   * documentation). A status without one is a protocol failure here; {@link #lookUpVersion()}
   * treats it as a note instead.
   */
  public String statusVersion() {
    String version = status().version();
    if (version == null) {
      throw new EfProtocolException("getServerStatus answered without serverVersion.version");
    }
    return version;
  }

  /**
   * getVersions on its inferred route, {@code GET /server/versions}: the version string, e.g.
   * {@code 2024.06.0.178767}. For the scenario that checks that route; the run reads the version
   * with {@link #lookUpVersion()}.
   */
  public String versions() {
    String version = Models.serverVersion(transport.send(EfCall.to(Operation.GET_VERSIONS), auth));
    if (version == null) {
      throw new EfProtocolException("getVersions answered without serverVersion.version");
    }
    return version;
  }

  /**
   * The version from the full status, else from getVersions, else {@code unknown}; see {@link
   * VersionLookup}. Only an unreachable or untrusted server, or a refusal of the documented status
   * call other than 404/501, is thrown. This is the run's first authenticated call, so a refused
   * password (a 401 on the login in session mode, on the lookup itself in basic mode) is thrown as
   * {@link EfCredentialsRefusedException}, whose one line names the settings to fix.
   */
  public VersionLookup lookUpVersion() {
    try {
      return ServerVersionLookup.lookUp(transport, auth);
    } catch (EfApiException e) {
      throw CredentialsRefusal.explain(e, auth);
    }
  }
}
