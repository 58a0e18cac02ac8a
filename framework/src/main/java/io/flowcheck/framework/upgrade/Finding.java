package io.flowcheck.framework.upgrade;

import tools.jackson.databind.node.ObjectNode;

/**
 * One difference in one exchange.
 *
 * @param field the path in the answer ({@code property.value}, {@code artifactVersion[1].version});
 *     empty for status and error code findings
 */
public record Finding(Kind kind, String field, String before, String after) {
  private static final int SHOWN = 120;

  public enum Kind {
    NOW_FAILS(Outcome.REGRESSED, "now fails"),
    NOW_SUCCEEDS(Outcome.REGRESSED, "now succeeds"),
    STATUS_CHANGED(Outcome.REGRESSED, "status changed"),
    ERROR_CODE_CHANGED(Outcome.REGRESSED, "error code changed"),
    FIELD_MISSING(Outcome.REGRESSED, "field missing"),
    EXCHANGE_MISSING(Outcome.REGRESSED, "exchange no longer made"),
    VALUE_CHANGED(Outcome.CHANGED, "value changed"),
    TARGET_CHANGED(Outcome.CHANGED, "request path changed"),
    FIELD_ADDED(Outcome.ADDED, "field added"),
    EXCHANGE_ADDED(Outcome.ADDED, "new exchange");

    private final Outcome outcome;
    private final String label;

    Kind(Outcome outcome, String label) {
      this.outcome = outcome;
      this.label = label;
    }

    public Outcome outcome() {
      return outcome;
    }

    public String label() {
      return label;
    }
  }

  public Outcome outcome() {
    return kind.outcome();
  }

  /** One line: {@code field missing property.lastModifiedBy (was "admin")}. */
  public String describe() {
    String where = field.isEmpty() ? "" : " " + field;
    return switch (kind) {
      case FIELD_MISSING -> kind.label() + where + " (was " + quote(before) + ")";
      case FIELD_ADDED -> kind.label() + where + " = " + quote(after);
      case EXCHANGE_MISSING, EXCHANGE_ADDED -> kind.label();
      default -> kind.label() + where + ": " + quote(before) + " -> " + quote(after);
    };
  }

  private static String quote(String s) {
    if (s == null) {
      return "(none)";
    }
    String shown =
        s.length() > SHOWN ? s.substring(0, SHOWN) + "... (" + s.length() + " chars)" : s;
    return "\"" + shown.replace("\n", "\\n") + "\"";
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonTree.object();
    o.put("kind", kind.name());
    o.put("outcome", outcome().label());
    o.put("field", field);
    if (before != null) {
      o.put("before", before);
    }
    if (after != null) {
      o.put("after", after);
    }
    o.put("text", describe());
    return o;
  }
}
