package io.flowcheck.simulator.model;

/**
 * One entry of a property sheet: either a string property (has a value) or a nested sheet (has a
 * sheet and never a value), mirroring how the server tells them apart on the wire.
 */
public final class Property {
  private final String id;
  private final String name;
  private final Audit audit;
  private final PropertySheet sheet;
  private String value;
  private String description;

  public Property(
      String id, String name, Audit audit, PropertySheet sheet, String value, String description) {
    this.id = id;
    this.name = name;
    this.audit = audit;
    this.sheet = sheet;
    this.value = value;
    this.description = description;
  }

  public static Property string(String name, String value, String description, String user) {
    return new Property(Ids.newId(), name, Audit.createdBy(user), null, value, description);
  }

  public static Property sheet(String name, String description, String user) {
    return new Property(
        Ids.newId(), name, Audit.createdBy(user), PropertySheet.createdBy(user), null, description);
  }

  public boolean isSheet() {
    return sheet != null;
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

  /** The nested sheet, or null for a string property. */
  public PropertySheet sheet() {
    return sheet;
  }

  /** The value, or null for a sheet. */
  public String value() {
    return value;
  }

  public String description() {
    return description;
  }

  public void setValue(String newValue) {
    this.value = newValue;
  }

  public void setDescription(String newDescription) {
    this.description = newDescription;
  }
}
