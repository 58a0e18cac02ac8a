package io.flowcheck.cli.pipeline;

import io.flowcheck.framework.run.RunLayout;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where a person finds a run's outputs: the ones that exist, listed before the verdict. */
final class ReportPlaces {
  private static final String ALLURE = "Allure report";

  private ReportPlaces() {}

  /** The outputs of the run in {@code layout} that exist, in the order a person opens them. */
  static Map<String, Path> of(RunLayout layout) {
    Path reports = layout.reports();
    Map<String, Path> all = new LinkedHashMap<>();
    all.put(ALLURE, reports.resolve("allure-report"));
    all.put("one-file report", reports.resolve("allure-report-single/index.html"));
    all.put("API coverage", reports.resolve("coverage/index.html"));
    all.put("upgrade check", reports.resolve("allure-report/upgrade/index.html"));
    all.put("Cucumber report", layout.cucumberHtml());
    all.put("upgrade summary", layout.upgradeSummary());
    all.put("console log", layout.consoleLog());
    all.values().removeIf(path -> !Files.exists(path));
    return all;
  }

  /** Prints {@link #of} under one heading; nothing at all when no output exists. */
  static Map<String, Path> print(RunLayout layout, Entry entry, PrintStream out) {
    Map<String, Path> places = of(layout);
    if (places.isEmpty()) {
      return places;
    }
    Path cwd = Path.of("").toAbsolutePath();
    out.println("flowcheck reports:");
    places.forEach(
        (name, path) ->
            out.printf(
                "  %-17s%s%s%n",
                name,
                path.startsWith(cwd) ? cwd.relativize(path) : path,
                name.equals(ALLURE) ? "   (" + entry.serveHint() + ")" : ""));
    return places;
  }
}
