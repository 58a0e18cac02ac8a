package io.flowcheck.simulator;

import io.flowcheck.simulator.model.Artifact;
import io.flowcheck.simulator.model.ArtifactVersion;
import io.flowcheck.simulator.model.Audit;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.Project;
import io.flowcheck.simulator.model.Property;
import io.flowcheck.simulator.model.PropertySheet;

/**
 * Copies the mutable model into {@link SimulatorState} records; runs under the store's read lock.
 */
final class StateSnapshots {
  private StateSnapshots() {}

  static SimulatorState of(EfStore store, int activeSessions) {
    return store.read(
        s ->
            new SimulatorState(
                s.projects().stream().map(StateSnapshots::project).toList(),
                s.artifacts().stream().map(StateSnapshots::artifact).toList(),
                activeSessions));
  }

  private static SimulatorState.Project project(Project project) {
    return new SimulatorState.Project(
        project.id(),
        project.name(),
        project.description(),
        audit(project.audit()),
        sheet(project.sheet()));
  }

  private static SimulatorState.Artifact artifact(Artifact artifact) {
    return new SimulatorState.Artifact(
        artifact.id(),
        artifact.name(),
        artifact.groupId(),
        artifact.artifactKey(),
        artifact.description(),
        artifact.versionNameTemplate(),
        audit(artifact.audit()),
        sheet(artifact.sheet()),
        artifact.versions().stream().map(StateSnapshots::version).toList());
  }

  private static SimulatorState.ArtifactVersion version(ArtifactVersion version) {
    return new SimulatorState.ArtifactVersion(
        version.id(),
        version.name(),
        version.artifactName(),
        version.version(),
        version.parts().majorMinorPatch(),
        version.parts().buildNumber(),
        version.state(),
        version.repositoryName(),
        version.description(),
        audit(version.audit()),
        sheet(version.sheet()));
  }

  private static SimulatorState.Sheet sheet(PropertySheet sheet) {
    return new SimulatorState.Sheet(
        sheet.id(), sheet.entries().stream().map(StateSnapshots::property).toList());
  }

  private static SimulatorState.Property property(Property property) {
    return new SimulatorState.Property(
        property.id(),
        property.name(),
        property.value(),
        property.description(),
        audit(property.audit()),
        property.isSheet() ? sheet(property.sheet()) : null);
  }

  private static SimulatorState.Audit audit(Audit audit) {
    return new SimulatorState.Audit(
        audit.owner(), audit.lastModifiedBy(), audit.createTime(), audit.modifyTime());
  }
}
