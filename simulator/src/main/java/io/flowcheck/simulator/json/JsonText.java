package io.flowcheck.simulator.json;

import java.util.Collection;
import java.util.Map;

/**
 * A tiny compact JSON writer for maps, lists and strings. Written out by hand instead of using
 * WireMock's pretty-printing mapper so that key order is exactly the map's iteration order (which
 * the canonical state dump relies on) and every scalar can be forced to a JSON string.
 */
public final class JsonText {
  private JsonText() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      appendObject(out, map);
    } else if (value instanceof Collection<?> list) {
      appendArray(out, list);
    } else {
      // ElectricFlow sends every scalar (numbers and booleans too) as a JSON string.
      appendString(out, String.valueOf(value));
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      appendString(out, String.valueOf(entry.getKey()));
      out.append(':');
      append(out, entry.getValue());
    }
    out.append('}');
  }

  private static void appendArray(StringBuilder out, Collection<?> list) {
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      if (!first) {
        out.append(',');
      }
      first = false;
      append(out, item);
    }
    out.append(']');
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
