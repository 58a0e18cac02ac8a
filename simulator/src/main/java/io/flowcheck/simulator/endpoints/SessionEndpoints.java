package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.auth.SessionRegistry;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfEndpoint;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.http.Replies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /sessions} (login, the one call that needs no credentials) and {@code DELETE
 * /sessions} (logout of the session the request carries).
 */
public final class SessionEndpoints extends EfEndpoint {
  private final SessionRegistry sessions;
  private final String loginFailureCode;
  private final boolean secureCookie;

  public SessionEndpoints(
      Authenticator authenticator,
      SessionRegistry sessions,
      String loginFailureCode,
      boolean secureCookie,
      ServerControls controls) {
    super("ef-sessions", "/sessions", authenticator, controls);
    this.sessions = sessions;
    this.loginFailureCode = loginFailureCode;
    this.secureCookie = secureCookie;
  }

  @Override
  protected boolean requiresCredentials(Request request) {
    return !request.getMethod().getName().equals("POST");
  }

  @Override
  protected ResponseDefinition handle(EfCall call) {
    if (!call.segments().isEmpty()) {
      throw call.notImplemented();
    }
    return switch (call.method()) {
      case "POST" -> login(call);
      case "DELETE" -> logout(call);
      default -> throw call.notImplemented();
    };
  }

  /** userName/password from the query (the KB way), a JSON body, or else Basic credentials. */
  private ResponseDefinition login(EfCall call) {
    String user = call.arg("userName");
    String password = call.arg("password");
    if (user == null) {
      Optional<String[]> basic = Authenticator.basicCredentials(call.request());
      if (basic.isEmpty()) {
        throw EfError.noCredentials();
      }
      user = basic.get()[0];
      password = basic.get()[1];
    }
    if (!authenticator().passwordMatches(user, password)) {
      throw EfError.unauthorized(loginFailureCode, "Invalid user name or password");
    }
    String sessionId = sessions.open(user);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sessionId", sessionId);
    body.put("userName", user);
    String cookie = "sessionId=" + sessionId + "; Path=/; HttpOnly" + (secureCookie ? "; Secure" : "");
    return Replies.builder(200, body).withHeader("Set-Cookie", cookie).build();
  }

  private ResponseDefinition logout(EfCall call) {
    sessions.close(Authenticator.presentedSessionId(call.request()));
    return Replies.okEmpty();
  }
}
