package io.flowcheck.features.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.flowcheck.features.AllureInto;
import io.flowcheck.features.CapturedConsole;
import io.flowcheck.features.InProcessRun;
import io.flowcheck.features.PinnedSettings;
import io.flowcheck.features.RunFeaturesTest;
import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.upgrade.JsonTree;
import io.flowcheck.simulator.EfSimulator;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import tools.jackson.databind.JsonNode;

/**
 * Proves that a tag-filtered run counts the same scenarios everywhere, and that a filter which
 * cannot select anything stops the run with one line. The suite runs here as surefire runs it:
 * {@link RunFeaturesTest} through the JUnit Platform launcher, whose counts are the ones surefire
 * reports and writes to its XML; the embedded simulator serves it.
 */
@ResourceLock(InProcessRun.LOCK)
class TagFilterCountsTest {
  private static final String SERVER_PASSWORD = "Tag-Filter-Server-Pw-3";

  @TempDir Path out;

  @Test
  void aTagFilteredRunReportsTheSameScenarioCountInEveryOutput() throws IOException {
    TestExecutionSummary launcher = runSuite("@smoke");

    long tests = launcher.getTestsFoundCount();
    assertTrue(tests > 0, "the @smoke run found no test");
    // Before the discovery filter, scenarios outside the filter were reported as skipped tests.
    assertEquals(0, launcher.getTestsSkippedCount(), "skipped tests in the launcher's count");
    assertEquals(tests, consoleCount(), "console summary (flowcheck-summary.properties)");
    assertEquals(
        tests, attribute(out.resolve("cucumber-junit.xml"), "tests"), "Cucumber JUnit XML");
    assertEquals(
        0, attribute(out.resolve("cucumber-junit.xml"), "skipped"), "Cucumber JUnit XML skipped");
    assertEquals(tests, cucumberJsonScenarios(), "Cucumber JSON");
    assertEquals(tests, allureResults(), "Allure results");
  }

  @Test
  void aTagFilterMatchingNoScenarioStopsTheRunWithOneLine() {
    String line = onlyFailure(runSuite("@nosuchtag"));

    assertTrue(
        line.startsWith(
            "no scenario matches the tag filter '@nosuchtag'"
                + " (from -Dcucumber.filter.tags); tags in the features: "),
        line);
    assertTrue(line.contains("@smoke"), line);
    // The verdict says it too, not "does -Dcucumber.filter.tags select any?".
    assertEquals("no scenario ran: " + line, RunSummary.read(out).problem());
  }

  /**
   * Against a server of its own, so that every request the run makes is counted: a broken
   * expression must stop the run before its login, sandbox and sweep.
   */
  @Test
  void aBrokenTagExpressionStopsTheRunWithCucumbersParseErrorBeforeAnyCallToTheServer()
      throws Exception {
    try (EfSimulator server =
        EfSimulator.builder().port(0).http(true).user("admin", SERVER_PASSWORD).start()) {
      TestExecutionSummary summary =
          runSuite(
              "@smoke and",
              Map.of(
                  "ef.server",
                  server.serverUrl(),
                  "ef.password",
                  SERVER_PASSWORD,
                  "ef.auth",
                  "session"));

      String expected =
          "the tag expression '@smoke and' (from -Dcucumber.filter.tags) is not valid: Tag"
              + " expression \"@smoke and\" could not be parsed because of syntax error:"
              + " Expected operand.";
      assertEquals(List.of(), server.loginAttempts(), "logins");
      assertEquals(0, requestsSeenBy(server), "requests the server answered");
      assertEquals(1, summary.getTotalFailureCount(), "the run must fail");
      assertEquals(0, summary.getTestsStartedCount(), "no test may start");
      Throwable failure = summary.getFailures().get(0).getException();
      assertEquals(expected, failure.getMessage());
      assertEquals(0, failure.getStackTrace().length, "a stack trace with the line");
      assertEquals("no scenario ran: " + expected, RunSummary.read(out).problem());
    }
  }

  /** The single failed test of a run that must stop at its start, and its one-line message. */
  private static String onlyFailure(TestExecutionSummary summary) {
    assertEquals(1, summary.getTestsFoundCount(), "only the 'tag filter' test stands for the run");
    assertEquals(1, summary.getTotalFailureCount(), "the run must fail");
    TestExecutionSummary.Failure failure = summary.getFailures().get(0);
    assertEquals("tag filter", failure.getTestIdentifier().getDisplayName());
    String message = failure.getException().getMessage();
    assertFalse(message.contains("\n"), "more than one line: " + message);
    assertEquals(0, failure.getException().getStackTrace().length, "a stack trace with the line");
    return message;
  }

  /**
   * Runs the suite with this tag filter and every output in {@link #out}. The filter is given as
   * the system property, as on the Maven command line; any ef.* or cucumber.* setting of the outer
   * build is hidden meanwhile and the {@link PinnedSettings} are set, so the embedded simulator
   * serves the run.
   */
  private TestExecutionSummary runSuite(String tags) {
    return runSuite(tags, Map.of());
  }

  /** The same against the server {@code settings} name. */
  private TestExecutionSummary runSuite(String tags, Map<String, String> settings) {
    PinnedSettings.requireIsolatedEnvironment();
    Properties saved = (Properties) System.getProperties().clone();
    saved.stringPropertyNames().stream()
        .filter(k -> k.startsWith("cucumber.") || k.startsWith("ef."))
        .forEach(System::clearProperty);
    PinnedSettings.with(settings).forEach(System::setProperty);
    System.setProperty("cucumber.filter.tags", tags);
    System.setProperty("flowcheck.output.dir", out.toString());
    // The run's one-line failure is kept beside this log, where the build's verdict reads it.
    System.setProperty("flowcheck.console.log", out.resolve("console.log").toString());
    try {
      LauncherDiscoveryRequest request =
          LauncherDiscoveryRequestBuilder.request()
              .selectors(selectClass(RunFeaturesTest.class))
              // The suite's own report paths and Allure would mix this run into the build's
              // reports; Allure writes into this run's folder through its own lifecycle.
              .configurationParameters(
                  Map.of(
                      "cucumber.plugin",
                      "io.flowcheck.runner.console.ProgressPlugin, "
                          + AllureInto.class.getName()
                          + ":"
                          + out.resolve("allure-results")
                          + ", json:"
                          + out.resolve("cucumber.json")
                          + ", junit:"
                          + out.resolve("cucumber-junit.xml")))
              .build();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      // A fresh launcher loads the discovery filter from META-INF/services, as surefire's does.
      CapturedConsole.into(
          out.resolve("console.log"),
          () -> {
            LauncherFactory.create().execute(request, listener);
            return null;
          });
      return listener.getSummary();
    } finally {
      System.setProperties(saved);
    }
  }

  /** How many API requests the simulator answered (its admin API's traffic log). */
  private static int requestsSeenBy(EfSimulator server) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.serverUrl() + "/__admin/ef/traffic"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return JsonTree.parse(answer.body()).path("requests").size();
  }

  private long consoleCount() throws IOException {
    Properties summary = new Properties();
    try (Reader in = Files.newBufferedReader(out.resolve("flowcheck-summary.properties"))) {
      summary.load(in);
    }
    return Stream.of("passed", "notConfirmed", "failed", "skipped")
        .mapToLong(k -> Long.parseLong(summary.getProperty(k)))
        .sum();
  }

  /** An attribute of the XML's root element, e.g. {@code tests="11"}. */
  private static long attribute(Path xml, String name) throws IOException {
    String text = Files.readString(xml);
    Matcher m = Pattern.compile("<testsuite[^>]*\\s" + name + "=\"(\\d+)\"").matcher(text);
    assertTrue(m.find(), name + " missing in " + xml);
    return Long.parseLong(m.group(1));
  }

  /** Allure writes one {@code *-result.json} per test case: a scenario, or one example row. */
  private long allureResults() throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("allure-results"))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).count();
    }
  }

  private long cucumberJsonScenarios() {
    JsonNode features = JsonTree.read(out.resolve("cucumber.json"));
    long scenarios = 0;
    for (JsonNode feature : features) {
      for (JsonNode element : feature.path("elements")) {
        if (element.path("type").asString().equals("scenario")) {
          scenarios++;
        }
      }
    }
    return scenarios;
  }
}
