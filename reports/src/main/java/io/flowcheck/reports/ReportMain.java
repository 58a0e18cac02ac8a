package io.flowcheck.reports;

import io.flowcheck.framework.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds every report from a features run: stages the Allure results (plus categories, executor,
 * history), writes the coverage page, then runs Allure 2's generator (in this JVM) for the
 * multi-file and the single-file report, and zips the single-file report with the pages it links
 * to. Invoked by exec-maven-plugin in process-classes; every input and output is a parameter so
 * tests can use fixtures.
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
      forgetEarlierReports(o.out());
      return;
    }
    long start = System.nanoTime();
    ReportInputs in =
        ReportInputs.resolve(o.featuresTarget(), o.fixtures(), o.repoRoot(), o.standalone());
    String sourceLabel =
        in.source() == ReportInputs.Source.FEATURES
            ? "From the features run ("
                + ReportInputs.display(in.allureResults(), o.repoRoot())
                + ")"
            : "From the test fixtures: no features run was found";
    Path staged = stage(in, o);
    CoverageReport coverage = coveragePage(in, o, sourceLabel);
    List<ExtraPage> pages = new ArrayList<>();
    ExtraPage.upgrade(in, o, sourceLabel).ifPresent(pages::add);
    ExtraPage.dialect(in, o, sourceLabel).ifPresent(pages::add);
    ExtraPage.steps(in, o).ifPresent(pages::add);

    // One trend per server and tag selection (a simulator run never continues an upgrade
    // selection's trend); fixture builds keep their own so they never pollute a real one.
    HistoryKey key = HistoryKey.of(staged);
    HistoryKeeper history =
        new HistoryKeeper(
            o.history()
                .resolve(
                    (in.source() == ReportInputs.Source.FIXTURES ? "fixtures__" : "")
                        + key.dirName()));
    int previousRuns = history.restoreInto(staged);
    int buildOrder = history.nextBuildOrder();
    overview(staged, o, buildOrder, coverage, pages, sourceLabel);
    long staging = System.nanoTime();

    Path multi = o.out().resolve("allure-report");
    Path single = o.out().resolve("allure-report-single");
    allureReports(staged, o, multi, single);
    for (Path report : List.of(multi, single)) {
      Dirs.copyTree(o.out().resolve("coverage"), report.resolve("coverage"));
      pages.forEach(page -> Dirs.copyTree(page.dir(), report.resolve(page.dir().getFileName())));
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
    printWhereEverythingIs(o, coverage, pages, multi, single, archive);
    System.out.printf(
        "[reports] Generated in %.1f s (staging %.1f s, Allure %.1f s)%n",
        seconds(done - start), seconds(staging - start), seconds(done - staging));
  }

  /** An earlier run's reports would otherwise be listed as this run's. */
  private static void forgetEarlierReports(Path out) {
    for (String earlier :
        List.of(
            "allure-results",
            "coverage",
            "upgrade",
            "dialect",
            "steps",
            "allure-report",
            "allure-report-single")) {
      Dirs.delete(out.resolve(earlier));
    }
    Dirs.delete(out.resolve(ReportArchive.FILE_NAME));
  }

  /** A copy of the run's Allure results to add to: the run's output stays as the run left it. */
  private static Path stage(ReportInputs in, Options o) {
    Path staged = o.out().resolve("allure-results");
    Dirs.delete(staged);
    Dirs.copyTree(
        in.allureResults(), staged, Set.of("history", "categories.json", "executor.json"));
    return staged;
  }

  /** The API coverage page, in every report. */
  private static CoverageReport coveragePage(ReportInputs in, Options o, String sourceLabel) {
    CoverageReport coverage = CoverageReport.load(in.coverageDir(), o.repoRoot());
    Path dir = o.out().resolve("coverage");
    Dirs.delete(dir);
    coverage.writeJson(dir.resolve("coverage.json"));
    CoverageHtml.write(coverage, sourceLabel, dir.resolve("index.html"));
    if (coverage.note() != null) {
      System.out.println("[reports] " + coverage.note());
    }
    return coverage;
  }

  /** Allure's Overview: categories, the executor (linking the coverage) and the environment. */
  private static void overview(
      Path staged,
      Options o,
      int buildOrder,
      CoverageReport coverage,
      List<ExtraPage> pages,
      String sourceLabel) {
    ObjectMapper json = new ObjectMapper();
    CategoriesWriter.write(staged, json);
    OverviewLinks.writeExecutor(
        staged, o.executor(), buildOrder, coverage.totals(), coverage.available(), json);
    Map<String, String> env = new LinkedHashMap<>();
    env.put(
        "EF API coverage",
        (coverage.available() ? coverage.totals().summary() : "no data")
            + " - link under Executors, or "
            + OverviewLinks.COVERAGE_HREF);
    pages.forEach(page -> env.put(page.environmentKey(), page.headline() + " - " + page.href()));
    env.put("Report source", sourceLabel);
    OverviewLinks.prependEnvironment(staged, env);
  }

  /**
   * Both reports from one generator loaded in this JVM: the second generation finds it warm, where
   * two {@code allure generate} JVMs each started cold.
   */
  private static void allureReports(Path staged, Options o, Path multi, Path single) {
    Path log = o.out().resolve("allure-cli-logs").resolve("allure-generate.log");
    try (AllureGenerator allure = new AllureGenerator(o.allureHome(), log)) {
      allure.generate(staged, multi);
      allure.generateSingleFile(staged, single);
    }
  }

  private static void printWhereEverythingIs(
      Options o,
      CoverageReport coverage,
      List<ExtraPage> pages,
      Path multi,
      Path single,
      Path archive) {
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
    System.out.println(
        "[reports] Coverage page: " + show(o.out().resolve("coverage/index.html"), o));
    for (ExtraPage page : pages) {
      System.out.println(
          "[reports] "
              + page.title()
              + ": "
              + page.headline()
              + "; page: "
              + show(multi.resolve(page.href()), o));
    }
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
