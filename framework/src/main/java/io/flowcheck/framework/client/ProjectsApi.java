package io.flowcheck.framework.client;

import io.flowcheck.framework.model.Project;
import java.util.List;

/** Project CRUD; runs use it for their sandbox project. */
public final class ProjectsApi {
  private final EfTransport transport;
  private final CallAuth auth;

  ProjectsApi(EfTransport transport, CallAuth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  public Project create(String projectName, String description) {
    EfCall call =
        EfCall.to(Operation.CREATE_PROJECT)
            .body("projectName", projectName)
            .body("description", description);
    return transport.sendFor(call, auth, "project", Models::project);
  }

  public Project get(String projectName) {
    EfCall call = EfCall.to(Operation.GET_PROJECT).path(projectName);
    return transport.sendFor(call, auth, "project", Models::project);
  }

  public List<Project> list() {
    return Models.list(
        transport.send(EfCall.to(Operation.GET_PROJECTS), auth), "project", Models::project);
  }

  /** modifyProject answers only the changed fields. */
  public Project modifyDescription(String projectName, String description) {
    EfCall call =
        EfCall.to(Operation.MODIFY_PROJECT).path(projectName).body("description", description);
    return transport.sendFor(call, auth, "project", Models::project);
  }

  public void delete(String projectName) {
    transport.send(EfCall.to(Operation.DELETE_PROJECT).path(projectName), auth);
  }
}
