package io.flowcheck.steps.run;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.ExchangeListener;
import io.flowcheck.framework.client.LogoutOutcome;
import io.flowcheck.framework.client.ServerProbe;
import io.flowcheck.framework.client.VersionLookup;
import io.flowcheck.framework.config.AuthMode;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.secrets.SecretFingerprints;
import io.flowcheck.simulator.EfSimulator;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything that lives for the whole run: settings, the embedded simulator when no server is
 * configured, one client per auth mode (so one login per user serves every scenario), the sandbox
 * and the ledger of what the run created. Scenario state lives in {@code ScenarioContext} instead.
 */
public final class EfRun {
  private static final java.time.Duration IN_FLIGHT_GRACE = java.time.Duration.ofMillis(1500);
  private static EfRun current;

  private final EfSettings settings;
  private final EfSimulator simulator; // null against a real server
  private final Map<AuthMode, EfClient> clients = new EnumMap<>(AuthMode.class);
  private final List<ExchangeListener> listeners = new CopyOnWriteArrayList<>();
  private final Coverage coverage = new Coverage();
  private final RetryTracker retries = new RetryTracker();
  private final Leftovers leftovers = new Leftovers();
  private final Sandbox sandbox;
  private final VersionLookup versionLookup;
  private final Thread shutdownCleanup = new Thread(this::cleanUpOnShutdown, "flowcheck-cleanup");
  private boolean finished;
  private volatile LogoutOutcome logoutOutcome = LogoutOutcome.NOT_ATTEMPTED;

  private EfRun(EfSettings configured) {
    EfSimulator sim = null;
    EfSettings s = configured;
    if (configured.usesEmbeddedSimulator()) {
      sim = EfSimulator.builder().user(configured.user(), configured.password().reveal()).start();
      s = configured.withEmbeddedServer(URI.create(sim.serverUrl()), sim.trustStore());
    }
    this.simulator = sim;
    this.settings = s;
    System.out.println(s.banner(sim == null ? "real server" : "embedded simulator"));
    try {
      ServerProbe.check(s);
      this.sandbox = Sandbox.forRun(s.runId());
      this.versionLookup = client().server().lookUpVersion();
      System.out.println("  version " + versionLookup.describe());
      createSandboxProject();
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(shutdownCleanup);
  }

  /** Where run files go (coverage, fingerprints): {@code flowcheck.output.dir}, default {@code target}. */
  public static Path outputDir() {
    return Path.of(System.getProperty("flowcheck.output.dir", "target"));
  }

  /** Starts the run once; later calls return the same run. */
  public static synchronized EfRun start() {
    if (current == null) {
      current = new EfRun(SettingsLoader.load());
    }
    return current;
  }

  public static synchronized EfRun get() {
    if (current == null) {
      throw new IllegalStateException(
          "Test setup problem: the run has not started; is io.flowcheck.steps on cucumber.glue?");
    }
    return current;
  }

  public static synchronized boolean isStarted() {
    return current != null;
  }

  public EfSettings settings() {
    return settings;
  }

  /** The issued session ids the embedded simulator knows of; empty against a real server. */
  Set<String> simulatorSessionIds() {
    return simulator == null ? Set.of() : simulator.issuedSessionIds();
  }

  public boolean hasSimulator() {
    return simulator != null;
  }

  /** The embedded simulator; only for @simulator steps, which are skipped against real servers. */
  public EfSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("Test setup problem: no simulator: ef.server points at a real server");
    }
    return simulator;
  }

  /** The server's version, or {@code unknown} when neither the status nor getVersions gave one. */
  public String serverVersion() {
    return versionLookup.version();
  }

  /** The version, where it came from, and why other sources gave none. */
  public VersionLookup versionLookup() {
    return versionLookup;
  }

  /**
   * How the end-of-run logout went: {@link LogoutOutcome.Kind#NOT_ATTEMPTED} until then (and in
   * basic auth), {@code NOT_AVAILABLE} on a server without a REST logout.
   */
  public LogoutOutcome logoutOutcome() {
    return logoutOutcome;
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  public Leftovers leftovers() {
    return leftovers;
  }

  public Coverage coverage() {
    return coverage;
  }

  /** The client for the configured auth mode and user. */
  public EfClient client() {
    return client(settings.auth());
  }

  /** One client per auth mode for the whole run: its session is opened once and shared. */
  public synchronized EfClient client(AuthMode mode) {
    return clients.computeIfAbsent(mode, m -> listenedTo(EfClient.connect(settings.withAuth(m))));
  }

  /**
   * Adds a listener to every client of the run, present and future (coverage, baselines for
   * upgrade checks, flaky-retry bookkeeping). Exchanges reach it already masked.
   */
  public synchronized void addListener(ExchangeListener listener) {
    listeners.add(listener);
    clients.values().forEach(c -> c.addListener(listener));
  }

  private EfClient listenedTo(EfClient c) {
    c.addListener(coverage);
    c.addListener(retries);
    listeners.forEach(c::addListener);
    return c;
  }

  /** Every secret any client of this run has seen: the password and each issued session id. */
  public synchronized Set<String> knownSecrets() {
    Set<String> all = new TreeSet<>();
    clients.values().forEach(c -> all.addAll(c.masker().knownSecrets()));
    if (simulator != null) {
      all.addAll(simulator.issuedSessionIds());
    }
    return all;
  }

  /** A fresh client that shares nothing with the run's own, for scenarios that log in or out. */
  public synchronized EfClient separateClient(AuthMode mode) {
    return listenedTo(EfClient.connect(settings.withAuth(mode)));
  }

  /** A separate client with its own read timeout, for scenarios about slow servers. */
  public synchronized EfClient separateClient(AuthMode mode, java.time.Duration readTimeout) {
    return listenedTo(EfClient.connect(settings.withAuth(mode).withReadTimeout(readTimeout)));
  }

  private void createSandboxProject() {
    String name = sandbox.projectName();
    leftovers.created("sandbox project " + name, () -> client().projects().delete(name));
    try {
      client().projects().create(name, "flowcheck run " + settings.runId() + "; deleted at the end of the run");
    } catch (EfApiException e) {
      throw new IllegalStateException(
          "Test setup problem: cannot create the sandbox project " + name + ": " + e.getMessage(), e);
    }
  }

  /** Sweeps what is left, writes run files, logs out and stops the simulator. Idempotent. */
  public static synchronized void finish(Path outputDir) {
    if (current == null || current.finished) {
      return;
    }
    current.finishRun(outputDir);
    try {
      Runtime.getRuntime().removeShutdownHook(current.shutdownCleanup);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the JVM is stopping; the hook is what called us
    }
    current = null; // a later run in the same JVM (an in-process test) starts afresh
  }

  private void finishRun(Path outputDir) {
    finished = true;
    List<String> left = leftovers.sweep();
    if (left.isEmpty()) {
      System.out.println("flowcheck cleanup: everything this run created on the server is deleted");
    } else {
      System.out.println("Cleanup problem: this run left " + left.size() + " object(s) on "
          + settings.apiBaseUrl() + ":");
      left.forEach(l -> System.out.println("  - " + l));
    }
    List<String> strays = strayTestObjectsOnSimulator();
    if (!strays.isEmpty()) {
      System.out.println("Cleanup problem: the simulator still holds test objects: " + strays);
    }
    coverage.write(outputDir.resolve("ef-coverage"));
    RunFiles.writeSecretFingerprints(this, outputDir.resolve(SecretFingerprints.FILE_NAME));
    RunFiles.writeAllureEnvironment(this);
    FlakyResults.markWritten(RunFiles.allureResultsDir());
    closeQuietly();
  }

  /**
   * With the embedded simulator we can look, not just trust: after the sweep it must hold no
   * sandbox project and no artifact of any run's group.
   */
  private List<String> strayTestObjectsOnSimulator() {
    if (simulator == null) {
      return List.of();
    }
    var state = simulator.state();
    List<String> strays = new ArrayList<>();
    state.projects().stream().map(p -> p.projectName())
        .filter(n -> n.startsWith("flowcheck-sandbox-")).forEach(strays::add);
    state.artifacts().stream().map(a -> a.artifactName())
        .filter(n -> n.startsWith("flowcheck.")).forEach(strays::add);
    return strays;
  }

  /**
   * Ctrl-C or SIGTERM mid-run: scenarios may still be creating things while we sweep, so refuse
   * new registrations, sweep, give calls in flight a moment, and sweep everything once more.
   */
  private void cleanUpOnShutdown() {
    synchronized (EfRun.class) {
      if (!finished) {
        System.out.println("flowcheck: interrupted; deleting what this run created before exiting");
        leftovers.close();
        leftovers.sweep();
        try {
          Thread.sleep(IN_FLIGHT_GRACE.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        leftovers.reopenEverything();
        finishRun(outputDir());
      }
    }
  }

  private void closeQuietly() {
    List<RunLogout.Attempt> attempts = new ArrayList<>();
    synchronized (this) {
      clients.values().forEach(c -> attempts.add(new RunLogout.Attempt(c::logOut, c.masker()::mask)));
    }
    logoutOutcome = RunLogout.logOutAll(attempts, System.out);
    if (simulator != null) {
      simulator.stop();
    }
  }
}
