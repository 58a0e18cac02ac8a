package io.flowcheck.features.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The step lines of a folder of .feature files, in file and line order. */
public final class FeatureLines {
  private static final List<String> KEYWORDS = List.of("Given", "When", "Then", "And", "But", "*");

  /** One step line: the file relative to the folder's parent, its line number, keyword and text. */
  public record Line(String file, int number, String keyword, String text) {}

  private FeatureLines() {}

  public static List<Line> read(Path folder) {
    List<Line> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
        String name = folder.getParent().relativize(file).toString().replace('\\', '/');
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < text.size(); i++) {
          String line = text.get(i).strip();
          int space = line.indexOf(' ');
          if (space > 0 && KEYWORDS.contains(line.substring(0, space))) {
            lines.add(new Line(name, i + 1, line.substring(0, space), line.substring(space + 1).strip()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the features in " + folder, e);
    }
    return lines;
  }
}
