package io.flowcheck.framework.model;

import java.util.Map;

/** A project; test runs use one as their sandbox. */
public record Project(
    String projectId, String projectName, String description, Map<String, String> fields)
    implements EfObject {

  public Project {
    fields = Map.copyOf(fields);
  }
}
