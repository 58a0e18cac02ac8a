package io.flowcheck.framework.client;

import io.flowcheck.framework.model.Property;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.framework.model.PropertySheet;

/**
 * getProperty, setProperty, createProperty, deleteProperty and the sheet listings.
 *
 * <p>A real server expands {@code $[...]} references in values on read unless asked not to
 * (KBEC-00262, ec-perl getProperty documentation), and fails the read with {@code NoSuchProperty}
 * when a reference does not resolve. {@link #get} and {@link #list} therefore send {@code expand=0}
 * and return the text as stored; {@link #getExpanded} leaves the server to expand.
 */
public final class PropertiesApi {
  /** {@code expand=0}, as ectool's {@code --expand 0}: values come back as stored. */
  static final String EXPAND = "expand";

  static final String RAW = "0";

  private final EfTransport transport;
  private final CallAuth auth;

  PropertiesApi(EfTransport transport, CallAuth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  /** getProperty with {@code expand=0}: the value exactly as stored, references unexpanded. */
  public Property get(PropertyRef ref) {
    return transport.sendFor(
        at(Operation.GET_PROPERTY, ref).query(EXPAND, RAW), auth, "property", Models::property);
  }

  /**
   * getProperty without an {@code expand} parameter: the value as the server expands it by default,
   * {@code $[...]} references resolved. A reference that does not resolve makes the server refuse
   * the read ({@code NoSuchProperty}).
   */
  public Property getExpanded(PropertyRef ref) {
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

  /**
   * The properties of a project's top-level sheet, values as stored: in one call where the server
   * has that route ({@link #listInOneCall}), else in the two calls a public client makes ({@link
   * #listInTwoCalls}). Only a missing route (HTTP 501 or {@code NotImplemented}, or a 404/405
   * without ElectricFlow's envelope) leads to the two calls; a refusal such as {@code
   * NoSuchProject} is thrown as it came.
   */
  public PropertySheet list(String projectName) {
    try {
      return listInOneCall(projectName);
    } catch (EfApiException | EfProtocolException e) {
      if (!MissingRoute.isUnknown(e, Operation.GET_PROPERTIES)) {
        throw e;
      }
      return listInTwoCalls(projectName);
    }
  }

  /**
   * getProperties in one call, {@code GET /properties?projectName=} (the route is a guess,
   * assumption properties-listing), with {@code expand=0} so that values come back as stored and
   * one unresolvable reference cannot fail the whole listing.
   */
  public PropertySheet listInOneCall(String projectName) {
    EfCall call =
        EfCall.to(Operation.GET_PROPERTIES).query("projectName", projectName).query(EXPAND, RAW);
    return transport.sendFor(call, auth, "propertySheet", Models::sheet);
  }

  /**
   * The same listing in the two calls a public client makes (EC-Kubernetes EFClient.groovy): read
   * the project for its {@code propertySheetId}, then {@code GET /propertySheets/{id}} with {@code
   * expand=0}.
   */
  public PropertySheet listInTwoCalls(String projectName) {
    EfCall project = EfCall.to(Operation.GET_PROJECT).path(projectName);
    String sheetId =
        transport
            .sendFor(project, auth, "project", Models::project)
            .fields()
            .get("propertySheetId");
    if (sheetId == null || sheetId.isBlank()) {
      throw new EfProtocolException("getProject answered without propertySheetId");
    }
    EfCall call = EfCall.to(Operation.GET_PROPERTY_SHEET).path(sheetId).query(EXPAND, RAW);
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
