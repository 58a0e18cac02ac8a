package io.flowcheck.simulator.http.jetty;

import java.util.Locale;

/**
 * Parameters of the two headers a multipart form needs read: the boundary of the request's {@code
 * Content-Type} and the {@code name} and {@code filename} of a part's {@code Content-Disposition}.
 * Values may be quoted, with backslash escapes inside the quotes (RFC 7578, RFC 2045).
 */
final class FormHeaders {
  private FormHeaders() {}

  /** The boundary of a {@code multipart/form-data} content type; null for any other type. */
  static String boundary(String contentType) {
    if (contentType == null
        || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    String boundary = parameter(contentType, "boundary");
    return boundary == null || boundary.isEmpty() ? null : boundary;
  }

  /** The named parameter of a header value such as {@code form-data; name="x"}; null if absent. */
  static String parameter(String headerValue, String name) {
    if (headerValue == null) {
      return null;
    }
    int at = headerValue.indexOf(';');
    while (at >= 0 && at < headerValue.length()) {
      int start = at + 1;
      int equals = headerValue.indexOf('=', start);
      if (equals < 0) {
        return null;
      }
      String key = headerValue.substring(start, equals).strip();
      StringBuilder value = new StringBuilder();
      // A filename keeps its backslashes: clients send Windows paths unescaped (so does Jetty).
      boolean escapes = !key.equalsIgnoreCase("filename");
      int next = readValue(headerValue, equals + 1, value, escapes);
      if (key.equalsIgnoreCase(name)) {
        return value.toString();
      }
      at = next;
    }
    return null;
  }

  /** Reads one value from {@code from}; returns the index of the next ';', or -1 at the end. */
  private static int readValue(String text, int from, StringBuilder value, boolean escapes) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '"') {
      for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
        char c = text.charAt(i);
        if (escapes && c == '\\' && i + 1 < text.length()) {
          c = text.charAt(++i);
        }
        value.append(c);
      }
      return text.indexOf(';', Math.min(i + 1, text.length()));
    }
    int semicolon = text.indexOf(';', i);
    value.append(text, i, semicolon < 0 ? text.length() : semicolon);
    String trimmed = value.toString().strip();
    value.setLength(0);
    value.append(trimmed);
    return semicolon;
  }
}
