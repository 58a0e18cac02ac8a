package io.flowcheck.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request. {@code target} is the raw path and query from the server root, exactly as
 * it goes on the request line; {@code raw} sends it over a plain socket, for targets that
 * java.net.URI refuses to carry (bad escapes, spaces, backslashes) and for malformed HTTP.
 */
record FuzzRequest(
    String method, String target, List<String> headers, byte[] body, boolean raw, String kind) {

  /** A short description for failure reports: long parts shortened, control characters escaped. */
  String describe() {
    String bodyText =
        body == null
            ? "-"
            : body.length + " bytes: " + shorten(new String(body, StandardCharsets.UTF_8));
    return kind
        + (raw ? " [raw] " : " ")
        + method
        + " "
        + shorten(target)
        + " "
        + shorten(String.valueOf(headers))
        + " body "
        + bodyText;
  }

  private static String shorten(String text) {
    String visible = text.replaceAll("\\p{Cntrl}", "?");
    return visible.length() <= 160
        ? visible
        : visible.substring(0, 160) + "...(" + visible.length() + " chars)";
  }
}
