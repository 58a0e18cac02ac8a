package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.FailOn;
import io.flowcheck.framework.upgrade.ExchangeDiff;
import io.flowcheck.framework.upgrade.Finding;
import io.flowcheck.framework.upgrade.Latency;
import io.flowcheck.framework.upgrade.RecordedExchange;
import io.flowcheck.framework.upgrade.SlowerRule;
import io.flowcheck.framework.upgrade.UpgradeSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page renders what the framework's UpgradeSummary writes, so the two cannot drift apart. */
class UpgradePageTest {

  @TempDir Path tmp;

  private static ExchangeDiff diff(String scenario, int index, List<Finding> findings) {
    RecordedExchange e =
        new RecordedExchange(
            "getProperty", "GET", "/properties/<p>?projectName=P", 200, null, null, null);
    return new ExchangeDiff("properties.feature", scenario, index, e, e, findings);
  }

  /** A summary written by the framework itself: one exchange lost 14 fields, one gained a field. */
  private Path writtenSummary() {
    UpgradeSummary summary =
        new UpgradeSummary(
            new UpgradeSummary.Ends(
                "https://a.example.com", "2024.06.0.1", "https://b.example.com", ""),
            FailOn.REGRESSION);
    List<Finding> many = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      many.add(new Finding(Finding.Kind.FIELD_MISSING, "property.f" + i, "<b>" + i + "</b>", null));
    }
    summary.addScenario(
        "properties.feature › Reading",
        List.of(
            diff("Reading", 1, many),
            diff(
                "Reading",
                2,
                List.of(new Finding(Finding.Kind.FIELD_ADDED, "property.x", null, "new & shiny"))),
            diff("Reading", 3, List.of())),
        true);
    summary.setNotRun(List.of("artifacts.feature › Publishing"));
    summary.write(tmp.resolve("upgrade"));
    return tmp.resolve("upgrade/summary.json");
  }

  @Test
  void showsTheVerdictCountsServersAndEveryDifferenceEscaped() {
    String html = UpgradePage.render(UpgradePage.read(writtenSummary()), "From <the> run");

    assertTrue(html.contains("<h1>ElectricFlow upgrade check: FAILED</h1>"), html);
    assertTrue(
        html.contains(
            "<b>1 regressed, 0 changed, 1 added, 1 unchanged</b> exchanges in 1 scenarios;"
                + " fails on: regression"),
        html);
    assertTrue(
        html.contains(
            "<td>Baseline (before)</td><td>https://a.example.com</td><td>2024.06.0.1</td>"),
        html);
    assertTrue(
        html.contains("<td>This run (after)</td><td>https://b.example.com</td><td>(unknown)</td>"),
        html);
    assertTrue(html.contains("<h2 id=\"regressed\">Regressed (14 causes)</h2>"), html);
    assertTrue(html.contains("<h2 id=\"added\">Added (1 cause)</h2>"), html);
    assertFalse(html.contains("Changed ("), "no section for an outcome without differences");
    assertTrue(
        html.contains(
            "<summary><b><code>f12</code> missing in 1 exchange of 1 operation</b></summary>"),
        html);
    assertTrue(
        html.contains(
            "<li>properties.feature › Reading, exchange 1: "
                + "<code>getProperty GET /properties/&lt;p&gt;?projectName&#61;P</code>: "
                + "field missing property.f12 (was &quot;&lt;b&gt;12&lt;/b&gt;&quot;)</li>"),
        html);
    assertTrue(
        html.contains(
            "<summary><b><code>x</code> added in 1 exchange of 1 operation</b></summary>"),
        html);
    assertTrue(
        html.contains("field added property.x &#61; &quot;new &amp; shiny&quot;</li>"), html);
    assertTrue(html.contains("<h2>In the baseline but not run (1)</h2>"), html);
    assertTrue(html.contains("From &lt;the&gt; run"), html);
    assertFalse(html.contains("<b>1</b>"), "text from the summary must not become markup");
    assertFalse(html.contains("Every exchange answered as in the baseline."), html);
  }

  @Test
  void writesThePageBesideBothSummaryFilesAndNamesTheVerdictInTheHeadline() {
    Path json = writtenSummary();
    assertEquals(json, UpgradePage.summaryIn(tmp));
    UpgradePage.write(json, "run", tmp.resolve("page"));

    assertTrue(Files.isRegularFile(tmp.resolve("page/index.html")));
    assertTrue(Files.isRegularFile(tmp.resolve("page/summary.json")));
    assertTrue(Files.isRegularFile(tmp.resolve("page/summary.md")));
    assertEquals(
        "ElectricFlow upgrade check: FAILED (1 regressed, 0 changed, 1 added, 1 unchanged)",
        UpgradePage.headline(json));
  }

  @Test
  void aRunWithoutDifferencesSaysSo() throws Exception {
    Path json = tmp.resolve("summary.json");
    Files.writeString(
        json,
        "{\"verdict\":\"PASSED\",\"failOn\":\"regression\",\"counts\":{\"unchanged\":3},"
            + "\"scenarios\":2,\"differences\":[]}");
    String html = UpgradePage.render(UpgradePage.read(json), "run");

    assertTrue(html.contains("Every exchange answered as in the baseline."), html);
    assertTrue(html.contains("<b>0 regressed, 0 changed, 0 added, 3 unchanged</b>"), html);
  }

  @Test
  void noSummaryMeansNoPageAndABrokenOneIsOneLineNamingIt() throws Exception {
    assertNull(UpgradePage.summaryIn(tmp));
    Path bad = tmp.resolve("summary.json");
    Files.writeString(bad, "{ not json");
    ReportException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ReportException.class, () -> UpgradePage.headline(bad));
    assertTrue(e.getMessage().startsWith("Could not read " + bad + ": "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  /**
   * 24 exchanges of 8 operations lost {@code owner}: the page shows one cause, the places folded
   * below it.
   */
  @Test
  void oneCauseInManyExchangesIsOneFoldedEntry() {
    UpgradeSummary summary =
        new UpgradeSummary(
            new UpgradeSummary.Ends("https://a", "1", "https://b", "2"), FailOn.REGRESSION);
    for (int op = 1; op <= 8; op++) {
      List<ExchangeDiff> diffs = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        RecordedExchange e =
            new RecordedExchange(
                "getThing" + op, "GET", "/things" + op + "/" + i, 200, null, null, null);
        diffs.add(
            new ExchangeDiff(
                "t.feature",
                "S" + op,
                i,
                e,
                e,
                List.of(
                    new Finding(
                        Finding.Kind.FIELD_MISSING, "thing" + op + ".owner", "admin", null))));
      }
      summary.addScenario("t.feature › S" + op, diffs, true);
    }
    summary.write(tmp.resolve("upgrade"));
    String html = UpgradePage.render(UpgradePage.read(tmp.resolve("upgrade/summary.json")), "run");

    assertTrue(html.contains("<h2 id=\"regressed\">Regressed (1 cause)</h2>"), html);
    assertEquals(1, html.split("<details", -1).length - 1, html);
    assertTrue(html.contains("<code>owner</code> missing in 24 exchanges of 8 operations"), html);
    assertEquals(24, html.split("field missing thing", -1).length - 1, html);
  }

  @Test
  void aSlowerOperationHasItsOwnSection() {
    UpgradeSummary summary =
        new UpgradeSummary(
            new UpgradeSummary.Ends("https://a", "1", "https://b", "2"), FailOn.REGRESSION);
    summary.addScenario("t.feature › S", List.of(), true);
    summary.judgeLatencies(
        java.util.Map.of("getProperty", new Latency(3, 3, 4)),
        java.util.Map.of("getProperty", new Latency(3, 405, 410)),
        SlowerRule.DEFAULT);
    summary.write(tmp.resolve("upgrade"));
    String html = UpgradePage.render(UpgradePage.read(tmp.resolve("upgrade/summary.json")), "run");

    assertTrue(
        html.contains(
            "<h2 id=\"slower\">Slower (1 operation, at least 2x and 50 ms slower at the median)"
                + "</h2>"),
        html);
    assertTrue(
        html.contains(
            "<li><b>getProperty slower: median 3.0 ms -&gt; 405.0 ms (x135.0), p95 4.0 ms -&gt;"
                + " 410.0 ms, 3 -&gt; 3 calls</b></li>"),
        html);
    assertFalse(html.contains("No latencies"), html);
    assertTrue(html.contains("PASSED with differences"), html);
    assertEquals(
        "ElectricFlow upgrade check: PASSED with differences"
            + " (0 regressed, 0 changed, 0 added, 0 unchanged; 1 operation slower)",
        UpgradePage.headline(tmp.resolve("upgrade/summary.json")));
  }

  @Test
  void aBaselineWithoutLatenciesIsNamedOnThePage() {
    UpgradeSummary summary =
        new UpgradeSummary(
            new UpgradeSummary.Ends("https://a", "1", "https://b", "2"), FailOn.REGRESSION);
    summary.judgeLatencies(
        null, java.util.Map.of("getProperty", new Latency(2, 405, 410)), SlowerRule.DEFAULT);
    summary.write(tmp.resolve("upgrade"));
    String html = UpgradePage.render(UpgradePage.read(tmp.resolve("upgrade/summary.json")), "run");
    assertTrue(html.contains("No latencies in this baseline: slower not checked."), html);
    assertFalse(html.contains("id=\"slower\""), html);
  }
}
