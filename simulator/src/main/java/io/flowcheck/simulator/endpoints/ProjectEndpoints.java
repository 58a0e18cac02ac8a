package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /projects}: createProject, getProjects, getProject, modifyProject, deleteProject. */
public final class ProjectEndpoints {
  private static final String NAME = "projectName";

  private final EfStore store;

  public ProjectEndpoints(EfStore store) {
    this.store = store;
  }

  /** Procedures, applications and the rest below a project are not simulated. */
  public List<Route> routes() {
    return List.of(
        Route.get(
            "/projects",
            call ->
                project(store.read(s -> s.projects().stream().map(JsonViews::project).toList()))),
        Route.post("/projects", this::create),
        Route.get(
            "/projects/{projectName}",
            call ->
                project(
                    store.read(s -> JsonViews.project(Lookups.project(s, call.pathParam(NAME)))))),
        Route.put("/projects/{projectName}", call -> modify(call, call.pathParam(NAME))),
        Route.delete("/projects/{projectName}", call -> delete(call.pathParam(NAME))));
  }

  private static ResponseDefinition project(Object view) {
    return Replies.okWrapped("project", view);
  }

  private ResponseDefinition create(EfCall call) {
    String name = Names.projectName(call);
    Map<String, Object> view =
        store.write(
            s -> {
              if (s.project(name).isPresent()) {
                throw EfError.conflict(
                    "DuplicateProjectName", "Project '" + name + "' already exists");
              }
              Project project =
                  Project.createdBy(name, orEmpty(call.arg("description")), call.user());
              applyOptionalFields(project, call);
              s.addProject(project);
              return JsonViews.project(project);
            });
    return Replies.okWrapped("project", view);
  }

  /** PUT answers only what changed, plus the name that identifies the project. */
  private ResponseDefinition modify(EfCall call, String name) {
    Map<String, Object> changed = new LinkedHashMap<>();
    changed.put("projectName", name);
    store.write(
        s -> {
          Project project = Lookups.project(s, name);
          if (call.has("description")) {
            project.setDescription(call.arg("description"));
            changed.put("description", call.arg("description"));
          }
          applyOptionalFields(project, call);
          if (call.has("resourceName")) {
            changed.put("resourceName", project.resourceName());
          }
          if (call.has("workspaceName")) {
            changed.put("workspaceName", project.workspaceName());
          }
          if (call.has("tracked")) {
            changed.put("tracked", project.tracked());
          }
          if (changed.size() > 1) {
            project.audit().touch(call.user());
          }
          return null;
        });
    return Replies.okWrapped("project", changed);
  }

  private ResponseDefinition delete(String name) {
    store.write(s -> s.removeProject(name).orElseThrow(() -> Lookups.noSuchProject(name)));
    return Replies.okEmpty();
  }

  private static void applyOptionalFields(Project project, EfCall call) {
    if (call.has("resourceName")) {
      project.setResourceName(call.arg("resourceName"));
    }
    if (call.has("workspaceName")) {
      project.setWorkspaceName(call.arg("workspaceName"));
    }
    if (call.has("tracked")) {
      project.setTracked(call.flag("tracked") ? "1" : "0");
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
