package io.flowcheck.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes Allure's categories.json so failures are grouped by what went wrong with ElectricFlow. The
 * framework's exception messages start with the phrases matched here. Scenarios whose assumption
 * about the server was not confirmed come first: they are skipped, neither passes nor regressions.
 * Allure matches every regex against the whole message with DOTALL and puts a test into every
 * category that matches, so the assertion category excludes the other phrases to keep each failure
 * in one place.
 */
public final class CategoriesWriter {

  static final String SERVER_FAILED = "EF server failure";
  static final String UNREACHABLE = "EF unreachable|EF TLS failure";
  static final String SETUP = "Test setup problem|Cleanup problem";

  /**
   * How the step library ends a scenario whose guess about the server was refuted (it counts as
   * skipped).
   */
  static final String NOT_CONFIRMED = "Not confirmed on this server";

  private static final List<String> FAILED_OR_BROKEN = List.of("failed", "broken");

  private CategoriesWriter() {}

  public static List<Map<String, Object>> categories() {
    return List.of(
        category(NOT_CONFIRMED, NOT_CONFIRMED + ".*", List.of("skipped")),
        category(
            "The server answered differently",
            "(?!.*(" + SERVER_FAILED + "|" + UNREACHABLE + "|" + SETUP + ")).*",
            List.of("failed")),
        category("The server failed (5xx)", ".*" + SERVER_FAILED + ".*", FAILED_OR_BROKEN),
        category(
            "Could not reach or trust the server", ".*(" + UNREACHABLE + ").*", FAILED_OR_BROKEN),
        category("Test setup or cleanup problem", ".*(" + SETUP + ").*", FAILED_OR_BROKEN));
  }

  /** Writes categories.json into the Allure results directory, replacing any from the run. */
  public static Path write(Path resultsDir, ObjectMapper json) {
    Path file = resultsDir.resolve("categories.json");
    try {
      Files.writeString(
          file, json.writerWithDefaultPrettyPrinter().writeValueAsString(categories()));
    } catch (java.io.IOException e) {
      throw new ReportException("Could not write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static Map<String, Object> category(
      String name, String messageRegex, List<String> statuses) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("messageRegex", messageRegex);
    c.put("matchedStatuses", statuses);
    return c;
  }
}
