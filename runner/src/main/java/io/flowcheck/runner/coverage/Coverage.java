package io.flowcheck.runner.coverage;

import io.flowcheck.framework.client.CallEvent;
import io.flowcheck.framework.client.CallListener;
import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records which REST operation each scenario called, for the API coverage page: one row per HTTP
 * exchange (a retried call has a row per try, a renewed session its login), with the scenario that
 * made it. Calls arrive as events from each scenario's own clients, so no thread-bound state says
 * which scenario is running.
 */
public final class Coverage {
  /** How calls outside every scenario (run setup, the end-of-run sweep) are attributed. */
  public static final String OUTSIDE_SCENARIO = "(run setup and cleanup)";

  public static final String OUTSIDE_FEATURE = "(run)";

  private record Row(
      Operation operation, int status, int attempt, String scenario, String feature) {}

  private final ConcurrentLinkedQueue<Row> rows = new ConcurrentLinkedQueue<>();

  /** Records every exchange of one call, as made by this scenario of this feature file. */
  public void record(CallEvent call, String scenario, String feature) {
    for (Exchange exchange : call.exchanges()) {
      rows.add(
          new Row(exchange.operation(), exchange.status(), exchange.attempt(), scenario, feature));
    }
  }

  /** For the run's own clients: their calls are outside every scenario. */
  public CallListener outsideScenarios() {
    return call -> record(call, OUTSIDE_SCENARIO, OUTSIDE_FEATURE);
  }

  public int exchangeCount() {
    return rows.size();
  }

  /** Writes exchanges.jsonl and operations.json into {@code dir}. */
  public void write(Path dir) {
    try {
      Files.createDirectories(dir);
      List<String> lines = new ArrayList<>();
      for (Row r : rows) {
        lines.add(
            "{\"operation\":"
                + q(r.operation().apiName())
                + ",\"method\":"
                + q(r.operation().method())
                + ",\"pathTemplate\":"
                + q(r.operation().pathTemplate())
                + ",\"status\":"
                + r.status()
                + ",\"attempt\":"
                + r.attempt()
                + ",\"scenario\":"
                + q(r.scenario())
                + ",\"feature\":"
                + q(r.feature())
                + "}");
      }
      Files.write(dir.resolve("exchanges.jsonl"), lines, StandardCharsets.UTF_8);
      List<String> ops = new ArrayList<>();
      for (Operation op : Operation.catalogue()) {
        ops.add(
            "  {\"operation\":"
                + q(op.apiName())
                + ",\"method\":"
                + q(op.method())
                + ",\"pathTemplate\":"
                + q(op.pathTemplate())
                + "}");
      }
      Files.writeString(dir.resolve("operations.json"), "[\n" + String.join(",\n", ops) + "\n]\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cleanup problem: cannot write API coverage to " + dir, e);
    }
  }

  static String q(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
