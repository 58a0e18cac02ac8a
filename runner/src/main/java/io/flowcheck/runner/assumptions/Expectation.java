package io.flowcheck.runner.assumptions;

import java.util.List;

/** What a step expected of the call it judges: success, or a refusal with one of these codes. */
public record Expectation(List<String> codes) {
  public static final Expectation SUCCESS = new Expectation(List.of());

  public Expectation {
    codes = List.copyOf(codes);
  }

  public static Expectation refusal(List<String> codes) {
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("a refusal names at least one error code");
    }
    return new Expectation(codes);
  }

  public boolean success() {
    return codes.isEmpty();
  }

  @Override
  public String toString() {
    return success() ? "success" : "a refusal with " + String.join(" or ", codes);
  }
}
