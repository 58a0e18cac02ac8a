package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.model.EfStore;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /propertySheets/{id}}: any sheet by id, the way plugins follow a propertySheetId;
 * values expanded as in getProperties.
 */
public final class PropertySheetEndpoints {
  private final EfStore store;
  private final ServerControls controls;

  public PropertySheetEndpoints(EfStore store, ServerControls controls) {
    this.store = store;
    this.controls = controls;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/propertySheets/{propertySheetId}",
            call -> {
              Map<String, Object> sheet =
                  store.read(
                      s ->
                          PropertyExpander.listing(
                              s,
                              Lookups.propertySheet(s, call.pathParam("propertySheetId")),
                              call));
              return Replies.okWrapped(
                  "propertySheet",
                  ChangedPropertyViews.sheet(sheet, controls.behaviour().snapshot()));
            }));
  }
}
