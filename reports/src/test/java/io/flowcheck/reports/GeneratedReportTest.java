package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The files generation left behind (no browser): categories, executor link, history, single-file
 * coverage copy.
 */
class GeneratedReportTest {

  private final ReportUnderTest report = new ReportUnderTest();

  @Test
  void everyOutputIsInPlace() {
    for (Path p :
        new Path[] {
          report.multiFile().resolve("index.html"),
          report.singleFile(),
          report.coverage().resolve("index.html"),
          report.coverage().resolve("coverage.json"),
          report.multiFile().resolve("coverage/index.html"),
          report.singleFile().resolveSibling("coverage/index.html")
        }) {
      assertTrue(Files.isRegularFile(p), "Missing " + p);
    }
  }

  @Test
  void theServerDialectPageIsInBothReportsAndNamedOnTheOverview() throws Exception {
    for (Path p :
        new Path[] {
          report.multiFile().resolve(DialectPage.HREF),
          report.singleFile().resolveSibling(DialectPage.HREF),
          report.multiFile().resolve("dialect/server-dialect.json")
        }) {
      assertTrue(Files.isRegularFile(p), "Missing " + p);
    }
    String env = Files.readString(report.multiFile().resolve("widgets/environment.json"));
    assertTrue(
        env.contains("EF server dialect"),
        "the Overview's Environment does not name the server dialect page");
    assertTrue(env.contains(DialectPage.HREF), env);
  }

  /**
   * What docs/reports.md and the README say to mail or archive holds the single-file report and
   * every page it links to.
   */
  @Test
  void theArchiveHoldsTheSingleFileReportAndItsPages() throws Exception {
    Map<String, String> entries =
        ReportArchiveTest.entries(report.out.resolve(ReportArchive.FILE_NAME));
    assertEquals(Files.readString(report.singleFile()), entries.get("flowcheck-report/index.html"));
    for (String page :
        new String[] {OverviewLinks.COVERAGE_HREF, "coverage/coverage.json", DialectPage.HREF}) {
      assertTrue(
          entries.containsKey("flowcheck-report/" + page),
          "the zip lacks " + page + ": " + entries.keySet());
    }
    if (Files.isRegularFile(report.singleFile().resolveSibling(UpgradePage.HREF))) {
      assertTrue(
          entries.containsKey("flowcheck-report/" + UpgradePage.HREF), entries.keySet().toString());
    }
  }

  @Test
  void theStepCataloguePageIsInBothReportsAndNamedOnTheOverview() throws Exception {
    for (Path p :
        new Path[] {
          report.multiFile().resolve(StepCataloguePage.HREF),
          report.singleFile().resolveSibling(StepCataloguePage.HREF),
          report.multiFile().resolve("steps/step-catalogue.json")
        }) {
      assertTrue(Files.isRegularFile(p), "Missing " + p);
    }
    String env = Files.readString(report.multiFile().resolve("widgets/environment.json"));
    assertTrue(
        env.contains("Step catalogue"),
        "the Overview's Environment does not name the step catalogue page");
    assertTrue(env.contains(StepCataloguePage.HREF), env);
  }

  @Test
  void executorLinksTheCoveragePageAndNumbersTheBuild() {
    JsonNode executors =
        ReportUnderTest.readJson(report.multiFile().resolve("widgets/executors.json"));
    assertEquals(OverviewLinks.COVERAGE_HREF, executors.get(0).path("buildUrl").asString());
    assertEquals(
        report.source.getProperty("buildOrder"), executors.get(0).path("buildOrder").asString());
  }

  @Test
  void historyIsKeptPerServerAndSelection() {
    Path root = ReportUnderTest.history();
    Path store = Path.of(report.source.getProperty("historyStore"));
    assertEquals(root, store.getParent(), "one folder per server and selection under " + root);
    HistoryKey key = HistoryKey.of(Path.of(report.source.getProperty("results")));
    assertTrue(
        store.getFileName().toString().endsWith(key.dirName()), store + " is not keyed by " + key);
    JsonNode trend = ReportUnderTest.readJson(store.resolve("history-trend.json"));
    assertTrue(trend.size() >= 1, "No trend kept in " + store);
    assertEquals(
        report.source.getProperty("buildOrder"),
        trend.get(0).path("buildOrder").asString(),
        "the newest trend point is this build");
  }

  /**
   * The fixtures hold one failure of each kind we categorise. The report above is built from them
   * only when this module is built alone; in the reactor it shows a real run, which normally has no
   * failures. So the fixtures get a small report of their own here, and this check runs in every
   * build.
   */
  @Test
  void fixtureFailuresLandInTheirCategories(@TempDir Path work) throws IOException {
    Path results = work.resolve("allure-results");
    Dirs.copyTree(
        Path.of(System.getProperty("reports.fixtures")).resolve("allure-results"),
        results,
        Set.of("history", "categories.json", "executor.json"));
    CategoriesWriter.write(results, ReportUnderTest.JSON);
    Path generated = work.resolve("allure-report");
    try (AllureGenerator allure = new AllureGenerator(allureHome(), work.resolve("allure.log"))) {
      allure.generate(results, generated);
    }

    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode c :
        ReportUnderTest.readJson(generated.resolve("data/categories.json")).path("children")) {
      counts.put(c.path("name").asString(), c.path("children").size());
    }
    assertEquals(
        Map.of("The server answered differently", 1, "The server failed (5xx)", 1), counts);
  }

  /** The Allure command line the build unpacked under target/allure-cli. */
  private static Path allureHome() {
    return Path.of(System.getProperty("reports.allure.home")).toAbsolutePath();
  }
}
