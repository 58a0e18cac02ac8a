package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.flowcheck.simulator.auth.Authenticator;

/**
 * Base of every resource family: checks credentials before anything else (so even an unknown
 * path without credentials is a 401), builds the {@link EfCall}, and turns every failure into an
 * error envelope. Nothing escapes as a stack trace or an HTML page.
 */
public abstract class EfEndpoint implements ResponseDefinitionTransformerV2 {
  public static final String API_ROOT = "/rest/v1.0";

  private final String name;
  private final String collectionPath;
  private final Authenticator authenticator;

  protected EfEndpoint(String name, String collection, Authenticator authenticator) {
    this.name = name;
    this.collectionPath = API_ROOT + collection;
    this.authenticator = authenticator;
  }

  @Override
  public final String getName() {
    return name;
  }

  @Override
  public final boolean applyGlobally() {
    return false;
  }

  /** The URL path regex the routing stub uses for this family. */
  public String pathPattern() {
    return java.util.regex.Pattern.quote(collectionPath) + "(/.*)?";
  }

  @Override
  public final ResponseDefinition transform(ServeEvent serveEvent) {
    try {
      Request request = serveEvent.getRequest();
      String user = null;
      if (requiresCredentials(request)) {
        user = authenticator.authenticate(request).orElseThrow(EfError::noCredentials);
      }
      return handle(EfCall.of(request, collectionPath, user));
    } catch (EfError error) {
      return Replies.error(error);
    } catch (RuntimeException unexpected) {
      String what = unexpected.getClass().getSimpleName();
      String message = unexpected.getMessage();
      return Replies.error(
          EfError.internal("Simulator error: " + what + (message == null ? "" : ": " + message)));
    }
  }

  protected boolean requiresCredentials(Request request) {
    return true;
  }

  protected Authenticator authenticator() {
    return authenticator;
  }

  protected abstract ResponseDefinition handle(EfCall call);
}
