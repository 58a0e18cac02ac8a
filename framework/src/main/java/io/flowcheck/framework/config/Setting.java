package io.flowcheck.framework.config;

import java.util.Locale;

/** Every setting the framework reads, with its environment twin. The README table mirrors this. */
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
  RETRIES("ef.retries", "retries of reads and cleanup deletes after a connection fault or 503 (default 2)"),
  FAIL_FLAKY("ef.flaky.fail", "true fails scenarios that passed only after a retry (default false)"),
  ASSUMPTIONS_STRICT("ef.assumptions.strict",
      "true fails scenarios whose assumed server behaviour is not confirmed, instead of reporting them (default false)"),
  PROFILE("ef.profile", "name of a profile file to read, e.g. staging"),
  PROFILES_DIR("ef.profiles.dir", "folder holding <profile>.properties"),
  RUN_ID("ef.run.id", "id of this run, used in sandbox names (default: generated)");

  private final String key;
  private final String description;

  Setting(String key, String description) {
    this.key = key;
    this.description = description;
  }

  public String key() {
    return key;
  }

  /** {@code ef.tls.truststore} becomes {@code EF_TLS_TRUSTSTORE}. */
  public String envName() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  public String description() {
    return description;
  }

  String howToSet() {
    return "set -D" + key + "=... or " + envName();
  }
}
