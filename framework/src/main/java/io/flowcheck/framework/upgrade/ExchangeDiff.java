package io.flowcheck.framework.upgrade;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One exchange of a scenario compared with its baseline counterpart.
 *
 * @param index the exchange's position in the scenario, from 1
 * @param baseline null for an exchange the baseline did not have
 * @param current null for an exchange this run no longer made
 */
public record ExchangeDiff(
    String feature,
    String scenario,
    int index,
    RecordedExchange baseline,
    RecordedExchange current,
    List<Finding> findings) {

  public ExchangeDiff {
    findings = List.copyOf(findings);
  }

  public Outcome outcome() {
    Outcome o = Outcome.UNCHANGED;
    for (Finding f : findings) {
      o = o.worst(f.outcome());
    }
    return o;
  }

  /** The exchange as this run made it, or as the baseline had it when it is gone. */
  public RecordedExchange shown() {
    return current != null ? current : baseline;
  }

  /** "Upgrade regression: getProperty GET /properties/x: error code changed: ... (and 1 more)". */
  public String oneLine() {
    String head = outcome() == Outcome.REGRESSED ? "Upgrade regression: " : "Upgrade change: ";
    Finding worst =
        findings.stream().filter(f -> f.outcome() == outcome()).findFirst().orElse(findings.get(0));
    String more =
        findings.size() > 1 ? " (and " + (findings.size() - 1) + " more difference(s))" : "";
    return head + shown().title() + ": " + worst.describe() + more;
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonTree.object();
    o.put("feature", feature);
    o.put("scenario", scenario);
    o.put("index", index);
    o.put("outcome", outcome().label());
    o.put("operation", shown().operation());
    o.put("method", shown().method());
    o.put("target", shown().target());
    ArrayNode list = o.putArray("findings");
    findings.forEach(f -> list.add(f.toJson()));
    if (baseline != null) {
      o.set("baseline", baseline.toJson());
    }
    if (current != null) {
      o.set("current", current.toJson());
    }
    return o;
  }
}
