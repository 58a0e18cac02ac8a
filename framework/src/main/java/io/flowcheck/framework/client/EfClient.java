package io.flowcheck.framework.client;

import io.flowcheck.framework.config.AuthMode;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.http.SecretMasker;

/**
 * The typed ElectricFlow client. One instance per server and user owns one REST Assured
 * specification and one connection pool, and is safe to share between threads. Views made with
 * {@link #withoutCredentials()}, {@link #withSession} and {@link #withBasic} share that transport
 * but authenticate differently; they need no closing. A view made with {@link #observedBy} is the
 * same client, session included, whose calls are also told to a {@link CallListener}.
 */
public final class EfClient implements AutoCloseable {
  private final EfTransport transport;
  private final CallAuth auth;
  private final SessionManager sessions; // null unless this is a session-auth root client

  private EfClient(EfTransport transport, CallAuth auth, SessionManager sessions) {
    this.transport = transport;
    this.auth = auth;
    this.sessions = sessions;
  }

  /** A client for the configured server and user; session mode logs in on the first call. */
  public static EfClient connect(EfSettings settings) {
    SecretMasker masker = new SecretMasker();
    masker.register(settings.password());
    EfTransport transport = new EfTransport(settings, masker);
    if (settings.auth() == AuthMode.BASIC) {
      return new EfClient(transport, new BasicAuth(settings.user(), settings.password()), null);
    }
    SessionManager sessions = new SessionManager(settings.user(), settings.password());
    return new EfClient(transport, new SessionAuth(sessions), sessions);
  }

  /**
   * The same client, sharing its transport and its session, whose calls are also told to {@code
   * listener}: one {@link CallEvent} per logical call, after it ended. Views made from this one
   * keep the listener. A run gives each scenario such a view, so its calls are its own without any
   * thread-bound state.
   */
  public EfClient observedBy(CallListener listener) {
    return new EfClient(transport.observedBy(listener), auth, sessions);
  }

  /** The same server, with no credentials at all. */
  public EfClient withoutCredentials() {
    return new EfClient(transport, CallAuth.NONE, null);
  }

  /** The same server, sending exactly this session id, with no automatic login. */
  public EfClient withSession(Secret sessionId) {
    return new EfClient(transport, new FixedSessionAuth(sessionId), null);
  }

  /** The same server, with HTTP Basic for another user or password. */
  public EfClient withBasic(String user, Secret password) {
    transport.masker().register(password);
    return new EfClient(transport, new BasicAuth(user, password), null);
  }

  public SessionsApi sessions() {
    return new SessionsApi(transport);
  }

  public PropertiesApi properties() {
    return new PropertiesApi(transport, auth);
  }

  public ProjectsApi projects() {
    return new ProjectsApi(transport, auth);
  }

  public ArtifactsApi artifacts() {
    return new ArtifactsApi(transport, auth);
  }

  public ServerApi server() {
    return new ServerApi(transport, auth);
  }

  public EfSettings settings() {
    return transport.settings();
  }

  /** The masker this client's reports go through; it knows every secret the client has seen. */
  public SecretMasker masker() {
    return transport.masker();
  }

  /** How many logins this client made (0 in basic mode). */
  public int loginCount() {
    return sessions == null ? 0 : sessions.loginCount();
  }

  /**
   * Logs out if a session is open and says how that went. A server that answers {@code DELETE
   * /sessions} with 404 or 501 has no REST logout: that is {@link
   * LogoutOutcome.Kind#NOT_AVAILABLE}, not an error. Other refusals are thrown. Views with other
   * credentials answer {@link LogoutOutcome#NOT_ATTEMPTED}; an {@link #observedBy} view ends the
   * session it shares.
   */
  public LogoutOutcome logOut() {
    if (sessions == null || !sessions.isOpen()) {
      return LogoutOutcome.NOT_ATTEMPTED;
    }
    return sessions.logout(transport);
  }

  /**
   * {@link #logOut()}, best effort: a server without a REST logout is not a failure here either.
   */
  @Override
  public void close() {
    try {
      logOut();
    } finally {
      endUploadSession();
    }
  }

  /** A basic-auth client that published files logged in for that: that session ends too. */
  private void endUploadSession() {
    if (auth instanceof BasicAuth basic && basic.uploadSessions().isOpen()) {
      try {
        basic.uploadSessions().logout(transport);
      } catch (EfException bestEffort) {
        // the session expires on its own; closing must not fail over it
      }
    }
  }
}
