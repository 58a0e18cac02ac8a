package io.flowcheck.runner.sandbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mark that says "a flowcheck run made this": the project property {@value #PROPERTY} on the
 * sandbox project, {@code runId=..;started=<ISO instant>;host=..;artifactGroup=..}. A later run
 * deletes a left-behind sandbox only when it carries this mark; a name alone proves nothing.
 *
 * <p>Artifacts carry no mark of their own. ElectricFlow documents property sheets on artifacts (the
 * {@code artifactName} locator), but our client reads and writes properties only through the {@code
 * projectName} locator, and a property on every artifact would cost one more call per create.
 * Instead the project's mark names the run's artifact group, and a sweep deletes only artifacts of
 * the group a marked sandbox names: an artifact is swept only when a marked project vouches for it.
 */
public record SandboxMark(String runId, Instant started, String host, String artifactGroup) {
  public static final String PROPERTY = "flowcheck.run";

  /** The mark of this run, made at its start. */
  public static SandboxMark of(Sandbox sandbox, String runId, Instant started, String host) {
    return new SandboxMark(runId, started, host, sandbox.artifactGroup());
  }

  /** The property value: {@code key=value} pairs joined by {@code ;}. */
  public String value() {
    return "runId="
        + runId
        + ";started="
        + started
        + ";host="
        + host
        + ";artifactGroup="
        + artifactGroup;
  }

  /**
   * The mark in this property value, or empty when it is not one of ours (any field missing or
   * bad).
   */
  public static Optional<SandboxMark> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : value.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    String runId = fields.get("runId");
    String started = fields.get("started");
    String host = fields.get("host");
    String group = fields.get("artifactGroup");
    if (runId == null
        || runId.isEmpty()
        || started == null
        || host == null
        || group == null
        || group.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SandboxMark(runId, Instant.parse(started), host, group));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** This machine's name, for the mark; "unknown" when the JVM cannot tell. */
  public static String thisHost() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | SecurityException e) {
      String env = System.getenv("HOSTNAME");
      return env == null || env.isBlank() ? "unknown" : env;
    }
  }
}
