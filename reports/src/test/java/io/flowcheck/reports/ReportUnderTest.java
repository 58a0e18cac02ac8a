package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The reports built from the test fixtures, once per test JVM, and what they must show, read from
 * the Allure results they were made from.
 */
final class ReportUnderTest {
  /** Whether this JVM has built the fixtures' report yet. */
  private static boolean built;

  static final ObjectMapper JSON = new ObjectMapper();

  final Path out;
  final Properties source = new Properties();
  final Set<String> features = new LinkedHashSet<>();
  final Set<String> scenarios = new LinkedHashSet<>();

  /** A test in the report: its uid, the uid of the tree group holding it, and its name. */
  record Leaf(String uid, String parentUid, String name) {}

  ReportUnderTest() {
    out = Path.of(System.getProperty("reports.out", "target/fixture-report")).toAbsolutePath();
    build(out);
    Path sourceFile = out.resolve(ReportMain.SOURCE_FILE);
    try (Reader r = Files.newBufferedReader(sourceFile)) {
      source.load(r);
    } catch (IOException e) {
      fail("Unreadable " + sourceFile + ": " + e.getMessage());
    }
    readExpectations(Path.of(source.getProperty("results")));
  }

  /** The whole report from the fixtures, as the pipeline builds a run's: once per JVM. */
  private static synchronized void build(Path out) {
    if (built) {
      return;
    }
    Dirs.delete(out);
    Path fixtures =
        Path.of(System.getProperty("reports.fixtures", "src/test/resources/fixtures"))
            .toAbsolutePath();
    ReportMain.run(
        new ReportMain.Options(
            out.resolve("no-run"), // no run here: the module's own report is the fixtures'
            fixtures,
            out,
            history(),
            Path.of(System.getProperty("reports.allure.home")).toAbsolutePath(),
            Path.of("").toAbsolutePath(),
            "flowcheck-reports",
            "flowcheck-reports"));
    built = true;
  }

  /** The Allure trend of the fixtures' reports, kept between builds in this module's target. */
  static Path history() {
    return Path.of("target/fixture-history").toAbsolutePath().normalize();
  }

  Path multiFile() {
    return out.resolve("allure-report");
  }

  Path singleFile() {
    return out.resolve("allure-report-single").resolve("index.html");
  }

  Path coverage() {
    return out.resolve("coverage");
  }

  boolean fromFixtures() {
    return "FIXTURES".equals(source.getProperty("source"));
  }

  private void readExpectations(Path results) {
    try (Stream<Path> files = Files.list(results)) {
      for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).toList()) {
        JsonNode r = JSON.readTree(Files.readString(f));
        scenarios.add(normalize(r.path("name").asString()));
        for (JsonNode label : r.path("labels")) {
          if ("feature".equals(label.path("name").asString())) {
            features.add(normalize(label.path("value").asString()));
          }
        }
      }
    } catch (IOException e) {
      fail("Cannot read the staged results " + results + ": " + e.getMessage());
    }
    assertTrue(!scenarios.isEmpty(), "No test results in " + results);
  }

  /** Tests in the Suites tree, grouped by the uid of the group that holds them (in tree order). */
  Map<String, List<Leaf>> suiteLeavesByGroup() {
    Map<String, List<Leaf>> groups = new LinkedHashMap<>();
    collectLeaves(readJson(multiFile().resolve("data/suites.json")), groups);
    return groups;
  }

  private static void collectLeaves(JsonNode node, Map<String, List<Leaf>> groups) {
    for (JsonNode child : node.path("children")) {
      if (child.has("children")) {
        collectLeaves(child, groups);
      } else {
        groups
            .computeIfAbsent(child.path("parentUid").asString(), k -> new ArrayList<>())
            .add(
                new Leaf(
                    child.path("uid").asString(),
                    child.path("parentUid").asString(),
                    normalize(child.path("name").asString())));
      }
    }
  }

  /**
   * A test case with a "Request" attachment on one of its steps: {testUid, attachmentUid,
   * attachmentSource}.
   */
  String[] testWithRequestAttachment() {
    // Only tests shown in the Suites tree: results piled up by earlier runs (no mvn clean) are
    // in data/test-cases as hidden retries.
    java.util.Set<String> shown = new java.util.HashSet<>();
    suiteLeavesByGroup().values().forEach(leaves -> leaves.forEach(l -> shown.add(l.uid())));
    try (Stream<Path> cases = Files.list(multiFile().resolve("data/test-cases"))) {
      for (Path c : cases.sorted().toList()) {
        JsonNode tc = readJson(c);
        if (!shown.contains(tc.path("uid").asString())) {
          continue;
        }
        JsonNode att = findAttachment(tc.path("testStage"), "Request");
        if (att != null) {
          return new String[] {
            tc.path("uid").asString(), att.path("uid").asString(), att.path("source").asString()
          };
        }
      }
    } catch (IOException e) {
      fail("Cannot list test cases of " + multiFile() + ": " + e.getMessage());
    }
    return fail("No test in " + multiFile() + " has a step with a \"Request\" attachment");
  }

  private static JsonNode findAttachment(JsonNode step, String name) {
    for (JsonNode a : step.path("attachments")) {
      // The framework names them "Request GET /rest/v1.0/..." so the step list says which call.
      if (a.path("name").asString().startsWith(name)) {
        return a;
      }
    }
    for (JsonNode s : step.path("steps")) {
      JsonNode found = findAttachment(s, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      return fail("Cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The page's text as a person reads it: tags dropped, entities decoded, whitespace collapsed. */
  static String text(String html) {
    String t =
        html.replaceAll("(?s)<script.*?</script>", " ")
            .replaceAll("(?s)<style.*?</style>", " ")
            .replaceAll("<[^>]+>", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
    return normalize(t);
  }

  static String normalize(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
