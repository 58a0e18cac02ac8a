package io.flowcheck.runner.upgrade;

import io.flowcheck.framework.upgrade.ExchangeDiff;
import io.flowcheck.framework.upgrade.Finding;
import io.flowcheck.framework.upgrade.JsonTree;

/** The Allure attachment for one differing exchange: findings first, then both sides in full. */
final class DiffAttachment {
  private DiffAttachment() {}

  static String name(ExchangeDiff d) {
    return "Upgrade " + d.outcome().label() + ": #" + d.index() + " " + d.shown().operation();
  }

  static String text(ExchangeDiff d) {
    StringBuilder t = new StringBuilder();
    t.append(d.outcome().label().toUpperCase(java.util.Locale.ROOT))
        .append(": exchange ")
        .append(d.index())
        .append(" of '")
        .append(d.scenario())
        .append("': ")
        .append(d.shown().title())
        .append("\n\n");
    for (Finding f : d.findings()) {
      t.append("- ").append(f.describe()).append('\n');
    }
    t.append("\n--- baseline (before the upgrade) ---\n")
        .append(
            d.baseline() == null
                ? "(not in the baseline)\n"
                : JsonTree.write(d.baseline().toJson()));
    t.append("\n--- this run (after the upgrade) ---\n")
        .append(
            d.current() == null
                ? "(not made in this run)\n"
                : JsonTree.write(d.current().toJson()));
    return t.toString();
  }
}
