package io.flowcheck.framework.results;

import io.flowcheck.framework.secrets.SecretFingerprints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Several runs' results folders (the shards of one run, {@code ef.shard=I/N}) as one results folder
 * with the same layout, which the report build then reads as if one run had written it: {@code
 * allure-results/}, {@code cucumber-reports/cucumber.json} and {@code cucumber-junit.xml}, {@code
 * ef-coverage/}, {@code server-dialect.json}, {@code upgrade/summary.*}, {@code
 * flowcheck-summary.properties} (its counts equal those of one unsharded run of the same
 * selection), {@code flowcheck-timings.json} and {@code console.log}; never the shards' secret
 * fingerprints ({@link RunFilesMerge}).
 *
 * <p>Only one run is merged ({@link ShardsOfOneRun}): every shard of it, each once, as its {@code
 * flowcheck-shard.properties} says. A missing, doubled or foreign shard is one line, and nothing is
 * merged. A shard that did not get to its end makes the merged run a failed one.
 */
public final class ResultsMerge {
  /** What a merge writes, and so removes first from {@code out}; nothing else there is touched. */
  private static final List<String> WRITTEN =
      List.of(
          "allure-results",
          "cucumber-reports",
          "ef-coverage",
          "upgrade",
          "server-dialect.json",
          "flowcheck-summary.properties",
          "flowcheck-shards.properties",
          "flowcheck-run-failure.txt",
          "flowcheck-timings.json",
          // Not written, but a fingerprint file an older merge left in out goes too.
          SecretFingerprints.FILE_NAME,
          "console.log",
          "step-catalogue.json",
          "step-catalogue.md");

  private ResultsMerge() {}

  /**
   * Merges {@code resultFolders} into {@code out} (created if need be; the files a merge writes are
   * replaced, anything else in it is left alone).
   *
   * @return the shards merged, e.g. {@code [1/3, 2/3, 3/3]}; empty for unsharded runs
   * @throws IllegalArgumentException with one line when a folder is no results folder, or the
   *     folders are not every shard of one run, each once
   */
  public static List<String> merge(List<Path> resultFolders, Path out) {
    if (resultFolders.isEmpty()) {
      throw new IllegalArgumentException("give at least one results folder to merge");
    }
    List<ResultFolder> folders = new ArrayList<>();
    for (Path p : resultFolders) {
      folders.add(ResultFolder.open(p));
    }
    folders.sort(java.util.Comparator.comparing(ResultFolder::shard, ResultsMerge::byShard));
    ShardsOfOneRun.check(folders);
    try {
      Files.createDirectories(out);
      for (String earlier : WRITTEN) {
        deleteTree(out.resolve(earlier));
      }
      AllureResultsMerge.merge(folders, out);
      CucumberJsonMerge.merge(folders, out);
      JunitXmlMerge.merge(folders, out);
      CoverageMerge.merge(folders, out);
      DialectMerge.merge(folders, out);
      UpgradeSummaryMerge.merge(folders, out);
      RunFilesMerge.merge(folders, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge into " + out + ": " + e.getMessage(), e);
    }
    return folders.stream().flatMap(f -> f.shard().stream()).toList();
  }

  /** Shards in order (1/3, 2/3, ...), unsharded runs after them. */
  private static int byShard(java.util.Optional<String> a, java.util.Optional<String> b) {
    return Integer.compare(
        a.map(ResultsMerge::index).orElse(Integer.MAX_VALUE),
        b.map(ResultsMerge::index).orElse(Integer.MAX_VALUE));
  }

  private static int index(String shard) {
    return Integer.parseInt(shard.substring(0, shard.indexOf('/')).trim());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
