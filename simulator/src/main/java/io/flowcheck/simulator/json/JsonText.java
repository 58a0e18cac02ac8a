package io.flowcheck.simulator.json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The simulator's JSON, on Jackson 3 (WireMock's own Jackson is shaded inside wiremock-standalone
 * and not ours to use). Answers are compact, keep each map's iteration order (the canonical state
 * dump relies on it) and carry every number and boolean as a JSON string, as ElectricFlow does.
 */
public final class JsonText {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonMapper EF_ANSWERS =
      JsonMapper.builder()
          .addModule(
              new SimpleModule("ef-scalars-as-strings")
                  .addSerializer(Number.class, ToStringSerializer.instance)
                  .addSerializer(Boolean.class, ToStringSerializer.instance))
          .build();

  private JsonText() {}

  /** An answer body: maps, lists and scalars, every scalar as a JSON string. */
  public static String write(Object value) {
    return EF_ANSWERS.writeValueAsString(value);
  }

  /**
   * A value as the client sent it (numbers stay numbers), e.g. an object given as a property value.
   */
  public static String writeAsSent(Object value) {
    return PLAIN.writeValueAsString(value);
  }

  /**
   * Any JSON text as maps, lists, strings, numbers, booleans and nulls.
   *
   * @throws IllegalArgumentException when the text is not one JSON value
   */
  public static Object read(String text) {
    try {
      return PLAIN.readValue(text, Object.class);
    } catch (JacksonException notJson) {
      throw new IllegalArgumentException(
          "not valid JSON: " + notJson.getOriginalMessage(), notJson);
    }
  }
}
