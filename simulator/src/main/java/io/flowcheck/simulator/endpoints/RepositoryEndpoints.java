package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfEndpoint;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.model.EfStore;
import java.util.List;

/** {@code GET /repositories} and {@code GET /repositories/{name}}; read-only, just "default". */
public final class RepositoryEndpoints extends EfEndpoint {
  private final EfStore store;

  public RepositoryEndpoints(Authenticator authenticator, EfStore store, ServerControls controls) {
    super("ef-repositories", "/repositories", authenticator, controls);
    this.store = store;
  }

  @Override
  protected ResponseDefinition handle(EfCall call) {
    List<String> segments = call.segments();
    if (!call.method().equals("GET") || segments.size() > 1) {
      throw call.notImplemented();
    }
    if (segments.isEmpty()) {
      return Replies.okWrapped(
          "repository", store.read(s -> s.repositories().stream().map(JsonViews::repository).toList()));
    }
    return Replies.okWrapped(
        "repository", store.read(s -> JsonViews.repository(Lookups.repository(s, segments.get(0)))));
  }
}
