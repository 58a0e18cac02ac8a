package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.PropertySheet;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a property path points: the sheet it starts from, its segments, and the path as the caller
 * wrote it (for error messages). A path starting with '/' is absolute ({@code /projects/P/a/b},
 * {@code /artifacts/g:k/a}, {@code /artifactVersions/g:k:v/a}); anything else is relative to the
 * sheet chosen by a locator argument.
 */
record PropertyLocation(
    PropertySheet root, List<String> segments, String displayPath, String where) {

  static PropertyLocation resolve(EfStore store, EfCall call, String path) {
    List<String> segments = split(path);
    if (segments.isEmpty()) {
      throw EfError.missingArgument("propertyName");
    }
    if (!path.startsWith("/")) {
      Located located = locatorSheet(store, call);
      return new PropertyLocation(located.sheet(), segments, path, located.where());
    }
    if (segments.size() < 3) {
      throw EfError.notFound(
          "NoSuchProperty", "Invalid property path '" + path + "': no property named");
    }
    PropertySheet root =
        switch (segments.get(0)) {
          case "projects" -> Lookups.project(store, segments.get(1)).sheet();
          case "artifacts" -> Lookups.artifact(store, segments.get(1)).sheet();
          case "artifactVersions" -> Lookups.artifactVersion(store, segments.get(1)).sheet();
          default ->
              throw EfError.notFound("NoSuchProperty", "Invalid property path '" + path + "'");
        };
    return new PropertyLocation(root, segments.subList(2, segments.size()), path, "");
  }

  /**
   * The sheet of the object named by projectName, artifactVersionName, artifactName or
   * propertySheetId.
   */
  static Located locatorSheet(EfStore store, EfCall call) {
    if (call.has("projectName")) {
      String name = call.arg("projectName");
      return new Located(Lookups.project(store, name).sheet(), " in project '" + name + "'");
    }
    if (call.has("artifactVersionName")) {
      String name = call.arg("artifactVersionName");
      return new Located(
          Lookups.artifactVersion(store, name).sheet(), " in artifact version '" + name + "'");
    }
    if (call.has("artifactName")) {
      String name = call.arg("artifactName");
      return new Located(Lookups.artifact(store, name).sheet(), " in artifact '" + name + "'");
    }
    if (call.has("propertySheetId")) {
      String id = call.arg("propertySheetId");
      return new Located(Lookups.propertySheet(store, id), " in property sheet '" + id + "'");
    }
    throw EfError.badRequest(
        "MissingArgument",
        "'projectName' (or artifactName, artifactVersionName, propertySheetId) is required"
            + " unless the property path is absolute, e.g. /projects/Default/myProperty");
  }

  String name() {
    return segments.get(segments.size() - 1);
  }

  List<String> parentSegments() {
    return segments.subList(0, segments.size() - 1);
  }

  EfError noSuchProperty() {
    return EfError.notFound(
        "NoSuchProperty", "Property '" + displayPath + "' does not exist" + where);
  }

  private static List<String> split(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  record Located(PropertySheet sheet, String where) {}
}
