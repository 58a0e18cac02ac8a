package io.flowcheck.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * flowcheck's side of the race: one folder of features through Cucumber on the JUnit Platform
 * launcher, with the project's glue and the plugins of the main suite (console progress, the
 * suite's queued Allure plugin, Cucumber's HTML/JSON/JUnit files), in this JVM. The server and
 * credentials are the usual {@code ef.*} system properties. Prints one {@link SuiteFigures} line.
 *
 * <pre>java -cp ... io.flowcheck.benchmarks.FlowcheckSuite FEATURES_DIR THREADS OUT_DIR</pre>
 */
public final class FlowcheckSuite {
  private FlowcheckSuite() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: FlowcheckSuite FEATURES_DIR THREADS OUT_DIR");
      System.exit(2);
    }
    long started = System.nanoTime();
    Path out = Path.of(args[2]);
    String threads = args[1];
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectDirectory(args[0]))
            .configurationParameters(
                Map.of(
                    "cucumber.glue", "io.flowcheck.steps",
                    "cucumber.plugin",
                        "io.flowcheck.runner.console.ProgressPlugin,"
                            + " io.flowcheck.steps.AllureReporting:"
                            + out.resolve("allure-results")
                            + ","
                            + " io.flowcheck.runner.files.DeferredHtmlReport:"
                            + out.resolve("cucumber.html")
                            + ", json:"
                            + out.resolve("cucumber.json")
                            + ", junit:"
                            + out.resolve("cucumber-junit.xml"),
                    "cucumber.publish.quiet", "true",
                    "cucumber.execution.parallel.enabled", "true",
                    "cucumber.execution.parallel.config.strategy", "fixed",
                    "cucumber.execution.parallel.config.fixed.parallelism", threads,
                    "cucumber.execution.parallel.config.fixed.max-pool-size", threads))
            .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    TestExecutionSummary figures = summary.getSummary();
    long failed = figures.getTestsFailedCount();
    System.out.println(
        new SuiteFigures(
                (System.nanoTime() - started) / 1_000_000,
                figures.getTestsSucceededCount() + failed,
                failed,
                SuiteFigures.currentHeapPeakBytes())
            .line());
    System.exit(failed == 0 ? 0 : 1);
  }
}
