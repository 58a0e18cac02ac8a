package io.flowcheck.reports;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server dialect page: features/target/server-dialect.json (written at the end of every
 * features run) as one self-contained HTML page, from {@code templates/dialect.mustache}. For each
 * guess the suite makes about a real server it shows whether this server confirmed it, refuted it
 * (with the server's real answer) or never exercised it, and how the run itself found the version
 * and logged out.
 */
public final class DialectPage {

  static final String HREF = "dialect/index.html";
  static final String FILE_NAME = "server-dialect.json";

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private DialectPage() {}

  /** The run's server-dialect.json, or null when there is none. */
  public static Path fileIn(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? file : null;
  }

  /** "9 confirmed, 2 refuted, 0 not exercised", for the Overview's Environment widget. */
  public static String headline(Path json) {
    return read(json).counts().line();
  }

  /** Writes index.html and a copy of the JSON into {@code dir}. */
  public static void write(Path json, String sourceLabel, Path dir) {
    Templates.write("dialect", new Page(sourceLabel, read(json)), dir.resolve("index.html"));
    try {
      Files.copy(json, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ReportException(
          "Could not write the server dialect page into " + dir + ": " + e.getMessage(), e);
    }
  }

  static String render(Dialect dialect, String sourceLabel) {
    return Templates.render("dialect", new Page(sourceLabel, dialect));
  }

  static Dialect read(Path json) {
    try {
      return JSON.readValue(Files.readString(json, StandardCharsets.UTF_8), Dialect.class);
    } catch (JacksonException e) {
      throw new ReportException("Could not read " + json + ": " + e.getOriginalMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new ReportException("Could not read " + json + ": " + e.getMessage(), e);
    }
  }

  record Page(String sourceLabel, Dialect dialect) {}

  /** server-dialect.json, as far as the page shows it. */
  record Dialect(
      String server,
      String serverVersion,
      boolean strict,
      Counts counts,
      List<Assumption> assumptions,
      Run run) {
    Dialect {
      counts = counts == null ? new Counts(0, 0, 0) : counts;
    }
  }

  record Counts(int confirmed, int refuted, @JsonProperty("not exercised") int notExercised) {
    String line() {
      return confirmed + " confirmed, " + refuted + " refuted, " + notExercised + " not exercised";
    }
  }

  record Assumption(
      String name,
      String verdict,
      String expectation,
      String evidence,
      String missingEvidence,
      List<Refutation> refutedBy,
      List<String> confirmedBy,
      List<String> failedForOtherReasons) {
    /** "not exercised" is CSS class not-exercised. */
    String verdictClass() {
      return verdict == null ? "" : verdict.replace(' ', '-');
    }
  }

  /** A server's answer that contradicted an assumption. */
  record Refutation(
      String source, String method, String target, int status, String code, String message) {
    /** "HTTP 501", or null when the answer had no status (the connection failed). */
    String httpStatus() {
      return status == 0 ? null : "HTTP " + status;
    }
  }

  record Run(Version version, Logout logout) {}

  record Version(String version, String source, List<String> notes) {}

  record Logout(String outcome) {}
}
