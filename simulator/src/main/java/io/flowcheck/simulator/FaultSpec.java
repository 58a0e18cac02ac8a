package io.flowcheck.simulator;

import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's short form of a fault rule, {@code TYPE[:METHOD[:PATHREGEX]]}: {@code reset},
 * {@code empty}, {@code malformed}, {@code delay=MS}, an HTTP status such as {@code 503}, or a
 * status without the error envelope such as {@code 500-bare}. The regex may itself contain colons.
 */
final class FaultSpec {
  static final String TYPES = "reset, empty, malformed, delay=MS, STATUS or STATUS-bare";
  private static final Pattern STATUS = Pattern.compile("([45]\\d\\d)(-bare)?");
  private static final Pattern DELAY = Pattern.compile("delay=(\\d{1,9})");

  private FaultSpec() {}

  /**
   * @throws IllegalArgumentException with a short reason when the spec does not parse
   */
  static FaultRule parse(String spec) {
    String[] parts = spec.split(":", 3);
    FaultRule rule = type(parts[0].trim());
    String method = parts.length > 1 ? parts[1].trim() : "*";
    String path = parts.length > 2 ? parts[2] : ".*";
    return rule.on(method, path); // validates both
  }

  private static FaultRule type(String type) {
    switch (type) {
      case "reset":
        return FaultRule.of(FaultType.CONNECTION_RESET);
      case "empty":
        return FaultRule.of(FaultType.EMPTY_REPLY);
      case "malformed":
        return FaultRule.of(FaultType.MALFORMED_JSON);
      default:
        break;
    }
    Matcher status = STATUS.matcher(type);
    if (status.matches()) {
      return FaultRule.of(FaultType.SERVER_ERROR)
          .status(Integer.parseInt(status.group(1)), status.group(2) == null);
    }
    Matcher delay = DELAY.matcher(type);
    if (delay.matches()) {
      return FaultRule.of(FaultType.DELAY).delay(Duration.ofMillis(Long.parseLong(delay.group(1))));
    }
    throw new IllegalArgumentException("unknown fault type '" + type + "'");
  }
}
