package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.Property;
import io.flowcheck.simulator.model.PropertySheet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /properties}: getProperty, setProperty (PUT), createProperty (POST), deleteProperty and
 * getProperties (GET on the collection without a propertyName). Reads expand {@code $[...]}
 * references (see {@link PropertyExpander}); writes store and echo the raw text. Everything after
 * {@code /properties/} is one property path, decoded as a whole so that {@code //projects/P/x} and
 * {@code %2Fprojects%2FP%2Fx} both become the absolute path {@code /projects/P/x}; without one, the
 * propertyName argument names the property.
 */
public final class PropertyEndpoints {
  private final EfStore store;
  private final ServerControls controls;

  public PropertyEndpoints(EfStore store, ServerControls controls) {
    this.store = store;
    this.controls = controls;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/properties", this::read),
        Route.get("/properties/**", this::read),
        Route.put("/properties", this::set),
        Route.put("/properties/**", this::set),
        Route.post("/properties", this::create),
        Route.delete("/properties", this::delete),
        Route.delete("/properties/**", this::delete));
  }

  /** The path after /properties/, or else the propertyName argument; null when neither is there. */
  private static String path(EfCall call) {
    String inUrl = call.restOfPath();
    return inUrl.isEmpty() ? call.arg("propertyName") : inUrl;
  }

  private ResponseDefinition read(EfCall call) {
    Set<BehaviourChange> changes =
        controls.behaviour().snapshot(); // one view of the switches per request
    String path = path(call);
    return path == null ? listSheet(call, changes) : property(getOne(call, path), changes);
  }

  private static ResponseDefinition property(
      Map<String, Object> view, Set<BehaviourChange> changes) {
    return Replies.okWrapped("property", ChangedPropertyViews.property(view, changes));
  }

  /** getProperty: the value expanded unless expand=0/false; the stored text never changes. */
  private Map<String, Object> getOne(EfCall call, String path) {
    boolean expand = PropertyExpander.requested(call);
    return store.read(
        s -> {
          PropertyLocation location = lookUp(s, call, path);
          PropertySheet holder = PropertyTree.existingParent(location);
          Property property = PropertyTree.get(location, holder);
          String value =
              expand ? new PropertyExpander(s).valueOf(property, holder) : property.value();
          return JsonViews.property(property, value);
        });
  }

  /**
   * getProperties: every value expanded unless expand=0/false; one unresolvable value fails the
   * listing.
   */
  private ResponseDefinition listSheet(EfCall call, Set<BehaviourChange> changes) {
    Map<String, Object> sheet =
        store.read(
            s -> PropertyExpander.listing(s, PropertyLocation.locatorSheet(s, call).sheet(), call));
    return Replies.okWrapped("propertySheet", ChangedPropertyViews.sheet(sheet, changes));
  }

  private ResponseDefinition set(EfCall call) {
    Set<BehaviourChange> changes = controls.behaviour().snapshot();
    Map<String, Object> view =
        store.write(
            s -> {
              PropertyLocation location = PropertyLocation.resolve(s, call, orEmpty(path(call)));
              return JsonViews.property(
                  PropertyTree.set(
                      location, call.arg("value"), call.arg("description"), call.user()));
            });
    return property(view, changes);
  }

  private ResponseDefinition create(EfCall call) {
    Set<BehaviourChange> changes = controls.behaviour().snapshot();
    String path = call.required("propertyName");
    Map<String, Object> view =
        store.write(
            s -> {
              PropertyLocation location = PropertyLocation.resolve(s, call, path);
              return JsonViews.property(
                  PropertyTree.create(
                      location,
                      call.arg("propertyType"),
                      call.arg("value"),
                      call.arg("description"),
                      call.user()));
            });
    return property(view, changes);
  }

  private ResponseDefinition delete(EfCall call) {
    store.write(
        s -> {
          PropertyTree.delete(lookUp(s, call, orEmpty(path(call))));
          return null;
        });
    return Replies.okEmpty();
  }

  /**
   * Where an existing property is looked up. With {@link Dialect#CHILD_CODE_FOR_MISSING_PROJECT} a
   * project that does not exist is reported as the property missing, with the property's code.
   */
  private PropertyLocation lookUp(EfStore s, EfCall call, String path) {
    try {
      return PropertyLocation.resolve(s, call, path);
    } catch (EfError missing) {
      if (!missing.code().equals("NoSuchProject")
          || !controls.speaks(Dialect.CHILD_CODE_FOR_MISSING_PROJECT)) {
        throw missing;
      }
      String where = call.has("projectName") ? " in project '" + call.arg("projectName") + "'" : "";
      throw EfError.notFound("NoSuchProperty", "Property '" + path + "' does not exist" + where);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
