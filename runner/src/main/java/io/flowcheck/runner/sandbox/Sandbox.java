package io.flowcheck.runner.sandbox;

/**
 * The names this run owns on the server: one sandbox project and one artifact group, both carrying
 * the run id, so a run never touches data it did not create and two runs never collide.
 */
public record Sandbox(String projectName, String artifactGroup) {

  public static Sandbox forRun(String runId) {
    return new Sandbox("flowcheck-sandbox-" + runId, "flowcheck." + runId);
  }

  public String artifactName(String artifactKey) {
    return artifactGroup + ":" + artifactKey;
  }
}
