package io.flowcheck.framework.client;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client's one JSON mapper (thread-safe once built). */
final class Json {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private Json() {}

  static JsonNode read(String text) {
    return MAPPER.readTree(text);
  }

  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  static JsonNode emptyObject() {
    return MAPPER.createObjectNode();
  }
}
