package io.flowcheck.framework.config;

import java.util.Locale;

/** How far the client trusts the server's certificate. */
public enum TlsMode {
  /**
   * Verify the chain against the JDK trust store or {@code ef.tls.truststore}, and the host name.
   */
  STRICT,
  /** Trust any certificate and host name, like Python's {@code verify=False}. */
  RELAXED;

  static TlsMode parse(String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "strict" -> STRICT;
      case "relaxed" -> RELAXED;
      default ->
          throw new EfConfigException(
              Setting.TLS, "unknown TLS mode '" + raw + "': use 'strict' or 'relaxed'");
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
