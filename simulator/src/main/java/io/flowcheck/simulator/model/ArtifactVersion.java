package io.flowcheck.simulator.model;

import java.util.List;

/**
 * One version of an artifact: its metadata, and the manifest of its files when it was published
 * through the publishing endpoint (REST cannot carry files, so a version made over REST has none).
 */
public final class ArtifactVersion {
  private final String id;
  private final String groupId;
  private final String artifactKey;
  private final VersionParts parts;
  private final String repositoryName;
  private final Audit audit;
  private final PropertySheet sheet;
  private String state;
  private String description;
  private List<PublishedFile> files = List.of();

  /**
   * @param state the state it starts in: "available" where the files arrived with it, else
   *     "publishing"
   */
  public ArtifactVersion(
      Artifact artifact,
      VersionParts parts,
      String repositoryName,
      String description,
      String state,
      String user) {
    this.id = Ids.newId();
    this.groupId = artifact.groupId();
    this.artifactKey = artifact.artifactKey();
    this.parts = parts;
    this.repositoryName = repositoryName;
    this.description = description;
    this.state = state;
    this.audit = Audit.createdBy(user);
    this.sheet = PropertySheet.createdBy(user);
  }

  public String name() {
    return artifactName() + ":" + version();
  }

  public String artifactName() {
    return Artifact.nameOf(groupId, artifactKey);
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

  public String version() {
    return parts.version();
  }

  public VersionParts parts() {
    return parts;
  }

  public String repositoryName() {
    return repositoryName;
  }

  public Audit audit() {
    return audit;
  }

  public PropertySheet sheet() {
    return sheet;
  }

  public String state() {
    return state;
  }

  public String description() {
    return description;
  }

  public void setState(String state) {
    this.state = state;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  /** The manifest of the published files, in upload order; empty for a version made over REST. */
  public List<PublishedFile> files() {
    return files;
  }

  public void setFiles(List<PublishedFile> files) {
    this.files = List.copyOf(files);
  }
}
