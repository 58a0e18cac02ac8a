package io.flowcheck.framework.run;

import io.flowcheck.framework.config.Shard;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@value #FILE} in a sharded run's output folder, written at discovery: which shard it was, of how
 * many, and of which run. A merge puts shards together only when they are every shard of one run,
 * and so tells a shard of another run (another tag filter, other features, another split) from one
 * of this run.
 *
 * @param scenarios how many scenarios this shard took; 0 makes an empty shard, which passes
 * @param selected how many scenarios the run's tag filter selected, over all shards
 * @param tags the tag filter, empty when every scenario was selected
 * @param selection a fingerprint of the tag filter and the selected scenarios' keys; null in a
 *     record an older flowcheck wrote
 * @param split a fingerprint of which scenario went to which shard (the lock groups and {@code
 *     ef.shard.timings} decide that too); null in a record an older flowcheck wrote
 * @param flowcheck the flowcheck version that ran it, null when unknown (a run outside the jar)
 */
public record ShardOfRun(
    Shard shard,
    int scenarios,
    int selected,
    String tags,
    String selection,
    String split,
    String flowcheck) {
  public static final String FILE = "flowcheck-shard.properties";

  /** Whether an older flowcheck wrote it: then it cannot say which run it belongs to. */
  public boolean isFromOlderFlowcheck() {
    return selection == null || split == null;
  }

  /** Writes {@value #FILE} into {@code dir}, one key a line in a fixed order. */
  public void write(Path dir) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("shard", shard.toString());
    values.put("scenarios", String.valueOf(scenarios));
    values.put("selected", String.valueOf(selected));
    values.put("tags", tags);
    values.put("selection", selection);
    values.put("split", split);
    if (flowcheck != null) {
      values.put("flowcheck", flowcheck);
    }
    StringBuilder text = new StringBuilder();
    values.forEach((k, v) -> text.append(line(k, v)).append('\n'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
  }

  /**
   * The record in {@code dir}, or empty when the run was not sharded (no {@value #FILE}).
   *
   * @throws IllegalArgumentException with one line when the file names no shard
   */
  public static Optional<ShardOfRun> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return Optional.of(
        new ShardOfRun(
            shard(p.getProperty("shard", ""), file),
            number(p, "scenarios", file),
            number(p, "selected", file),
            p.getProperty("tags", ""),
            p.getProperty("selection"),
            p.getProperty("split"),
            p.getProperty("flowcheck")));
  }

  /**
   * A fingerprint of these lines whatever their order: 16 hex digits of the SHA-256 of the sorted
   * lines.
   */
  public static String fingerprint(Collection<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    sorted.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : sorted) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** {@code key=value} escaped as {@link Properties#load} reads it back. */
  private static String line(String key, String value) {
    Properties one = new Properties();
    one.setProperty(key, value);
    StringWriter w = new StringWriter();
    try {
      one.store(w, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
  }

  private static Shard shard(String raw, Path file) {
    String[] parts = raw.trim().split("/");
    try {
      return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + " names no shard (shard=" + raw + ")");
    }
  }

  private static int number(Properties p, String key, Path file) {
    String v = p.getProperty(key, "0").trim();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + " has " + key + "=" + v + ", not a number");
    }
  }
}
