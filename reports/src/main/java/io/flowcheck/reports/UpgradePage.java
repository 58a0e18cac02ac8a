package io.flowcheck.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server upgrade check's page: features/target/upgrade/summary.json (the framework's
 * UpgradeSummary, written by a compare run of scripts/upgrade.sh) rendered from {@code
 * templates/upgrade.mustache} as one self-contained HTML page, with the summary files beside it.
 */
public final class UpgradePage {

  static final String HREF = "upgrade/index.html";
  static final String FILE_NAME = "summary.json";

  /** Places listed under one cause, as many as summary.md lists; the rest stay in summary.json. */
  private static final int OCCURRENCES_SHOWN = 50;

  private static final List<String> WORST_FIRST = List.of("regressed", "changed", "added");

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private UpgradePage() {}

  /** The summary of the features run's upgrade comparison, or null when the run made none. */
  public static Path summaryIn(Path featuresTarget) {
    Path json = featuresTarget.resolve("upgrade").resolve(FILE_NAME);
    return Files.isRegularFile(json) ? json : null;
  }

  /**
   * "ElectricFlow upgrade check: FAILED (2 regressed, 0 changed, 1 added, 17 unchanged)", with "; 1
   * operation slower" when one got slower.
   */
  public static String headline(Path summaryJson) {
    Summary summary = read(summaryJson);
    String slower = summary.hasSlower() ? "; " + summary.slowerCount() + " slower" : "";
    return "ElectricFlow upgrade check: "
        + summary.verdict()
        + " ("
        + summary.countsLine()
        + slower
        + ")";
  }

  /**
   * Writes index.html plus copies of summary.json and, when present, summary.md into {@code dir}.
   */
  public static void write(Path summaryJson, String sourceLabel, Path dir) {
    Path markdown = summaryJson.resolveSibling("summary.md");
    boolean hasMarkdown = Files.isRegularFile(markdown);
    Templates.write(
        "upgrade",
        new Page(sourceLabel, hasMarkdown, read(summaryJson)),
        dir.resolve("index.html"));
    try {
      Files.copy(summaryJson, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
      if (hasMarkdown) {
        Files.copy(markdown, dir.resolve("summary.md"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ReportException(
          "Could not write the upgrade page into " + dir + ": " + e.getMessage(), e);
    }
  }

  static String render(Summary summary, String sourceLabel) {
    return Templates.render("upgrade", new Page(sourceLabel, false, summary));
  }

  static Summary read(Path summaryJson) {
    try {
      return JSON.readValue(Files.readString(summaryJson, StandardCharsets.UTF_8), Summary.class);
    } catch (JacksonException e) {
      throw new ReportException("Could not read " + summaryJson + ": " + e.getOriginalMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new ReportException("Could not read " + summaryJson + ": " + e.getMessage(), e);
    }
  }

  record Page(String sourceLabel, boolean hasMarkdown, Summary summary) {}

  /** summary.json as the framework's UpgradeSummary writes it, as far as the page shows it. */
  record Summary(
      String verdict,
      String failOn,
      Map<String, Integer> counts,
      int scenarios,
      End baseline,
      End current,
      List<Difference> differences,
      List<Group> groups,
      List<String> notRun,
      List<String> notInBaseline,
      List<SlowerOperation> slower,
      Boolean latenciesChecked,
      String slowerRule) {

    Summary {
      slower = slower == null ? List.of() : slower;
      counts = counts == null ? Map.of() : counts;
      baseline = baseline == null ? new End(null, null) : baseline;
      current = current == null ? new End(null, null) : current;
      differences = differences == null ? List.of() : differences;
      groups = groups == null ? List.of() : groups;
      notRun = notRun == null ? List.of() : notRun;
      notInBaseline = notInBaseline == null ? List.of() : notInBaseline;
    }

    /** "2 regressed, 0 changed, 1 added, 17 unchanged", as summary.md says it. */
    String countsLine() {
      return count("regressed")
          + " regressed, "
          + count("changed")
          + " changed, "
          + count("added")
          + " added, "
          + count("unchanged")
          + " unchanged";
    }

    private int count(String outcome) {
      return counts.getOrDefault(outcome, 0);
    }

    /**
     * The findings grouped by cause, by outcome, worst first; outcomes without any are left out.
     */
    List<Section> sections() {
      List<Section> sections = new ArrayList<>();
      for (String outcome : WORST_FIRST) {
        List<Group> these = groups.stream().filter(g -> outcome.equals(g.outcome())).toList();
        if (!these.isEmpty()) {
          String title = Character.toUpperCase(outcome.charAt(0)) + outcome.substring(1);
          sections.add(
              new Section(
                  outcome,
                  title,
                  these.size() + (these.size() == 1 ? " cause" : " causes"),
                  these));
        }
      }
      return sections;
    }

    boolean hasSlower() {
      return !slower.isEmpty();
    }

    /** "1 operation", "2 operations": the heading of the slower section. */
    String slowerCount() {
      return slower.size() + (slower.size() == 1 ? " operation" : " operations");
    }

    /**
     * True only when the baseline had no latencies; a summary written before latencies were
     * recorded has no such field and says nothing.
     */
    boolean latenciesNotChecked() {
      return Boolean.FALSE.equals(latenciesChecked);
    }

    /** The scenarios that could not be compared, each list only when it has any. */
    List<Listing> lists() {
      List<Listing> lists = new ArrayList<>();
      if (!notRun.isEmpty()) {
        lists.add(new Listing("In the baseline but not run", notRun.size(), notRun));
      }
      if (!notInBaseline.isEmpty()) {
        lists.add(
            new Listing(
                "Run but not in the baseline (their exchanges count as added)",
                notInBaseline.size(),
                notInBaseline));
      }
      return lists;
    }
  }

  record End(String server, String serverVersion) {
    String serverShown() {
      return orUnknown(server);
    }

    String versionShown() {
      return orUnknown(serverVersion);
    }

    private static String orUnknown(String s) {
      return s == null || s.isEmpty() ? "(unknown)" : s;
    }
  }

  /**
   * A differing exchange; the page shows findings by cause, this only tells whether there are any.
   */
  record Difference(String outcome) {}

  /**
   * One cause, as the framework's FindingGroup writes it: {@code headline} such as "`owner` missing
   * in 24 exchanges of 8 operations", and every exchange that shows it.
   */
  record Group(String outcome, String headline, int exchanges, List<Occurrence> occurrences) {

    Group {
      occurrences = occurrences == null ? List.of() : occurrences;
    }

    /**
     * The headline's field name in Markdown backticks becomes a code span, every part still
     * escaped.
     */
    List<Part> headlineParts() {
      List<Part> parts = new ArrayList<>();
      String[] pieces = headline == null ? new String[0] : headline.split("`", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (!pieces[i].isEmpty()) {
          parts.add(new Part(pieces[i], i % 2 == 1));
        }
      }
      return parts;
    }

    List<Occurrence> occurrencesShown() {
      return occurrences.stream().limit(OCCURRENCES_SHOWN).toList();
    }

    /** How many places are left to summary.json, or null when all are shown. */
    Integer occurrencesNotShown() {
      return occurrences.size() > OCCURRENCES_SHOWN ? occurrences.size() - OCCURRENCES_SHOWN : null;
    }
  }

  record Part(String text, boolean code) {}

  /**
   * One exchange showing a cause; {@code text} is the finding there, e.g. field missing
   * property.owner (was "admin").
   */
  record Occurrence(
      String feature,
      String scenario,
      int index,
      String operation,
      String method,
      String target,
      String text) {}

  /**
   * An operation that got slower, e.g. "getProperty slower: median 3.1 ms -> 412.0 ms (x132.9),
   * ...".
   */
  record SlowerOperation(String operation, String headline) {}

  record Section(String outcome, String title, String count, List<Group> groups) {}

  record Listing(String title, int count, List<String> items) {}
}
