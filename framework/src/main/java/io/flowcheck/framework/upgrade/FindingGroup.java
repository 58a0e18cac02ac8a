package io.flowcheck.framework.upgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings that share one cause, so a reader sees "{@code owner} missing in 24 exchanges of 8
 * operations" once instead of 24 paragraphs. A field finding's cause is its kind and the field's
 * own name (the last path segment, without array indexes): {@code property.owner} and {@code
 * project.owner} disappearing is the same change of the server. A status or error code finding's
 * cause is its kind with the before and after values; the other kinds group by kind.
 *
 * @param subject what the cause is about: the field name, "status 200 -> 404", or empty
 * @param occurrences every exchange showing it, in summary order
 */
public record FindingGroup(Finding.Kind kind, String subject, List<Occurrence> occurrences) {

  /** One exchange showing the cause, with the finding as it was found there. */
  public record Occurrence(ExchangeDiff exchange, Finding finding) {
    /** "properties.feature › Reading, exchange 2: getProperty GET /...: field missing ...". */
    public String describe() {
      return exchange.feature()
          + " › "
          + exchange.scenario()
          + ", exchange "
          + exchange.index()
          + ": "
          + exchange.shown().title()
          + ": "
          + finding.describe();
    }

    public ObjectNode toJson() {
      ObjectNode o = JsonTree.object();
      o.put("feature", exchange.feature());
      o.put("scenario", exchange.scenario());
      o.put("index", exchange.index());
      o.put("operation", exchange.shown().operation());
      o.put("method", exchange.shown().method());
      o.put("target", exchange.shown().target());
      o.put("field", finding.field());
      o.put("text", finding.describe());
      o.put("where", describe());
      return o;
    }
  }

  public FindingGroup {
    occurrences = List.copyOf(occurrences);
  }

  /**
   * Groups every finding of the given exchanges; most widespread first within an outcome, worst
   * outcome first.
   */
  public static List<FindingGroup> of(List<ExchangeDiff> diffs) {
    Map<String, List<Occurrence>> byCause = new LinkedHashMap<>();
    Map<String, String[]> causes = new LinkedHashMap<>();
    for (ExchangeDiff d : diffs) {
      for (Finding f : d.findings()) {
        String subject = subjectOf(f);
        String key = f.kind().name() + "\u0000" + subject;
        causes.putIfAbsent(key, new String[] {f.kind().name(), subject});
        byCause.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(d, f));
      }
    }
    List<FindingGroup> groups = new ArrayList<>();
    byCause.forEach(
        (key, list) ->
            groups.add(
                new FindingGroup(
                    Finding.Kind.valueOf(causes.get(key)[0]), causes.get(key)[1], list)));
    groups.sort(order(FindingGroup::kind, FindingGroup::exchanges, FindingGroup::subject));
    return groups;
  }

  /**
   * The order of causes, for groups and for their JSON (a merge of shards): worst outcome first,
   * then the most widespread, then by kind and subject.
   */
  public static <T> Comparator<T> order(
      Function<T, Finding.Kind> kind, ToIntFunction<T> exchanges, Function<T, String> subject) {
    return Comparator.comparingInt((T g) -> -kind.apply(g).outcome().ordinal())
        .thenComparingInt(g -> -exchanges.applyAsInt(g))
        .thenComparingInt(g -> kind.apply(g).ordinal())
        .thenComparing(subject);
  }

  private static String subjectOf(Finding f) {
    return switch (f.kind()) {
      case FIELD_MISSING, FIELD_ADDED, VALUE_CHANGED -> leafName(f.field());
      case NOW_FAILS, NOW_SUCCEEDS, STATUS_CHANGED, ERROR_CODE_CHANGED ->
          show(f.before()) + " -> " + show(f.after());
      default -> "";
    };
  }

  /**
   * {@code artifactVersion[1].version} -> {@code version}; {@code project[2]} -> {@code project}.
   */
  static String leafName(String field) {
    String noIndexes = field.replaceAll("\\[\\d+]", "");
    int dot = noIndexes.lastIndexOf('.');
    String leaf = dot < 0 ? noIndexes : noIndexes.substring(dot + 1);
    return leaf.isEmpty() ? field : leaf;
  }

  private static String show(String s) {
    return s == null || s.isEmpty() ? "(none)" : s;
  }

  public Outcome outcome() {
    return kind.outcome();
  }

  /** Distinct exchanges showing the cause (one exchange may lose {@code owner} twice). */
  public int exchanges() {
    Set<ExchangeDiff> seen = new LinkedHashSet<>();
    occurrences.forEach(o -> seen.add(o.exchange()));
    return seen.size();
  }

  /** Distinct operations (by name, or method and path when the name is unknown). */
  public int operations() {
    Set<String> seen = new LinkedHashSet<>();
    for (Occurrence o : occurrences) {
      RecordedExchange e = o.exchange().shown();
      seen.add(e.operation() != null ? e.operation() : e.method() + " " + e.target());
    }
    return seen.size();
  }

  /**
   * "`owner` missing in 24 exchanges of 8 operations"; Markdown code quotes around a field name.
   */
  public String headline() {
    return headline(kind, subject, exchanges(), operations());
  }

  /** The headline of a cause seen in so many exchanges and operations (also of merged shards). */
  public static String headline(Finding.Kind kind, String subject, int exchanges, int operations) {
    String where =
        " in " + plural(exchanges, "exchange") + " of " + plural(operations, "operation");
    return switch (kind) {
      case FIELD_MISSING -> "`" + subject + "` missing" + where;
      case FIELD_ADDED -> "`" + subject + "` added" + where;
      case VALUE_CHANGED -> "`" + subject + "` changed value" + where;
      case NOW_FAILS, NOW_SUCCEEDS, STATUS_CHANGED, ERROR_CODE_CHANGED ->
          kind.label() + " (" + subject + ")" + where;
      default -> kind.label() + where;
    };
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonTree.object();
    o.put("kind", kind.name());
    o.put("outcome", outcome().label());
    o.put("subject", subject);
    o.put("headline", headline());
    o.put("exchanges", exchanges());
    o.put("operations", operations());
    ArrayNode list = o.putArray("occurrences");
    occurrences.forEach(oc -> list.add(oc.toJson()));
    return o;
  }
}
