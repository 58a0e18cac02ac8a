package io.flowcheck.framework.client;

/**
 * Tells "this server has no such REST route" apart from other failures. An unknown path answers
 * HTTP 501 with code {@code NotImplemented} (Jenkins electricflow-plugin CallRestApiSuite); a web
 * server or proxy in front may answer 404 instead, with or without ElectricFlow's error envelope.
 * Calls whose route is not documented (logout, getVersions) treat such an answer as "not here", not
 * as a failure.
 */
final class MissingRoute {
  static final String NOT_IMPLEMENTED = "NotImplemented";

  private MissingRoute() {}

  /**
   * True when {@code called} itself was answered 404, 501 or {@code NotImplemented}; a login made
   * on the way (session auth) that was answered so does not count.
   */
  static boolean is(EfException e, Operation called) {
    if (operationOf(e) != called) {
      return false;
    }
    int status = status(e);
    return status == 404 || status == 501 || NOT_IMPLEMENTED.equals(code(e));
  }

  /**
   * Stricter than {@link #is}: {@code called} was answered 501 or {@code NotImplemented}, or 404 or
   * 405 without ElectricFlow's envelope. A 404 with an envelope ({@code NoSuchProject}) is the
   * route answering, so a call with a fallback route does not hide it.
   */
  static boolean isUnknown(EfException e, Operation called) {
    if (operationOf(e) != called) {
      return false;
    }
    int status = status(e);
    String code = code(e);
    return status == 501
        || NOT_IMPLEMENTED.equals(code)
        || (status == 404 || status == 405) && code.isEmpty();
  }

  /** The HTTP status of an answered failure, or 0 when the server did not answer. */
  static int status(EfException e) {
    if (e instanceof EfApiException api) {
      return api.status();
    }
    if (e instanceof EfProtocolException protocol) {
      return protocol.status();
    }
    return 0;
  }

  /** The envelope's code, or empty. */
  static String code(EfException e) {
    return e instanceof EfApiException api && api.code() != null ? api.code() : "";
  }

  /** "HTTP 501 NotImplemented", "HTTP 404": short enough for a note, free of server text. */
  static String describe(EfException e) {
    String code = code(e);
    return "HTTP " + status(e) + (code.isEmpty() ? "" : " " + code);
  }

  /** The call an answered failure belongs to, or null. */
  static Operation operationOf(EfException e) {
    if (e instanceof EfApiException api) {
      return api.operation();
    }
    if (e instanceof EfProtocolException protocol) {
      return protocol.operation();
    }
    return null;
  }
}
