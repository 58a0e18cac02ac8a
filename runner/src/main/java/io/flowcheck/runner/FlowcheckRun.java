package io.flowcheck.runner;

import io.flowcheck.framework.allure.QueuedAllure;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.LogoutOutcome;
import io.flowcheck.framework.client.ServerProbe;
import io.flowcheck.framework.client.VersionLookup;
import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.secrets.SecretFingerprints;
import io.flowcheck.runner.cleanup.Leftovers;
import io.flowcheck.runner.cleanup.ScenarioNotStarted;
import io.flowcheck.runner.cleanup.ShutdownCleanup;
import io.flowcheck.runner.cleanup.StaleSandboxSweep;
import io.flowcheck.runner.cleanup.StrayCheck;
import io.flowcheck.runner.cleanup.Sweep;
import io.flowcheck.runner.clients.RunClients;
import io.flowcheck.runner.coverage.Coverage;
import io.flowcheck.runner.dialect.DialectSummary;
import io.flowcheck.runner.dialect.ServerDialect;
import io.flowcheck.runner.files.RunFiles;
import io.flowcheck.runner.files.RunFolderLock;
import io.flowcheck.runner.files.RunSecrets;
import io.flowcheck.runner.flaky.FlakyResults;
import io.flowcheck.runner.sandbox.NobodyUser;
import io.flowcheck.runner.sandbox.Sandbox;
import io.flowcheck.runner.sandbox.SandboxSetup;
import io.flowcheck.runner.scenario.ScenarioCalls;
import io.flowcheck.runner.server.ServerUnderTest;
import io.flowcheck.runner.upgrade.UpgradeCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of the suite, from start to end: the composition root that makes the run's parts once and
 * hands them to whoever needs them. It is created once per run and passed around; nothing holds it
 * in a static field except the one anchor the Cucumber glue needs (see its hooks).
 *
 * <p>Start: the server under test (the embedded simulator when no {@code ef.server} is set), a
 * probe, the version, the upgrade check if one is configured, the sandbox project (marked as ours),
 * the report (and with {@code ef.sandbox.sweep} the deletion) of stale sandboxes earlier runs left
 * behind, a shutdown hook. The run holds its output folder from before the server starts to the end
 * ({@link RunFolderLock}), so a second run in that folder stops before touching anything. End
 * ({@link #finish()}): the upgrade check's files, the sweep, the stray check, the Allure
 * environment and flaky marks, the logout, the files that must see every call (coverage, secret
 * fingerprints), the server dialect summary. Scenario state lives in each scenario's {@link
 * ScenarioCalls} and the glue's context.
 */
public final class FlowcheckRun {
  private final ServerUnderTest server;
  private final EfSettings settings;
  private final Coverage coverage = new Coverage();
  private final RunClients clients;
  private final Leftovers leftovers = new Leftovers();
  private final FlakyResults flaky = new FlakyResults();
  private final ServerDialect dialect = new ServerDialect();
  private final NobodyUser nobody = NobodyUser.forRun();
  private final Sandbox sandbox;
  private final VersionLookup versionLookup;
  private final UpgradeCheck upgrade; // null when no ef.upgrade.* mode is set
  private final ShutdownCleanup shutdownCleanup;
  private final RunFolderLock folder;
  private final AtomicInteger notStarted = new AtomicInteger();
  private volatile boolean shuttingDown;
  private boolean finished;
  private volatile LogoutOutcome logoutOutcome = LogoutOutcome.NOT_ATTEMPTED;

  private FlowcheckRun(ServerUnderTest server, RunFolderLock folder) {
    this.server = server;
    this.folder = folder;
    this.settings = server.settings();
    this.clients = new RunClients(settings, coverage.outsideScenarios());
    System.out.println(settings.banner(server.label()));
    try {
      // The probe's connect and handshake wait on the network while this thread builds the run's
      // client; its failure is thrown unchanged before the client sends anything.
      CompletableFuture<Void> probe =
          CompletableFuture.runAsync(
              () -> ServerProbe.check(settings),
              task -> {
                Thread probing = new Thread(task, "flowcheck-probe");
                probing.setDaemon(true);
                probing.start();
              });
      StartupWarmup.awaitFinished(Duration.ofMinutes(1)); // loads what the client needs
      EfClient forRun = clients.forRun();
      this.sandbox = Sandbox.forRun(settings.runId(), settings.shards().asShard());
      awaitProbe(probe);
      this.versionLookup = forRun.server().lookUpVersion();
      System.out.println("  version " + versionLookup.describe());
      this.upgrade =
          UpgradeCheck.start(
                  settings.upgrade(),
                  settings.apiBaseUrl(),
                  versionLookup,
                  sandbox,
                  settings.runId())
              .orElse(null);
      SandboxSetup.create(sandbox, settings.runId(), clients.forRun(), leftovers);
      // After our own sandbox is marked, before any scenario: what killed runs left behind.
      StaleSandboxSweep.run(
          clients.forRun(),
          settings.staleSandboxes(),
          sandbox.projectName(),
          settings.runId(),
          java.time.Instant.now(),
          System.out);
    } catch (RuntimeException e) {
      logOutAndStop();
      throw e;
    }
    this.shutdownCleanup =
        ShutdownCleanup.register(
            () -> {
              stopStartingScenarios();
              interrupted();
            });
  }

  /**
   * Called before each scenario: once the run is shutting down (Ctrl-C, SIGTERM), a scenario is not
   * started, since everything it would create is refused by then.
   *
   * @throws ScenarioNotStarted when the run is shutting down
   */
  public void refuseScenarioWhenShuttingDown() {
    if (shuttingDown) {
      notStarted.incrementAndGet();
      throw new ScenarioNotStarted();
    }
  }

  private static void awaitProbe(CompletableFuture<Void> probe) {
    try {
      probe.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Starts a run with these settings: the only way to make one. A tag expression Cucumber cannot
   * parse stops it first, before the server is touched: Cucumber's engine starts the run even when
   * the discovery filter left only its failing stand-in test, and the run would log in and make a
   * sandbox for no scenario.
   *
   * @throws RunFolderLock.Busy when another process runs in the same output folder
   */
  public static FlowcheckRun start(EfSettings configured) {
    configured
        .tagFilter()
        .syntaxProblem()
        .ifPresent(
            line -> {
              throw new EfConfigException(line);
            });
    // Then: a second run in this folder must not start a server or write a file.
    RunFolderLock folder = RunFolderLock.take(configured.outputDir());
    try {
      return new FlowcheckRun(ServerUnderTest.start(configured), folder);
    } catch (RuntimeException | Error e) {
      folder.close();
      throw e;
    }
  }

  /** The settings the run uses, pointing at the server under test. */
  public EfSettings settings() {
    return settings;
  }

  public ServerUnderTest server() {
    return server;
  }

  public RunClients clients() {
    return clients;
  }

  /** The names this run owns on the server: its sandbox project and artifact group. */
  public Sandbox sandbox() {
    return sandbox;
  }

  /** What the run created and has not yet seen deleted; scenarios register their undo here. */
  public Leftovers leftovers() {
    return leftovers;
  }

  /** The server's version, or {@code unknown} when neither the status nor getVersions gave one. */
  public String serverVersion() {
    return versionLookup.version();
  }

  /** The version, where it came from, and why other sources gave none. */
  public VersionLookup versionLookup() {
    return versionLookup;
  }

  /** This run's user that exists on no server, for the safe wrong-password check. */
  public NobodyUser nobodyUser() {
    return nobody;
  }

  /** The ledger of which guesses about the API this server confirmed or refuted. */
  public ServerDialect dialect() {
    return dialect;
  }

  /** The scenarios that passed only thanks to a retry. */
  public FlakyResults flaky() {
    return flaky;
  }

  /** The upgrade check, when an {@code ef.upgrade.*} mode is set. */
  public Optional<UpgradeCheck> upgrade() {
    return Optional.ofNullable(upgrade);
  }

  /** A new scenario's recorder: every call made through the scenario's clients goes to it. */
  public ScenarioCalls newScenarioCalls() {
    return new ScenarioCalls(coverage);
  }

  /**
   * How the end-of-run logout went: {@link LogoutOutcome.Kind#NOT_ATTEMPTED} until then (and in
   * basic auth), {@code NOT_AVAILABLE} on a server without a REST logout.
   */
  public LogoutOutcome logoutOutcome() {
    return logoutOutcome;
  }

  /**
   * Ends the run: the upgrade check's files, the sweep, the run files, the logout, the simulator
   * stopped, then the server dialect summary (it reports how the logout went). Only the first call
   * does anything.
   */
  public synchronized void finish() {
    if (finished) {
      return;
    }
    try {
      if (upgrade != null) {
        upgrade.finish();
      }
    } finally {
      try {
        Path dir = settings.outputDir();
        finishRun(dir);
        shutdownCleanup.unregister();
        DialectSummary.write(
            dialect,
            versionLookup,
            logoutOutcome,
            settings.apiBaseUrl(),
            settings.assumptionsStrict(),
            dir);
      } finally {
        folder.close();
      }
    }
  }

  /** The first thing the shutdown hook does: scenarios that have not started yet will not. */
  void stopStartingScenarios() {
    shuttingDown = true;
  }

  /**
   * Ctrl-C or SIGTERM before the run ended (the shutdown hook's work, after {@link
   * #stopStartingScenarios()}): sweep while started scenarios may still run, end the run, and say
   * how many scenarios were not started.
   */
  void interrupted() {
    synchronized (this) {
      if (finished) {
        return;
      }
      ShutdownCleanup.sweepWhileInterrupted(leftovers, System.out);
      // Before the run's end, whose last lines may be cut off when the JVM stops (in Maven's test
      // JVM the console reaches Maven in batches); the sweep's grace let the count settle.
      int refused = notStarted.get();
      if (refused > 0) {
        System.out.println(
            "flowcheck: "
                + refused
                + (refused == 1 ? " scenario" : " scenarios")
                + " not started: the run is shutting down");
      }
      finishRun(settings.outputDir());
      System.out.flush();
    }
  }

  private void finishRun(Path outputDir) {
    finished = true;
    RunFiles.writeLeftovers(
        outputDir.resolve(RunSummary.LEFTOVERS_FILE),
        Sweep.run(leftovers, settings.apiBaseUrl(), System.out));
    if (server.hasSimulatorControl()) {
      StrayCheck.run(server.simulator(), System.out);
    }
    RunFiles.writeAllureEnvironment(
        settings.allureResultsDir(),
        settings,
        server.isEmbeddedSimulator() ? server.label() : null,
        serverVersion(),
        sandbox.projectName());
    // Allure writes on a background thread: the flaky marks need every result on disk first.
    QueuedAllure.flushGlobal();
    flaky.markWritten(settings.allureResultsDir());
    logoutOutcome = clients.logOutAll(System.out);
    // After the logout, so the coverage page counts every call of the run, the last one included.
    coverage.write(outputDir.resolve("ef-coverage"));
    Set<String> issued = new TreeSet<>(clients.issuedTokens());
    issued.addAll(server.issuedSessionIds());
    RunSecrets.writeFingerprints(
        outputDir.resolve(SecretFingerprints.FILE_NAME),
        settings.user(),
        settings.password().reveal(),
        clients.knownSecrets(),
        issued,
        clients.randomSecrets());
    server.stop();
  }

  private void logOutAndStop() {
    logoutOutcome = clients.logOutAll(System.out);
    server.stop();
  }
}
