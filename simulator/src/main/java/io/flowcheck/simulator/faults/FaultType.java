package io.flowcheck.simulator.faults;

/** What an injected fault does to a matching request (see {@link FaultRule}). */
public enum FaultType {
  /** A TCP reset (RST) instead of an answer; the request is not processed. */
  CONNECTION_RESET,
  /** The connection is closed without a single byte of answer; the request is not processed. */
  EMPTY_REPLY,
  /** HTTP 200, {@code Content-Type: application/json}, but a truncated JSON body; not processed. */
  MALFORMED_JSON,
  /** The rule's HTTP status, with or without the error envelope; the request is not processed. */
  SERVER_ERROR,
  /** The normal answer, processed as usual, but sent only after the rule's delay. */
  DELAY
}
