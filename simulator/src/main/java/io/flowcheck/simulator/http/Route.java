package io.flowcheck.simulator.http;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.UrlPattern;

/**
 * One REST operation: a verb, a path under /rest/v1.0 and the handler that answers it. WireMock's
 * request matching picks the route: {@code {name}} in the path matches one segment, a trailing
 * {@code **} the rest of the path. A request no route matches answers 501 NotImplemented.
 *
 * @param needsCredentials false only for login
 */
public record Route(String method, String path, boolean needsCredentials, Handler handler) {
  /**
   * The name {@link EfCall#restOfPath()} reads a trailing {@code **} under (WireMock numbers
   * wildcards).
   */
  static final String REST_OF_PATH = "0";

  /** Answers one call; throws {@link EfError} for an error envelope. */
  @FunctionalInterface
  public interface Handler {
    ResponseDefinition answer(EfCall call);
  }

  public static Route get(String path, Handler handler) {
    return new Route("GET", path, true, handler);
  }

  public static Route post(String path, Handler handler) {
    return new Route("POST", path, true, handler);
  }

  public static Route put(String path, Handler handler) {
    return new Route("PUT", path, true, handler);
  }

  public static Route delete(String path, Handler handler) {
    return new Route("DELETE", path, true, handler);
  }

  /** The same route for callers without credentials or a session. */
  public Route withoutCredentials() {
    return new Route(method, path, false, handler);
  }

  /** Unique among the routes, e.g. "GET /projects/{projectName}". */
  String id() {
    return method + " " + path;
  }

  UrlPattern urlPattern() {
    String full = EfApi.API_ROOT + path;
    return path.contains("{") || path.contains("*") ? urlPathTemplate(full) : urlPathEqualTo(full);
  }
}
