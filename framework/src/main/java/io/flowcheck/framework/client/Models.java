package io.flowcheck.framework.client;

import io.flowcheck.framework.model.Artifact;
import io.flowcheck.framework.model.ArtifactVersion;
import io.flowcheck.framework.model.Project;
import io.flowcheck.framework.model.Property;
import io.flowcheck.framework.model.PropertySheet;
import io.flowcheck.framework.model.ServerStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** JSON answers to records. Kept apart so the model package stays free of Jackson. */
final class Models {
  private Models() {}

  /** {@code {"property":{...}}} -> the inner object, or a protocol failure naming the key. */
  static JsonNode unwrap(Operation op, JsonNode answer, String key) {
    JsonNode inner = answer.get(key);
    if (inner == null || !inner.isObject()) {
      throw new EfProtocolException(op.apiName() + " answered without a '" + key + "' object");
    }
    return inner;
  }

  /** {@code {"project":[...]}}; EF leaves the key out (or sends one object) for 0 or 1 entries. */
  static <T> List<T> list(JsonNode answer, String key, Function<JsonNode, T> convert) {
    JsonNode items = answer.get(key);
    List<T> out = new ArrayList<>();
    if (items == null || items.isNull()) {
      return out;
    }
    if (items.isArray()) {
      items.values().forEach(n -> out.add(convert.apply(n)));
    } else if (items.isObject()) {
      out.add(convert.apply(items));
    }
    return out;
  }

  static Map<String, String> fields(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode v = e.getValue();
      out.put(e.getKey(), v.isValueNode() ? v.asString() : v.toString());
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  static Property property(JsonNode n) {
    return new Property(
        text(n, "propertyId"),
        text(n, "propertyName"),
        text(n, "value"),
        text(n, "propertySheetId"),
        text(n, "description"),
        fields(n));
  }

  static PropertySheet sheet(JsonNode n) {
    return new PropertySheet(
        text(n, "propertySheetId"), list(n, "property", Models::property), fields(n));
  }

  static Project project(JsonNode n) {
    return new Project(
        text(n, "projectId"), text(n, "projectName"), text(n, "description"), fields(n));
  }

  static Artifact artifact(JsonNode n) {
    return new Artifact(
        text(n, "artifactId"),
        text(n, "artifactName"),
        text(n, "groupId"),
        text(n, "artifactKey"),
        text(n, "description"),
        fields(n));
  }

  static ArtifactVersion artifactVersion(JsonNode n) {
    return new ArtifactVersion(
        text(n, "artifactVersionId"),
        text(n, "artifactVersionName"),
        text(n, "artifactName"),
        text(n, "version"),
        text(n, "artifactVersionState"),
        text(n, "repositoryName"),
        fields(n));
  }

  /**
   * getServerStatus's whole answer -> its {@code serverStatus}, with the version wherever it sits.
   */
  static ServerStatus serverStatus(Operation op, JsonNode answer) {
    JsonNode n = unwrap(op, answer, "serverStatus");
    return new ServerStatus(text(n, "serverState"), serverVersion(answer), fields(n));
  }

  /**
   * {@code serverVersion.version} of a getServerStatus or getVersions answer, or null. The full
   * status carries it (ec-perl getServerStatus documentation; plugins read {@code
   * serverVersion/version}), but its exact nesting over REST is not published: inside {@code
   * serverStatus} first, then as a top-level sibling, as getVersions has it.
   */
  static String serverVersion(JsonNode answer) {
    String nested = versionIn(answer.path("serverStatus"));
    return nested != null ? nested : versionIn(answer);
  }

  private static String versionIn(JsonNode holder) {
    JsonNode v = holder.path("serverVersion").path("version");
    if (!v.isValueNode() || v.isNull()) {
      return null;
    }
    String text = v.asString().trim();
    return text.isEmpty() ? null : text;
  }
}
