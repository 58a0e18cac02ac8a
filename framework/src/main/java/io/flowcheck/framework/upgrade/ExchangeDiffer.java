package io.flowcheck.framework.upgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Compares a scenario's exchanges with its baseline, field by field. Both sides go through the
 * rules again first, so rules added after capture (or learned by calibration) apply to old
 * baselines too.
 */
public final class ExchangeDiffer {
  private final NormalizationRules rules;

  public ExchangeDiffer(NormalizationRules rules) {
    this.rules = rules;
  }

  /** Every exchange of the scenario, paired up in order by operation; unchanged ones included. */
  public List<ExchangeDiff> compare(
      String feature,
      String scenario,
      List<RecordedExchange> before,
      List<RecordedExchange> after) {
    List<ExchangeDiff> out = new ArrayList<>();
    int[][] pairs = Alignment.pair(keys(before), keys(after));
    int index = 1;
    for (int[] p : pairs) {
      RecordedExchange b = p[0] < 0 ? null : before.get(p[0]);
      RecordedExchange a = p[1] < 0 ? null : after.get(p[1]);
      List<Finding> findings;
      if (b == null) {
        findings = List.of(new Finding(Finding.Kind.EXCHANGE_ADDED, "", null, a.title()));
      } else if (a == null) {
        findings = List.of(new Finding(Finding.Kind.EXCHANGE_MISSING, "", b.title(), null));
      } else {
        findings = compare(b, a);
      }
      out.add(new ExchangeDiff(feature, scenario, index++, b, a, findings));
    }
    return out;
  }

  /** The differences between two exchanges of the same operation. */
  public List<Finding> compare(RecordedExchange before, RecordedExchange after) {
    List<Finding> out = new ArrayList<>();
    String op = before.operation();
    String t1 = rules.applyToText(op, before.target());
    String t2 = rules.applyToText(op, after.target());
    if (!t1.equals(t2)) {
      out.add(new Finding(Finding.Kind.TARGET_CHANGED, "target", t1, t2));
    }
    if (before.status() != after.status()) {
      out.add(statusFinding(before, after));
      return out; // a refusal and an answer have nothing else in common worth listing
    }
    if (!Objects.equals(before.errorCode(), after.errorCode())) {
      out.add(
          new Finding(
              Finding.Kind.ERROR_CODE_CHANGED,
              "error.code",
              before.errorCode(),
              after.errorCode()));
    }
    JsonNode b = rules.apply(op, before.response());
    JsonNode a = rules.apply(op, after.response());
    deep(b, a, "", out);
    return out;
  }

  private static Finding statusFinding(RecordedExchange before, RecordedExchange after) {
    String was = before.status() + code(before);
    String now = after.status() + code(after);
    Finding.Kind kind =
        before.succeeded() && !after.succeeded()
            ? Finding.Kind.NOW_FAILS
            : !before.succeeded() && after.succeeded()
                ? Finding.Kind.NOW_SUCCEEDS
                : Finding.Kind.STATUS_CHANGED;
    return new Finding(kind, "status", was, now);
  }

  private static String code(RecordedExchange e) {
    return e.errorCode() == null ? "" : " " + e.errorCode();
  }

  private static void deep(JsonNode b, JsonNode a, String path, List<Finding> out) {
    if (b == null && a == null) {
      return;
    }
    if (b != null && a != null && b.isObject() && a.isObject()) {
      for (Map.Entry<String, JsonNode> e : b.properties()) {
        String child = join(path, e.getKey());
        if (child.equals("error.code")) {
          continue; // compared on its own as the error code
        }
        if (!a.has(e.getKey())) {
          out.add(
              new Finding(Finding.Kind.FIELD_MISSING, child, JsonTree.show(e.getValue()), null));
        } else {
          deep(e.getValue(), a.get(e.getKey()), child, out);
        }
      }
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        if (!b.has(e.getKey())) {
          out.add(
              new Finding(
                  Finding.Kind.FIELD_ADDED,
                  join(path, e.getKey()),
                  null,
                  JsonTree.show(e.getValue())));
        }
      }
      return;
    }
    if (b != null && a != null && b.isArray() && a.isArray()) {
      for (int i = 0; i < Math.max(b.size(), a.size()); i++) {
        String child = path + "[" + i + "]";
        if (i >= a.size()) {
          out.add(new Finding(Finding.Kind.FIELD_MISSING, child, JsonTree.show(b.get(i)), null));
        } else if (i >= b.size()) {
          out.add(new Finding(Finding.Kind.FIELD_ADDED, child, null, JsonTree.show(a.get(i))));
        } else {
          deep(b.get(i), a.get(i), child, out);
        }
      }
      return;
    }
    if (!Objects.equals(b, a)) {
      String where = path.isEmpty() ? "(answer)" : path;
      out.add(new Finding(Finding.Kind.VALUE_CHANGED, where, JsonTree.show(b), JsonTree.show(a)));
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static List<String> keys(List<RecordedExchange> list) {
    return list.stream().map(e -> e.operation() + " " + e.method()).toList();
  }
}
