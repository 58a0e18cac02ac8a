package io.flowcheck.framework.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request to make: the operation, its path values, query parameters and JSON body. We encode
 * the URL ourselves (REST Assured's encoding is switched off) because EF names carry spaces, colons
 * and, in property paths, slashes that must stay slashes.
 */
public final class EfCall {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

  private final Operation operation;
  private final List<String> pathValues = new ArrayList<>();
  private final Map<String, String> query = new LinkedHashMap<>();
  private final Map<String, Object> body = new LinkedHashMap<>();

  private EfCall(Operation operation) {
    this.operation = operation;
  }

  public static EfCall to(Operation operation) {
    return new EfCall(operation);
  }

  /** Fills the next {@code {placeholder}}; the value is one path segment ({@code /} is encoded). */
  public EfCall path(String value) {
    pathValues.add(encode(value));
    return this;
  }

  /**
   * Fills the next placeholder with a property path such as {@code sheet/child}: each segment is
   * encoded, the slashes between them stay. An absolute path keeps its leading slash, which gives
   * the {@code /properties//projects/P/x} form that EF clients use.
   */
  public EfCall pathKeepingSlashes(String value) {
    String[] segments = value.split("/", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(encode(segments[i]));
    }
    pathValues.add(sb.toString());
    return this;
  }

  /** Adds a query parameter; a null value is left out. */
  public EfCall query(String name, String value) {
    if (value != null) {
      query.put(name, value);
    }
    return this;
  }

  /** Adds a JSON body field; a null value is left out. */
  public EfCall body(String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
    return this;
  }

  public Operation operation() {
    return operation;
  }

  Map<String, Object> body() {
    return Collections.unmodifiableMap(body);
  }

  /** The encoded path and query, relative to {@code /rest/v1.0}. */
  String pathAndQuery() {
    Matcher m = PLACEHOLDER.matcher(operation.pathTemplate());
    StringBuilder path = new StringBuilder();
    int next = 0;
    while (m.find()) {
      if (next >= pathValues.size()) {
        throw new IllegalStateException(
            operation.apiName()
                + " needs a value for "
                + m.group()
                + " in "
                + operation.pathTemplate());
      }
      m.appendReplacement(path, Matcher.quoteReplacement(pathValues.get(next++)));
    }
    m.appendTail(path);
    if (!query.isEmpty()) {
      char sep = '?';
      for (Map.Entry<String, String> e : query.entrySet()) {
        path.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        sep = '&';
      }
    }
    return path.toString();
  }

  /** Percent-encoding that suits both a path segment and a query part (space is %20, not +). */
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
