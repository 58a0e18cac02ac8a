package io.flowcheck.framework.client;

/**
 * ElectricFlow answered with its error envelope, e.g. {@code NoSuchProperty} with HTTP 404.
 * Scenarios assert on {@link #code()} first: it is the most stable part across server versions.
 */
public class EfApiException extends EfException {
  private static final long serialVersionUID = 1L;

  private final Operation operation;
  private final int status;
  private final String code;
  private final String errorMessage;
  private final String where;
  private final String details;

  public EfApiException(
      Operation operation,
      int status,
      String code,
      String errorMessage,
      String where,
      String details) {
    this(
        describe(operation, status, code, errorMessage),
        operation,
        status,
        code,
        errorMessage,
        where,
        details);
  }

  protected EfApiException(
      String message,
      Operation operation,
      int status,
      String code,
      String errorMessage,
      String where,
      String details) {
    super(message);
    this.operation = operation;
    this.status = status;
    this.code = code;
    this.errorMessage = errorMessage;
    this.where = where;
    this.details = details;
  }

  private static String describe(Operation op, int status, String code, String message) {
    return code + " (HTTP " + status + ") from " + op.apiName() + ": " + message;
  }

  public Operation operation() {
    return operation;
  }

  public int status() {
    return status;
  }

  /** The envelope's {@code code}, e.g. {@code NoSuchProject}; empty if the server sent none. */
  public String code() {
    return code;
  }

  /** The envelope's {@code message}. */
  public String errorMessage() {
    return errorMessage;
  }

  public String where() {
    return where;
  }

  public String details() {
    return details;
  }
}
