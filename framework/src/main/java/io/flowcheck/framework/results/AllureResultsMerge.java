package io.flowcheck.framework.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The shards' Allure results in one folder, which Allure (its CLI, or Jenkins' Allure plugin) reads
 * as one run: every result and attachment file is copied (their names are UUIDs, so they never
 * collide). Each shard's {@code environment.properties} becomes one: a value all shards share is
 * kept, differing values (the shard, its sandbox project) are listed in shard order.
 */
final class AllureResultsMerge {
  static final String DIR = "allure-results";
  static final String ENVIRONMENT = "environment.properties";

  /** Written by the report build for one run; the report build writes them again. */
  private static final Set<String> NOT_COPIED =
      Set.of(ENVIRONMENT, "executor.json", "categories.json");

  private AllureResultsMerge() {}

  static void merge(List<ResultFolder> folders, Path out) {
    Path target = out.resolve(DIR);
    Map<String, List<String>> environment = new LinkedHashMap<>();
    boolean any = false;
    for (ResultFolder f : folders) {
      Path dir = f.file(DIR);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      any = true;
      copyResults(dir, target);
      Properties env = ResultFolder.properties(dir.resolve(ENVIRONMENT));
      // In the order the run wrote them, as far as Properties keeps it: sorted for stability.
      env.stringPropertyNames().stream()
          .sorted()
          .forEach(
              k -> {
                List<String> values = environment.computeIfAbsent(k, x -> new ArrayList<>());
                if (!values.contains(env.getProperty(k))) {
                  values.add(env.getProperty(k));
                }
              });
    }
    if (!any) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    environment.forEach(
        (k, values) ->
            sb.append(k)
                .append(" = ")
                .append(String.join(", ", values).replace("\\", "\\\\"))
                .append('\n'));
    try {
      Files.createDirectories(target);
      Files.writeString(target.resolve(ENVIRONMENT), sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target.resolve(ENVIRONMENT), e);
    }
  }

  private static void copyResults(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && !NOT_COPIED.contains(name)) {
          Path dest = to.resolve(name);
          if (Files.exists(dest)) {
            throw new IllegalArgumentException(
                "two results folders hold the same Allure file "
                    + name
                    + ": the same run was given twice?");
          }
          Files.copy(file, dest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the Allure results of " + from, e);
    }
  }
}
