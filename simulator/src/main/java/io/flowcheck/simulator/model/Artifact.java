package io.flowcheck.simulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An artifact {@code groupId:artifactKey}; it owns its versions, which die with it. */
public final class Artifact {
  private final String id;
  private final String groupId;
  private final String artifactKey;
  private final Audit audit;
  private final PropertySheet sheet;
  private final Map<String, ArtifactVersion> versions = new LinkedHashMap<>();
  private String description;
  private String versionNameTemplate;

  public Artifact(
      String groupId, String artifactKey, String description, String template, String user) {
    this.id = Ids.newId();
    this.groupId = groupId;
    this.artifactKey = artifactKey;
    this.description = description;
    this.versionNameTemplate = template;
    this.audit = Audit.createdBy(user);
    this.sheet = PropertySheet.createdBy(user);
  }

  public static String nameOf(String groupId, String artifactKey) {
    return groupId + ":" + artifactKey;
  }

  public String name() {
    return nameOf(groupId, artifactKey);
  }

  public String id() {
    return id;
  }

  public String groupId() {
    return groupId;
  }

  public String artifactKey() {
    return artifactKey;
  }

  public Audit audit() {
    return audit;
  }

  public PropertySheet sheet() {
    return sheet;
  }

  public String description() {
    return description;
  }

  public String versionNameTemplate() {
    return versionNameTemplate;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public void setVersionNameTemplate(String template) {
    this.versionNameTemplate = template;
  }

  public Optional<ArtifactVersion> version(String version) {
    return Optional.ofNullable(versions.get(version));
  }

  public void addVersion(ArtifactVersion version) {
    versions.put(version.version(), version);
  }

  public Optional<ArtifactVersion> removeVersion(String version) {
    return Optional.ofNullable(versions.remove(version));
  }

  public List<ArtifactVersion> versions() {
    return new ArrayList<>(versions.values());
  }
}
