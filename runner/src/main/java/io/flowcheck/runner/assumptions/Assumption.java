package io.flowcheck.runner.assumptions;

import io.flowcheck.framework.client.Operation;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every guess the suite makes about a real server, by name. A scenario that rests on one carries
 * {@code @assumption:<name>}; when such a scenario meets an answer that refutes the guess (the
 * route is missing, or another error code comes back), it is reported "not confirmed on this
 * server" instead of failing, unless {@code ef.assumptions.strict=true}.
 */
public enum Assumption {
  LOGOUT_PATH(
      "logout-path",
      Kind.ROUTE,
      "DELETE /sessions ends the session; a later call with it is refused NoCredentials",
      "the API has a logout command and DELETE on the login collection is the REST convention",
      "no public client logs out over REST, so the path is a guess",
      "the run logs out of its own session at the end",
      0,
      Set.of()),
  WRONG_PASSWORD_CODE(
      "wrong-password-code",
      Kind.ANSWER,
      "a wrong password on POST /sessions is refused 401 with NoCredentials or InvalidCredentials",
      "wrong HTTP Basic credentials answer NoCredentials (Azure DevOps tfs-extension CreateConfig spec)",
      "the code and status of a refused POST /sessions login appear in no public source",
      null,
      401,
      EnumSet.of(Operation.LOGIN)),
  DUPLICATE_STATUS_409(
      "duplicate-status-409",
      Kind.ANSWER,
      "creating an existing property, artifact or artifact version is refused 409 Duplicate<Type>Name",
      "DuplicateProjectName and DuplicateProcedureName are seen in public plugin code",
      "neither the 409 status nor the property and artifact codes are documented",
      null,
      409,
      EnumSet.of(
          Operation.CREATE_PROPERTY, Operation.CREATE_ARTIFACT, Operation.CREATE_ARTIFACT_VERSION)),
  ARTIFACT_PATHS(
      "artifact-paths",
      Kind.ROUTE,
      "getArtifact, getArtifacts, modifyArtifact and deleteArtifact live at /artifacts[/{groupId:artifactKey}]",
      "createArtifact is POST /artifacts (KBEC-00383) and REST names objects /<collection>/<name>",
      "the read, modify and delete paths of artifacts are in no public source",
      "the run deletes the artifacts it created",
      0,
      EnumSet.of(
          Operation.GET_ARTIFACT,
          Operation.GET_ARTIFACTS,
          Operation.MODIFY_ARTIFACT,
          Operation.DELETE_ARTIFACT)),
  ARTIFACT_VERSION_PATHS(
      "artifact-version-paths",
      Kind.ROUTE,
      "creating, reading, listing, modifying and deleting artifact versions live at /artifactVersions[/{name}]",
      "the ec-perl createArtifactVersion and getArtifactVersion commands exist, and REST uses plural collections",
      "no public REST client calls an artifact version route",
      "the run deletes the artifact versions it published",
      0,
      EnumSet.of(
          Operation.CREATE_ARTIFACT_VERSION,
          Operation.GET_ARTIFACT_VERSION,
          Operation.GET_ARTIFACT_VERSIONS,
          Operation.MODIFY_ARTIFACT_VERSION,
          Operation.DELETE_ARTIFACT_VERSION)),
  NEW_VERSION_AVAILABLE(
      "new-version-available",
      Kind.ANSWER,
      "a newly created artifact version is in state available",
      "versions carry an artifactVersionState (Jenkins electricflow-plugin specs)",
      "the state right after createArtifactVersion over REST is not documented",
      null,
      0,
      EnumSet.of(Operation.CREATE_ARTIFACT_VERSION, Operation.GET_ARTIFACT_VERSION)),
  EXPIRED_SESSION_401(
      "expired-session-401",
      Kind.ANSWER,
      "an expired session id is refused 401 NoCredentials",
      "a request without a session is refused NoCredentials (KBEC-00383)",
      "what a server answers for an expired session id is not documented",
      "the run's clients log in again after a 401",
      401,
      Set.of()),
  SERVER_VERSIONS_PATH(
      "server-versions-path",
      Kind.ROUTE,
      "getVersions lives at GET /server/versions",
      "the getVersions command exists and answers serverVersion.version (ec-perl getVersions)",
      "its REST path is in no public source; GET /server/status is the documented way to the version",
      "the run asks getVersions for the version when /server/status does not name it",
      0,
      EnumSet.of(Operation.GET_VERSIONS)),
  MISSING_PROJECT_CODE(
      "missing-project-code",
      Kind.ANSWER,
      "a property read in a missing project is refused NoSuchProject",
      "NoSuchProject is what deploy and release calls answer for a missing project (Jenkins electricflow-plugin specs)",
      "what getProperty answers for a missing project is not documented, and a child lookup there"
          + " can answer the child's code: runProcedure in a missing project answered"
          + " NoSuchProcedure (Jenkins electricflow-plugin RunProcedureSuite)",
      null,
      0,
      EnumSet.of(Operation.GET_PROPERTY)),
  PROPERTIES_LISTING(
      "properties-listing",
      Kind.ROUTE,
      "getProperties by project lives at GET /properties?projectName=",
      "the getProperties command takes a projectName locator (ec-perl getProperties)",
      "its REST path is in no public source; clients list sheets via /propertySheets/{id}",
      null,
      0,
      EnumSet.of(Operation.GET_PROPERTIES)),
  DELETE_PROPERTY_PATH(
      "delete-property-path",
      Kind.ROUTE,
      "deleteProperty lives at DELETE /properties/{path}",
      "getProperty and setProperty live at /properties/{path} (KBEC-00383)",
      "no public REST client deletes a property",
      "the run deletes the properties it created",
      0,
      EnumSet.of(Operation.DELETE_PROPERTY)),
  PUBLISH_REFUSAL_STATUS_200(
      "publish-refusal-status-200",
      Kind.ANSWER,
      "a refused publish answers HTTP 200 with 'publishArtifactAPI error [Code]: message' as its body",
      "the Jenkins electricflow-plugin throws on any non-200 answer, yet its real-server spec finds"
          + " 'publishArtifactAPI error [NoSuchRepository]' in the build log, written only from a 200"
          + " answer's body",
      "the status of a refused publish is in no public source",
      null,
      200,
      EnumSet.of(Operation.PUBLISH_ARTIFACT)),
  PUBLISH_SAME_VERSION_TWICE(
      "publish-same-version-twice",
      Kind.ANSWER,
      "publishing a version that already exists is refused DuplicateArtifactVersionName",
      "createArtifactVersion of an existing version is refused so (the simulator's guess for REST)",
      "what a second publish of the same version does is in no public source",
      null,
      0,
      EnumSet.of(Operation.PUBLISH_ARTIFACT));

  /** What a guess is about: where an operation lives, or what the server answers there. */
  public enum Kind {
    ROUTE,
    ANSWER
  }

  /** The tag prefix in feature files: {@code @assumption:logout-path}. */
  public static final String TAG = "@assumption:";

  private final String id;
  private final Kind kind;
  private final String expectation;
  private final String evidence;
  private final String missing;
  private final String runUse;
  private final int expectedStatus;
  private final Set<Operation> operations;

  Assumption(
      String id,
      Kind kind,
      String expectation,
      String evidence,
      String missing,
      String runUse,
      int expectedStatus,
      Set<Operation> operations) {
    this.id = id;
    this.kind = kind;
    this.expectation = expectation;
    this.evidence = evidence;
    this.missing = missing;
    this.runUse = runUse;
    this.expectedStatus = expectedStatus;
    this.operations = Set.copyOf(operations);
  }

  /** The name used in tags, reports and messages, e.g. {@code logout-path}. */
  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /** What we expect the server to do. */
  public String expectation() {
    return expectation;
  }

  /** Why we expect it: the public evidence we do have. */
  public String evidence() {
    return evidence;
  }

  /** The reference evidence that is missing, which makes this a guess. */
  public String missing() {
    return missing;
  }

  /** How the run machinery itself relies on the guess, or null when only scenarios do. */
  public String runUse() {
    return runUse;
  }

  /** The HTTP status the guess names for its refusals, or 0 when it names none. */
  public int expectedStatus() {
    return expectedStatus;
  }

  /**
   * Whether an answer to this operation can refute the guess. Guesses about sessions cover every
   * operation: the call refused for an ended or expired session can be any call.
   */
  public boolean covers(Operation operation) {
    return operations.isEmpty() || operations.contains(operation);
  }

  public static Optional<Assumption> named(String id) {
    return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
  }

  /** The names after {@link #TAG} in these tags, registered or not, in tag order. */
  public static Set<String> namesIn(Collection<String> tags) {
    return tags.stream()
        .filter(t -> t.startsWith(TAG))
        .map(t -> t.substring(TAG.length()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The assumptions these scenario tags name. An unknown name is a typo that would silently weaken
   * the suite, so it stops the scenario with the names that exist.
   */
  public static Set<Assumption> fromTags(Collection<String> tags) {
    Set<Assumption> found = new LinkedHashSet<>();
    for (String name : namesIn(tags)) {
      found.add(
          named(name)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Test setup problem: unknown tag "
                              + TAG
                              + name
                              + "; registered assumptions: "
                              + Arrays.stream(values())
                                  .map(Assumption::id)
                                  .collect(Collectors.joining(", ")))));
    }
    return found;
  }

  @Override
  public String toString() {
    return id;
  }
}
