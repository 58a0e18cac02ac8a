package io.flowcheck.framework.upgrade;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * summary.md: what a person reads in CI logs and what the report's upgrade page shows. Rendered
 * from summary.json, so one run's summary and the merge of several shards' read alike.
 */
public final class SummaryMarkdown {
  /** Places listed under one cause; summary.json has them all. */
  private static final int OCCURRENCES_SHOWN = 50;

  private static final Outcome[] WORST_FIRST = {
    Outcome.REGRESSED, Outcome.CHANGED, Outcome.ADDED, Outcome.UNCHANGED
  };

  private SummaryMarkdown() {}

  /** The Markdown of a summary.json ({@link UpgradeSummary#toJson()} or a merge of several). */
  public static String render(JsonNode s) {
    StringBuilder md = new StringBuilder();
    md.append("# ElectricFlow upgrade check: ").append(s.path("verdict").asString());
    if (s.has("shards")) {
      md.append(" (").append(s.path("shards").asInt()).append(" shards merged)");
    }
    md.append("\n\n");
    md.append("**")
        .append(countsLine(s.path("counts")))
        .append("** exchanges in ")
        .append(s.path("scenarios").asInt())
        .append(" scenarios; fails on: ")
        .append(s.path("failOn").asString())
        .append(" (`ef.upgrade.fail-on`)\n\n");
    md.append("| | Server | Version |\n|---|---|---|\n");
    row(md, "Baseline (before)", s.path("baseline"));
    row(md, "This run (after)", s.path("current"));
    for (Outcome o : new Outcome[] {Outcome.REGRESSED, Outcome.CHANGED, Outcome.ADDED}) {
      List<JsonNode> these = new ArrayList<>();
      s.path("groups")
          .forEach(
              g -> {
                if (g.path("outcome").asString().equals(o.label())) {
                  these.add(g);
                }
              });
      if (these.isEmpty()) {
        continue;
      }
      md.append("\n## ")
          .append(capitalized(o.label()))
          .append(" (")
          .append(these.size())
          .append(these.size() == 1 ? " cause" : " causes")
          .append(")\n\n");
      for (JsonNode g : these) {
        // One line per cause; where it showed is folded (GitHub and most Markdown viewers fold
        // <details>).
        md.append("- **").append(g.path("headline").asString()).append("**\n");
        md.append("  <details><summary>where</summary>\n\n");
        JsonNode occurrences = g.path("occurrences");
        for (int i = 0; i < Math.min(occurrences.size(), OCCURRENCES_SHOWN); i++) {
          md.append("  - ").append(where(occurrences.get(i))).append('\n');
        }
        if (occurrences.size() > OCCURRENCES_SHOWN) {
          md.append("  - ... and ")
              .append(occurrences.size() - OCCURRENCES_SHOWN)
              .append(" more in summary.json\n");
        }
        md.append("  </details>\n");
      }
    }
    slower(md, s);
    if (s.path("differences").isEmpty()) {
      md.append("\nEvery exchange answered as in the baseline.\n");
    }
    list(md, "In the baseline but not run", s.path("notRun"));
    list(
        md,
        "Run but not in the baseline (their exchanges count as added)",
        s.path("notInBaseline"));
    return md.toString();
  }

  /**
   * Operations that got slower, one line each; or why latencies were not checked. Summaries from
   * before latencies were recorded have neither field and show nothing.
   */
  private static void slower(StringBuilder md, JsonNode s) {
    if (!s.path("latenciesChecked").asBoolean(true)) {
      md.append("\nNo latencies in this baseline: slower not checked.\n");
      return;
    }
    JsonNode slower = s.path("slower");
    if (slower.isEmpty()) {
      return;
    }
    md.append("\n## Slower (")
        .append(slower.size())
        .append(slower.size() == 1 ? " operation" : " operations")
        .append(", ")
        .append(s.path("slowerRule").asString(""))
        .append(")\n\n");
    slower.forEach(x -> md.append("- **").append(x.path("headline").asString()).append("**\n"));
  }

  /** "2 regressed, 0 changed, 1 added, 17 unchanged" from summary.json's counts. */
  static String countsLine(JsonNode counts) {
    List<String> parts = new ArrayList<>();
    for (Outcome o : WORST_FIRST) {
      parts.add(counts.path(o.label()).asInt(0) + " " + o.label());
    }
    return String.join(", ", parts);
  }

  private static void row(StringBuilder md, String title, JsonNode end) {
    md.append("| ")
        .append(title)
        .append(" | ")
        .append(cell(end.path("server")))
        .append(" | ")
        .append(cell(end.path("serverVersion")))
        .append(" |\n");
  }

  private static void list(StringBuilder md, String title, JsonNode items) {
    if (items.isEmpty()) {
      return;
    }
    md.append("\n## ").append(title).append(" (").append(items.size()).append(")\n\n");
    items.forEach(i -> md.append("- ").append(i.asString()).append('\n'));
  }

  private static String cell(JsonNode value) {
    String s = value.isNull() || value.isMissingNode() ? "" : value.asString();
    return s.isEmpty() ? "(unknown)" : s.replace("|", "\\|");
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The occurrence's own line; summaries written before it had one (an older shard's) are shown
   * from their parts, so a merge with them prints no empty bullet.
   */
  private static String where(JsonNode occurrence) {
    String where = occurrence.path("where").asString("");
    if (!where.isEmpty()) {
      return where;
    }
    return occurrence.path("feature").asString("")
        + " › "
        + occurrence.path("scenario").asString("")
        + ", exchange "
        + occurrence.path("index").asString("")
        + ": "
        + occurrence.path("text").asString("");
  }
}
