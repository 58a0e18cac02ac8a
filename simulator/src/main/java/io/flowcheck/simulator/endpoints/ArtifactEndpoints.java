package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.model.Artifact;
import io.flowcheck.simulator.model.EfStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /artifacts}: createArtifact (the KB's "publish" call {@code POST
 * /artifacts?artifactKey=2&groupId=2} really creates the artifact container), getArtifacts,
 * getArtifact, modifyArtifact, deleteArtifact. Artifacts are server-global, named {@code g:k}.
 */
public final class ArtifactEndpoints {
  private static final String NAME = "artifactName";

  private final EfStore store;

  public ArtifactEndpoints(EfStore store) {
    this.store = store;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/artifacts",
            call ->
                artifact(
                    store.read(s -> s.artifacts().stream().map(JsonViews::artifact).toList()))),
        Route.post("/artifacts", this::create),
        Route.get(
            "/artifacts/{artifactName}",
            call ->
                artifact(
                    store.read(
                        s -> JsonViews.artifact(Lookups.artifact(s, call.pathParam(NAME)))))),
        Route.put("/artifacts/{artifactName}", call -> modify(call, call.pathParam(NAME))),
        Route.delete("/artifacts/{artifactName}", call -> delete(call.pathParam(NAME))));
  }

  private static ResponseDefinition artifact(Object view) {
    return Replies.okWrapped("artifact", view);
  }

  private ResponseDefinition create(EfCall call) {
    String[] parts = groupAndKey(call);
    Names.checkArtifactParts(parts[0], parts[1]);
    String name = Artifact.nameOf(parts[0], parts[1]);
    Map<String, Object> view =
        store.write(
            s -> {
              if (s.artifact(name).isPresent()) {
                throw EfError.conflict(
                    "DuplicateArtifactName", "Artifact '" + name + "' already exists");
              }
              Artifact artifact =
                  new Artifact(
                      parts[0],
                      parts[1],
                      orEmpty(call.arg("description")),
                      orEmpty(call.arg("artifactVersionNameTemplate")),
                      call.user());
              s.addArtifact(artifact);
              return JsonViews.artifact(artifact);
            });
    return Replies.okWrapped("artifact", view);
  }

  /** groupId + artifactKey, or else artifactName {@code g:k}. */
  private static String[] groupAndKey(EfCall call) {
    if (!call.has("groupId") && !call.has("artifactKey") && call.has("artifactName")) {
      String artifactName = call.arg("artifactName");
      int colon = artifactName.indexOf(':');
      if (colon < 0) {
        Names.checkArtifactParts(artifactName, "");
      }
      return new String[] {artifactName.substring(0, colon), artifactName.substring(colon + 1)};
    }
    return new String[] {call.required("groupId"), call.required("artifactKey")};
  }

  private ResponseDefinition modify(EfCall call, String name) {
    Map<String, Object> changed = new LinkedHashMap<>();
    changed.put("artifactName", name);
    store.write(
        s -> {
          Artifact artifact = Lookups.artifact(s, name);
          if (call.has("description")) {
            artifact.setDescription(call.arg("description"));
            changed.put("description", artifact.description());
          }
          if (call.has("artifactVersionNameTemplate")) {
            artifact.setVersionNameTemplate(call.arg("artifactVersionNameTemplate"));
            changed.put("artifactVersionNameTemplate", artifact.versionNameTemplate());
          }
          if (changed.size() > 1) {
            artifact.audit().touch(call.user());
          }
          return null;
        });
    return Replies.okWrapped("artifact", changed);
  }

  private ResponseDefinition delete(String name) {
    store.write(
        s -> {
          Lookups.artifact(s, name); // NoSuchArtifact if absent
          return s.removeArtifact(name); // its versions go with it
        });
    return Replies.okEmpty();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
