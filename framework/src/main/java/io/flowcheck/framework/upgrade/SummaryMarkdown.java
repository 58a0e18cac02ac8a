package io.flowcheck.framework.upgrade;

import java.util.List;

/** summary.md: what a person reads in CI logs and what the report's upgrade page shows. */
final class SummaryMarkdown {
  private static final int FINDINGS_SHOWN = 12;

  private SummaryMarkdown() {}

  static String render(UpgradeSummary s) {
    StringBuilder md = new StringBuilder();
    UpgradeSummary.Ends e = s.ends();
    md.append("# ElectricFlow upgrade check: ").append(s.verdict()).append("\n\n");
    md.append("**").append(s.countsLine()).append("** exchanges in ").append(s.scenarioCount())
        .append(" scenarios; fails on: ").append(s.failOn().label())
        .append(" (`ef.upgrade.fail-on`)\n\n");
    md.append("| | Server | Version |\n|---|---|---|\n");
    md.append("| Baseline (before) | ").append(cell(e.beforeServer())).append(" | ")
        .append(cell(e.beforeVersion())).append(" |\n");
    md.append("| This run (after) | ").append(cell(e.afterServer())).append(" | ")
        .append(cell(e.afterVersion())).append(" |\n");
    for (Outcome o : new Outcome[] {Outcome.REGRESSED, Outcome.CHANGED, Outcome.ADDED}) {
      List<ExchangeDiff> list = s.differing().stream().filter(d -> d.outcome() == o).toList();
      if (list.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(capitalized(o.label())).append(" (").append(list.size()).append(")\n");
      for (ExchangeDiff d : list) {
        md.append("\n**").append(d.feature()).append(" › ").append(d.scenario())
            .append("**, exchange ").append(d.index()).append(": `").append(d.shown().title())
            .append("`\n");
        d.findings().stream().limit(FINDINGS_SHOWN)
            .forEach(f -> md.append("- ").append(f.describe()).append('\n'));
        if (d.findings().size() > FINDINGS_SHOWN) {
          md.append("- ... and ").append(d.findings().size() - FINDINGS_SHOWN)
              .append(" more in summary.json\n");
        }
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
