package io.flowcheck.framework.config;

import java.util.Locale;

/**
 * Every setting the framework reads, with its environment twin. Each is read the same way (system
 * property, environment, profile, then the default; a few also from the file of the tool that
 * shares the setting) and checked once at start. The table in docs/settings.md mirrors this. Other
 * keys under {@code ef.}/{@code flowcheck.} that may be present are listed in {@link AllowedKey};
 * any further one is refused as a misspelling.
 */
public enum Setting {
  SERVER("ef.server", "server URL, e.g. https://flow.example.com:8443; unset = embedded simulator"),
  AUTH("ef.auth", "session (default) or basic"),
  USER("ef.user", "user name (default admin)"),
  PASSWORD("ef.password", "password (required for a real server)"),
  TLS("ef.tls", "strict (default) or relaxed"),
  TRUSTSTORE("ef.tls.truststore", "truststore file (PKCS12 or JKS) for strict mode"),
  TRUSTSTORE_PASSWORD("ef.tls.truststore.password", "password of that truststore"),
  CONNECT_TIMEOUT("ef.timeout.connect", "connect timeout, e.g. 10s (default 10s)"),
  READ_TIMEOUT("ef.timeout.read", "read timeout, e.g. 30s (default 30s)"),
  RETRIES(
      "ef.retries",
      "retries of reads and cleanup deletes after a connection fault or 503 (default 2)"),
  PUBLISH_ENDPOINT(
      "ef.publish.endpoint",
      "auto (default: probe as the Jenkins plugin does), cgi or php: where build files are published"),
  FAIL_FLAKY(
      "ef.flaky.fail", "true fails scenarios that passed only after a retry (default false)"),
  ASSUMPTIONS_STRICT(
      "ef.assumptions.strict",
      "true fails scenarios whose assumed server behaviour is not confirmed, instead of reporting them (default false)"),
  PROFILE("ef.profile", "name of a profile file to read, e.g. staging"),
  PROFILES_DIR("ef.profiles.dir", "folder holding <profile>.properties"),
  RUN_ID("ef.run.id", "id of this run, used in sandbox names (default: generated)"),
  SANDBOX_STALE_AFTER(
      "ef.sandbox.stale-after",
      "age after which an earlier run's marked sandbox counts as left behind, e.g. 24h, 90m (default 24h)"),
  SANDBOX_SWEEP(
      "ef.sandbox.sweep",
      "true deletes stale marked sandboxes at start (default true with the embedded simulator, else false)"),
  OUTPUT_DIR(
      "flowcheck.output.dir",
      "folder for the run's own files: API coverage, secret fingerprints, summaries (default target)"),
  /** Allure reads this key too, from the system property or its {@code allure.properties}. */
  ALLURE_RESULTS_DIR(
      "allure.results.directory",
      "folder of the Allure results (default target/allure-results)",
      "allure.properties"),
  SHARD(
      "ef.shard",
      "I/N runs share I of N (from 1) of the selected scenarios; auto reads it from the CI's variables"),
  SHARD_TIMINGS(
      "ef.shard.timings",
      "an earlier run's flowcheck-timings.json, to balance the shards by duration (default: by count)"),
  UPGRADE_RECORD(
      "ef.upgrade.record", "baseline folder to record this run into (upgrade capture, first half)"),
  UPGRADE_CALIBRATE(
      "ef.upgrade.calibrate",
      "baseline folder whose noise this run learns (upgrade capture, second half)"),
  UPGRADE_COMPARE("ef.upgrade.compare", "baseline folder to compare this run with"),
  UPGRADE_FAIL_ON(
      "ef.upgrade.fail-on",
      "regression (default) or change, optionally ,slower: what fails a comparison"),
  UPGRADE_SLOWER_FACTOR(
      "ef.upgrade.slower.factor",
      "how many times its baseline median an operation's median must be to count as slower (default 2)"),
  UPGRADE_SLOWER_MIN_MS(
      "ef.upgrade.slower.min-ms",
      "how many milliseconds an operation's median must grow by to count as slower (default 50)"),
  UPGRADE_RULES(
      "ef.upgrade.rules", "extra normalization rules file, used besides the baseline's rules.json"),
  UPGRADE_SUMMARY(
      "ef.upgrade.summary",
      "folder for the comparison's summary.json and summary.md (default <flowcheck.output.dir>/upgrade)");

  private final String key;
  private final String description;
  private final String toolFile;

  Setting(String key, String description) {
    this(key, description, null);
  }

  Setting(String key, String description, String toolFile) {
    this.key = key;
    this.description = description;
    this.toolFile = toolFile;
  }

  public String key() {
    return key;
  }

  /**
   * {@code ef.tls.truststore} becomes {@code EF_TLS_TRUSTSTORE}, {@code ef.upgrade.fail-on} {@code
   * EF_UPGRADE_FAIL_ON}.
   */
  public String envName() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public String description() {
    return description;
  }

  /**
   * The classpath properties file of another tool that reads the same key, or null. It is the
   * lowest layer above the default, so we read the value that tool uses.
   */
  public String toolFile() {
    return toolFile;
  }

  String howToSet() {
    return "set -D" + key + "=... or " + envName();
  }
}
