package io.flowcheck.framework.client;

import java.util.List;

/**
 * Every ElectricFlow operation the client knows: API name, verb and path template (relative to
 * {@code /rest/v1.0}, except for the two artifact publishing calls, which live outside the REST API
 * at the server's root, as the vendor's CI integrations call them). The coverage report lists
 * these, called or not.
 */
public enum Operation {
  LOGIN("login", "POST", "/sessions"),
  LOGOUT("logout", "DELETE", "/sessions"),
  GET_PROPERTY("getProperty", "GET", "/properties/{propertyName}"),
  SET_PROPERTY("setProperty", "PUT", "/properties/{propertyName}"),
  CREATE_PROPERTY("createProperty", "POST", "/properties"),
  DELETE_PROPERTY("deleteProperty", "DELETE", "/properties/{propertyName}"),
  GET_PROPERTIES("getProperties", "GET", "/properties"),
  GET_PROPERTY_SHEET("getPropertySheet", "GET", "/propertySheets/{propertySheetId}"),
  CREATE_PROJECT("createProject", "POST", "/projects"),
  GET_PROJECTS("getProjects", "GET", "/projects"),
  GET_PROJECT("getProject", "GET", "/projects/{projectName}"),
  MODIFY_PROJECT("modifyProject", "PUT", "/projects/{projectName}"),
  DELETE_PROJECT("deleteProject", "DELETE", "/projects/{projectName}"),
  CREATE_ARTIFACT("createArtifact", "POST", "/artifacts"),
  GET_ARTIFACTS("getArtifacts", "GET", "/artifacts"),
  GET_ARTIFACT("getArtifact", "GET", "/artifacts/{artifactName}"),
  MODIFY_ARTIFACT("modifyArtifact", "PUT", "/artifacts/{artifactName}"),
  DELETE_ARTIFACT("deleteArtifact", "DELETE", "/artifacts/{artifactName}"),
  CREATE_ARTIFACT_VERSION("createArtifactVersion", "POST", "/artifactVersions"),
  GET_ARTIFACT_VERSIONS("getArtifactVersions", "GET", "/artifactVersions"),
  GET_ARTIFACT_VERSION("getArtifactVersion", "GET", "/artifactVersions/{artifactVersionName}"),
  MODIFY_ARTIFACT_VERSION(
      "modifyArtifactVersion", "PUT", "/artifactVersions/{artifactVersionName}"),
  DELETE_ARTIFACT_VERSION(
      "deleteArtifactVersion", "DELETE", "/artifactVersions/{artifactVersionName}"),
  GET_REPOSITORIES("getRepositories", "GET", "/repositories"),
  GET_SERVER_STATUS("getServerStatus", "GET", "/server/status"),
  GET_VERSIONS("getVersions", "GET", "/server/versions"),
  /**
   * The Jenkins plugin's probe: a server that answers 200 or 400 here takes publishes at this path.
   */
  PROBE_PUBLISH_PHP("probePublishArtifactPhp", "GET", "/commander/publishArtifact.php"),
  /** One multipart upload of a version's files; the PHP endpoint is the same call elsewhere. */
  PUBLISH_ARTIFACT("publishArtifact", "POST", "/commander/cgi-bin/publishArtifactAPI.cgi");

  private final String apiName;
  private final String method;
  private final String pathTemplate;

  Operation(String apiName, String method, String pathTemplate) {
    this.apiName = apiName;
    this.method = method;
    this.pathTemplate = pathTemplate;
  }

  public String apiName() {
    return apiName;
  }

  public String method() {
    return method;
  }

  public String pathTemplate() {
    return pathTemplate;
  }

  /** Whether the path is rooted at the server rather than at {@code /rest/v1.0}. */
  public boolean outsideRestApi() {
    return this == PROBE_PUBLISH_PHP || this == PUBLISH_ARTIFACT;
  }

  /**
   * Whether a refusal comes as the body of an HTTP 200 ({@code publishArtifactAPI error [Code]:
   * ...}) rather than as an error envelope with a 4xx: the body, not the status, is the verdict.
   */
  public boolean verdictInBody() {
    return this == PUBLISH_ARTIFACT;
  }

  /** Reads and deletes can be repeated safely; creates and sets cannot. */
  public boolean idempotent() {
    return method.equals("GET") || method.equals("DELETE");
  }

  public static List<Operation> catalogue() {
    return List.of(values());
  }
}
