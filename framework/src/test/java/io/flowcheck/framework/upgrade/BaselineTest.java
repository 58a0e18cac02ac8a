package io.flowcheck.framework.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir
  Path dir;

  private static RecordedExchange get(String value) {
    return new RecordedExchange("getProperty", "GET", "/properties/p", 200, null, null,
        JsonTree.parse("{\"property\":{\"value\":\"" + value + "\",\"b\":\"1\",\"a\":\"2\"}}"));
  }

  @Test
  void writesSortedPrettyFilesPerFeatureAndReadsThemBack() throws Exception {
    Files.writeString(dir.resolve(Baseline.NOISE), "{\"rules\":[]}");
    Baseline.write(dir, "2024.06.0.1", "https://a/rest/v1.0", "@upgrade", List.of(
        new ScenarioRecord("properties.feature", "Zeta", 9, List.of(get("z"))),
        new ScenarioRecord("properties.feature", "Alpha", 3, List.of(get("a"))),
        new ScenarioRecord("properties.feature", "Twice", 20, List.of(get("t1"))),
        new ScenarioRecord("properties.feature", "Twice", 30, List.of(get("t2")))));

    String text = Files.readString(dir.resolve("exchanges/properties.json"));
    assertTrue(text.indexOf("\"Alpha\"") < text.indexOf("\"Twice (line 20)\""), text);
    assertTrue(text.indexOf("\"Twice (line 30)\"") < text.indexOf("\"Zeta\""), text);
    assertTrue(text.indexOf("\"a\" : \"2\"") < text.indexOf("\"b\" : \"1\""), text);
    assertFalse(Files.exists(dir.resolve(Baseline.NOISE)), "stale noise must go");

    Baseline b = Baseline.read(dir);
    assertEquals("2024.06.0.1", b.serverVersion());
    assertEquals("z", b.find("properties.feature", "Zeta", 9).get(0).response().at("/property/value").asString());
    assertEquals("t2", b.find("properties.feature", "Twice", 30).get(0).response().at("/property/value").asString());
    assertNull(b.find("properties.feature", "Missing", 1));
  }

  @Test
  void calibrationLearnsNoiseRulesThatCompareThenApplies() throws Exception {
    NoiseLearner learner = new NoiseLearner();
    ExchangeDiffer differ = new ExchangeDiffer(NormalizationRules.of(List.of()));
    RecordedExchange a = new RecordedExchange("getServerStatus", "GET", "/server/status", 200, null, null,
        JsonTree.parse("{\"serverStatus\":{\"jobs\":[{\"load\":\"1\"}],\"tmp\":\"x\"}}"));
    RecordedExchange b = new RecordedExchange("getServerStatus", "GET", "/server/status", 200, null, null,
        JsonTree.parse("{\"serverStatus\":{\"jobs\":[{\"load\":\"2\"}]}}"));
    differ.compare("server.feature", "s", List.of(a), List.of(b)).forEach(learner::learn);
    assertEquals(2, learner.rules().size());
    NormalizationRules.write(dir.resolve(Baseline.NOISE), learner.rules(), "learned");

    List<NormalizationRule> loaded = NormalizationRules.load(dir.resolve(Baseline.NOISE));
    ExchangeDiffer calibrated = new ExchangeDiffer(NormalizationRules.of(loaded));
    assertTrue(calibrated.compare(a, b).isEmpty());
    assertTrue(Files.readString(dir.resolve(Baseline.NOISE)).contains("serverStatus.jobs[].load"));
  }

  @Test
  void settingsPickOneModeAndCheckFailOn() {
    Map<String, String> props = Map.of("ef.upgrade.compare", "/tmp/b", "ef.upgrade.fail-on", "change");
    UpgradeSettings s = UpgradeSettings.from(props::get);
    assertEquals(UpgradeSettings.Mode.COMPARE, s.mode());
    assertEquals(FailOn.CHANGE, s.failOn());
    assertEquals(Path.of("target/upgrade"), s.summaryDir());
    Map<String, String> both = Map.of("ef.upgrade.compare", "/a", "ef.upgrade.record", "/b");
    assertThrows(IllegalArgumentException.class, () -> UpgradeSettings.from(both::get));
    Map<String, String> bad = Map.of("ef.upgrade.fail-on", "everything");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UpgradeSettings.from(bad::get));
    assertEquals("Setting ef.upgrade.fail-on: 'everything' is not one of: regression, change", e.getMessage());
  }
}
