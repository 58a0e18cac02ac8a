package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.model.Artifact;
import io.flowcheck.simulator.model.ArtifactVersion;
import io.flowcheck.simulator.model.Audit;
import io.flowcheck.simulator.model.Project;
import io.flowcheck.simulator.model.Property;
import io.flowcheck.simulator.model.PropertySheet;
import io.flowcheck.simulator.model.Repository;
import io.flowcheck.simulator.model.Times;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Model objects rendered as the server's JSON objects (every scalar a string). Called inside the
 * store lock, so the maps are detached copies that are safe to serialize later.
 */
final class JsonViews {
  private JsonViews() {}

  /** The property with its stored (raw) value. */
  static Map<String, Object> property(Property property) {
    return property(property, property.value());
  }

  /** The property showing {@code value} (e.g. its expansion) in place of the stored one. */
  static Map<String, Object> property(Property property, String value) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("propertyId", property.id());
    view.put("propertyName", property.name());
    view.put("counter", "0");
    view.put("createTime", Times.format(property.audit().createTime()));
    view.put("description", property.description());
    view.put("expandable", "1");
    view.put("lastModifiedBy", property.audit().lastModifiedBy());
    view.put("modifyTime", Times.format(property.audit().modifyTime()));
    view.put("owner", property.audit().owner());
    if (property.isSheet()) {
      view.put("propertySheetId", property.sheet().id());
    }
    view.put("tracked", "1");
    if (!property.isSheet()) {
      view.put("value", value);
    }
    return view;
  }

  /** A sheet listing; {@code valueShown} gives each string property's value (raw or expanded). */
  static Map<String, Object> sheet(PropertySheet sheet, Function<Property, String> valueShown) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("propertySheetId", sheet.id());
    audit(view, sheet.audit());
    List<Map<String, Object>> entries =
        sheet.entries().stream().map(entry -> property(entry, valueShown.apply(entry))).toList();
    view.put("property", entries);
    return view;
  }

  static Map<String, Object> project(Project project) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("projectId", project.id());
    view.put("projectName", project.name());
    view.put("description", project.description());
    audit(view, project.audit());
    view.put("processCount", "0");
    view.put("stageCount", "0");
    view.put("propertySheetId", project.sheet().id());
    view.put("resourceName", project.resourceName());
    view.put("tracked", project.tracked());
    view.put("workspaceName", project.workspaceName());
    return view;
  }

  static Map<String, Object> artifact(Artifact artifact) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("artifactId", artifact.id());
    view.put("artifactName", artifact.name());
    view.put("groupId", artifact.groupId());
    view.put("artifactKey", artifact.artifactKey());
    view.put("description", artifact.description());
    view.put("artifactVersionNameTemplate", artifact.versionNameTemplate());
    audit(view, artifact.audit());
    view.put("propertySheetId", artifact.sheet().id());
    return view;
  }

  static Map<String, Object> artifactVersion(ArtifactVersion version) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("artifactVersionId", version.id());
    view.put("artifactVersionName", version.name());
    view.put("artifactName", version.artifactName());
    view.put("groupId", version.groupId());
    view.put("artifactKey", version.artifactKey());
    view.put("version", version.version());
    view.put("majorMinorPatch", version.parts().majorMinorPatch());
    view.put("buildNumber", version.parts().buildNumber());
    view.put("artifactVersionState", version.state());
    view.put("repositoryName", version.repositoryName());
    view.put("description", version.description());
    audit(view, version.audit());
    view.put("propertySheetId", version.sheet().id());
    return view;
  }

  static Map<String, Object> repository(Repository repository) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("repositoryId", repository.repositoryId());
    view.put("repositoryName", repository.repositoryName());
    view.put("description", repository.description());
    view.put("url", repository.url());
    view.put("zoneName", repository.zoneName());
    view.put("repositoryDisabled", repository.repositoryDisabled());
    view.put("owner", repository.owner());
    view.put("lastModifiedBy", repository.owner());
    view.put("createTime", repository.createTime());
    view.put("modifyTime", repository.createTime());
    return view;
  }

  private static void audit(Map<String, Object> view, Audit audit) {
    view.put("owner", audit.owner());
    view.put("lastModifiedBy", audit.lastModifiedBy());
    view.put("createTime", Times.format(audit.createTime()));
    view.put("modifyTime", Times.format(audit.modifyTime()));
  }
}
