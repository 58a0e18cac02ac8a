package io.flowcheck.framework.client;

import io.flowcheck.framework.model.Artifact;
import io.flowcheck.framework.model.ArtifactVersion;
import java.util.List;

/** Artifacts ({@code groupId:artifactKey}) and their versions. */
public final class ArtifactsApi {
  private final EfTransport transport;
  private final CallAuth auth;

  ArtifactsApi(EfTransport transport, CallAuth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  /** createArtifact, sent as the KB does: {@code POST /artifacts?groupId=..&artifactKey=..}. */
  public Artifact create(String groupId, String artifactKey) {
    EfCall call =
        EfCall.to(Operation.CREATE_ARTIFACT)
            .query("groupId", groupId)
            .query("artifactKey", artifactKey);
    return transport.sendFor(call, auth, "artifact", Models::artifact);
  }

  public Artifact get(String artifactName) {
    EfCall call = EfCall.to(Operation.GET_ARTIFACT).path(artifactName);
    return transport.sendFor(call, auth, "artifact", Models::artifact);
  }

  public List<Artifact> list() {
    return Models.list(
        transport.send(EfCall.to(Operation.GET_ARTIFACTS), auth), "artifact", Models::artifact);
  }

  /** modifyArtifact answers only the changed fields. */
  public Artifact modifyDescription(String artifactName, String description) {
    EfCall call =
        EfCall.to(Operation.MODIFY_ARTIFACT).path(artifactName).body("description", description);
    return transport.sendFor(call, auth, "artifact", Models::artifact);
  }

  public void delete(String artifactName) {
    transport.send(EfCall.to(Operation.DELETE_ARTIFACT).path(artifactName), auth);
  }

  /** createArtifactVersion: version metadata only (files travel outside the REST API). */
  public ArtifactVersion publishVersion(String artifactName, String version, String description) {
    EfCall call =
        EfCall.to(Operation.CREATE_ARTIFACT_VERSION)
            .body("artifactName", artifactName)
            .body("version", version)
            .body("description", description);
    return transport.sendFor(call, auth, "artifactVersion", Models::artifactVersion);
  }

  public ArtifactVersion getVersion(String artifactVersionName) {
    EfCall call = EfCall.to(Operation.GET_ARTIFACT_VERSION).path(artifactVersionName);
    return transport.sendFor(call, auth, "artifactVersion", Models::artifactVersion);
  }

  public List<ArtifactVersion> listVersions(String artifactName) {
    EfCall call = EfCall.to(Operation.GET_ARTIFACT_VERSIONS).query("artifactName", artifactName);
    return Models.list(transport.send(call, auth), "artifactVersion", Models::artifactVersion);
  }

  /** modifyArtifactVersion answers only the changed fields. */
  public ArtifactVersion modifyVersionDescription(String artifactVersionName, String description) {
    EfCall call =
        EfCall.to(Operation.MODIFY_ARTIFACT_VERSION)
            .path(artifactVersionName)
            .body("description", description);
    return transport.sendFor(call, auth, "artifactVersion", Models::artifactVersion);
  }

  /** The names of the artifact repositories versions can live in (getRepositories). */
  public List<String> repositoryNames() {
    return Models.list(
        transport.send(EfCall.to(Operation.GET_REPOSITORIES), auth),
        "repository",
        n -> n.path("repositoryName").asString());
  }

  /**
   * Publishes a version with its files, as CI does (see {@link FilePublishing}), to the endpoint
   * {@code ef.publish.endpoint} names: by default chosen as the Jenkins plugin chooses it.
   *
   * @param artifactName {@code groupId:artifactKey}; the artifact is created with its first version
   * @throws NothingToPublishException never here: {@link PublishFiles} refuses an empty folder
   * @throws EfApiException with the code of a refusal ({@code NoSuchRepository}, ...), which comes
   *     as the body of an HTTP 200
   */
  public PublishReceipt publishFiles(
      PublishFiles files, String artifactName, String version, String repositoryName) {
    return publishFiles(
        files,
        artifactName,
        version,
        repositoryName,
        PublishEndpoint.of(transport.settings().publishEndpoint()));
  }

  /** As {@link #publishFiles(PublishFiles, String, String, String)}, to a chosen endpoint. */
  public PublishReceipt publishFiles(
      PublishFiles files,
      String artifactName,
      String version,
      String repositoryName,
      PublishEndpoint endpoint) {
    return new FilePublishing(transport, auth)
        .publish(files, artifactName, version, repositoryName, endpoint);
  }

  public void deleteVersion(String artifactVersionName) {
    transport.send(EfCall.to(Operation.DELETE_ARTIFACT_VERSION).path(artifactVersionName), auth);
  }
}
