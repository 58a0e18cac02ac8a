package io.flowcheck.framework.client;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Finds the server's version without resting on a guess. First the documented source, the full
 * getServerStatus; then getVersions, whose REST route ({@code /server/versions}) is inferred; else
 * "unknown". An answer that carries no version is a note, not a failure, so a server that reports
 * its version differently still runs every scenario that does not depend on it. A server that
 * cannot be reached or trusted still stops the run.
 */
final class ServerVersionLookup {
  private static final String NO_VERSION = "answered without serverVersion.version";

  private final EfTransport transport;
  private final CallAuth auth;
  private final List<String> notes = new ArrayList<>();

  private ServerVersionLookup(EfTransport transport, CallAuth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  static VersionLookup lookUp(EfTransport transport, CallAuth auth) {
    return new ServerVersionLookup(transport, auth).run();
  }

  private VersionLookup run() {
    String version = fromStatus();
    if (version != null) {
      return new VersionLookup(version, VersionLookup.FROM_STATUS, notes);
    }
    version = fromVersions();
    if (version != null) {
      return new VersionLookup(version, VersionLookup.FROM_VERSIONS, notes);
    }
    return new VersionLookup(VersionLookup.UNKNOWN, VersionLookup.FROM_NOWHERE, notes);
  }

  /**
   * The status is documented: only "no such route" (404/501) is a note there. Any other refusal
   * (wrong credentials, a 500) means the run cannot work and is thrown.
   */
  private String fromStatus() {
    try {
      return found(
          VersionLookup.FROM_STATUS, transport.send(EfCall.to(Operation.GET_SERVER_STATUS), auth));
    } catch (EfException e) {
      if (!MissingRoute.is(e, Operation.GET_SERVER_STATUS)) {
        throw e;
      }
      notes.add(VersionLookup.FROM_STATUS + ": " + MissingRoute.describe(e));
      return null;
    }
  }

  /**
   * getVersions' route is our guess, so whatever the server answers there is a note. Only
   * unreachable and untrusted servers (they would fail every scenario anyway) and a login on the
   * way that failed are thrown.
   */
  private String fromVersions() {
    try {
      return found(
          VersionLookup.FROM_VERSIONS, transport.send(EfCall.to(Operation.GET_VERSIONS), auth));
    } catch (EfApiException | EfProtocolException e) {
      if (MissingRoute.operationOf(e) != Operation.GET_VERSIONS) {
        throw e; // a login on the way failed: that is not getVersions' answer
      }
      if (e instanceof EfApiException refusal
          && CredentialsRefusal.explain(refusal, auth) != refusal) {
        throw refusal; // the password was refused (a server whose status asks for none)
      }
      notes.add(
          VersionLookup.FROM_VERSIONS
              + ": "
              + (e instanceof EfApiException
                  ? MissingRoute.describe(e)
                  : "HTTP " + MissingRoute.status(e) + ", not an ElectricFlow JSON answer"));
      return null;
    }
  }

  private String found(String source, JsonNode answer) {
    String version = Models.serverVersion(answer);
    if (version == null) {
      notes.add(source + ": " + NO_VERSION);
    }
    return version;
  }
}
