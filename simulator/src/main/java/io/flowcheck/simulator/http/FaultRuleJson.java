package io.flowcheck.simulator.http;

import io.flowcheck.simulator.faults.FaultPlan;
import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import io.flowcheck.simulator.json.JsonText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The admin API's JSON form of a fault rule: {@code
 * {"method":"GET","path":"/properties/.*","type":"CONNECTION_RESET","status":500,
 * "envelope":true,"delayMs":0,"times":-1}}; everything but {@code type} is optional.
 */
final class FaultRuleJson {
  private static final Set<String> FIELDS =
      Set.of("method", "path", "type", "status", "envelope", "delayMs", "times");

  private FaultRuleJson() {}

  /**
   * @throws IllegalArgumentException with a one-line reason naming the field
   */
  static FaultRule parse(String body) {
    Object parsed;
    try {
      parsed = JsonText.read(body == null ? "" : body);
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException("The fault rule is not valid JSON");
    }
    if (!(parsed instanceof Map<?, ?> fields)) {
      throw new IllegalArgumentException("The fault rule must be a JSON object");
    }
    for (Object name : fields.keySet()) {
      if (!FIELDS.contains(String.valueOf(name))) {
        throw new IllegalArgumentException(
            "Unknown field '" + name + "' (expected one of " + FIELDS + ")");
      }
    }
    FaultRule rule = FaultRule.of(type(fields.get("type")));
    return new FaultRule(
        text(fields, "method", "*"),
        text(fields, "path", ".*"),
        rule.type(),
        number(fields, "status", 500),
        bool(fields, "envelope", true),
        Duration.ofMillis(number(fields, "delayMs", 0)),
        number(fields, "times", -1));
  }

  /** Numbers and booleans as JSON numbers and booleans, so a listed rule can be posted again. */
  static Map<String, Object> view(FaultPlan.Active active) {
    FaultRule rule = active.rule();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", active.id());
    view.put("method", rule.method());
    view.put("path", rule.pathRegex());
    view.put("type", rule.type().name());
    view.put("status", rule.status());
    view.put("envelope", rule.envelope());
    view.put("delayMs", rule.delay().toMillis());
    view.put("times", rule.times());
    view.put("left", active.left());
    return view;
  }

  private static FaultType type(Object value) {
    if (!(value instanceof String name)) {
      throw new IllegalArgumentException(
          "'type' is required: one of " + java.util.Arrays.toString(FaultType.values()));
    }
    try {
      return FaultType.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "'type' must be one of "
              + java.util.Arrays.toString(FaultType.values())
              + ", not '"
              + name
              + "'");
    }
  }

  private static String text(Map<?, ?> fields, String name, String fallback) {
    Object value = fields.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException("'" + name + "' must be a string");
    }
    return text;
  }

  private static int number(Map<?, ?> fields, String name, int fallback) {
    Object value = fields.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Integer number)) {
      throw new IllegalArgumentException("'" + name + "' must be a whole number");
    }
    return number;
  }

  private static boolean bool(Map<?, ?> fields, String name, boolean fallback) {
    Object value = fields.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Boolean flag)) {
      throw new IllegalArgumentException("'" + name + "' must be true or false");
    }
    return flag;
  }
}
