package io.flowcheck.framework.config;

import java.util.Locale;

/** How every request proves who is calling. */
public enum AuthMode {
  /** Log in once ({@code POST /sessions}), then send the {@code sessionId} header. */
  SESSION,
  /** Preemptive HTTP Basic on every request, as the KB article does. */
  BASIC;

  static AuthMode parse(String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "session" -> SESSION;
      case "basic" -> BASIC;
      default ->
          throw new EfConfigException(
              Setting.AUTH, "unknown auth mode '" + raw + "': use 'session' or 'basic'");
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
