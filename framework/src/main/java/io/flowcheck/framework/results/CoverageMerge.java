package io.flowcheck.framework.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The API coverage of several runs: every exchange each run recorded ({@code exchanges.jsonl}, one
 * line per exchange, so the coverage page's counts are the sums), and the catalogue of operations
 * ({@code operations.json}, the same in every run of one version) once.
 */
final class CoverageMerge {
  static final String DIR = "ef-coverage";

  private CoverageMerge() {}

  static void merge(List<ResultFolder> folders, Path out) {
    List<String> exchanges = new ArrayList<>();
    Path operations = null;
    boolean any = false;
    try {
      for (ResultFolder f : folders) {
        Path dir = f.file(DIR);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        any = true;
        Path lines = dir.resolve("exchanges.jsonl");
        if (Files.isRegularFile(lines)) {
          Files.readAllLines(lines, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .forEach(exchanges::add);
        }
        if (operations == null && Files.isRegularFile(dir.resolve("operations.json"))) {
          operations = dir.resolve("operations.json");
        }
      }
      if (!any) {
        return;
      }
      Path target = out.resolve(DIR);
      Files.createDirectories(target);
      Files.write(target.resolve("exchanges.jsonl"), exchanges, StandardCharsets.UTF_8);
      if (operations != null) {
        Files.copy(operations, target.resolve("operations.json"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge the API coverage into " + out, e);
    }
  }
}
