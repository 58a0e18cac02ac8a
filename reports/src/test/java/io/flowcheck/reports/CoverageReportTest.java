package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageReportTest {

  private static final Path FIXTURES =
      Path.of(System.getProperty("reports.fixtures", "src/test/resources/fixtures"));

  @Test
  void countsCallsStatusesAndScenariosPerOperation() {
    CoverageReport r = CoverageReport.load(FIXTURES.resolve("ef-coverage"), Path.of("."));

    assertTrue(r.available());
    assertEquals(new CoverageReport.Totals(7, 3, 4, 0, 8, 43), r.totals());
    CoverageReport.Used login =
        r.called().stream().filter(u -> u.operation().equals("login")).findFirst().orElseThrow();
    assertEquals("POST", login.method());
    assertEquals(5, login.calls());
    assertEquals(Map.of("200", 4, "401", 1), login.statuses());
    assertEquals(5, login.scenarios().size());
    CoverageReport.Used get =
        r.called().stream()
            .filter(u -> u.operation().equals("getProperty"))
            .findFirst()
            .orElseThrow();
    assertEquals(Map.of("200", 1, "500", 1), get.statuses());
    assertEquals(
        List.of(
            "getProjects", "getProject", "deleteProperty", "logout"), // sorted by path, then verb
        r.neverCalled().stream().map(CoverageReport.Operation::operation).toList());
  }

  @Test
  void listsCallsOutsideTheCatalogueSeparately() {
    CoverageReport r =
        CoverageReport.of(
            List.of(
                new CoverageReport.Operation("getProperty", "GET", "/properties/{propertyName}")),
            List.of(
                new CoverageReport.Exchange(
                    "getJob", "get", "/jobs/{jobId}", 200, "Watch a job", "Jobs")),
            null);

    assertEquals(1, r.totals().uncatalogued());
    assertEquals(0, r.totals().percent());
    assertFalse(r.called().get(0).inCatalogue());
    assertEquals("GET", r.called().get(0).method());
  }

  @Test
  void missingExchangesGiveAnExplainedEmptyPage(@TempDir Path dir) {
    CoverageReport r = CoverageReport.load(dir, dir);

    assertFalse(r.available());
    assertEquals(
        "No exchanges at exchanges.jsonl: the features run recorded no HTTP calls", r.note());
    assertTrue(CoverageHtml.render(r, "x").contains(r.note()));
  }

  @Test
  void aTornLineIsSkippedNotFatal(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("exchanges.jsonl"),
        "{\"operation\":\"login\",\"method\":\"POST\",\"pathTemplate\":\"/sessions\",\"status\":200,"
            + "\"scenario\":\"s\",\"feature\":\"f\"}\n{\"operation\":\"lo");

    assertEquals(1, CoverageReport.load(dir, dir).totals().calls());
  }

  @Test
  void htmlIsSelfContainedAndEscaped() {
    CoverageReport r =
        CoverageReport.of(
            List.of(),
            List.of(new CoverageReport.Exchange("x", "GET", "/a/<b>", 200, "S & T", "F")),
            null);
    String html = CoverageHtml.render(r, "src");

    assertTrue(html.contains("/a/&lt;b&gt;"));
    assertTrue(html.contains("S &amp; T"));
    assertFalse(html.contains("<script"));
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external assets");
  }
}
