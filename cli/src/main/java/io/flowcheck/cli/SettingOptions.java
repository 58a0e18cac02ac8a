package io.flowcheck.cli;

import io.flowcheck.framework.config.Setting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options that are settings: each one only names the setting's key, and the value goes unparsed
 * into the top layer of the settings registry (the system properties, as {@code -D} would), where
 * the framework checks it exactly as for the Maven run. Adding an option for a new setting is one
 * method here.
 */
final class SettingOptions {
  /** Never from the command line: arguments show in {@code ps} and shell history. */
  private static final Set<String> SECRETS =
      Set.of(Setting.PASSWORD.key(), Setting.TRUSTSTORE_PASSWORD.key());

  private final Map<String, String> settings = new LinkedHashMap<>();
  private String secretGiven;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "ef.server: the server's root URL; unset: the embedded simulator.")
  void server(String value) {
    set(Setting.SERVER, value);
  }

  @Option(names = "--auth", paramLabel = "MODE", description = "ef.auth: session or basic.")
  void auth(String value) {
    set(Setting.AUTH, value);
  }

  @Option(names = "--user", paramLabel = "USER", description = "ef.user (default admin).")
  void user(String value) {
    set(Setting.USER, value);
  }

  @Option(names = "--tls", paramLabel = "MODE", description = "ef.tls: strict or relaxed.")
  void tls(String value) {
    set(Setting.TLS, value);
  }

  @Option(
      names = "--shard",
      paramLabel = "I/N|auto",
      description =
          "ef.shard: run share I of N, or auto from the CI's variables (see docs/sharding.md).")
  void shard(String value) {
    set(Setting.SHARD, value);
  }

  @Option(
      names = "--timings",
      paramLabel = "FILE",
      description = "ef.shard.timings: an earlier run's flowcheck-timings.json, to balance shards.")
  void timings(String value) {
    set(Setting.SHARD_TIMINGS, value);
  }

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "ef.profile: reads <NAME>.properties from ./profiles or ~/.flowcheck/profiles.")
  void profile(String value) {
    set(Setting.PROFILE, value);
  }

  @Option(
      names = "-D",
      paramLabel = "KEY=VALUE",
      description =
          "Any other setting of docs/settings.md, as with java -D (never the password: give"
              + " EF_PASSWORD, a profile, or type it when asked).")
  void define(Map<String, String> values) {
    values.forEach(this::set);
  }

  private void set(Setting setting, String value) {
    set(setting.key(), value);
  }

  private void set(String key, String value) {
    if (SECRETS.contains(key)) {
      secretGiven = key; // refused in settings(), not here: picocli would wrap the exception
      return;
    }
    settings.put(key, value);
  }

  /** The given settings by key, in the order given. */
  Map<String, String> settings() {
    if (secretGiven != null) {
      throw new FlowcheckCli.UsageProblem(
          "flowcheck: "
              + secretGiven
              + " is never taken from the command line (it would show in ps): set "
              + secretGiven.toUpperCase(java.util.Locale.ROOT).replace('.', '_')
              + ", put it in a profile, or type it when asked");
    }
    return new LinkedHashMap<>(settings);
  }
}
