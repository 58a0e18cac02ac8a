package io.flowcheck.framework.client;

/** The server answered, but not in a way the REST API promises: HTML, a truncated body, a redirect. */
public final class EfProtocolException extends EfException {
  private static final long serialVersionUID = 1L;

  public EfProtocolException(String detail) {
    super("EF protocol failure: " + detail);
  }
}
