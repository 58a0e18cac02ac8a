package io.flowcheck.framework.client;

import io.flowcheck.framework.http.SecretMasker;
import java.time.Duration;

/**
 * One HTTP exchange: one try of a call, as a {@link CallEvent} lists them. Request and response
 * text come out masked, so a listener that writes them somewhere (a baseline, a report) cannot leak
 * a secret. Masking is done on demand: most listeners only need the operation and the status.
 */
public final class Exchange {
  private final Operation operation;
  private final int status;
  private final Duration duration;
  private final int attempt;
  private final String target;
  private final String requestBody;
  private final String responseBody;
  private final SecretMasker masker;

  Exchange(
      Operation operation,
      int status,
      Duration duration,
      int attempt,
      String target,
      String requestBody,
      String responseBody,
      SecretMasker masker) {
    this.operation = operation;
    this.status = status;
    this.duration = duration;
    this.attempt = attempt;
    this.target = target;
    this.requestBody = requestBody;
    this.responseBody = responseBody;
    this.masker = masker;
  }

  public Operation operation() {
    return operation;
  }

  /** The HTTP status, or 0 when no answer came. */
  public int status() {
    return status;
  }

  public Duration duration() {
    return duration;
  }

  /** 1 for the first try; higher when the call was retried. */
  public int attempt() {
    return attempt;
  }

  /**
   * Path and query relative to {@code /rest/v1.0}, masked, e.g. {@code
   * /properties/x?projectName=P}.
   */
  public String target() {
    return masker.mask(target);
  }

  /** The JSON request body, masked; null when there was none. */
  public String requestBody() {
    return requestBody == null ? null : masker.mask(requestBody);
  }

  /** The response body, masked; null when no answer came. */
  public String responseBody() {
    return responseBody == null ? null : masker.mask(responseBody);
  }

  @Override
  public String toString() {
    return operation.apiName() + " -> " + status + " (attempt " + attempt + ")";
  }
}
