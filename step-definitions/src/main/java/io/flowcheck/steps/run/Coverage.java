package io.flowcheck.steps.run;

import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.ExchangeListener;
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
 * Records which REST operation each scenario called, for the API coverage page. The scenario is a
 * thread-local because Cucumber runs each scenario on one thread, in parallel with others.
 */
public final class Coverage implements ExchangeListener {
  private static final ThreadLocal<String[]> CURRENT = new ThreadLocal<>();
  private static final String[] OUTSIDE = {"(run setup and cleanup)", "(run)"};

  private record Row(Operation operation, int status, int attempt, String scenario, String feature) {}

  private final ConcurrentLinkedQueue<Row> rows = new ConcurrentLinkedQueue<>();

  public static void enterScenario(String scenario, String feature) {
    CURRENT.set(new String[] {scenario, feature});
  }

  public static void leaveScenario() {
    CURRENT.remove();
  }

  /** The scenario running on this thread, or "(run setup and cleanup)" outside scenarios. */
  public static String currentScenario() {
    return CURRENT.get() == null ? OUTSIDE[0] : CURRENT.get()[0];
  }

  /** The feature file of the scenario running on this thread, or "(run)". */
  public static String currentFeature() {
    return CURRENT.get() == null ? OUTSIDE[1] : CURRENT.get()[1];
  }

  @Override
  public void onExchange(Exchange exchange) {
    String[] where = CURRENT.get() == null ? OUTSIDE : CURRENT.get();
    rows.add(new Row(exchange.operation(), exchange.status(), exchange.attempt(), where[0], where[1]));
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
        lines.add("{\"operation\":" + q(r.operation().apiName()) + ",\"method\":" + q(r.operation().method())
            + ",\"pathTemplate\":" + q(r.operation().pathTemplate()) + ",\"status\":" + r.status()
            + ",\"attempt\":" + r.attempt() + ",\"scenario\":" + q(r.scenario())
            + ",\"feature\":" + q(r.feature()) + "}");
      }
      Files.write(dir.resolve("exchanges.jsonl"), lines, StandardCharsets.UTF_8);
      List<String> ops = new ArrayList<>();
      for (Operation op : Operation.catalogue()) {
        ops.add("  {\"operation\":" + q(op.apiName()) + ",\"method\":" + q(op.method())
            + ",\"pathTemplate\":" + q(op.pathTemplate()) + "}");
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
