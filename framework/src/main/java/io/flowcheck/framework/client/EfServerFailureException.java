package io.flowcheck.framework.client;

/** The server failed (HTTP 5xx), with or without an error envelope. */
public final class EfServerFailureException extends EfApiException {
  private static final long serialVersionUID = 1L;

  public EfServerFailureException(
      Operation operation, int status, String code, String errorMessage) {
    super(
        "EF server failure: HTTP "
            + status
            + " from "
            + operation.apiName()
            + ": "
            + (code.isEmpty() ? "" : code + ": ")
            + errorMessage,
        operation,
        status,
        code,
        errorMessage,
        "",
        "");
  }
}
