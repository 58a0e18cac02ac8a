package io.flowcheck.runner.sandbox;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.runner.cleanup.Leftovers;

/** Creates the run's sandbox project, registered for deletion first, so it goes even if the create half-succeeds. */
public final class SandboxSetup {
  private SandboxSetup() {}

  public static void create(Sandbox sandbox, String runId, EfClient client, Leftovers leftovers) {
    String name = sandbox.projectName();
    leftovers.created("sandbox project " + name, () -> client.projects().delete(name));
    try {
      client.projects().create(name, "flowcheck run " + runId + "; deleted at the end of the run");
    } catch (EfApiException e) {
      throw new IllegalStateException(
          "Test setup problem: cannot create the sandbox project " + name + ": " + e.getMessage(), e);
    }
  }
}
