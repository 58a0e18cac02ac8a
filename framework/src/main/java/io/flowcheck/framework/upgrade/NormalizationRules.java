package io.flowcheck.framework.upgrade;

import io.flowcheck.framework.config.UpgradeSettings;
import io.flowcheck.framework.secrets.SecretPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The ordered rules that take out of an exchange what legitimately differs between two runs. For a
 * field, the first rule that selects it wins (users' rules come before the defaults, so they can
 * override them); every text rule applies to every string. Fields that {@link SecretPolicy} names a
 * secret become {@code <secret>} before any rule, and no rule can unmask them.
 */
public final class NormalizationRules {
  public static final String SECRET = SecretPolicy.NORMALIZED;

  /** Strings longer than this are stored as length and digest. */
  static final int LONG = 500;

  private final List<NormalizationRule> rules;
  private final SecretPolicy secrets;

  public NormalizationRules(List<NormalizationRule> rules) {
    this(rules, SecretPolicy.DEFAULT);
  }

  public NormalizationRules(List<NormalizationRule> rules, SecretPolicy secrets) {
    this.rules = List.copyOf(rules);
    this.secrets = secrets;
  }

  /** The same rules; what counts as a secret field comes from {@code secrets}. */
  public NormalizationRules withSecretPolicy(SecretPolicy other) {
    return new NormalizationRules(rules, other);
  }

  public SecretPolicy secretPolicy() {
    return secrets;
  }

  /** What changes on every server and every run: object ids, timestamps. */
  public static List<NormalizationRule> defaults() {
    return List.of(
        // names, not ids: compared as they are (the run's own group is substituted before rules)
        new NormalizationRule("*", "groupId", null, null, false, true, "a name, not an id"),
        NormalizationRule.field("*", "*Id", "<id>"),
        NormalizationRule.field("*", "*Time", "<time>"),
        NormalizationRule.field("*", "*Date", "<time>"),
        NormalizationRule.text(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<id>"),
        NormalizationRule.text(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?",
            "<time>"));
  }

  public static NormalizationRules of(List<NormalizationRule> first) {
    List<NormalizationRule> all = new ArrayList<>(first);
    all.addAll(defaults());
    return new NormalizationRules(all);
  }

  public List<NormalizationRule> rules() {
    return rules;
  }

  /**
   * The rules of an upgrade check: the baseline's rules.json, then {@code ef.upgrade.rules}, then
   * (when comparing) what calibration learned, then the defaults. First field rule wins.
   */
  public static NormalizationRules forCheck(UpgradeSettings settings) {
    List<NormalizationRule> first =
        new ArrayList<>(load(settings.baseline().resolve(Baseline.RULES)));
    first.addAll(load(settings.extraRules()));
    if (settings.mode() == UpgradeSettings.Mode.COMPARE) {
      first.addAll(load(settings.baseline().resolve(Baseline.NOISE)));
    }
    return of(first);
  }

  /** Reads {"rules":[...]} (or a bare array); a missing file is no rules. */
  public static List<NormalizationRule> load(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return List.of();
    }
    JsonNode root = JsonTree.read(file);
    JsonNode list = root.isArray() ? root : root.path("rules");
    if (!list.isArray()) {
      throw new IllegalArgumentException(
          "Upgrade rules: " + file + " must hold {\"rules\": [...]} or a JSON array");
    }
    List<NormalizationRule> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(NormalizationRule.fromJson(list.get(i), file.getFileName() + " rule " + (i + 1)));
    }
    return out;
  }

  public static void write(Path file, List<NormalizationRule> rules, String comment) {
    ObjectNode root = JsonTree.object();
    root.put("comment", comment);
    ArrayNode list = root.putArray("rules");
    rules.forEach(r -> list.add(r.toJson()));
    JsonTree.write(file, root);
  }

  /** A normalized copy of {@code node}; null stays null. */
  public JsonNode apply(String operation, JsonNode node) {
    if (node == null) {
      return null;
    }
    List<NormalizationRule> mine = rules.stream().filter(r -> r.appliesTo(operation)).toList();
    return walk(node, "", mine, false);
  }

  /** The request path with every text rule of the operation applied. */
  public String applyToText(String operation, String text) {
    String out = text;
    for (NormalizationRule r : rules) {
      if (r.isTextRule() && r.appliesTo(operation)) {
        out = r.rewrite(out);
      }
    }
    return out;
  }

  private JsonNode walk(JsonNode node, String path, List<NormalizationRule> mine, boolean kept) {
    if (node.isObject()) {
      ObjectNode out = JsonTree.object();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (secrets.isSecretField(e.getKey())) {
          out.put(e.getKey(), SECRET);
          continue;
        }
        NormalizationRule rule = kept ? null : firstFieldRule(child, mine);
        if (rule == null) {
          out.set(e.getKey(), walk(e.getValue(), child, mine, kept));
        } else if (rule.keep()) {
          out.set(e.getKey(), walk(e.getValue(), child, mine, true));
        } else if (!rule.drop()) {
          out.set(e.getKey(), replaced(e.getValue(), rule));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonTree.array();
      node.forEach(element -> out.add(walk(element, path + "[]", mine, kept)));
      return out;
    }
    if (node.isString()) {
      String text = node.asString();
      for (NormalizationRule r : mine) {
        if (r.isTextRule()) {
          text = r.rewrite(text);
        }
      }
      return StringNode.valueOf(shortened(text));
    }
    return node.deepCopy();
  }

  /** Long values as length and digest: a change still shows, the baseline stays readable. */
  static String shortened(String text) {
    if (text.length() <= LONG) {
      return text;
    }
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "<"
          + text.length()
          + " chars, sha256:"
          + java.util.HexFormat.of().formatHex(hash, 0, 8)
          + ">";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static JsonNode replaced(JsonNode value, NormalizationRule rule) {
    if (rule.match() != null) {
      return value.isString()
          ? StringNode.valueOf(rule.rewrite(value.asString()))
          : value.deepCopy();
    }
    return StringNode.valueOf(rule.replace());
  }

  private static NormalizationRule firstFieldRule(String path, List<NormalizationRule> mine) {
    for (NormalizationRule r : mine) {
      if (!r.isTextRule() && r.selects(path)) {
        return r;
      }
    }
    return null;
  }
}
