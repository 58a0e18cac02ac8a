package io.flowcheck.framework.upgrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The upgrade check's JSON: pretty, keys sorted, one trailing newline, so baseline files give
 * small, readable diffs in version control whatever order a server sends its fields in.
 */
public final class JsonTree {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .build();

  private JsonTree() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Parses JSON text; null when the text is null, blank or not JSON (an HTML error page, say). */
  public static JsonNode parseOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
  }

  public static JsonNode parse(String text) {
    return MAPPER.readTree(text);
  }

  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node) + "\n";
  }

  public static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Upgrade check: cannot read " + file + ": " + e.getMessage(), e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "Upgrade check: " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static void write(Path file, JsonNode node) {
    writeText(file, write(node));
  }

  public static void writeText(Path file, String text) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Upgrade check: cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A value for messages: strings as they are, anything else as compact JSON, absent as "(none)".
   */
  public static String show(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "(none)";
    }
    return node.isString() ? node.asString() : node.toString();
  }
}
