package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfEndpoint;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.http.PathCodec;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.Property;
import io.flowcheck.simulator.model.PropertySheet;
import java.util.Map;
import java.util.Set;

/**
 * {@code /properties}: getProperty, setProperty (PUT), createProperty (POST), deleteProperty and
 * getProperties (GET on the collection). Reads expand {@code $[...]} references (see {@link
 * PropertyExpander}); writes store and echo the raw text. Everything after {@code /properties/} is one property
 * path, decoded as a whole so that {@code //projects/P/x} and {@code %2Fprojects%2FP%2Fx} both
 * become the absolute path {@code /projects/P/x}.
 */
public final class PropertyEndpoints extends EfEndpoint {
  private final EfStore store;

  public PropertyEndpoints(Authenticator authenticator, EfStore store, ServerControls controls) {
    super("ef-properties", "/properties", authenticator, controls);
    this.store = store;
  }

  @Override
  protected ResponseDefinition handle(EfCall call) {
    Set<BehaviourChange> changes = controls().behaviour().snapshot(); // one view of the switches per request
    String pathInUrl = call.subPath().isEmpty() ? "" : PathCodec.decodePath(call.subPath().substring(1));
    boolean onCollection = pathInUrl.isEmpty();
    String path = onCollection ? call.arg("propertyName") : pathInUrl;
    return switch (call.method()) {
      case "GET" -> onCollection && path == null ? listSheet(call, changes) : property(getOne(call, path), changes);
      case "PUT" -> property(set(call, path), changes);
      case "POST" -> onCollection ? property(create(call, path), changes) : throwing(call);
      case "DELETE" -> delete(call, path);
      default -> throwing(call);
    };
  }

  private static ResponseDefinition property(Map<String, Object> view, Set<BehaviourChange> changes) {
    return Replies.okWrapped("property", ChangedPropertyViews.property(view, changes));
  }

  /** getProperty: the value expanded unless expand=0/false; the stored text never changes. */
  private Map<String, Object> getOne(EfCall call, String path) {
    boolean expand = PropertyExpander.requested(call);
    return store.read(
        s -> {
          PropertyLocation location = PropertyLocation.resolve(s, call, path);
          PropertySheet holder = PropertyTree.existingParent(location);
          Property property = PropertyTree.get(location, holder);
          String value = expand ? new PropertyExpander(s).valueOf(property, holder) : property.value();
          return JsonViews.property(property, value);
        });
  }

  /** getProperties: every value expanded unless expand=0/false; one unresolvable value fails the listing. */
  private ResponseDefinition listSheet(EfCall call, Set<BehaviourChange> changes) {
    Map<String, Object> sheet =
        store.read(s -> PropertyExpander.listing(s, PropertyLocation.locatorSheet(s, call).sheet(), call));
    return Replies.okWrapped("propertySheet", ChangedPropertyViews.sheet(sheet, changes));
  }

  private Map<String, Object> set(EfCall call, String path) {
    return store.write(
        s -> {
          PropertyLocation location = PropertyLocation.resolve(s, call, orEmpty(path));
          return JsonViews.property(PropertyTree.set(location, call.arg("value"), call.arg("description"), call.user()));
        });
  }

  private Map<String, Object> create(EfCall call, String path) {
    call.required("propertyName");
    return store.write(
        s -> {
          PropertyLocation location = PropertyLocation.resolve(s, call, path);
          return JsonViews.property(
              PropertyTree.create(
                  location, call.arg("propertyType"), call.arg("value"), call.arg("description"), call.user()));
        });
  }

  private ResponseDefinition delete(EfCall call, String path) {
    store.write(
        s -> {
          PropertyTree.delete(PropertyLocation.resolve(s, call, orEmpty(path)));
          return null;
        });
    return Replies.okEmpty();
  }

  private static ResponseDefinition throwing(EfCall call) {
    throw call.notImplemented();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
