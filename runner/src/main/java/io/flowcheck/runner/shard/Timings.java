package io.flowcheck.runner.shard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@value #FILE}: how long each scenario of a run took, as plain JSON, one object of scenario key
 * ({@link ScenarioKey}) to milliseconds, sorted by key. Every run writes it into its output folder;
 * {@code ef.shard.timings} reads it back to balance the next sharded run. The files of several
 * shards merge into one by putting their entries together.
 */
public final class Timings {
  public static final String FILE = "flowcheck-timings.json";
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Timings() {}

  /** The durations in a timings file; one line naming the file when it is not one. */
  public static Map<String, Long> read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (IOException | JacksonException e) {
      throw new IllegalArgumentException(
          "ef.shard.timings: cannot read " + file + " as a timings file (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "ef.shard.timings: " + file + " is not a timings file (expected {\"scenario\": ms})");
    }
    Map<String, Long> durations = new TreeMap<>();
    root.properties()
        .forEach(
            e -> {
              if (e.getValue().isNumber() && e.getValue().asLong() >= 0) {
                durations.put(e.getKey(), e.getValue().asLong());
              }
            });
    return durations;
  }

  public static void write(Path file, Map<String, Long> durations) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, JSON.writeValueAsString(new TreeMap<>(durations)) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The timings of several runs (shards) in one map; a later file wins for the same key. */
  public static Map<String, Long> merge(Iterable<Path> files) {
    Map<String, Long> all = new TreeMap<>();
    for (Path f : files) {
      if (Files.isRegularFile(f)) {
        all.putAll(read(f));
      }
    }
    return all;
  }
}
