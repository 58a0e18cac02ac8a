package io.flowcheck.simulator;

import io.flowcheck.simulator.json.JsonText;
import io.flowcheck.simulator.model.Times;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The sorted, stable JSON dump behind {@link SimulatorState#toCanonicalJson()}. */
final class CanonicalJson {
  private CanonicalJson() {}

  static String of(SimulatorState state) {
    Map<String, Object> root = new TreeMap<>();
    root.put(
        "projects",
        state.projects().stream()
            .sorted(Comparator.comparing(SimulatorState.Project::projectName))
            .map(CanonicalJson::project)
            .toList());
    root.put(
        "artifacts",
        state.artifacts().stream()
            .sorted(Comparator.comparing(SimulatorState.Artifact::artifactName))
            .map(CanonicalJson::artifact)
            .toList());
    return JsonText.write(root);
  }

  private static Map<String, Object> project(SimulatorState.Project project) {
    Map<String, Object> json = audited(project.audit());
    json.put("projectId", project.projectId());
    json.put("projectName", project.projectName());
    json.put("description", project.description());
    json.put("propertySheet", sheet(project.propertySheet()));
    return json;
  }

  private static Map<String, Object> artifact(SimulatorState.Artifact artifact) {
    Map<String, Object> json = audited(artifact.audit());
    json.put("artifactId", artifact.artifactId());
    json.put("artifactName", artifact.artifactName());
    json.put("groupId", artifact.groupId());
    json.put("artifactKey", artifact.artifactKey());
    json.put("description", artifact.description());
    json.put("artifactVersionNameTemplate", artifact.artifactVersionNameTemplate());
    json.put("propertySheet", sheet(artifact.propertySheet()));
    List<Map<String, Object>> versions =
        artifact.versions().stream()
            .sorted(Comparator.comparing(SimulatorState.ArtifactVersion::version))
            .map(CanonicalJson::version)
            .toList();
    json.put("versions", versions);
    return json;
  }

  private static Map<String, Object> version(SimulatorState.ArtifactVersion version) {
    Map<String, Object> json = audited(version.audit());
    json.put("artifactVersionId", version.artifactVersionId());
    json.put("artifactVersionName", version.artifactVersionName());
    json.put("version", version.version());
    json.put("majorMinorPatch", version.majorMinorPatch());
    json.put("buildNumber", version.buildNumber());
    json.put("artifactVersionState", version.artifactVersionState());
    json.put("repositoryName", version.repositoryName());
    json.put("description", version.description());
    json.put("propertySheet", sheet(version.propertySheet()));
    return json;
  }

  private static Map<String, Object> sheet(SimulatorState.Sheet sheet) {
    Map<String, Object> json = new TreeMap<>();
    json.put("propertySheetId", sheet.propertySheetId());
    json.put(
        "properties",
        sheet.properties().stream()
            .sorted(Comparator.comparing(SimulatorState.Property::propertyName))
            .map(CanonicalJson::property)
            .toList());
    return json;
  }

  private static Map<String, Object> property(SimulatorState.Property property) {
    Map<String, Object> json = audited(property.audit());
    json.put("propertyId", property.propertyId());
    json.put("propertyName", property.propertyName());
    json.put("description", property.description());
    if (property.isSheet()) {
      json.put("propertySheet", sheet(property.sheet()));
    } else {
      json.put("value", property.value());
    }
    return json;
  }

  private static Map<String, Object> audited(SimulatorState.Audit audit) {
    Map<String, Object> json = new TreeMap<>();
    json.put("owner", audit.owner());
    json.put("lastModifiedBy", audit.lastModifiedBy());
    json.put("createTime", Times.format(audit.createTime()));
    json.put("modifyTime", Times.format(audit.modifyTime()));
    return json;
  }
}
