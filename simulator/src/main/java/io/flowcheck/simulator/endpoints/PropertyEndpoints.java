package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfEndpoint;
import io.flowcheck.simulator.http.PathCodec;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.model.EfStore;

/**
 * {@code /properties}: getProperty, setProperty (PUT), createProperty (POST), deleteProperty and
 * getProperties (GET on the collection). Everything after {@code /properties/} is one property
 * path, decoded as a whole so that {@code //projects/P/x} and {@code %2Fprojects%2FP%2Fx} both
 * become the absolute path {@code /projects/P/x}.
 */
public final class PropertyEndpoints extends EfEndpoint {
  private final EfStore store;

  public PropertyEndpoints(Authenticator authenticator, EfStore store) {
    super("ef-properties", "/properties", authenticator);
    this.store = store;
  }

  @Override
  protected ResponseDefinition handle(EfCall call) {
    String pathInUrl = call.subPath().isEmpty() ? "" : PathCodec.decodePath(call.subPath().substring(1));
    boolean onCollection = pathInUrl.isEmpty();
    String path = onCollection ? call.arg("propertyName") : pathInUrl;
    return switch (call.method()) {
      case "GET" -> onCollection && path == null ? listSheet(call) : getOne(call, path);
      case "PUT" -> set(call, path);
      case "POST" -> onCollection ? create(call, path) : throwing(call);
      case "DELETE" -> delete(call, path);
      default -> throwing(call);
    };
  }

  private ResponseDefinition getOne(EfCall call, String path) {
    return Replies.okWrapped(
        "property",
        store.read(s -> JsonViews.property(PropertyTree.get(PropertyLocation.resolve(s, call, path)))));
  }

  private ResponseDefinition listSheet(EfCall call) {
    return Replies.okWrapped(
        "propertySheet", store.read(s -> JsonViews.sheet(PropertyLocation.locatorSheet(s, call).sheet())));
  }

  private ResponseDefinition set(EfCall call, String path) {
    return Replies.okWrapped(
        "property",
        store.write(
            s -> {
              PropertyLocation location = PropertyLocation.resolve(s, call, orEmpty(path));
              return JsonViews.property(
                  PropertyTree.set(location, call.arg("value"), call.arg("description"), call.user()));
            }));
  }

  private ResponseDefinition create(EfCall call, String path) {
    call.required("propertyName");
    return Replies.okWrapped(
        "property",
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
            }));
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
