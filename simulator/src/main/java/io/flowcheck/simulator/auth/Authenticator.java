package io.flowcheck.simulator.auth;

import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Works out who is calling. Accepted: HTTP Basic with a known user, a {@code sessionId} header (any
 * case, as HTTP header names are case-insensitive) or a {@code sessionId} cookie. Any one valid
 * mechanism is enough, so a stale cookie next to good Basic credentials still gets in. Every
 * password check lands in the {@link LoginLog}; a valid session is tried first, so a request that
 * carries one is not a password check even if it also has Basic credentials.
 */
public final class Authenticator {
  private final Map<String, String> passwordsByUser;
  private final SessionRegistry sessions;
  private final LoginLog loginLog;

  public Authenticator(
      Map<String, String> passwordsByUser, SessionRegistry sessions, LoginLog loginLog) {
    this.passwordsByUser = Map.copyOf(passwordsByUser);
    this.sessions = sessions;
    this.loginLog = loginLog;
  }

  public Optional<String> authenticate(Request request) {
    Optional<String> bySession = sessions.use(sessionIdHeader(request));
    if (bySession.isEmpty()) {
      bySession = sessions.use(sessionIdCookie(request));
    }
    return bySession.or(() -> basicUser(request.getHeader("Authorization")));
  }

  /**
   * Who is calling a form endpoint outside the REST API, such as artifact publishing: a valid
   * session id given in the form, else HTTP Basic with a known user.
   *
   * @param formSessionId the form's session id field, or null
   * @param authorization the Authorization header, or null
   */
  public Optional<String> authenticate(String formSessionId, String authorization) {
    return sessions.use(formSessionId).or(() -> basicUser(authorization));
  }

  /** The password check of {@code POST /sessions}, recorded as a "login" attempt. */
  public boolean login(String user, String password) {
    return checked(user, password, LoginAttempt.LOGIN);
  }

  private boolean checked(String user, String password, String via) {
    boolean accepted =
        user != null && password != null && password.equals(passwordsByUser.get(user));
    loginLog.record(new LoginAttempt(user, via, accepted));
    return accepted;
  }

  /** The session id a request carries (header first, then cookie), valid or not. */
  public static String presentedSessionId(Request request) {
    String header = sessionIdHeader(request);
    return header != null ? header : sessionIdCookie(request);
  }

  /** Basic credentials as {name, password}, or empty if absent or not decodable. */
  public static Optional<String[]> basicCredentials(Request request) {
    return basicCredentials(request.getHeader("Authorization"));
  }

  /** Basic credentials of an Authorization header as {name, password}, or empty. */
  public static Optional<String[]> basicCredentials(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private Optional<String> basicUser(String authorization) {
    return basicCredentials(authorization)
        .filter(credentials -> checked(credentials[0], credentials[1], LoginAttempt.BASIC))
        .map(credentials -> credentials[0]);
  }

  private static String sessionIdHeader(Request request) {
    for (String name : request.getAllHeaderKeys()) {
      if (name.equalsIgnoreCase("sessionId")) {
        return request.getHeader(name);
      }
    }
    return null;
  }

  private static String sessionIdCookie(Request request) {
    for (String name : request.getAllHeaderKeys()) {
      if (name.equalsIgnoreCase("Cookie")) {
        for (String pair : request.getHeader(name).split(";")) {
          String[] nameAndValue = pair.trim().split("=", 2);
          if (nameAndValue.length == 2 && nameAndValue[0].equals("sessionId")) {
            return nameAndValue[1].trim();
          }
        }
      }
    }
    return null;
  }
}
