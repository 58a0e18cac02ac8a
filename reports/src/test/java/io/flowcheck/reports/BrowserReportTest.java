package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * Opens the rendered reports in real headless Chromium and checks what a person would see.
 * Screenshots land in target/fixture-report/screenshots/. The tests run two at a time (each page is
 * a Chromium of its own, with its own profile) and only read the report, which is built once.
 */
@Timeout(300)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Chromium.CHILD_PROCESSES, mode = ResourceAccessMode.READ)
class BrowserReportTest {

  /**
   * Each expanded Suites group costs one Chromium run (~1.5 s); past this many, names are only
   * looked up.
   */
  private static final int MAX_GROUP_PAGES = 30;

  private static Chromium chromium;
  private static ReportUnderTest report;
  private static StaticServer server;
  private static Path screenshots;

  @BeforeAll
  static void serveReport() throws IOException {
    chromium = Chromium.require();
    report = new ReportUnderTest();
    screenshots = report.out.resolve("screenshots");
    server = new StaticServer(report.multiFile());
    System.out.println(
        "[browser] Checking the report built from the "
            + report.source.getProperty("source")
            + " ("
            + report.features.size()
            + " features, "
            + report.scenarios.size()
            + " scenarios)");
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void overviewShowsTheRunAndLinksTheCoveragePage() {
    String url = server.url("#");
    String dom = chromium.dumpDomAndScreenshot(url, screenshots.resolve("overview.png"));
    String text = ReportUnderTest.text(dom);
    assertTrue(
        text.contains(report.scenarios.size() + " test cases")
            || text.contains(report.scenarios.size() + " test case"),
        "Overview does not count " + report.scenarios.size() + " test cases");
    assertTrue(
        dom.contains("href=\"" + OverviewLinks.COVERAGE_HREF + "\""),
        "Overview has no link to " + OverviewLinks.COVERAGE_HREF + " (Executors widget)");
    assertTrue(text.contains("EF API coverage"), "Overview does not mention EF API coverage");
    // The Suites and Features widgets list only the first few; the Suites test checks every
    // feature.
    assertTrue(
        report.features.stream().anyMatch(text::contains),
        "Overview shows none of " + report.features);
  }

  @Test
  void suitesShowEveryFeatureAndScenario() {
    Map<String, List<ReportUnderTest.Leaf>> groups = report.suiteLeavesByGroup();
    Set<String> seenExpanded = new LinkedHashSet<>();
    String anyText = "";
    int pages = 0;
    for (Map.Entry<String, List<ReportUnderTest.Leaf>> group : groups.entrySet()) {
      if (pages++ >= MAX_GROUP_PAGES) {
        break;
      }
      ReportUnderTest.Leaf first = group.getValue().get(0);
      String dom = chromium.dumpDom(server.url("#suites/" + group.getKey() + "/" + first.uid()));
      // Collapsed groups keep their tests in the DOM, hidden; only an expanded group shows them.
      assertTrue(
          Pattern.compile("node__expanded\"\\s+data-uid=\"" + Pattern.quote(group.getKey()) + "\"")
              .matcher(dom)
              .find(),
          "Suites group " + group.getKey() + " did not expand");
      String text = ReportUnderTest.text(dom);
      for (ReportUnderTest.Leaf leaf : group.getValue()) {
        assertTrue(
            text.contains(leaf.name()), "Scenario '" + leaf.name() + "' not shown in its group");
        seenExpanded.add(leaf.name());
      }
      anyText = text;
    }
    for (String feature : report.features) {
      assertTrue(anyText.contains(feature), "Suites tree does not show feature '" + feature + "'");
    }
    if (groups.size() <= MAX_GROUP_PAGES) {
      Set<String> missing = new LinkedHashSet<>(report.scenarios);
      missing.removeAll(seenExpanded);
      assertTrue(missing.isEmpty(), "Scenarios not shown in the Suites tree: " + missing);
    }
  }

  @Test
  void aStepShowsItsHttpRequestAttachment() throws Exception {
    String[] found = report.testWithRequestAttachment();
    String testUid = found[0];
    String parentUid =
        report.suiteLeavesByGroup().entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(l -> l.uid().equals(testUid)))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    String testUrl = server.url("#suites/" + parentUid + "/" + testUid);
    String testDom =
        chromium.dumpDomAndScreenshot(testUrl, screenshots.resolve("test-with-steps.png"));
    assertTrue(testDom.contains("attachment-row__name"), "The test page lists no attachments");

    // ?attachment= opens the attachment the way a click on it does: in a modal titled with its
    // name.
    String attachmentUrl = testUrl + "/overview?attachment=" + found[1];
    String dom =
        chromium.dumpDomAndScreenshot(attachmentUrl, screenshots.resolve("request-attachment.png"));
    assertTrue(
        Pattern.compile("modal__title\">\\s*<span>Request[^<]*</span>").matcher(dom).find(),
        "The Request attachment did not open");
    assertTrue(
        dom.contains("data/attachments/" + found[2]),
        "The Request modal does not load its content");
    String body = get(server.url("data/attachments/" + found[2]));
    assertTrue(
        Pattern.compile("\\b(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\b").matcher(body).find(),
        "The Request attachment shows no HTTP method");
  }

  @Test
  void singleFileReportRendersFromFile() {
    String url = report.singleFile().toUri() + "#suites";
    String text =
        ReportUnderTest.text(
            chromium.dumpDomAndScreenshot(url, screenshots.resolve("single-file.png")));
    for (String feature : report.features) {
      assertTrue(
          text.contains(feature),
          "Single-file report (file://) does not show feature '" + feature + "'");
    }
    assertTrue(text.contains("Suites"), "Single-file report did not render its Suites view");
  }

  @Test
  void coveragePageShowsItsTablesFromTheReport() {
    JsonNode coverage = ReportUnderTest.readJson(report.coverage().resolve("coverage.json"));
    String url = server.url("coverage/index.html");
    String dom = chromium.dumpDomAndScreenshot(url, screenshots.resolve("coverage.png"));
    if (!coverage.path("available").asBoolean()) {
      assertTrue(
          ReportUnderTest.text(dom).contains(coverage.path("note").asString()),
          "Coverage page does not explain why it has no data");
      return;
    }
    assertTrue(
        dom.contains("<table id=\"called\""), "Coverage page has no table of called operations");
    assertTrue(
        dom.contains("<table id=\"never-called\""),
        "Coverage page has no table of never-called operations");
    String text = ReportUnderTest.text(dom);
    for (JsonNode used : coverage.path("called")) {
      String op = used.path("method").asString() + " " + used.path("pathTemplate").asString();
      assertTrue(text.contains(op), "Coverage page does not list " + op);
    }
    for (JsonNode never : coverage.path("neverCalled")) {
      assertTrue(
          text.contains(never.path("pathTemplate").asString()),
          "Coverage page does not list never-called " + never.path("pathTemplate").asString());
    }
  }

  @Test
  void serverDialectPageShowsEveryAssumption() {
    Path json = report.multiFile().resolve("dialect/server-dialect.json");
    assertTrue(
        java.nio.file.Files.isRegularFile(json), "No server dialect page in the report: " + json);
    String url = server.url(DialectPage.HREF);
    String dom = chromium.dumpDomAndScreenshot(url, screenshots.resolve("server-dialect.png"));
    assertTrue(
        dom.contains("<table id=\"assumptions\""),
        "Server dialect page has no table of assumptions");
    String text = ReportUnderTest.text(dom);
    for (JsonNode a : ReportUnderTest.readJson(json).path("assumptions")) {
      assertTrue(
          text.contains(a.path("name").asString() + " " + a.path("verdict").asString()),
          "Server dialect page does not show "
              + a.path("name").asString()
              + " as "
              + a.path("verdict").asString());
    }
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), "GET " + url);
    return r.body();
  }
}
