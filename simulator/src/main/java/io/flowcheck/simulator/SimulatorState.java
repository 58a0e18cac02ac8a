package io.flowcheck.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of what the simulator holds, for assertions in tests. Lists keep the
 * server's order (creation order); {@link #toCanonicalJson()} sorts everything instead.
 */
public record SimulatorState(
    List<Project> projects, List<Artifact> artifacts, int activeSessionCount) {

  public SimulatorState {
    projects = List.copyOf(projects);
    artifacts = List.copyOf(artifacts);
  }

  public Optional<Project> project(String projectName) {
    return projects.stream().filter(p -> p.projectName().equals(projectName)).findFirst();
  }

  public Optional<Artifact> artifact(String artifactName) {
    return artifacts.stream().filter(a -> a.artifactName().equals(artifactName)).findFirst();
  }

  public Optional<ArtifactVersion> artifactVersion(String artifactVersionName) {
    return artifacts.stream()
        .flatMap(a -> a.versions().stream())
        .filter(v -> v.artifactVersionName().equals(artifactVersionName))
        .findFirst();
  }

  /**
   * Deterministic JSON of projects and artifacts (sorted keys, objects sorted by name, ids and
   * timestamps included): two dumps of unchanged data are byte-for-byte equal. The session count is
   * left out on purpose, since logging in or idling is not a change of data.
   */
  public String toCanonicalJson() {
    return CanonicalJson.of(this);
  }

  /** Who created and last changed an object, and when. */
  public record Audit(
      String owner, String lastModifiedBy, Instant createTime, Instant modifyTime) {}

  public record Project(
      String projectId, String projectName, String description, Audit audit, Sheet propertySheet) {}

  public record Sheet(String propertySheetId, List<Property> properties) {
    public Sheet {
      properties = List.copyOf(properties);
    }

    /** A property by relative path, e.g. {@code "sheet/child"}. */
    public Optional<Property> property(String path) {
      Sheet sheet = this;
      Property found = null;
      for (String name : path.split("/")) {
        if (name.isEmpty()) {
          continue;
        }
        if (sheet == null) {
          return Optional.empty();
        }
        found =
            sheet.properties.stream()
                .filter(p -> p.propertyName().equals(name))
                .findFirst()
                .orElse(null);
        if (found == null) {
          return Optional.empty();
        }
        sheet = found.sheet();
      }
      return Optional.ofNullable(found);
    }
  }

  /** A string property (value set, sheet null) or a nested sheet (value null, sheet set). */
  public record Property(
      String propertyId,
      String propertyName,
      String value,
      String description,
      Audit audit,
      Sheet sheet) {
    public boolean isSheet() {
      return sheet != null;
    }
  }

  public record Artifact(
      String artifactId,
      String artifactName,
      String groupId,
      String artifactKey,
      String description,
      String artifactVersionNameTemplate,
      Audit audit,
      Sheet propertySheet,
      List<ArtifactVersion> versions) {
    public Artifact {
      versions = List.copyOf(versions);
    }
  }

  public record ArtifactVersion(
      String artifactVersionId,
      String artifactVersionName,
      String artifactName,
      String version,
      String majorMinorPatch,
      String buildNumber,
      String artifactVersionState,
      String repositoryName,
      String description,
      Audit audit,
      Sheet propertySheet) {}
}
