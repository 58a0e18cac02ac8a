package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.model.EfStore;
import java.util.List;

/** {@code GET /repositories} and {@code GET /repositories/{name}}; read-only, just "default". */
public final class RepositoryEndpoints {
  private final EfStore store;

  public RepositoryEndpoints(EfStore store) {
    this.store = store;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/repositories",
            call ->
                Replies.okWrapped(
                    "repository",
                    store.read(
                        s -> s.repositories().stream().map(JsonViews::repository).toList()))),
        Route.get(
            "/repositories/{repositoryName}",
            call ->
                Replies.okWrapped(
                    "repository",
                    store.read(
                        s ->
                            JsonViews.repository(
                                Lookups.repository(s, call.pathParam("repositoryName")))))));
  }
}
