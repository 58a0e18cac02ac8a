package io.flowcheck.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Which ElectricFlow operations (verb + path template) a run exercised, how often, with which
 * statuses and from which scenarios, and which catalogue operations it never called.
 */
public record CoverageReport(
    boolean available, String note, Totals totals, List<Used> called, List<Operation> neverCalled) {

  /** One entry of operations.json: an operation the framework knows. */
  public record Operation(String operation, String method, String pathTemplate) {
    String key() {
      return method.toUpperCase() + " " + pathTemplate;
    }
  }

  /** One line of exchanges.jsonl: one HTTP exchange made by a scenario. */
  public record Exchange(
      String operation,
      String method,
      String pathTemplate,
      int status,
      String scenario,
      String feature) {}

  public record ScenarioRef(String feature, String scenario) implements Comparable<ScenarioRef> {
    @Override
    public int compareTo(ScenarioRef o) {
      return Comparator.comparing(ScenarioRef::feature)
          .thenComparing(ScenarioRef::scenario)
          .compare(this, o);
    }
  }

  /** An operation the run called, with what it saw. */
  public record Used(
      String operation,
      String method,
      String pathTemplate,
      boolean inCatalogue,
      int calls,
      Map<String, Integer> statuses,
      List<ScenarioRef> scenarios) {}

  public record Totals(
      int catalogue,
      int catalogueCalled,
      int neverCalled,
      int uncatalogued,
      int calls,
      Integer percent) {
    /** A one-line summary, used on the Allure overview and the page header. */
    public String summary() {
      if (catalogue == 0) {
        return called() + " operations called (" + calls + " calls); no catalogue to compare with";
      }
      return catalogueCalled
          + " of "
          + catalogue
          + " operations called ("
          + percent
          + "%), "
          + calls
          + " calls";
    }

    private int called() {
      return catalogueCalled + uncatalogued;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads operations.json and exchanges.jsonl from {@code coverageDir}; missing files give an
   * explained gap.
   */
  public static CoverageReport load(Path coverageDir, Path repoRoot) {
    Path catalogueFile = coverageDir.resolve("operations.json");
    Path exchangesFile = coverageDir.resolve("exchanges.jsonl");
    if (!Files.isRegularFile(exchangesFile)) {
      String note =
          "No exchanges at "
              + ReportInputs.display(exchangesFile, repoRoot)
              + ": the features run recorded no HTTP calls";
      return new CoverageReport(false, note, new Totals(0, 0, 0, 0, 0, null), List.of(), List.of());
    }
    List<Operation> catalogue =
        Files.isRegularFile(catalogueFile) ? readCatalogue(catalogueFile) : List.of();
    String note =
        catalogue.isEmpty()
            ? "No operation catalogue at " + ReportInputs.display(catalogueFile, repoRoot)
            : null;
    return of(catalogue, readExchanges(exchangesFile), note);
  }

  /** Builds the report from already-parsed inputs. */
  public static CoverageReport of(
      List<Operation> catalogue, List<Exchange> exchanges, String note) {
    Map<String, Operation> known = new LinkedHashMap<>();
    catalogue.forEach(op -> known.putIfAbsent(op.key(), op));

    Map<String, List<Exchange>> byOperation = new TreeMap<>();
    for (Exchange e : exchanges) {
      byOperation
          .computeIfAbsent(
              new Operation(e.operation(), e.method(), e.pathTemplate()).key(),
              k -> new ArrayList<>())
          .add(e);
    }

    List<Used> called = new ArrayList<>();
    byOperation.forEach((key, list) -> called.add(used(known.get(key), list)));
    called.sort(Comparator.comparing(Used::pathTemplate).thenComparing(Used::method));

    List<Operation> never = new ArrayList<>();
    known.forEach(
        (key, op) -> {
          if (!byOperation.containsKey(key)) {
            never.add(op);
          }
        });
    never.sort(Comparator.comparing(Operation::pathTemplate).thenComparing(Operation::method));

    int catalogueCalled = known.size() - never.size();
    int uncatalogued = (int) called.stream().filter(u -> !u.inCatalogue()).count();
    Integer percent = known.isEmpty() ? null : Math.round(100f * catalogueCalled / known.size());
    Totals totals =
        new Totals(
            known.size(), catalogueCalled, never.size(), uncatalogued, exchanges.size(), percent);
    return new CoverageReport(true, note, totals, called, never);
  }

  private static Used used(Operation fromCatalogue, List<Exchange> calls) {
    Exchange first = calls.get(0);
    Map<String, Integer> statuses = new TreeMap<>();
    Set<ScenarioRef> scenarios = new TreeSet<>();
    for (Exchange e : calls) {
      statuses.merge(String.valueOf(e.status()), 1, Integer::sum);
      scenarios.add(new ScenarioRef(nullToEmpty(e.feature()), nullToEmpty(e.scenario())));
    }
    String name =
        fromCatalogue != null ? fromCatalogue.operation() : nullToEmpty(first.operation());
    return new Used(
        name,
        first.method().toUpperCase(),
        first.pathTemplate(),
        fromCatalogue != null,
        calls.size(),
        statuses,
        List.copyOf(scenarios));
  }

  private static List<Operation> readCatalogue(Path file) {
    try {
      return JSON.readValue(Files.readString(file), new TypeReference<List<Operation>>() {});
    } catch (IOException | RuntimeException e) {
      throw new ReportException("Unreadable operation catalogue " + file + ": " + oneLine(e));
    }
  }

  private static List<Exchange> readExchanges(Path file) {
    List<Exchange> exchanges = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new ReportException("Could not read " + file + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        exchanges.add(JSON.readValue(line, Exchange.class));
      } catch (RuntimeException e) {
        // A run killed mid-write can leave a torn last line; one bad line must not hide the rest.
        System.out.println(
            "[reports] Skipping unreadable line " + (i + 1) + " of " + file + ": " + oneLine(e));
      }
    }
    return exchanges;
  }

  private static String oneLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Writes coverage.json. */
  public void writeJson(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
    } catch (IOException e) {
      throw new ReportException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }
}
