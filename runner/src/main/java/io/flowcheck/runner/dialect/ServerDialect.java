package io.flowcheck.runner.dialect;

import io.flowcheck.framework.client.LogoutOutcome;
import io.flowcheck.framework.client.VersionLookup;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.assumptions.Observation;
import io.flowcheck.runner.assumptions.ScenarioGuesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server dialect: for each registered assumption, whether this server confirmed it (a scenario
 * resting on it passed, or the run's own call worked), refuted it (with the server's real answer)
 * or never exercised it; plus how the run itself found the version and logged out. Written at the
 * end of the run as {@code server-dialect.json} and a short console section. One per run.
 */
public final class ServerDialect implements ScenarioGuesses.Ledger {
  public static final String FILE_NAME = "server-dialect.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public enum Verdict {
    CONFIRMED("confirmed"),
    REFUTED("refuted"),
    NOT_EXERCISED("not exercised");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Map<Assumption, Set<String>> confirmedBy = new EnumMap<>(Assumption.class);
  private final Map<Assumption, List<Observation>> refutedBy = new EnumMap<>(Assumption.class);
  private final Map<Assumption, Set<String>> failedOtherwise = new EnumMap<>(Assumption.class);
  private VersionLookup versionLookup;
  private LogoutOutcome logoutOutcome = LogoutOutcome.NOT_ATTEMPTED;

  @Override
  public synchronized void refuted(Assumption assumption, Observation seen) {
    refutedBy.computeIfAbsent(assumption, a -> new ArrayList<>()).add(seen);
  }

  public synchronized void confirmed(Assumption assumption, String source) {
    confirmedBy.computeIfAbsent(assumption, a -> new TreeSet<>()).add(source);
  }

  /** A scenario resting on it failed for another reason: it says nothing about the guess. */
  public synchronized void failedOtherwise(Assumption assumption, String source) {
    failedOtherwise.computeIfAbsent(assumption, a -> new TreeSet<>()).add(source);
  }

  /** How the run found the server's version. */
  public synchronized void runVersion(VersionLookup lookup) {
    this.versionLookup = lookup;
  }

  /** How the run's own logout went. */
  public synchronized void runLogout(LogoutOutcome outcome) {
    this.logoutOutcome = outcome;
  }

  public synchronized Verdict verdict(Assumption a) {
    if (refutedBy.containsKey(a)) {
      return Verdict.REFUTED;
    }
    return confirmedBy.containsKey(a) ? Verdict.CONFIRMED : Verdict.NOT_EXERCISED;
  }

  public synchronized List<Observation> refutations(Assumption a) {
    return List.copyOf(refutedBy.getOrDefault(a, List.of()));
  }

  /** Writes {@value #FILE_NAME} into {@code dir} and returns the console section. */
  public synchronized List<String> write(
      Path dir, String server, String serverVersion, boolean strict) {
    ObjectNode root = JSON.createObjectNode();
    root.put("server", server);
    root.put("serverVersion", serverVersion);
    root.put("strict", strict);
    ObjectNode counts = root.putObject("counts");
    for (Verdict v : Verdict.values()) {
      counts.put(
          v.label(),
          (int) java.util.Arrays.stream(Assumption.values()).filter(a -> verdict(a) == v).count());
    }
    ArrayNode list = root.putArray("assumptions");
    for (Assumption a : Assumption.values()) {
      ObjectNode n = list.addObject();
      n.put("name", a.id());
      n.put("verdict", verdict(a).label());
      n.put("expectation", a.expectation());
      n.put("evidence", a.evidence());
      n.put("missingEvidence", a.missing());
      n.put("runUse", a.runUse());
      ArrayNode confirmations = n.putArray("confirmedBy");
      confirmedBy.getOrDefault(a, Set.of()).forEach(confirmations::add);
      ArrayNode refutations = n.putArray("refutedBy");
      for (Observation o : refutedBy.getOrDefault(a, List.of())) {
        ObjectNode r = refutations.addObject();
        r.put("source", o.source());
        r.put("operation", o.operation());
        r.put("method", o.method());
        r.put("target", o.target());
        r.put("status", o.status());
        r.put("code", o.code());
        r.put("message", o.message());
      }
      ArrayNode others = n.putArray("failedForOtherReasons");
      failedOtherwise.getOrDefault(a, Set.of()).forEach(others::add);
    }
    ObjectNode run = root.putObject("run");
    if (versionLookup != null) {
      ObjectNode v = run.putObject("version");
      v.put("version", versionLookup.version());
      v.put("source", versionLookup.source());
      ArrayNode notes = v.putArray("notes");
      versionLookup.notes().forEach(notes::add);
    }
    ObjectNode logout = run.putObject("logout");
    logout.put("outcome", logoutOutcome.describe());
    logout.put("status", logoutOutcome.status());
    logout.put("code", logoutOutcome.code());
    Path file = dir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dir);
      Files.writeString(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cleanup problem: cannot write " + file, e);
    }
    return consoleLines(file, counts);
  }

  private String namesWith(Verdict v) {
    String names =
        java.util.Arrays.stream(Assumption.values())
            .filter(a -> verdict(a) == v)
            .map(Assumption::id)
            .collect(java.util.stream.Collectors.joining(", "));
    return names.isEmpty() ? "-" : names;
  }

  /** "2024.06.0.178767 (from getServerStatus)", "unknown (getServerStatus: HTTP 404; ...)". */
  static String describe(VersionLookup v) {
    if (v == null) {
      return "not looked up";
    }
    List<String> parts = new ArrayList<>();
    if (v.known()) {
      parts.add("from " + v.source());
    }
    parts.addAll(v.notes());
    return v.version() + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
  }

  private List<String> consoleLines(Path file, ObjectNode counts) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "flowcheck server dialect: "
            + counts.get("confirmed").asInt()
            + " confirmed, "
            + counts.get("refuted").asInt()
            + " refuted, "
            + counts.get("not exercised").asInt()
            + " not exercised ("
            + file
            + ")");
    lines.add("  confirmed:     " + namesWith(Verdict.CONFIRMED));
    for (Assumption a : Assumption.values()) {
      if (verdict(a) == Verdict.REFUTED) {
        Observation first = refutedBy.get(a).get(0);
        lines.add(
            "  REFUTED:       "
                + a.id()
                + ": "
                + first.operation()
                + " answered"
                + (first.status() == 0 ? "" : " HTTP " + first.status())
                + (first.code().isEmpty() ? "" : " " + first.code())
                + (first.code().isEmpty() && !first.message().isEmpty()
                    ? " (" + first.message() + ")"
                    : "")
                + " ["
                + first.source()
                + "]");
      }
    }
    lines.add("  not exercised: " + namesWith(Verdict.NOT_EXERCISED));
    lines.add(
        "  the run: version "
            + describe(versionLookup)
            + "; REST logout "
            + logoutOutcome.describe());
    return lines;
  }
}
