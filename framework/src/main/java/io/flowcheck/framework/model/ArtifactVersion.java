package io.flowcheck.framework.model;

import java.util.Map;

/** One published version of an artifact, named {@code groupId:artifactKey:version}. */
public record ArtifactVersion(
    String artifactVersionId,
    String artifactVersionName,
    String artifactName,
    String version,
    String state,
    String repositoryName,
    Map<String, String> fields)
    implements EfObject {

  public ArtifactVersion {
    fields = Map.copyOf(fields);
  }
}
