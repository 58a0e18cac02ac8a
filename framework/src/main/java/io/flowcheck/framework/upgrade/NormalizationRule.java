package io.flowcheck.framework.upgrade;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One normalization rule, as written in a rules file: {@code
 * {"operation":"getProperty","field":"property.modifyTime","replace":"<time>"}}.
 *
 * <ul>
 *   <li>{@code operation}: an API name (getProperty) or "*" for all; default "*".
 *   <li>{@code field}: a field name at any depth ({@code modifyTime}, globs like {@code *Time}) or
 *       a dotted path from the top ({@code property.value}, {@code artifactVersion[].createTime}).
 *   <li>{@code match}: a regular expression searched in string values (and, without a field, in the
 *       request path too).
 *   <li>one action: {@code replace} (a token; the field must still be present), {@code drop} (the
 *       field is not compared at all) or {@code keep} (exempt the field from later rules).
 * </ul>
 */
public record NormalizationRule(
    String operation,
    String field,
    Pattern match,
    String replace,
    boolean drop,
    boolean keep,
    String note) {
  private static final Set<String> KEYS =
      Set.of("operation", "field", "match", "replace", "drop", "keep", "note");

  public static NormalizationRule field(String operation, String field, String replace) {
    return new NormalizationRule(operation, field, null, replace, false, false, null);
  }

  public static NormalizationRule text(String regex, String replace) {
    return new NormalizationRule("*", null, Pattern.compile(regex), replace, false, false, null);
  }

  public boolean appliesTo(String apiName) {
    return operation == null || operation.equals("*") || operation.equals(apiName);
  }

  /** A rule for every string value (and the request path): no field given. */
  public boolean isTextRule() {
    return field == null;
  }

  /** Whether this rule's field selects the field at {@code path} (indices written as "[]"). */
  public boolean selects(String path) {
    if (field == null) {
      return false;
    }
    boolean bareName = !field.contains(".") && !field.contains("[");
    String subject = bareName ? lastName(path) : path;
    return glob(field).matcher(subject).matches();
  }

  /** Applies the text part of the rule to a string value. */
  public String rewrite(String value) {
    if (match == null) {
      return replace;
    }
    return match.matcher(value).replaceAll(java.util.regex.Matcher.quoteReplacement(replace));
  }

  static String lastName(String path) {
    String p = path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
    int dot = p.lastIndexOf('.');
    return dot < 0 ? p : p.substring(dot + 1);
  }

  private static Pattern glob(String selector) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (c == '*' && i + 1 < selector.length() && selector.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^.\\[\\]]*");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonTree.object();
    o.put("operation", operation == null ? "*" : operation);
    if (field != null) {
      o.put("field", field);
    }
    if (match != null) {
      o.put("match", match.pattern());
    }
    if (drop) {
      o.put("drop", true);
    } else if (keep) {
      o.put("keep", true);
    } else {
      o.put("replace", replace);
    }
    if (note != null) {
      o.put("note", note);
    }
    return o;
  }

  /** Reads one rule; {@code where} names the file and position for the one-line error. */
  public static NormalizationRule fromJson(JsonNode o, String where) {
    if (!o.isObject()) {
      throw new IllegalArgumentException("Upgrade rules: " + where + " is not a JSON object");
    }
    for (String key : o.propertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "Upgrade rules: "
                + where
                + " has unknown key '"
                + key
                + "'; known: operation, field, match, replace, drop, keep, note");
      }
    }
    String field = o.hasNonNull("field") ? o.get("field").asString() : null;
    Pattern match = null;
    if (o.hasNonNull("match")) {
      try {
        match = Pattern.compile(o.get("match").asString());
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "Upgrade rules: " + where + " has a bad 'match' regex: " + e.getDescription(), e);
      }
    }
    boolean drop = o.path("drop").asBoolean(false);
    boolean keep = o.path("keep").asBoolean(false);
    String replace = o.hasNonNull("replace") ? o.get("replace").asString() : null;
    int actions = (drop ? 1 : 0) + (keep ? 1 : 0) + (replace != null ? 1 : 0);
    if (field == null && match == null) {
      throw new IllegalArgumentException(
          "Upgrade rules: " + where + " needs a 'field' or a 'match'");
    }
    if (actions != 1) {
      throw new IllegalArgumentException(
          "Upgrade rules: " + where + " needs exactly one of 'replace', 'drop' or 'keep'");
    }
    if (field == null && replace == null) {
      throw new IllegalArgumentException(
          "Upgrade rules: " + where + " with only a 'match' needs 'replace'");
    }
    String op = o.hasNonNull("operation") ? o.get("operation").asString() : "*";
    String note = o.hasNonNull("note") ? o.get("note").asString() : null;
    return new NormalizationRule(op, field, match, replace, drop, keep, note);
  }
}
