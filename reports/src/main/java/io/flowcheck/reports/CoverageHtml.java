package io.flowcheck.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link CoverageReport} as one self-contained HTML page (inline CSS, no scripts, no
 * external assets) from {@code templates/coverage.mustache}.
 */
public final class CoverageHtml {

  private CoverageHtml() {}

  public static String render(CoverageReport report, String sourceLabel) {
    return Templates.render("coverage", Page.of(report, sourceLabel));
  }

  public static void write(CoverageReport report, String sourceLabel, Path file) {
    Templates.write("coverage", Page.of(report, sourceLabel), file);
  }

  /**
   * What the template shows; {@code uncatalogued} is null when every called operation is
   * catalogued.
   */
  record Page(
      String sourceLabel,
      String note,
      boolean available,
      CoverageReport.Totals totals,
      Integer uncatalogued,
      List<Called> called,
      List<CoverageReport.Operation> neverCalled) {

    static Page of(CoverageReport report, String sourceLabel) {
      CoverageReport.Totals totals = report.totals();
      List<CoverageReport.Operation> never =
          report.neverCalled().stream()
              .map(
                  op ->
                      new CoverageReport.Operation(
                          op.operation(), op.method().toUpperCase(Locale.ROOT), op.pathTemplate()))
              .toList();
      return new Page(
          sourceLabel,
          report.note(),
          report.available(),
          totals,
          totals.uncatalogued() > 0 ? totals.uncatalogued() : null,
          report.called().stream().map(Called::of).toList(),
          never);
    }

    int calledCount() {
      return called.size();
    }

    int neverCalledCount() {
      return neverCalled.size();
    }
  }

  /** A called operation's row; the statuses in the report's order. */
  record Called(
      String method,
      String pathTemplate,
      String operation,
      boolean inCatalogue,
      int calls,
      List<StatusCount> statuses,
      List<CoverageReport.ScenarioRef> scenarios) {

    static Called of(CoverageReport.Used used) {
      List<StatusCount> statuses =
          used.statuses().entrySet().stream()
              .map(e -> new StatusCount(e.getKey(), e.getValue()))
              .toList();
      return new Called(
          used.method(),
          used.pathTemplate(),
          used.operation(),
          used.inCatalogue(),
          used.calls(),
          statuses,
          used.scenarios());
    }
  }

  /** "200 ×4"; {@code kind} is the status class (2 for 2xx), which picks the colour. */
  record StatusCount(String status, int count) {
    String kind() {
      return status.isEmpty() ? "" : status.substring(0, 1);
    }
  }
}
