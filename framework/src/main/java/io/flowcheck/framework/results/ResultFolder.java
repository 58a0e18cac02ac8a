package io.flowcheck.framework.results;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.ShardOfRun;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * One run's results folder, laid out like the features module's results archive: {@code
 * allure-results/}, {@code cucumber-reports/}, {@code ef-coverage/}, {@code upgrade/}, {@code
 * server-dialect.json}, {@code flowcheck-summary.properties}, {@code console.log} and so on.
 *
 * @param record which shard of which run it holds, or empty for an unsharded run
 */
record ResultFolder(Path dir, Optional<ShardOfRun> record) {

  /** The folder, checked: one line naming it when it holds no results of a run. */
  static ResultFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no results folder " + dir.toAbsolutePath());
    }
    if (!Files.exists(dir.resolve(RunSummary.FILE))
        && !Files.exists(dir.resolve(RunSummary.SHARD_FILE))
        && !Files.exists(dir.resolve(RunSummary.FAILURE_FILE))
        && !Files.isDirectory(dir.resolve("cucumber-reports"))) {
      throw new IllegalArgumentException(
          dir.toAbsolutePath()
              + " holds no results of a run (no "
              + RunSummary.FILE
              + ", "
              + RunSummary.SHARD_FILE
              + " or cucumber-reports/): give the folder a run wrote its results into");
    }
    return new ResultFolder(dir, ShardOfRun.read(dir));
  }

  /** The shard it ran ({@code 2/3}), or empty for an unsharded run. */
  Optional<String> shard() {
    return record.map(r -> r.shard().toString());
  }

  /** A shard that got no scenario of the selection: it ran nothing, by design. */
  boolean isEmptyShard() {
    return record.map(r -> r.scenarios() == 0).orElse(false);
  }

  Path file(String relative) {
    return dir.resolve(relative);
  }

  boolean has(String relative) {
    return Files.exists(dir.resolve(relative));
  }

  /** How it is named in merged text: {@code shard 2/3}, or the folder's name. */
  String label() {
    return shard().map(s -> "shard " + s).orElse(dir.getFileName().toString());
  }

  static Properties properties(Path file) {
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return p;
  }
}
