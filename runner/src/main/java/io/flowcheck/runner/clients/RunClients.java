package io.flowcheck.runner.clients;

import io.flowcheck.framework.client.CallListener;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.LogoutOutcome;
import io.flowcheck.framework.config.AuthMode;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.http.SecretMasker;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The run's clients: one shared client per auth mode for the whole run (its session is opened once
 * and serves every scenario), and separate clients for scenarios that need their own session or
 * timeout. Nobody observes the shared clients directly: the run's own calls go through a view
 * observed as "outside scenarios", each scenario's through a view observed by that scenario.
 */
public final class RunClients {
  private final EfSettings settings;
  private final CallListener outsideScenarios;
  private final Map<AuthMode, EfClient> shared = new EnumMap<>(AuthMode.class);

  /** Separate clients' maskers: each knows the session ids its client was issued. */
  private final List<SecretMasker> separateMaskers = new CopyOnWriteArrayList<>();

  public RunClients(EfSettings settings, CallListener outsideScenarios) {
    this.settings = settings;
    this.outsideScenarios = outsideScenarios;
  }

  private synchronized EfClient shared(AuthMode mode) {
    return shared.computeIfAbsent(mode, m -> EfClient.connect(settings.withAuth(m)));
  }

  /** The shared client for the configured auth mode, for the run's own calls (setup, sweep). */
  public EfClient forRun() {
    return shared(settings.auth()).observedBy(outsideScenarios);
  }

  /** The shared client for this auth mode, its calls told to {@code observer}. */
  public EfClient shared(AuthMode mode, CallListener observer) {
    return shared(mode).observedBy(observer);
  }

  /** A fresh client that shares nothing with the run's own, for scenarios that log in or out. */
  public EfClient separate(AuthMode mode, CallListener observer) {
    return remembered(EfClient.connect(settings.withAuth(mode))).observedBy(observer);
  }

  /** A separate client with its own read timeout, for scenarios about slow servers. */
  public EfClient separate(AuthMode mode, Duration readTimeout, CallListener observer) {
    return remembered(EfClient.connect(settings.withAuth(mode).withReadTimeout(readTimeout)))
        .observedBy(observer);
  }

  private EfClient remembered(EfClient client) {
    separateMaskers.add(client.masker());
    return client;
  }

  /**
   * The masker of the configured shared client: it knows the password and the run's session ids.
   */
  public SecretMasker masker() {
    return shared(settings.auth()).masker();
  }

  /** Every secret any client of this run has seen: the password and each issued session id. */
  public Set<String> knownSecrets() {
    return fromEveryMasker(SecretMasker::knownSecrets);
  }

  /** The session ids the login answers of any client of this run carried. */
  public Set<String> issuedTokens() {
    return fromEveryMasker(SecretMasker::issuedTokens);
  }

  /** The random secrets any client of this run made (the wrong-password check's passwords). */
  public Set<String> randomSecrets() {
    return fromEveryMasker(SecretMasker::randomSecrets);
  }

  private Set<String> fromEveryMasker(Function<SecretMasker, Set<String>> what) {
    Set<String> all = new TreeSet<>();
    synchronized (this) {
      shared.values().forEach(c -> all.addAll(what.apply(c.masker())));
    }
    separateMaskers.forEach(m -> all.addAll(what.apply(m)));
    return all;
  }

  /** Logs the shared clients out, best effort; see {@link RunLogout}. */
  public LogoutOutcome logOutAll(PrintStream out) {
    List<RunLogout.Attempt> attempts = new ArrayList<>();
    synchronized (this) {
      // Through the run's observed view, so the coverage page counts the logout too.
      shared
          .values()
          .forEach(
              c ->
                  attempts.add(
                      new RunLogout.Attempt(
                          c.observedBy(outsideScenarios)::logOut, c.masker()::mask)));
    }
    return RunLogout.logOutAll(attempts, out);
  }
}
