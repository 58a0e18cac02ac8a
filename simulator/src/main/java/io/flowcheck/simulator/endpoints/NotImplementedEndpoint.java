package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfEndpoint;
import io.flowcheck.simulator.http.ServerControls;

/**
 * The lowest-priority catch-all: any path no resource family claims answers 501 NotImplemented,
 * as the server does for {@code GET /rest/v1.0/wrong}. Under /rest/v1.0 credentials are still
 * checked first, so an unknown path without credentials is a 401 like everywhere else.
 */
public final class NotImplementedEndpoint extends EfEndpoint {
  public NotImplementedEndpoint(Authenticator authenticator, ServerControls controls) {
    super("ef-not-implemented", "", authenticator, controls);
  }

  @Override
  public String pathPattern() {
    return ".*";
  }

  @Override
  protected boolean requiresCredentials(Request request) {
    return isApiUrl(request.getUrl());
  }

  @Override
  protected ResponseDefinition handle(EfCall call) {
    throw call.notImplemented();
  }
}
