package io.flowcheck.framework.upgrade;

import java.util.List;

/** summary.md: what a person reads in CI logs and what the report's upgrade page shows. */
final class SummaryMarkdown {
  /** Places listed under one cause; summary.json has them all. */
  private static final int OCCURRENCES_SHOWN = 50;

  private SummaryMarkdown() {}

  static String render(UpgradeSummary s) {
    StringBuilder md = new StringBuilder();
    UpgradeSummary.Ends e = s.ends();
    md.append("# ElectricFlow upgrade check: ").append(s.verdict()).append("\n\n");
    md.append("**")
        .append(s.countsLine())
        .append("** exchanges in ")
        .append(s.scenarioCount())
        .append(" scenarios; fails on: ")
        .append(s.failOn().label())
        .append(" (`ef.upgrade.fail-on`)\n\n");
    md.append("| | Server | Version |\n|---|---|---|\n");
    md.append("| Baseline (before) | ")
        .append(cell(e.beforeServer()))
        .append(" | ")
        .append(cell(e.beforeVersion()))
        .append(" |\n");
    md.append("| This run (after) | ")
        .append(cell(e.afterServer()))
        .append(" | ")
        .append(cell(e.afterVersion()))
        .append(" |\n");
    List<FindingGroup> groups = s.groups();
    for (Outcome o : new Outcome[] {Outcome.REGRESSED, Outcome.CHANGED, Outcome.ADDED}) {
      List<FindingGroup> these = groups.stream().filter(g -> g.outcome() == o).toList();
      if (these.isEmpty()) {
        continue;
      }
      md.append("\n## ")
          .append(capitalized(o.label()))
          .append(" (")
          .append(these.size())
          .append(these.size() == 1 ? " cause" : " causes")
          .append(")\n\n");
      for (FindingGroup g : these) {
        // One line per cause; where it showed is folded (GitHub and most Markdown viewers fold
        // <details>).
        md.append("- **").append(g.headline()).append("**\n");
        md.append("  <details><summary>where</summary>\n\n");
        g.occurrences().stream()
            .limit(OCCURRENCES_SHOWN)
            .forEach(oc -> md.append("  - ").append(oc.describe()).append('\n'));
        if (g.occurrences().size() > OCCURRENCES_SHOWN) {
          md.append("  - ... and ")
              .append(g.occurrences().size() - OCCURRENCES_SHOWN)
              .append(" more in summary.json\n");
        }
        md.append("  </details>\n");
      }
    }
    if (s.differing().isEmpty()) {
      md.append("\nEvery exchange answered as in the baseline.\n");
    }
    list(md, "In the baseline but not run", s.notRun());
    list(md, "Run but not in the baseline (their exchanges count as added)", s.notInBaseline());
    return md.toString();
  }

  private static void list(StringBuilder md, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    md.append("\n## ").append(title).append(" (").append(items.size()).append(")\n\n");
    items.forEach(i -> md.append("- ").append(i).append('\n'));
  }

  private static String cell(String s) {
    return s == null || s.isEmpty() ? "(unknown)" : s.replace("|", "\\|");
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
