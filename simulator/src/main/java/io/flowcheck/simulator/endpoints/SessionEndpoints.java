package io.flowcheck.simulator.endpoints;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.auth.SessionRegistry;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.http.Route;
import io.flowcheck.simulator.http.ServerControls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /sessions} (login, the one call that needs no credentials) and {@code DELETE
 * /sessions} (logout of the session the request carries, unless the dialect has no REST logout).
 */
public final class SessionEndpoints {
  private final Authenticator authenticator;
  private final SessionRegistry sessions;
  private final LoginRefusal refusal;
  private final boolean secureCookie;
  private final ServerControls controls;

  /** How a wrong password at login is answered: nobody has published a real server's answer. */
  public record LoginRefusal(int status, String code) {}

  public SessionEndpoints(
      Authenticator authenticator,
      SessionRegistry sessions,
      LoginRefusal refusal,
      boolean secureCookie,
      ServerControls controls) {
    this.authenticator = authenticator;
    this.sessions = sessions;
    this.refusal = refusal;
    this.secureCookie = secureCookie;
    this.controls = controls;
  }

  /**
   * Without logout when the dialect says the server has no REST logout: then it is an unknown route
   * (501).
   */
  public List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    routes.add(Route.post("/sessions", this::login).withoutCredentials());
    if (!controls.speaks(Dialect.NO_REST_LOGOUT)) {
      routes.add(Route.delete("/sessions", this::logout));
    }
    return routes;
  }

  /**
   * userName/password from the query (the KB way) or a JSON body; only when neither names a user,
   * Basic credentials. Clients that log in with a JSON body often send Basic on the same request.
   */
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
    if (!authenticator.login(user, password)) {
      throw EfError.of(refusal.status(), refusal.code(), "Invalid user name or password");
    }
    String sessionId = sessions.open(user);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sessionId", sessionId);
    body.put(
        controls.behaviour().isOn(BehaviourChange.RENAMED_LOGIN_FIELD) ? "user" : "userName", user);
    String cookie =
        "sessionId=" + sessionId + "; Path=/; HttpOnly" + (secureCookie ? "; Secure" : "");
    return Replies.builder(200, body).withHeader("Set-Cookie", cookie).build();
  }

  private ResponseDefinition logout(EfCall call) {
    sessions.close(Authenticator.presentedSessionId(call.request()));
    return Replies.okEmpty();
  }
}
