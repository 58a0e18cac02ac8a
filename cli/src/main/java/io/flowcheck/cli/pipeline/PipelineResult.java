package io.flowcheck.cli.pipeline;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one pass of the pipeline gives: the run's counts (not confirmed scenarios included), its
 * failed scenarios, what it could not delete, where its reports are, and the verdict.
 *
 * @param reports the outputs a person opens, by name ({@code Allure report}, ...), that exist
 * @param exitCode 0 passed, 1 failed
 * @param verdictLine the one line the pipeline ends with
 */
public record PipelineResult(
    int passed,
    int failed,
    int notConfirmed,
    int skipped,
    int total,
    List<String> failures,
    List<String> leftovers,
    Map<String, Path> reports,
    int exitCode,
    String verdictLine) {
  public PipelineResult {
    failures = List.copyOf(failures);
    leftovers = List.copyOf(leftovers);
    reports = Map.copyOf(reports);
  }

  static PipelineResult of(RunSummary run, Verdict verdict, Map<String, Path> reports) {
    return new PipelineResult(
        run.passed(),
        run.failed(),
        run.notConfirmed(),
        run.skipped(),
        run.total(),
        run.failures(),
        run.leftovers(),
        reports,
        verdict.status(),
        verdict.line());
  }
}
