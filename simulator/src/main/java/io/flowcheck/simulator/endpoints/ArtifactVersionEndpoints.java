package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.model.Artifact;
import io.flowcheck.simulator.model.ArtifactVersion;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.VersionParts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /artifactVersions}: version metadata only (createArtifactVersion, getArtifactVersions,
 * getArtifactVersion, modifyArtifactVersion, deleteArtifactVersion); files never travel over REST.
 */
public final class ArtifactVersionEndpoints {
  private static final Set<String> STATES = Set.of("available", "publishing", "unavailable");
  private static final String NAME = "artifactVersionName";

  private final EfStore store;
  private final ServerControls controls;

  public ArtifactVersionEndpoints(EfStore store, ServerControls controls) {
    this.store = store;
    this.controls = controls;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/artifactVersions", this::list),
        Route.post("/artifactVersions", this::create),
        Route.get("/artifactVersions/{artifactVersionName}", this::getOne),
        Route.put(
            "/artifactVersions/{artifactVersionName}", call -> modify(call, call.pathParam(NAME))),
        Route.delete(
            "/artifactVersions/{artifactVersionName}", call -> delete(call.pathParam(NAME))));
  }

  private ResponseDefinition getOne(EfCall call) {
    String name = call.pathParam(NAME);
    return Replies.okWrapped(
        "artifactVersion",
        store.read(s -> JsonViews.artifactVersion(Lookups.artifactVersion(s, name))));
  }

  private ResponseDefinition list(EfCall call) {
    String artifactName = call.arg("artifactName");
    List<Map<String, Object>> versions =
        store.read(
            s -> {
              List<Artifact> artifacts =
                  artifactName == null || artifactName.isEmpty()
                      ? s.artifacts()
                      : List.of(Lookups.artifact(s, artifactName));
              return artifacts.stream()
                  .flatMap(artifact -> artifact.versions().stream())
                  .map(JsonViews::artifactVersion)
                  .toList();
            });
    return Replies.okWrapped("artifactVersion", versions);
  }

  private ResponseDefinition create(EfCall call) {
    if (call.arg("version") == null) {
      throw EfError.missingArgument("version");
    }
    String version = call.arg("version");
    Names.checkVersion(version);
    String artifactName = artifactName(call);
    String repositoryName = call.has("repositoryName") ? call.arg("repositoryName") : "default";
    Map<String, Object> view =
        store.write(
            s -> {
              Artifact artifact = Lookups.artifact(s, artifactName);
              Lookups.repository(s, repositoryName);
              ArtifactVersion created =
                  addVersion(
                      controls,
                      artifact,
                      version,
                      repositoryName,
                      call.has("description") ? call.arg("description") : "",
                      call.user());
              return JsonViews.artifactVersion(created);
            });
    return Replies.okWrapped("artifactVersion", view);
  }

  /**
   * A new version of {@code artifact}, added to it: refused when the version exists; {@code
   * publishing} first where the dialect says so. Shared by createArtifactVersion and the publishing
   * endpoint, which makes versions alike.
   */
  static ArtifactVersion addVersion(
      ServerControls controls,
      Artifact artifact,
      String version,
      String repositoryName,
      String description,
      String user) {
    if (artifact.version(version).isPresent()) {
      throw EfError.conflict(
          "DuplicateArtifactVersionName",
          "Artifact version '" + artifact.name() + ":" + version + "' already exists");
    }
    ArtifactVersion created =
        new ArtifactVersion(
            artifact,
            VersionParts.parse(version),
            repositoryName,
            description,
            controls.speaks(Dialect.NEW_VERSION_PUBLISHING) ? "publishing" : "available",
            user);
    artifact.addVersion(created);
    return created;
  }

  private static String artifactName(EfCall call) {
    if (call.has("artifactName")) {
      return call.required("artifactName");
    }
    return Artifact.nameOf(call.required("groupId"), call.required("artifactKey"));
  }

  private ResponseDefinition modify(EfCall call, String name) {
    String state = call.arg("artifactVersionState");
    if (state != null && !STATES.contains(state)) {
      throw EfError.badRequest(
          "InvalidArgument",
          "'artifactVersionState' must be one of available, publishing, unavailable");
    }
    Map<String, Object> changed = new LinkedHashMap<>();
    changed.put("artifactVersionName", name);
    store.write(
        s -> {
          ArtifactVersion version = Lookups.artifactVersion(s, name);
          if (call.has("description")) {
            version.setDescription(call.arg("description"));
            changed.put("description", version.description());
          }
          if (state != null) {
            version.setState(state);
            changed.put("artifactVersionState", state);
          }
          if (changed.size() > 1) {
            version.audit().touch(call.user());
          }
          return null;
        });
    return Replies.okWrapped("artifactVersion", changed);
  }

  private ResponseDefinition delete(String name) {
    store.write(
        s -> {
          ArtifactVersion version = Lookups.artifactVersion(s, name);
          return Lookups.artifact(s, version.artifactName()).removeVersion(version.version());
        });
    return Replies.okEmpty();
  }
}
