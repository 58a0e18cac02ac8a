package io.flowcheck.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.auth.LoginAttempt;
import io.flowcheck.simulator.auth.LoginLog;
import io.flowcheck.simulator.auth.SessionRegistry;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.behaviour.BehaviourSwitches;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.endpoints.ArtifactEndpoints;
import io.flowcheck.simulator.endpoints.ArtifactPublishing;
import io.flowcheck.simulator.endpoints.ArtifactVersionEndpoints;
import io.flowcheck.simulator.endpoints.ProjectEndpoints;
import io.flowcheck.simulator.endpoints.PropertyEndpoints;
import io.flowcheck.simulator.endpoints.PropertySheetEndpoints;
import io.flowcheck.simulator.endpoints.RepositoryEndpoints;
import io.flowcheck.simulator.endpoints.ServerEndpoints;
import io.flowcheck.simulator.endpoints.SessionEndpoints;
import io.flowcheck.simulator.faults.FaultPlan;
import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.http.AdminToken;
import io.flowcheck.simulator.http.EfAdminApi;
import io.flowcheck.simulator.http.EfApi;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.http.jetty.EnvelopeJettyServerFactory;
import io.flowcheck.simulator.http.jetty.TrafficLog;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.PublishedFile;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A stateful, thread-safe ElectricFlow REST API v1.0 simulator on an embedded WireMock server.
 *
 * <pre>{@code
 * try (EfSimulator sim = EfSimulator.builder().start()) {
 *   String base = sim.baseUrl(); // https://127.0.0.1:PORT/rest/v1.0, user admin/changeme
 * }
 * }</pre>
 */
public final class EfSimulator implements AutoCloseable {
  private final WireMockServer server;
  private final EfStore store;
  private final SessionRegistry sessions;
  private final LoginLog loginLog;
  private final ServerControls controls;
  private final String host;
  private final boolean https;
  private final AdminToken adminToken;

  private EfSimulator(
      WireMockServer server,
      EfStore store,
      SessionRegistry sessions,
      LoginLog loginLog,
      ServerControls controls,
      String host,
      boolean https,
      AdminToken adminToken) {
    this.server = server;
    this.store = store;
    this.sessions = sessions;
    this.loginLog = loginLog;
    this.controls = controls;
    this.host = host;
    this.https = https;
    this.adminToken = adminToken;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String serverUrl() {
    String hostInUrl = host.contains(":") ? "[" + host + "]" : host;
    return (https ? "https" : "http") + "://" + hostInUrl + ":" + port();
  }

  public String baseUrl() {
    return serverUrl() + EfApi.API_ROOT;
  }

  public int port() {
    return https ? server.httpsPort() : server.port();
  }

  public boolean isHttps() {
    return https;
  }

  /** The certificate served over HTTPS (the same one whether or not HTTPS is on). */
  public X509Certificate certificate() {
    return TlsMaterial.certificate();
  }

  /** A PKCS12 KeyStore holding only {@link #certificate()} as a trusted entry. */
  public KeyStore trustStore() {
    return TlsMaterial.trustStore();
  }

  /**
   * Arms a fault for matching requests under /rest/v1.0 (checked before credentials and routing).
   *
   * @return the rule's id, for {@link #clearFault(String)}
   */
  public String injectFault(FaultRule rule) {
    return controls.faults().add(rule);
  }

  /** Disarms one fault; an unknown or used-up id is no error. */
  public void clearFault(String id) {
    controls.faults().remove(id);
  }

  public void clearFaults() {
    controls.faults().clear();
  }

  /** Switches a newer server's behaviour on, from the next request on. */
  public void enable(BehaviourChange change) {
    controls.behaviour().enable(change);
  }

  public void disable(BehaviourChange change) {
    controls.behaviour().disable(change);
  }

  /** The behaviour changes switched on now (an unmodifiable snapshot). */
  public Set<BehaviourChange> behaviourChanges() {
    return controls.behaviour().snapshot();
  }

  /**
   * The dialect switches this simulator was started with (unmodifiable; fixed for its lifetime).
   */
  public Set<Dialect> dialects() {
    return controls.dialects();
  }

  /**
   * Every password check since start or the last reset, oldest first (an immutable snapshot; at
   * most the last 10,000): each {@code POST /sessions} with a user name, and each request whose
   * Basic credentials were checked. Passwords are never recorded.
   */
  public List<LoginAttempt> loginAttempts() {
    return loginLog.snapshot();
  }

  /**
   * Back to the seed data; all sessions dropped, the login log emptied. Faults, behaviour changes
   * and dialect switches stay as they are.
   */
  public void reset() {
    resetAll(store, sessions, loginLog);
  }

  private static void resetAll(EfStore store, SessionRegistry sessions, LoginLog loginLog) {
    store.reset();
    sessions.expireAll();
    loginLog.clear();
  }

  /** Every current session becomes invalid now, as if the idle time had passed. */
  public void expireSessions() {
    sessions.expireAll();
  }

  /** Every session id issued since start (a copy), for secret-leak scans. */
  public Set<String> issuedSessionIds() {
    return sessions.issuedIds();
  }

  /**
   * The token the admin routes ask for ({@code Authorization: Bearer <token>}); empty when they are
   * open, as on a simulator bound to a loopback address without {@link Builder#adminToken}.
   */
  public Optional<String> adminToken() {
    return adminToken.value();
  }

  /**
   * The manifest of a version published with its files ({@code group:key:version}): each file's
   * relative path, size and SHA-256, in upload order. Empty when there is no such version; an empty
   * list for a version made over REST.
   */
  public Optional<List<PublishedFile>> publishedFiles(String artifactVersionName) {
    return publishedFiles(store, artifactVersionName);
  }

  private static Optional<List<PublishedFile>> publishedFiles(EfStore store, String versionName) {
    int lastColon = versionName.lastIndexOf(':');
    if (lastColon < 0) {
      return Optional.empty();
    }
    return store.read(
        s ->
            s.artifact(versionName.substring(0, lastColon))
                .flatMap(artifact -> artifact.version(versionName.substring(lastColon + 1)))
                .map(version -> version.files()));
  }

  /** A read-only, immutable snapshot of what the simulator holds right now. */
  public SimulatorState state() {
    return StateSnapshots.of(store, sessions.activeCount());
  }

  public void stop() {
    if (server.isRunning()) {
      server.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Settings for one simulator; every setter has a working default. */
  public static final class Builder {
    // The defaults, also shown by the standalone command's --help.
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_USER = "admin";
    public static final String DEFAULT_PASSWORD = "changeme";
    public static final int DEFAULT_SESSION_TTL_SECONDS = 1800;
    public static final String DEFAULT_SERVER_VERSION = "2024.06.0.178767";
    public static final String DEFAULT_LOGIN_FAILURE_CODE = "NoCredentials";
    public static final int DEFAULT_LOGIN_FAILURE_STATUS = 401;

    private String host = DEFAULT_HOST;
    private int port = 0;
    private boolean plainHttp = false;
    private final Map<String, String> users = new LinkedHashMap<>();
    private Duration sessionTtl = Duration.ofSeconds(DEFAULT_SESSION_TTL_SECONDS);
    private Clock clock = Clock.systemUTC();
    private String loginFailureCode = DEFAULT_LOGIN_FAILURE_CODE;
    private int loginFailureStatus = DEFAULT_LOGIN_FAILURE_STATUS;
    private String serverVersion = DEFAULT_SERVER_VERSION;
    private final EnumSet<BehaviourChange> behaviourChanges = EnumSet.noneOf(BehaviourChange.class);
    private final EnumSet<Dialect> dialects = EnumSet.noneOf(Dialect.class);
    private String adminToken;

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** 0 (the default) picks a free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** true serves plain HTTP; the default is HTTPS with the bundled self-signed certificate. */
    public Builder http(boolean plainHttp) {
      this.plainHttp = plainHttp;
      return this;
    }

    /**
     * Adds a user; if never called, the only user is {@value #DEFAULT_USER}/{@value
     * #DEFAULT_PASSWORD}.
     */
    public Builder user(String name, String password) {
      users.put(name, password);
      return this;
    }

    /**
     * Sliding idle expiry of login sessions; default {@value #DEFAULT_SESSION_TTL_SECONDS} seconds.
     */
    public Builder sessionTtl(Duration idle) {
      this.sessionTtl = idle;
      return this;
    }

    /**
     * The clock session expiry reads; default the system clock. Tests pass one they can move on.
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The error code for a wrong password on POST /sessions; default {@value
     * #DEFAULT_LOGIN_FAILURE_CODE}.
     */
    public Builder loginFailureCode(String code) {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("loginFailureCode must not be empty");
      }
      this.loginFailureCode = code;
      return this;
    }

    /**
     * The HTTP status for a wrong password on POST /sessions, 400-599; default {@value
     * #DEFAULT_LOGIN_FAILURE_STATUS}.
     */
    public Builder loginFailureStatus(int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException(
            "loginFailureStatus must be from 400 to 599, not " + status);
      }
      this.loginFailureStatus = status;
      return this;
    }

    public Builder serverVersion(String version) {
      this.serverVersion = version;
      return this;
    }

    /**
     * Starts with these behaviour changes on (adds to earlier calls); see {@link BehaviourChange}.
     */
    public Builder behaviourChange(BehaviourChange... changes) {
      behaviourChanges.addAll(Arrays.asList(changes));
      return this;
    }

    /** Starts with these dialect switches on (adds to earlier calls); see {@link Dialect}. */
    public Builder dialect(Dialect... switches) {
      dialects.addAll(Arrays.asList(switches));
      return this;
    }

    /**
     * The token the admin routes ask for as {@code Authorization: Bearer <token>}. Without one, the
     * routes are open on a loopback address and need a generated token ({@link
     * EfSimulator#adminToken()}) on any other.
     */
    public Builder adminToken(String token) {
      AdminToken.of(token); // refuses an empty one here, where the caller can see why
      this.adminToken = token;
      return this;
    }

    private AdminToken adminTokenFor(String bindAddress) {
      if (adminToken != null) {
        return AdminToken.of(adminToken);
      }
      return isLoopback(bindAddress) ? AdminToken.open() : AdminToken.generated();
    }

    /** An address that cannot be resolved is not taken for loopback: better a token too many. */
    private static boolean isLoopback(String bindAddress) {
      try {
        return InetAddress.getByName(bindAddress).isLoopbackAddress();
      } catch (UnknownHostException | SecurityException unknown) {
        return false;
      }
    }

    /**
     * @throws IllegalStateException with a one-line reason, e.g. when the port is taken
     */
    public EfSimulator start() {
      Map<String, String> accounts =
          users.isEmpty() ? Map.of(DEFAULT_USER, DEFAULT_PASSWORD) : users;
      SessionRegistry sessions = new SessionRegistry(sessionTtl, clock);
      LoginLog loginLog = new LoginLog();
      Authenticator auth = new Authenticator(accounts, sessions, loginLog);
      EfStore store = new EfStore();
      ServerControls controls =
          new ServerControls(new FaultPlan(), new BehaviourSwitches(behaviourChanges), dialects);
      SessionEndpoints.LoginRefusal refusal =
          new SessionEndpoints.LoginRefusal(loginFailureStatus, loginFailureCode);
      List<Route> routes =
          Stream.of(
                  new SessionEndpoints(auth, sessions, refusal, !plainHttp, controls).routes(),
                  new PropertyEndpoints(store, controls).routes(),
                  new PropertySheetEndpoints(store, controls).routes(),
                  new ProjectEndpoints(store).routes(),
                  new ArtifactEndpoints(store).routes(),
                  new ArtifactVersionEndpoints(store, controls).routes(),
                  new RepositoryEndpoints(store).routes(),
                  new ServerEndpoints(serverVersion, controls).routes())
              .flatMap(List::stream)
              .toList();
      EfApi api = new EfApi(auth, controls, routes);
      TrafficLog traffic = new TrafficLog();
      EfAdminApi admin =
          new EfAdminApi(
              () -> resetAll(store, sessions, loginLog),
              sessions::expireAll,
              () -> StateSnapshots.of(store, sessions.activeCount()).toCanonicalJson(),
              loginLog::snapshot,
              controls.faults(),
              traffic,
              versionName -> publishedFiles(store, versionName));
      AdminToken token = adminTokenFor(host);
      EnvelopeJettyServerFactory jetty =
          new EnvelopeJettyServerFactory(
              traffic, new ArtifactPublishing(store, auth, controls), token);

      WireMockConfiguration options =
          ServerOptions.forSimulator(host, port, plainHttp, jetty, api, admin);
      WireMockServer server = new WireMockServer(options);
      api.stubRoutes(server);
      ServerOptions.startOrExplain(server, host, port);
      return new EfSimulator(server, store, sessions, loginLog, controls, host, !plainHttp, token);
    }
  }
}
