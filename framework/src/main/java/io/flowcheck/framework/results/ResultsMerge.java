package io.flowcheck.framework.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Several runs' results folders (the shards of one run, {@code ef.shard=I/N}) as one results folder
 * with the same layout, which the report build then reads as if one run had written it: {@code
 * allure-results/}, {@code cucumber-reports/cucumber.json} and {@code cucumber-junit.xml}, {@code
 * ef-coverage/}, {@code server-dialect.json}, {@code upgrade/summary.*}, {@code
 * flowcheck-summary.properties} (its counts equal those of one unsharded run of the same
 * selection), {@code flowcheck-timings.json}, {@code console.log} and the secret fingerprints.
 *
 * <p>Shards are checked: the same shard twice, or shards of different totals, is one line; a
 * missing shard (2 of 3 given) makes the merged run a failed one, since its scenarios did not run.
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
          "flowcheck-secret-fingerprints.txt",
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
   *     shards do not fit together
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
    List<String> problems = checkShards(folders);
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
      RunFilesMerge.merge(folders, problems, out);
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

  /** One line for shards that cannot belong together; a missing shard is a problem of the run. */
  private static List<String> checkShards(List<ResultFolder> folders) {
    Map<String, Integer> seen = new HashMap<>();
    TreeSet<Integer> totals = new TreeSet<>();
    for (ResultFolder f : folders) {
      if (f.shard().isEmpty()) {
        continue;
      }
      String s = f.shard().get();
      totals.add(Integer.parseInt(s.substring(s.indexOf('/') + 1).trim()));
      if (seen.merge(s, 1, Integer::sum) > 1) {
        throw new IllegalArgumentException(
            "shard " + s + " is given twice: give each shard's results folder once");
      }
    }
    if (totals.size() > 1) {
      throw new IllegalArgumentException(
          "the results come from runs split into different numbers of shards " + totals);
    }
    List<String> problems = new ArrayList<>();
    if (!totals.isEmpty()) {
      int total = totals.first();
      for (int i = 1; i <= total; i++) {
        if (!seen.containsKey(i + "/" + total)) {
          problems.add(
              "shard " + i + "/" + total + " is missing from the merge: its scenarios did not run");
        }
      }
    }
    return problems;
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
