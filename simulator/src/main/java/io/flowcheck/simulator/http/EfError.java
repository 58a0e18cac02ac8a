package io.flowcheck.simulator.http;

/**
 * An ElectricFlow error: HTTP status plus the envelope's code and message. Thrown anywhere in a
 * handler and turned into {@code {"error":{where,message,details,code}}} by {@link EfApi}.
 */
public final class EfError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  public static final String NO_CREDENTIALS_MESSAGE =
      "No credentials/session found in this request";

  private final int status;
  private final String code;

  private EfError(int status, String code, String message) {
    super(message, null, false, false); // no stack trace: these are answers, not bugs
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The same error under another code (for a server release that renamed it). */
  public EfError withCode(String newCode) {
    return new EfError(status, newCode, getMessage());
  }

  /** The same error with another HTTP status (for a server dialect that answers it so). */
  public EfError withStatus(int newStatus) {
    return new EfError(newStatus, code, getMessage());
  }

  /** A refusal to create an object whose name is taken: DuplicateProjectName and the like. */
  public boolean isDuplicateName() {
    return code.startsWith("Duplicate") && code.endsWith("Name");
  }

  public static EfError of(int status, String code, String message) {
    return new EfError(status, code, message);
  }

  public static EfError badRequest(String code, String message) {
    return new EfError(400, code, message);
  }

  public static EfError unauthorized(String code, String message) {
    return new EfError(401, code, message);
  }

  public static EfError noCredentials() {
    return unauthorized("NoCredentials", NO_CREDENTIALS_MESSAGE);
  }

  public static EfError notFound(String code, String message) {
    return new EfError(404, code, message);
  }

  public static EfError conflict(String code, String message) {
    return new EfError(409, code, message);
  }

  public static EfError missingArgument(String name) {
    return badRequest("MissingArgument", "'" + name + "' is required");
  }

  public static EfError notImplemented(String method, String path) {
    return new EfError(501, "NotImplemented", "No REST operation for " + method + " " + path);
  }

  public static EfError internal(String message) {
    return new EfError(500, "InternalError", message);
  }
}
