package io.flowcheck.features.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The step lines of a folder of .feature files, in file and line order. A Scenario Outline's lines
 * are matched with the first row of its Examples put in for the {@code <placeholders>}, as Cucumber
 * runs them; the catalogue still shows the line as written.
 */
public final class FeatureLines {
  private static final List<String> KEYWORDS = List.of("Given", "When", "Then", "And", "But", "*");

  /**
   * One step line: the file relative to the folder's parent, its line number, keyword, text as run.
   */
  public record Line(String file, int number, String keyword, String text, String written) {}

  private FeatureLines() {}

  public static List<Line> read(Path folder) {
    List<Line> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
        Path parent = folder.getParent() == null ? folder.getRoot() : folder.getParent();
        String name = parent.relativize(file).toString().replace('\\', '/');
        lines.addAll(read(name, Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the features in " + folder, e);
    }
    return lines;
  }

  static List<Line> read(String name, List<String> text) {
    List<Line> lines = new ArrayList<>();
    Map<String, String> firstExample = Map.of();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      if (line.startsWith("Scenario Outline:") || line.startsWith("Scenario Template:")) {
        firstExample = firstExampleAfter(text, i);
      } else if (line.startsWith("Scenario:") || line.startsWith("Example:")) {
        firstExample = Map.of();
      }
      int space = line.indexOf(' ');
      if (space > 0 && KEYWORDS.contains(line.substring(0, space))) {
        String written = line.substring(space + 1).strip();
        String run = written;
        for (Map.Entry<String, String> e : firstExample.entrySet()) {
          run = run.replace("<" + e.getKey() + ">", e.getValue());
        }
        lines.add(new Line(name, i + 1, line.substring(0, space), run, written));
      }
    }
    return lines;
  }

  /** The header and first row of the first Examples table after line {@code from}. */
  private static Map<String, String> firstExampleAfter(List<String> text, int from) {
    List<List<String>> rows = new ArrayList<>();
    boolean inExamples = false;
    for (int i = from + 1; i < text.size() && rows.size() < 2; i++) {
      String line = text.get(i).strip();
      if (line.startsWith("Examples:") || line.startsWith("Scenarios:")) {
        inExamples = true;
      } else if (inExamples && line.startsWith("|")) {
        rows.add(cells(line));
      } else if (line.startsWith("Scenario") || line.startsWith("Example:")) {
        break;
      }
    }
    Map<String, String> example = new LinkedHashMap<>();
    if (rows.size() == 2) {
      for (int c = 0; c < Math.min(rows.get(0).size(), rows.get(1).size()); c++) {
        example.put(rows.get(0).get(c), rows.get(1).get(c));
      }
    }
    return example;
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
    return Arrays.stream(inner.split("(?<!\\\\)\\|")).map(String::strip).toList();
  }
}
