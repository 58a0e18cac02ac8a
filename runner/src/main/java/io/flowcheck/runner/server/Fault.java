package io.flowcheck.runner.server;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fault for the simulator to answer with, in the form its admin route {@code POST
 * /__admin/ef/faults} takes: which requests (method, path regex), what happens (type, status,
 * envelope, delay) and how often. The runner's own description: it shares no code with the
 * simulator, only the documented JSON.
 *
 * @param type one of the simulator's fault types, e.g. {@code CONNECTION_RESET}, {@code DELAY}
 * @param times how many matching requests meet it; -1 until cleared
 */
public record Fault(
    String type,
    String method,
    String path,
    int status,
    boolean envelope,
    Duration delay,
    int times) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public Fault {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(delay, "delay");
  }

  public static Fault of(String type) {
    return new Fault(type, "*", ".*", 500, true, Duration.ZERO, -1);
  }

  public static Fault connectionReset() {
    return of("CONNECTION_RESET");
  }

  public static Fault emptyReply() {
    return of("EMPTY_REPLY");
  }

  public static Fault malformedJson() {
    return of("MALFORMED_JSON");
  }

  public static Fault delay(Duration delay) {
    return of("DELAY").after(delay);
  }

  /** An HTTP error status, with or without ElectricFlow's error envelope. */
  public static Fault serverError(int status, boolean envelope) {
    return new Fault("SERVER_ERROR", "*", ".*", status, envelope, Duration.ZERO, -1);
  }

  /** Only requests with this method whose path (under /rest/v1.0) matches this regex. */
  public Fault on(String onlyMethod, String pathRegex) {
    return new Fault(type, onlyMethod, pathRegex, status, envelope, delay, times);
  }

  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a fault meets at least 1 request, not " + count);
    }
    return new Fault(type, method, path, status, envelope, delay, count);
  }

  public Fault after(Duration wait) {
    return new Fault(type, method, path, status, envelope, wait, times);
  }

  /** The path regex that matches reads and writes of exactly this property path, query or not. */
  public static String propertyPath(String propertyPath) {
    return "/properties/" + Pattern.quote(propertyPath) + "(\\?|$)";
  }

  /** The admin route's JSON. */
  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", type);
    n.put("method", method);
    n.put("path", path);
    n.put("status", status);
    n.put("envelope", envelope);
    n.put("delayMs", (int) Math.min(Integer.MAX_VALUE, delay.toMillis()));
    n.put("times", times);
    return JSON.writeValueAsString(n);
  }
}
