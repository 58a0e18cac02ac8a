package io.flowcheck.framework.model;

import java.util.Map;

/** An artifact, named {@code groupId:artifactKey}. */
public record Artifact(
    String artifactId,
    String artifactName,
    String groupId,
    String artifactKey,
    String description,
    Map<String, String> fields)
    implements EfObject {

  public Artifact {
    fields = Map.copyOf(fields);
  }
}
