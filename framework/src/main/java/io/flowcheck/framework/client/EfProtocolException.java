package io.flowcheck.framework.client;

/**
 * The server answered, but not in a way the REST API promises: HTML, a truncated body, a redirect.
 */
public final class EfProtocolException extends EfException {
  private static final long serialVersionUID = 1L;

  private final Operation operation;
  private final int status;

  public EfProtocolException(String detail) {
    this(null, 0, detail);
  }

  /**
   * @param operation the call that got the odd answer, or null
   * @param status the HTTP status of that answer, or 0
   */
  public EfProtocolException(Operation operation, int status, String detail) {
    super("EF protocol failure: " + detail);
    this.operation = operation;
    this.status = status;
  }

  /** The call that got the odd answer, or null when not known. */
  public Operation operation() {
    return operation;
  }

  /** The HTTP status of the odd answer (a 404 page without an error envelope), or 0. */
  public int status() {
    return status;
  }
}
