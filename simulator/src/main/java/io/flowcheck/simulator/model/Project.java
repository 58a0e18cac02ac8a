package io.flowcheck.simulator.model;

/** A project: the usual sandbox for test data, owning one top-level property sheet. */
public final class Project {
  private final String id;
  private final String name;
  private final Audit audit;
  private final PropertySheet sheet;
  private String description;
  private String resourceName;
  private String workspaceName;
  private String tracked;

  public Project(String id, String name, String description, Audit audit, PropertySheet sheet) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.audit = audit;
    this.sheet = sheet;
    this.resourceName = "local";
    this.workspaceName = "default";
    this.tracked = "1";
  }

  public static Project createdBy(String name, String description, String user) {
    return new Project(
        Ids.newId(), name, description, Audit.createdBy(user), PropertySheet.createdBy(user));
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
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

  public String resourceName() {
    return resourceName;
  }

  public String workspaceName() {
    return workspaceName;
  }

  public String tracked() {
    return tracked;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public void setResourceName(String resourceName) {
    this.resourceName = resourceName;
  }

  public void setWorkspaceName(String workspaceName) {
    this.workspaceName = workspaceName;
  }

  public void setTracked(String tracked) {
    this.tracked = tracked;
  }
}
