package io.flowcheck.reports;

import io.flowcheck.framework.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds every report from a features run: stages the Allure results (plus categories, executor,
 * history), writes the coverage page, then runs the Allure 2 CLI for the multi-file and the
 * single-file report, and zips the single-file report with the pages it links to. Invoked by
 * exec-maven-plugin in process-classes; every input and output is a parameter so tests can use
 * fixtures.
 */
public final class ReportMain {

  /** Written beside the reports so the browser test knows what it is looking at. */
  public static final String SOURCE_FILE = "report-source.properties";

  private ReportMain() {}

  public static void run(Options o) {
    String emptyShard = RunSummary.read(o.featuresTarget()).emptyShard();
    if (emptyShard != null) {
      // By design nothing ran, so there is nothing to report; the merge of the shards reports.
      System.out.println("[reports] shard " + emptyShard + " ran no scenario: no report to build");
      // An earlier run's reports would otherwise be listed as this run's.
      for (String earlier :
          List.of(
              "allure-results",
              "coverage",
              "upgrade",
              "dialect",
              "steps",
              "allure-report",
              "allure-report-single")) {
        Dirs.delete(o.out().resolve(earlier));
      }
      Dirs.delete(o.out().resolve(ReportArchive.FILE_NAME));
      return;
    }
    long start = System.nanoTime();
    ObjectMapper json = new ObjectMapper();
    ReportInputs in =
        ReportInputs.resolve(o.featuresTarget(), o.fixtures(), o.repoRoot(), o.standalone());
    String sourceLabel =
        in.source() == ReportInputs.Source.FEATURES
            ? "From the features run ("
                + ReportInputs.display(in.allureResults(), o.repoRoot())
                + ")"
            : "From the test fixtures: no features run was found";

    // Work on a copy: the features module's output stays as the run left it.
    Path staged = o.out().resolve("allure-results");
    Dirs.delete(staged);
    Dirs.copyTree(
        in.allureResults(), staged, Set.of("history", "categories.json", "executor.json"));

    CoverageReport coverage = CoverageReport.load(in.coverageDir(), o.repoRoot());
    Path coverageDir = o.out().resolve("coverage");
    Dirs.delete(coverageDir);
    coverage.writeJson(coverageDir.resolve("coverage.json"));
    CoverageHtml.write(coverage, sourceLabel, coverageDir.resolve("index.html"));
    if (coverage.note() != null) {
      System.out.println("[reports] " + coverage.note());
    }

    // A compare run of scripts/upgrade.sh leaves an upgrade summary; fixture builds never show one.
    Path upgradeSummary =
        in.source() == ReportInputs.Source.FEATURES
            ? UpgradePage.summaryIn(o.featuresTarget())
            : null;
    Path upgradeDir = o.out().resolve("upgrade");
    Dirs.delete(upgradeDir);
    if (upgradeSummary != null) {
      UpgradePage.write(upgradeSummary, sourceLabel, upgradeDir);
    }

    // Every features run leaves its server dialect summary; fixture builds show the fixture's.
    Path dialect =
        DialectPage.fileIn(
            in.source() == ReportInputs.Source.FEATURES ? o.featuresTarget() : o.fixtures());
    Path dialectDir = o.out().resolve("dialect");
    Dirs.delete(dialectDir);
    if (dialect != null) {
      DialectPage.write(dialect, sourceLabel, dialectDir);
    }

    // The features build writes the step catalogue from the glue; fixture builds show the
    // fixture's.
    Path steps =
        StepCataloguePage.fileIn(
            in.source() == ReportInputs.Source.FEATURES ? o.featuresTarget() : o.fixtures());
    Path stepsDir = o.out().resolve("steps");
    Dirs.delete(stepsDir);
    if (steps != null) {
      StepCataloguePage.write(steps, stepsDir);
    }

    // One trend per server and tag selection (a simulator run never continues an upgrade
    // selection's trend);
    // fixture builds keep their own so they never pollute a real one.
    HistoryKey key = HistoryKey.of(staged);
    HistoryKeeper history =
        new HistoryKeeper(
            o.history()
                .resolve(
                    (in.source() == ReportInputs.Source.FIXTURES ? "fixtures__" : "")
                        + key.dirName()));
    int previousRuns = history.restoreInto(staged);
    int buildOrder = history.nextBuildOrder();
    CategoriesWriter.write(staged, json);
    OverviewLinks.writeExecutor(
        staged, o.executor(), buildOrder, coverage.totals(), coverage.available(), json);
    Map<String, String> env = new LinkedHashMap<>();
    env.put(
        "EF API coverage",
        (coverage.available() ? coverage.totals().summary() : "no data")
            + " - link under Executors, or "
            + OverviewLinks.COVERAGE_HREF);
    if (upgradeSummary != null) {
      env.put("EF upgrade check", UpgradePage.headline(upgradeSummary) + " - " + UpgradePage.HREF);
    }
    if (dialect != null) {
      env.put("EF server dialect", DialectPage.headline(dialect) + " - " + DialectPage.HREF);
    }
    if (steps != null) {
      env.put("Step catalogue", StepCataloguePage.headline(steps) + " - " + StepCataloguePage.HREF);
    }
    env.put("Report source", sourceLabel);
    OverviewLinks.prependEnvironment(staged, env);
    long staging = System.nanoTime();

    AllureCli cli = new AllureCli(o.allureHome());
    Path multi = o.out().resolve("allure-report");
    Path single = o.out().resolve("allure-report-single");
    Path logs = o.out().resolve("allure-cli-logs");
    // Both generations read the same staged results; running them side by side saves one JVM start.
    AllureCli.Run multiRun = cli.start(staged, multi, false, logs.resolve("allure-report.log"));
    AllureCli.Run singleRun =
        cli.start(staged, single, true, logs.resolve("allure-report-single.log"));
    multiRun.await();
    singleRun.await();
    Dirs.copyTree(coverageDir, multi.resolve("coverage"));
    Dirs.copyTree(coverageDir, single.resolve("coverage"));
    if (upgradeSummary != null) {
      Dirs.copyTree(upgradeDir, multi.resolve("upgrade"));
      Dirs.copyTree(upgradeDir, single.resolve("upgrade"));
    }
    if (dialect != null) {
      Dirs.copyTree(dialectDir, multi.resolve("dialect"));
      Dirs.copyTree(dialectDir, single.resolve("dialect"));
    }
    if (steps != null) {
      Dirs.copyTree(stepsDir, multi.resolve("steps"));
      Dirs.copyTree(stepsDir, single.resolve("steps"));
    }
    // The single file embeds only Allure's data; the zip carries it together with the pages it
    // links to.
    Path archive = o.out().resolve(ReportArchive.FILE_NAME);
    ReportArchive.write(single, archive);
    history.saveFrom(multi);
    long done = System.nanoTime();

    writeSource(o.out().resolve(SOURCE_FILE), in, staged, buildOrder, history.store());
    System.out.printf(
        "[reports] %s; history of %s: %d earlier run(s) in %s%n",
        sourceLabel,
        key.label(),
        previousRuns,
        ReportInputs.display(history.store(), o.repoRoot()));
    System.out.println(
        "[reports] EF API coverage: "
            + (coverage.available() ? coverage.totals().summary() : "no data"));
    System.out.println(
        "[reports] Allure report"
            + (o.serveHint() == null ? "" : " (" + o.serveHint() + ")")
            + ": "
            + show(multi, o));
    System.out.println(
        "[reports] Single-file report (opens from file://; its coverage, dialect and upgrade pages"
            + " are the folders beside it): "
            + show(single.resolve("index.html"), o));
    System.out.println(
        "[reports] To mail or archive, all in one file: "
            + show(archive, o)
            + " (unzip, open flowcheck-report/index.html)");
    System.out.println("[reports] Coverage page: " + show(coverageDir.resolve("index.html"), o));
    if (upgradeSummary != null) {
      System.out.println(
          "[reports] Upgrade check: "
              + UpgradePage.headline(upgradeSummary)
              + "; page: "
              + show(multi.resolve(UpgradePage.HREF), o));
    }
    if (dialect != null) {
      System.out.println(
          "[reports] Server dialect: "
              + DialectPage.headline(dialect)
              + "; page: "
              + show(multi.resolve(DialectPage.HREF), o));
    }
    if (steps != null) {
      System.out.println(
          "[reports] Step catalogue: "
              + StepCataloguePage.headline(steps)
              + "; page: "
              + show(multi.resolve(StepCataloguePage.HREF), o));
    }
    System.out.printf(
        "[reports] Generated in %.1f s (staging %.1f s, Allure CLI %.1f s)%n",
        seconds(done - start), seconds(staging - start), seconds(done - staging));
  }

  private static String show(Path p, Options o) {
    return ReportInputs.display(p, o.repoRoot());
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void writeSource(
      Path file, ReportInputs in, Path staged, int buildOrder, Path historyStore) {
    Properties p = new Properties();
    p.setProperty("source", in.source().name());
    p.setProperty("results", staged.toAbsolutePath().toString());
    p.setProperty("buildOrder", String.valueOf(buildOrder));
    p.setProperty("historyStore", historyStore.toAbsolutePath().toString());
    try (var w = Files.newBufferedWriter(file)) {
      p.store(w, "Written by io.flowcheck.reports.ReportMain");
    } catch (IOException e) {
      throw new ReportException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * What to build from where; every path is explicit so tests can point the generator at fixtures.
   *
   * @param executor who built the report, as Allure's Executors widget names it (flowcheck.jar or
   *     Maven)
   * @param serveHint how the reader serves the multi-file report where they ran it, or null
   */
  public record Options(
      Path featuresTarget,
      Path fixtures,
      Path out,
      Path history,
      Path allureHome,
      Path repoRoot,
      String buildRoot,
      String self,
      String executor,
      String serveHint) {

    /** A report built by Maven, served with the repository's script. */
    public Options(
        Path featuresTarget,
        Path fixtures,
        Path out,
        Path history,
        Path allureHome,
        Path repoRoot,
        String buildRoot,
        String self) {
      this(
          featuresTarget,
          fixtures,
          out,
          history,
          allureHome,
          repoRoot,
          buildRoot,
          self,
          "Maven",
          "serve it: scripts/open-report.sh");
    }

    /**
     * True when Maven was started on this module alone (-f reports/pom.xml), not on the whole
     * reactor.
     */
    boolean standalone() {
      return self != null && self.equals(buildRoot);
    }
  }
}
