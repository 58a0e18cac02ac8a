package io.flowcheck.simulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tests' own JSON reading and quoting, on Jackson 3 (never WireMock's shaded copy). */
final class TestJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private TestJson() {}

  /**
   * @throws tools.jackson.core.JacksonException when the text is not JSON
   */
  static JsonNode node(String text) {
    return MAPPER.readTree(text);
  }

  /** A string as a JSON string literal, quotes and escapes included. */
  static String quoted(String text) {
    return MAPPER.writeValueAsString(text);
  }
}
