package io.flowcheck.reports;

import io.flowcheck.framework.results.ResultsMerge;
import java.nio.file.Path;
import java.util.List;

/**
 * The report of a sharded run: the shards' results folders (each laid out like the features
 * module's results archive) merged into one folder, which {@link ReportMain} then reads as the
 * results of one run ({@code --features-target}). The merge itself lives in the framework ({@link
 * ResultsMerge}), so the proofs module's sharding test can use it too.
 */
public final class MergedResults {
  private MergedResults() {}

  /**
   * Merges {@code resultFolders} into {@code out}: one Allure results folder, one Cucumber JSON,
   * one JUnit XML, one coverage, server dialect and upgrade summary, one run summary whose counts
   * equal those of an unsharded run of the same selection.
   *
   * @return the shards merged, e.g. {@code [1/3, 2/3, 3/3]}; empty for one unsharded run
   * @throws ReportException with one line, before anything is merged, when a folder holds no
   *     results or the folders are not every shard of one run, each once (a shard missing, given
   *     twice, of another run or written by an older flowcheck)
   */
  public static List<String> merge(List<Path> resultFolders, Path out) {
    try {
      return ResultsMerge.merge(resultFolders, out);
    } catch (IllegalArgumentException e) {
      throw new ReportException(e.getMessage());
    }
  }
}
