package io.flowcheck.framework.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indents a JSON body for an attachment. Callers pass text that is already masked: this never sees
 * a secret. Anything that is not exactly one JSON object or array stays as it was, so nothing is
 * lost.
 */
final class JsonBodies {
  // Big decimals keep "1.10" as written; duplicate keys fail the parse instead of hiding one value.
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonBodies() {}

  static String pretty(String body) {
    if (body == null) {
      return null;
    }
    String t = body.strip();
    if (!(t.startsWith("{") && t.endsWith("}")) && !(t.startsWith("[") && t.endsWith("]"))) {
      return body;
    }
    try {
      JsonNode tree = JSON.readTree(t);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (JacksonException e) {
      return body;
    }
  }
}
