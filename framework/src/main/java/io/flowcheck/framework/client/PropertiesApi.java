package io.flowcheck.framework.client;

import io.flowcheck.framework.model.Property;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.framework.model.PropertySheet;

/** getProperty, setProperty, createProperty, deleteProperty and the sheet listings. */
public final class PropertiesApi {
  private final EfTransport transport;
  private final CallAuth auth;

  PropertiesApi(EfTransport transport, CallAuth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  public Property get(PropertyRef ref) {
    return transport.sendFor(at(Operation.GET_PROPERTY, ref), auth, "property", Models::property);
  }

  /** setProperty: creates the property when it is missing, as EF does. */
  public Property set(PropertyRef ref, String value) {
    EfCall call = at(Operation.SET_PROPERTY, ref).body("value", value);
    return transport.sendFor(call, auth, "property", Models::property);
  }

  /** createProperty: fails with DuplicatePropertyName when it exists. */
  public Property create(PropertyRef ref, String value) {
    return create(ref, value, "string");
  }

  /** Creates a nested property sheet. */
  public Property createSheet(PropertyRef ref) {
    return create(ref, null, "sheet");
  }

  private Property create(PropertyRef ref, String value, String type) {
    EfCall call =
        EfCall.to(Operation.CREATE_PROPERTY)
            .body("projectName", ref.projectName())
            .body("propertyName", ref.path())
            .body("propertyType", type)
            .body("value", value);
    return transport.sendFor(call, auth, "property", Models::property);
  }

  public void delete(PropertyRef ref) {
    transport.send(at(Operation.DELETE_PROPERTY, ref), auth);
  }

  /** The properties of a project's top-level sheet. */
  public PropertySheet list(String projectName) {
    EfCall call = EfCall.to(Operation.GET_PROPERTIES).query("projectName", projectName);
    return transport.sendFor(call, auth, "propertySheet", Models::sheet);
  }

  public PropertySheet sheet(String propertySheetId) {
    EfCall call = EfCall.to(Operation.GET_PROPERTY_SHEET).path(propertySheetId);
    return transport.sendFor(call, auth, "propertySheet", Models::sheet);
  }

  private static EfCall at(Operation op, PropertyRef ref) {
    return EfCall.to(op).pathKeepingSlashes(ref.path()).query("projectName", ref.projectName());
  }
}
