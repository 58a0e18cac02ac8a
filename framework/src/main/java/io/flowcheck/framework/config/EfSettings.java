package io.flowcheck.framework.config;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Objects;

/**
 * The validated, immutable settings of one run. Build it with {@link SettingsLoader}; a value that
 * exists here has already passed validation.
 *
 * @param server the server root (no {@code /rest/v1.0}); {@code null} means "start the embedded
 *     simulator"
 * @param trustStorePath where {@code trustStore} came from, for messages; may be null
 * @param trustStore extra trust for strict mode; null means the JDK's default trust store
 * @param retries how often an idempotent call is retried after a connection fault or a 503
 * @param publishEndpoint where a publish of build files goes ({@code ef.publish.endpoint})
 * @param runSettings the run as a whole: id, output folders, strictness, upgrade check, tag filter
 */
public record EfSettings(
    URI server,
    AuthMode auth,
    String user,
    Secret password,
    TlsMode tls,
    Path trustStorePath,
    KeyStore trustStore,
    Duration connectTimeout,
    Duration readTimeout,
    int retries,
    PublishEndpointMode publishEndpoint,
    RunSettings runSettings) {

  public static final String API_PATH = "/rest/v1.0";

  public EfSettings {
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(publishEndpoint, "publishEndpoint");
    Objects.requireNonNull(runSettings, "runSettings");
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be >= 0");
    }
  }

  public String runId() {
    return runSettings.runId();
  }

  /** {@code ef.shard} and {@code ef.shard.timings}. */
  public ShardSettings shards() {
    return runSettings.shards();
  }

  /** The profile read ({@code ef.profile}), or null. */
  public String profile() {
    return runSettings.profile();
  }

  /** Whether a scenario that passed only thanks to a retry fails the run. */
  public boolean failFlaky() {
    return runSettings.failFlaky();
  }

  /**
   * Whether a scenario whose assumed server behaviour was not confirmed fails the run (true) or is
   * reported as "not confirmed on this server" (false).
   */
  public boolean assumptionsStrict() {
    return runSettings.assumptionsStrict();
  }

  /**
   * {@code flowcheck.output.dir}: where the run's own files go (coverage, fingerprints, summaries).
   */
  public Path outputDir() {
    return runSettings.outputDir();
  }

  /**
   * {@code allure.results.directory}: where Allure writes, and where the run adds its environment.
   */
  public Path allureResultsDir() {
    return runSettings.allureResultsDir();
  }

  /**
   * The {@code ef.upgrade.*} settings; {@link UpgradeSettings#active()} is false unless one is set.
   */
  public UpgradeSettings upgrade() {
    return runSettings.upgrade();
  }

  /** The Cucumber tag filter this run was given, and where it was given. */
  public TagFilter tagFilter() {
    return runSettings.tagFilter();
  }

  /** {@code ef.sandbox.stale-after} and {@code ef.sandbox.sweep}. */
  public StaleSandboxes staleSandboxes() {
    return runSettings.staleSandboxes();
  }

  /** True when no server is configured and the run brings its own simulator. */
  public boolean usesEmbeddedSimulator() {
    return server == null;
  }

  /** {@code https://host:port/rest/v1.0}. */
  public String apiBaseUrl() {
    if (server == null) {
      throw new IllegalStateException("no server yet: start the embedded simulator first");
    }
    return server.toString() + API_PATH;
  }

  /** A copy pointing at a server the run started itself, trusted through its own certificate. */
  public EfSettings withEmbeddedServer(URI embedded, KeyStore embeddedTrust) {
    return new EfSettings(
        embedded,
        auth,
        user,
        password,
        tls,
        null,
        embeddedTrust,
        connectTimeout,
        readTimeout,
        retries,
        publishEndpoint,
        runSettings);
  }

  /** The same server and TLS, another user. */
  public EfSettings withUser(String otherUser, Secret otherPassword) {
    return new EfSettings(
        server,
        auth,
        otherUser,
        otherPassword,
        tls,
        trustStorePath,
        trustStore,
        connectTimeout,
        readTimeout,
        retries,
        publishEndpoint,
        runSettings);
  }

  /** The same everything, another auth mode. */
  public EfSettings withAuth(AuthMode otherAuth) {
    return new EfSettings(
        server,
        otherAuth,
        user,
        password,
        tls,
        trustStorePath,
        trustStore,
        connectTimeout,
        readTimeout,
        retries,
        publishEndpoint,
        runSettings);
  }

  /** The server's port, with the scheme's default when the URL names none. */
  public int serverPort() {
    if (server.getPort() != -1) {
      return server.getPort();
    }
    return "https".equals(server.getScheme()) ? 443 : 80;
  }

  /** {@code host:port}, as messages name the server. */
  public String serverAddress() {
    return server.getHost() + ":" + serverPort();
  }

  /** The same everything, the tag filter a command line option gave (messages name the option). */
  public EfSettings withTagFilter(TagFilter given) {
    return new EfSettings(
        server,
        auth,
        user,
        password,
        tls,
        trustStorePath,
        trustStore,
        connectTimeout,
        readTimeout,
        retries,
        publishEndpoint,
        runSettings.withTagFilter(given));
  }

  /** The same everything, another read timeout (fault scenarios use a short one). */
  public EfSettings withReadTimeout(Duration otherReadTimeout) {
    return new EfSettings(
        server,
        auth,
        user,
        password,
        tls,
        trustStorePath,
        trustStore,
        connectTimeout,
        otherReadTimeout,
        retries,
        publishEndpoint,
        runSettings);
  }

  /** A few lines for the console. Never shows the password. */
  public String banner(String serverNote) {
    StringBuilder b = new StringBuilder();
    b.append("flowcheck run ").append(runId()).append('\n');
    b.append("  server  ").append(server == null ? "(embedded simulator)" : apiBaseUrl());
    if (serverNote != null && !serverNote.isBlank()) {
      b.append("  [").append(serverNote).append(']');
    }
    b.append('\n');
    b.append("  auth    ").append(auth.label()).append(" as ").append(user);
    if (!isPlainHttp()) {
      b.append('\n');
      appendTls(b);
    }
    if (profile() != null) {
      b.append('\n').append("  profile ").append(profile());
    }
    if (tagFilter().isSet()) {
      b.append('\n').append("  tags    ").append(tagFilter().describe());
    }
    shards().asShard().ifPresent(sh -> b.append('\n').append("  shard   ").append(sh));
    return b.toString();
  }

  /**
   * True for an {@code http://} server: no TLS is involved, so ef.tls does not apply and the banner
   * says nothing about certificates (a relaxed-TLS warning there would mislead).
   */
  public boolean isPlainHttp() {
    return server != null && "http".equalsIgnoreCase(server.getScheme());
  }

  private void appendTls(StringBuilder b) {
    b.append("  tls     ").append(tls.label());
    if (tls == TlsMode.RELAXED) {
      b.append("  WARNING: server certificates are NOT verified (ef.tls=relaxed)");
    } else if (trustStorePath != null) {
      b.append(" (trusting ").append(trustStorePath).append(')');
    } else if (trustStore != null) {
      b.append(" (trusting the embedded simulator's certificate)");
    } else {
      b.append(" (JDK trust store)");
    }
  }

  @Override
  public String toString() {
    // Records print every component; spell it out so the password can never be one of them.
    return "EfSettings[server="
        + server
        + ", auth="
        + auth.label()
        + ", user="
        + user
        + ", password="
        + password
        + ", tls="
        + tls.label()
        + ", runId="
        + runId()
        + "]";
  }
}
