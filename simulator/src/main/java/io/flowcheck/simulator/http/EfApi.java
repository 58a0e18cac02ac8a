package io.flowcheck.simulator.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.UrlPathTemplatePattern;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST API as one WireMock transformer. Each {@link Route} is a stub that names its route; a
 * catch-all stub below them answers everything else with 501 NotImplemented, as the server does for
 * {@code GET /rest/v1.0/wrong}. For every request it applies an injected fault first (before
 * credentials, so a fault can hit any request), then checks credentials (so even an unknown path
 * without credentials is a 401), builds the {@link EfCall}, and turns every failure into an error
 * envelope. Nothing escapes as a stack trace or an HTML page.
 */
public final class EfApi implements ResponseDefinitionTransformerV2 {
  public static final String API_ROOT = "/rest/v1.0";
  private static final String NAME = "ef-api";
  private static final String ROUTE_PARAMETER = "route";
  private static final String NOT_IMPLEMENTED = "not-implemented";
  private static final int ROUTE_PRIORITY = 5;
  private static final int CATCH_ALL_PRIORITY = 10;

  private final Authenticator authenticator;
  private final ServerControls controls;
  private final Map<String, Route> routes = new LinkedHashMap<>();

  public EfApi(Authenticator authenticator, ServerControls controls, List<Route> routes) {
    this.authenticator = authenticator;
    this.controls = controls;
    for (Route route : routes) {
      if (this.routes.put(route.id(), route) != null) {
        throw new IllegalArgumentException("Two routes for " + route.id());
      }
    }
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  /** One stub per route, and the catch-all below them; call before the server starts. */
  public void stubRoutes(WireMockServer server) {
    for (Route route : routes.values()) {
      server.stubFor(
          request(route.method(), route.urlPattern())
              .atPriority(ROUTE_PRIORITY)
              .willReturn(answeredBy(route.id())));
    }
    server.stubFor(
        any(anyUrl()).atPriority(CATCH_ALL_PRIORITY).willReturn(answeredBy(NOT_IMPLEMENTED)));
  }

  private ResponseDefinitionBuilder answeredBy(String routeId) {
    return aResponse().withTransformers(NAME).withTransformerParameter(ROUTE_PARAMETER, routeId);
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    Optional<FaultRule> fault = claimFault(request);
    if (fault.isPresent() && fault.get().type() != FaultType.DELAY) {
      return FaultReplies.instead(
          fault.get()); // never processed, so a faulted write changes nothing
    }
    Route route =
        routes.get(
            serveEvent.getTransformerParameters().getString(ROUTE_PARAMETER, NOT_IMPLEMENTED));
    ResponseDefinition answer = answer(request, route, pathParams(serveEvent));
    return fault.isPresent() ? FaultReplies.delayed(answer, fault.get()) : answer;
  }

  /** Faults hit only the REST API: anything else the catch-all sees is left alone. */
  private Optional<FaultRule> claimFault(Request request) {
    String url = request.getUrl();
    if (!isApiUrl(url)) {
      return Optional.empty();
    }
    return controls.faults().claim(request.getMethod().getName(), url.substring(API_ROOT.length()));
  }

  private static boolean isApiUrl(String url) {
    return url.equals(API_ROOT) || url.startsWith(API_ROOT + "/") || url.startsWith(API_ROOT + "?");
  }

  /** The still percent-encoded values of the route's {@code {name}} and {@code **} parts. */
  private static Map<String, String> pathParams(ServeEvent serveEvent) {
    UrlPattern matched = serveEvent.getStubMapping().getRequest().getUrlMatcher();
    return matched instanceof UrlPathTemplatePattern template
        ? template.getPathTemplate().parse(serveEvent.getRequest().getUrl())
        : Map.of();
  }

  /**
   * @param route null for the catch-all
   */
  private ResponseDefinition answer(Request request, Route route, Map<String, String> pathParams) {
    try {
      String user = null;
      if (route == null ? isApiUrl(request.getUrl()) : route.needsCredentials()) {
        user = authenticator.authenticate(request).orElseThrow(EfError::noCredentials);
      }
      EfCall call = EfCall.of(request, pathParams, user);
      if (route == null) {
        throw call.notImplemented();
      }
      return route.handler().answer(call);
    } catch (EfError error) {
      return Replies.error(asThisServerAnswers(error));
    } catch (
        Exception unexpected) { // not just RuntimeException: WireMock sneaky-throws checked ones
      String what = unexpected.getClass().getSimpleName();
      String message = unexpected.getMessage();
      return Replies.error(
          EfError.internal("Simulator error: " + what + (message == null ? "" : ": " + message)));
    }
  }

  /**
   * Errors as the switched-on behaviour changes and dialect say, wherever they were noticed:
   * CHANGED_ERROR_CODE renames NoSuchProperty, DUPLICATE_AS_400 turns every Duplicate*Name 409 into
   * a 400.
   */
  private EfError asThisServerAnswers(EfError error) {
    EfError answer = error;
    if (answer.code().equals("NoSuchProperty")
        && controls.behaviour().isOn(BehaviourChange.CHANGED_ERROR_CODE)) {
      answer = answer.withCode("NoSuchPropertyPath");
    }
    if (answer.isDuplicateName() && controls.speaks(Dialect.DUPLICATE_AS_400)) {
      answer = answer.withStatus(400);
    }
    return answer;
  }
}
