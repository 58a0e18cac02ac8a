package io.flowcheck.framework.client;

import java.time.Duration;

/**
 * One finished call, as listeners see it: no URL, headers or bodies, so nothing secret.
 *
 * @param status the HTTP status, or 0 when no answer came
 * @param attempt 1 for the first try; higher when the call was retried
 */
public record Exchange(Operation operation, int status, Duration duration, int attempt) {}
