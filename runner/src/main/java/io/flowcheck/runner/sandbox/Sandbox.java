package io.flowcheck.runner.sandbox;

import io.flowcheck.framework.config.Shard;

/**
 * The names this run owns on the server: one sandbox project and one artifact group, both carrying
 * the run id, so a run never touches data it did not create and two runs never collide.
 */
public record Sandbox(String projectName, String artifactGroup) {

  public static Sandbox forRun(String runId) {
    return new Sandbox("flowcheck-sandbox-" + runId, "flowcheck." + runId);
  }

  /**
   * A shard's own names, {@code flowcheck-sandbox-<run id>-2of3} and {@code flowcheck.<run
   * id>-2of3}: the shards of a run share its id and run at the same time against one server, so
   * each needs names of its own.
   */
  public static Sandbox forRun(String runId, java.util.Optional<Shard> shard) {
    return shard.map(s -> forRun(runId + "-" + s.label())).orElseGet(() -> forRun(runId));
  }

  public String artifactName(String artifactKey) {
    return artifactGroup + ":" + artifactKey;
  }
}
