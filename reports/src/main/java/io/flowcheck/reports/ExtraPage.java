package io.flowcheck.reports;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A page of the report beside Allure's own (upgrade check, server dialect, step catalogue): built
 * into its folder, copied into both Allure reports, named on the Overview and in the console.
 *
 * @param title how the console names it
 * @param environmentKey how the Overview's Environment widget names it
 * @param headline its one-line summary
 * @param href where it sits inside an Allure report
 * @param dir the folder it was built into
 */
record ExtraPage(String title, String environmentKey, String headline, String href, Path dir) {

  /** The upgrade check: only a comparison leaves its summary, and fixture builds never show one. */
  static Optional<ExtraPage> upgrade(ReportInputs in, ReportMain.Options o, String sourceLabel) {
    Path dir = fresh(o, "upgrade");
    if (in.source() != ReportInputs.Source.FEATURES) {
      return Optional.empty();
    }
    Path summary = UpgradePage.summaryIn(o.featuresTarget());
    if (summary == null) {
      return Optional.empty();
    }
    UpgradePage.write(summary, sourceLabel, dir);
    return Optional.of(
        new ExtraPage(
            "Upgrade check",
            "EF upgrade check",
            UpgradePage.headline(summary),
            UpgradePage.HREF,
            dir));
  }

  /** Every run leaves its server dialect summary; fixture builds show the fixture's. */
  static Optional<ExtraPage> dialect(ReportInputs in, ReportMain.Options o, String sourceLabel) {
    Path dir = fresh(o, "dialect");
    Path dialect = DialectPage.fileIn(source(in, o));
    if (dialect == null) {
      return Optional.empty();
    }
    DialectPage.write(dialect, sourceLabel, dir);
    return Optional.of(
        new ExtraPage(
            "Server dialect",
            "EF server dialect",
            DialectPage.headline(dialect),
            DialectPage.HREF,
            dir));
  }

  /** Every run writes the step catalogue from its glue; fixture builds show the fixture's. */
  static Optional<ExtraPage> steps(ReportInputs in, ReportMain.Options o) {
    Path dir = fresh(o, "steps");
    Path steps = StepCataloguePage.fileIn(source(in, o));
    if (steps == null) {
      return Optional.empty();
    }
    StepCataloguePage.write(steps, dir);
    return Optional.of(
        new ExtraPage(
            "Step catalogue",
            "Step catalogue",
            StepCataloguePage.headline(steps),
            StepCataloguePage.HREF,
            dir));
  }

  /** The page's folder under the reports, without an earlier build's page. */
  private static Path fresh(ReportMain.Options o, String name) {
    Path dir = o.out().resolve(name);
    Dirs.delete(dir);
    return dir;
  }

  private static Path source(ReportInputs in, ReportMain.Options o) {
    return in.source() == ReportInputs.Source.FEATURES ? o.featuresTarget() : o.fixtures();
  }
}
