package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.model.Artifact;
import io.flowcheck.simulator.model.ArtifactVersion;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.Project;
import io.flowcheck.simulator.model.PropertySheet;
import io.flowcheck.simulator.model.Repository;

/**
 * Finding objects by name, failing with the server's NoSuch* errors. Call inside the store lock.
 */
final class Lookups {
  private Lookups() {}

  static Project project(EfStore store, String name) {
    return store.project(name).orElseThrow(() -> noSuchProject(name));
  }

  static EfError noSuchProject(String name) {
    return EfError.notFound("NoSuchProject", "Project '" + name + "' does not exist");
  }

  static Artifact artifact(EfStore store, String artifactName) {
    return store
        .artifact(artifactName)
        .orElseThrow(
            () ->
                EfError.notFound(
                    "NoSuchArtifact", "Artifact '" + artifactName + "' does not exist"));
  }

  /**
   * {@code groupId:artifactKey:version}; neither part may contain a colon, so split on the last
   * one.
   */
  static ArtifactVersion artifactVersion(EfStore store, String versionName) {
    EfError missing =
        EfError.notFound(
            "NoSuchArtifactVersion", "Artifact version '" + versionName + "' does not exist");
    int lastColon = versionName.lastIndexOf(':');
    if (lastColon < 0) {
      throw missing;
    }
    return store
        .artifact(versionName.substring(0, lastColon))
        .flatMap(artifact -> artifact.version(versionName.substring(lastColon + 1)))
        .orElseThrow(() -> missing);
  }

  static Repository repository(EfStore store, String name) {
    return store
        .repository(name)
        .orElseThrow(
            () -> EfError.notFound("NoSuchRepository", "Repository '" + name + "' does not exist"));
  }

  static PropertySheet propertySheet(EfStore store, String sheetId) {
    return store
        .findSheet(sheetId)
        .orElseThrow(
            () ->
                EfError.notFound(
                    "NoSuchPropertySheet", "Property sheet '" + sheetId + "' does not exist"));
  }
}
