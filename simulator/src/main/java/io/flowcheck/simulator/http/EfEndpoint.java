package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.util.Optional;

/**
 * Base of every resource family: applies an injected fault first (before credentials, so a fault
 * can hit any request), then checks credentials (so even an unknown path without credentials is a
 * 401), builds the {@link EfCall}, and turns every failure into an error envelope. Nothing escapes
 * as a stack trace or an HTML page.
 */
public abstract class EfEndpoint implements ResponseDefinitionTransformerV2 {
  public static final String API_ROOT = "/rest/v1.0";

  private final String name;
  private final String collectionPath;
  private final Authenticator authenticator;
  private final ServerControls controls;

  /** An endpoint that never sees faults or behaviour changes. */
  protected EfEndpoint(String name, String collection, Authenticator authenticator) {
    this(name, collection, authenticator, ServerControls.none());
  }

  protected EfEndpoint(String name, String collection, Authenticator authenticator, ServerControls controls) {
    this.name = name;
    this.collectionPath = API_ROOT + collection;
    this.authenticator = authenticator;
    this.controls = controls;
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
    Request request = serveEvent.getRequest();
    Optional<FaultRule> fault = claimFault(request);
    if (fault.isPresent() && fault.get().type() != FaultType.DELAY) {
      return FaultReplies.instead(fault.get()); // never processed, so a faulted write changes nothing
    }
    ResponseDefinition answer = answer(request);
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

  protected static boolean isApiUrl(String url) {
    return url.equals(API_ROOT) || url.startsWith(API_ROOT + "/") || url.startsWith(API_ROOT + "?");
  }

  private ResponseDefinition answer(Request request) {
    try {
      String user = null;
      if (requiresCredentials(request)) {
        user = authenticator.authenticate(request).orElseThrow(EfError::noCredentials);
      }
      return handle(EfCall.of(request, collectionPath, user));
    } catch (EfError error) {
      return Replies.error(asThisServerAnswers(error));
    } catch (Exception unexpected) { // not just RuntimeException: WireMock sneaky-throws checked ones
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

  protected ServerControls controls() {
    return controls;
  }

  /**
   * Errors as the switched-on behaviour changes and dialect say, wherever they were noticed:
   * CHANGED_ERROR_CODE renames NoSuchProperty, DUPLICATE_AS_400 turns every Duplicate*Name 409 into a 400.
   */
  private EfError asThisServerAnswers(EfError error) {
    EfError answer = error;
    if (answer.code().equals("NoSuchProperty") && controls.behaviour().isOn(BehaviourChange.CHANGED_ERROR_CODE)) {
      answer = answer.withCode("NoSuchPropertyPath");
    }
    if (answer.isDuplicateName() && controls.speaks(Dialect.DUPLICATE_AS_400)) {
      answer = answer.withStatus(400);
    }
    return answer;
  }

  protected abstract ResponseDefinition handle(EfCall call);
}
