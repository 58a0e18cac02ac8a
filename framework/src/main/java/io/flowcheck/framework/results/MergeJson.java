package io.flowcheck.framework.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading and writing the JSON files of a results folder, pretty as the runs write them. */
final class MergeJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private MergeJson() {}

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | JacksonException e) {
      throw new IllegalArgumentException(
          "cannot read " + file + " as JSON (" + e.getMessage() + ")");
    }
  }

  static void write(Path file, JsonNode node) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, MAPPER.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
