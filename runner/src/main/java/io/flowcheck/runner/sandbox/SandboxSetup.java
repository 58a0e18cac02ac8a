package io.flowcheck.runner.sandbox;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.cleanup.Leftovers;
import java.time.Instant;

/**
 * Creates the run's sandbox project, registered for deletion first, so it goes even if the create
 * half-succeeds, and marks it as ours ({@link SandboxMark}) so a later run may delete it if this
 * run is killed before its own cleanup.
 */
public final class SandboxSetup {
  private SandboxSetup() {}

  public static void create(Sandbox sandbox, String runId, EfClient client, Leftovers leftovers) {
    String name = sandbox.projectName();
    leftovers.created("sandbox project " + name, () -> client.projects().delete(name));
    SandboxMark mark = SandboxMark.of(sandbox, runId, Instant.now(), SandboxMark.thisHost());
    try {
      client.projects().create(name, "flowcheck run " + runId + "; deleted at the end of the run");
      client.properties().set(PropertyRef.inProject(name, SandboxMark.PROPERTY), mark.value());
    } catch (EfApiException e) {
      throw new IllegalStateException(
          "Test setup problem: cannot create the sandbox project " + name + ": " + e.getMessage(),
          e);
    }
  }
}
