package io.flowcheck.framework.upgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns one exchange into its baseline form: first the run's own names (sandbox project, artifact
 * group, run id, the scenario's unique suffix, the server version) become tokens, then the rules
 * take out ids, timestamps and whatever users or calibration added.
 */
public final class Normalizer {
  private final NormalizationRules rules;
  private final List<Map.Entry<String, String>> substitutions;

  /**
   * @param substitutions literal text to token, e.g. "flowcheck-sandbox-r1x" to
   *     "&lt;sandbox-project&gt;"
   */
  public Normalizer(NormalizationRules rules, Map<String, String> substitutions) {
    this.rules = rules;
    List<Map.Entry<String, String>> subs = new ArrayList<>();
    substitutions.forEach(
        (k, v) -> {
          if (k != null && !k.isEmpty()) {
            subs.add(Map.entry(k, v));
          }
        });
    // longest first: the sandbox project name contains the run id
    subs.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    this.substitutions = List.copyOf(subs);
  }

  /** The same rules with extra substitutions, e.g. one scenario's unique suffix. */
  public Normalizer with(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>();
    substitutions.forEach(e -> all.put(e.getKey(), e.getValue()));
    all.putAll(more);
    return new Normalizer(rules, all);
  }

  public NormalizationRules rules() {
    return rules;
  }

  public RecordedExchange normalize(
      String operation,
      String method,
      int status,
      String target,
      String requestBody,
      String responseBody) {
    // Secret query parameters (the KB article's ?password=) arrive masked; the token says so.
    String t =
        rules
            .secretPolicy()
            .queryParameterPattern()
            .matcher(substitute(target == null ? "" : target))
            .replaceAll("$1" + Matcher.quoteReplacement(NormalizationRules.SECRET));
    t = rules.applyToText(operation, t);
    JsonNode request = body(operation, requestBody);
    JsonNode response = body(operation, responseBody);
    return new RecordedExchange(
        operation, method, t, status, RecordedExchange.errorCodeOf(response), request, response);
  }

  private JsonNode body(String operation, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String substituted = substitute(text);
    JsonNode json = JsonTree.parseOrNull(substituted);
    if (json == null) {
      // not JSON (a proxy's HTML page, say): kept as text so a change still shows
      return rules.apply(operation, StringNode.valueOf(substituted));
    }
    return rules.apply(operation, json);
  }

  String substitute(String text) {
    String out = text;
    for (Map.Entry<String, String> e : substitutions) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }
}
