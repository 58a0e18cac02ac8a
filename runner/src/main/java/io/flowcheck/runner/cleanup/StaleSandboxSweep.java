package io.flowcheck.runner.cleanup;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.config.StaleSandboxes;
import io.flowcheck.framework.model.Artifact;
import io.flowcheck.framework.model.Project;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.sandbox.SandboxMark;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At start: the sandboxes earlier runs left behind (a run killed with SIGKILL cannot clean up).
 * Only projects named {@code flowcheck-sandbox-*} that carry our {@link SandboxMark} and are older
 * than {@code ef.sandbox.stale-after} count; each gets one line, and with {@code ef.sandbox.sweep}
 * its artifacts (those of the group its mark names) and then the project are deleted. A project
 * without our mark is never touched, whatever its name. Trouble listing or reading is one line,
 * never a failed run: this is housekeeping, not a test.
 */
public final class StaleSandboxSweep {
  static final String PREFIX = "flowcheck-sandbox-";

  private StaleSandboxSweep() {}

  /**
   * @param ownProject this run's sandbox, never a candidate
   * @return the names of the stale sandboxes found (deleted or not)
   */
  public static List<String> run(
      EfClient client, StaleSandboxes policy, String ownProject, Instant now, PrintStream out) {
    return run(client, policy, ownProject, null, now, out);
  }

  /**
   * @param ownProject this run's sandbox, never a candidate
   * @param ownRunId this run's id: a sandbox whose mark carries it belongs to a sibling shard of
   *     this run, running at the same time, and is never a candidate either (even with {@code
   *     ef.sandbox.stale-after=0s}); null to skip only {@code ownProject}
   * @return the names of the stale sandboxes found (deleted or not)
   */
  public static List<String> run(
      EfClient client,
      StaleSandboxes policy,
      String ownProject,
      String ownRunId,
      Instant now,
      PrintStream out) {
    List<Project> projects;
    try {
      projects = client.projects().list();
    } catch (RuntimeException e) {
      out.println(
          "flowcheck: could not look for stale sandboxes (listing projects failed: "
              + e.getMessage()
              + ")");
      return List.of();
    }
    List<String> stale = new ArrayList<>();
    for (Project p : projects) {
      String name = p.projectName();
      if (name == null || !name.startsWith(PREFIX) || name.equals(ownProject)) {
        continue;
      }
      Optional<SandboxMark> mark = readMark(client, name, out);
      if (mark.isEmpty()) {
        continue; // not ours: no flowcheck mark, so not ours to touch
      }
      if (mark.get().runId().equals(ownRunId)) {
        continue; // a sibling shard of this very run, going on right now
      }
      Duration age = Duration.between(mark.get().started(), now);
      if (age.compareTo(policy.staleAfter()) < 0) {
        continue; // may belong to a run that is still going
      }
      stale.add(name);
      String what =
          "stale sandbox "
              + name
              + " from "
              + mark.get().started()
              + " on "
              + mark.get().host()
              + ", "
              + describe(age)
              + " old";
      out.println(
          "flowcheck: "
              + what
              + ": "
              + (policy.sweep()
                  ? delete(client, name, mark.get())
                  : "left (set ef.sandbox.sweep=true to delete)"));
    }
    return stale;
  }

  /** Whole hours, as the threshold is usually set; minutes when younger than an hour. */
  static String describe(Duration age) {
    return age.toHours() >= 1 ? age.toHours() + " h" : Math.max(0, age.toMinutes()) + " min";
  }

  private static Optional<SandboxMark> readMark(EfClient client, String project, PrintStream out) {
    try {
      return SandboxMark.parse(
          client.properties().get(PropertyRef.inProject(project, SandboxMark.PROPERTY)).value());
    } catch (EfApiException e) {
      if (!e.code().startsWith("NoSuch")) {
        out.println(
            "flowcheck: could not read the mark of "
                + project
                + " ("
                + e.getMessage()
                + "); left alone");
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      out.println(
          "flowcheck: could not read the mark of "
              + project
              + " ("
              + e.getMessage()
              + "); left alone");
      return Optional.empty();
    }
  }

  /** Artifacts of the marked group first (the project vouches for them), then the project. */
  private static String delete(EfClient client, String project, SandboxMark mark) {
    try {
      int artifacts = 0;
      for (Artifact a : client.artifacts().list()) {
        if (mark.artifactGroup().equals(a.groupId())
            || a.artifactName() != null
                && a.artifactName().startsWith(mark.artifactGroup() + ":")) {
          deleteIgnoringGone(() -> client.artifacts().delete(a.artifactName()));
          artifacts++;
        }
      }
      deleteIgnoringGone(() -> client.projects().delete(project));
      return "deleted"
          + (artifacts == 0
              ? ""
              : " with " + artifacts + " artifact(s) of " + mark.artifactGroup());
    } catch (RuntimeException e) {
      return "could not delete (" + e.getMessage() + ")";
    }
  }

  private static void deleteIgnoringGone(Runnable delete) {
    try {
      delete.run();
    } catch (EfApiException e) {
      if (!e.code().startsWith("NoSuch")) {
        throw e;
      }
    }
  }
}
