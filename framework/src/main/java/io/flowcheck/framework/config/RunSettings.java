package io.flowcheck.framework.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The settings of the run as a whole, apart from how to reach the server: its id, where its files
 * go, how strict it is, whether it checks an upgrade and which scenarios it picked.
 *
 * @param profile the profile read, or null
 * @param failFlaky whether a scenario that passed only thanks to a retry fails the run
 * @param assumptionsStrict whether a scenario whose assumed server behaviour was not confirmed
 *     fails the run (true) or is reported as "not confirmed on this server" (false)
 * @param outputDir {@code flowcheck.output.dir}: coverage, secret fingerprints, summaries
 * @param allureResultsDir {@code allure.results.directory}: where Allure writes its results
 * @param tagFilter the Cucumber tag filter, recorded, not applied: Cucumber applies it
 * @param staleSandboxes {@code ef.sandbox.stale-after} and {@code ef.sandbox.sweep}: what the run
 *     does at start with sandboxes earlier runs left behind
 * @param shards {@code ef.shard} and {@code ef.shard.timings}: which share of the scenarios runs
 */
public record RunSettings(
    String runId,
    String profile,
    boolean failFlaky,
    boolean assumptionsStrict,
    Path outputDir,
    Path allureResultsDir,
    UpgradeSettings upgrade,
    TagFilter tagFilter,
    StaleSandboxes staleSandboxes,
    ShardSettings shards) {

  public RunSettings {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(allureResultsDir, "allureResultsDir");
    Objects.requireNonNull(upgrade, "upgrade");
    Objects.requireNonNull(tagFilter, "tagFilter");
    Objects.requireNonNull(staleSandboxes, "staleSandboxes");
    Objects.requireNonNull(shards, "shards");
  }

  /** The same settings with the tag filter a command line option gave, named after that option. */
  public RunSettings withTagFilter(TagFilter given) {
    return new RunSettings(
        runId,
        profile,
        failFlaky,
        assumptionsStrict,
        outputDir,
        allureResultsDir,
        upgrade,
        given,
        staleSandboxes,
        shards);
  }
}
