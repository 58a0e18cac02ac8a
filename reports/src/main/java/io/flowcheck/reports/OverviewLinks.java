package io.flowcheck.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * Puts the coverage summary where a person looks first, the Allure Overview: the Executors widget
 * shows the build name as a link (to coverage/index.html, copied beside the report's index.html),
 * and the Environment widget gets a plain-text line with the same summary.
 */
public final class OverviewLinks {

  static final String COVERAGE_HREF = "coverage/index.html";

  private OverviewLinks() {}

  /** Writes executor.json; buildOrder numbers the trend points (#1, #2, ...). */
  public static void writeExecutor(
      Path resultsDir,
      String executorName,
      int buildOrder,
      CoverageReport.Totals totals,
      boolean available,
      ObjectMapper json) {
    Map<String, Object> executor = new LinkedHashMap<>();
    executor.put("name", executorName);
    executor.put("type", executorName.equals("Maven") ? "maven" : "flowcheck");
    executor.put("buildOrder", buildOrder);
    executor.put(
        "buildName",
        available ? "EF API coverage: " + totals.summary() : "EF API coverage: no data");
    executor.put("buildUrl", COVERAGE_HREF);
    executor.put("reportName", "flowcheck run #" + buildOrder);
    Path file = resultsDir.resolve("executor.json");
    try {
      Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(executor));
    } catch (IOException e) {
      throw new ReportException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Adds entries in front of the run's environment.properties (server URL, version, ...), keeping
   * the rest: the widget shows only the first five lines until "Show all" is clicked, and its order
   * is the file's.
   */
  public static void prependEnvironment(Path resultsDir, Map<String, String> entries) {
    Path file = resultsDir.resolve("environment.properties");
    StringBuilder lines = new StringBuilder();
    entries.forEach(
        (k, v) -> lines.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
    try {
      if (Files.isRegularFile(file)) {
        lines.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
      Files.writeString(file, lines, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new ReportException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }

  /** java.util.Properties escaping, kept to ASCII so any reader decodes it the same way. */
  private static String escape(String s, boolean key) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || (key && c == ' ')) {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
