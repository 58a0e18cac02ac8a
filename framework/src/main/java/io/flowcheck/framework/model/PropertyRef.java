package io.flowcheck.framework.model;

import java.util.Objects;

/**
 * Where a property lives: a path inside a project ({@code sheet/child} with the {@code projectName}
 * locator), or an absolute path such as {@code /projects/Default/sheet/child}.
 */
public record PropertyRef(String projectName, String path) {

  public PropertyRef {
    Objects.requireNonNull(path, "path");
    if (projectName == null && !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "property path '" + path + "' needs a project, or must be absolute (/projects/P/...)");
    }
  }

  public static PropertyRef inProject(String projectName, String path) {
    return new PropertyRef(Objects.requireNonNull(projectName, "projectName"), path);
  }

  public static PropertyRef absolute(String path) {
    return new PropertyRef(null, path);
  }

  public boolean isAbsolute() {
    return projectName == null;
  }

  /** The same place, written as an absolute path. */
  public String absolutePath() {
    return isAbsolute() ? path : "/projects/" + projectName + "/" + path;
  }

  @Override
  public String toString() {
    return isAbsolute() ? path : path + " in project " + projectName;
  }
}
