package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfEndpoint;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.model.EfStore;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /propertySheets/{id}}: any sheet by id, the way plugins follow a propertySheetId; values
 * expanded as in getProperties.
 */
public final class PropertySheetEndpoints extends EfEndpoint {
  private final EfStore store;

  public PropertySheetEndpoints(Authenticator authenticator, EfStore store, ServerControls controls) {
    super("ef-property-sheets", "/propertySheets", authenticator, controls);
    this.store = store;
  }

  @Override
  protected ResponseDefinition handle(EfCall call) {
    List<String> segments = call.segments();
    if (!call.method().equals("GET") || segments.size() != 1) {
      throw call.notImplemented();
    }
    Map<String, Object> sheet =
        store.read(s -> PropertyExpander.listing(s, Lookups.propertySheet(s, segments.get(0)), call));
    return Replies.okWrapped("propertySheet", ChangedPropertyViews.sheet(sheet, controls().behaviour().snapshot()));
  }
}
