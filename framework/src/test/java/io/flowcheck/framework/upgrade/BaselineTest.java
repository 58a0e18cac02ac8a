package io.flowcheck.framework.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.FailOn;
import io.flowcheck.framework.config.UpgradeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private static RecordedExchange get(String value) {
    return new RecordedExchange(
        "getProperty",
        "GET",
        "/properties/p",
        200,
        null,
        null,
        JsonTree.parse("{\"property\":{\"value\":\"" + value + "\",\"b\":\"1\",\"a\":\"2\"}}"));
  }

  @Test
  void writesSortedPrettyFilesPerFeatureAndReadsThemBack() throws Exception {
    Files.writeString(dir.resolve(Baseline.NOISE), "{\"rules\":[]}");
    Baseline.write(
        dir,
        "2024.06.0.1",
        "https://a/rest/v1.0",
        "@upgrade",
        List.of(
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
    assertEquals(
        "z",
        b.find("properties.feature", "Zeta", 9).get(0).response().at("/property/value").asString());
    assertEquals(
        "t2",
        b.find("properties.feature", "Twice", 30)
            .get(0)
            .response()
            .at("/property/value")
            .asString());
    assertNull(b.find("properties.feature", "Missing", 1));
    assertNull(b.latencies(), "a baseline without latencies.json, as an older flowcheck wrote");
  }

  @Test
  void latenciesAreWrittenBesideTheExchangesAndReadBack() throws Exception {
    Baseline.write(dir, "1", "https://a/rest/v1.0", "@upgrade", List.of());
    Baseline.writeLatencies(
        dir, Map.of("login", new Latency(1, 20, 20), "getProperty", new Latency(4, 3.5, 9)));
    String text = Files.readString(dir.resolve(Baseline.LATENCIES));
    assertTrue(text.indexOf("\"getProperty\"") < text.indexOf("\"login\""), text);
    assertEquals(
        Map.of("login", new Latency(1, 20, 20), "getProperty", new Latency(4, 3.5, 9)),
        Baseline.read(dir).latencies());

    Baseline.write(dir, "1", "https://a/rest/v1.0", "@upgrade", List.of());
    assertFalse(
        Files.exists(dir.resolve(Baseline.LATENCIES)), "a new capture drops the old latencies");
  }

  @Test
  void calibrationLearnsNoiseRulesThatCompareThenApplies() throws Exception {
    NoiseLearner learner = new NoiseLearner();
    ExchangeDiffer differ = new ExchangeDiffer(NormalizationRules.of(List.of()));
    RecordedExchange a =
        new RecordedExchange(
            "getServerStatus",
            "GET",
            "/server/status",
            200,
            null,
            null,
            JsonTree.parse("{\"serverStatus\":{\"jobs\":[{\"load\":\"1\"}],\"tmp\":\"x\"}}"));
    RecordedExchange b =
        new RecordedExchange(
            "getServerStatus",
            "GET",
            "/server/status",
            200,
            null,
            null,
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
  void aCheckUsesTheBaselinesRulesThenTheExtraRulesThenNoiseOnlyWhenComparing() throws Exception {
    Files.writeString(
        dir.resolve(Baseline.RULES), "{\"rules\":[{\"field\":\"a\",\"replace\":\"<mine>\"}]}");
    Path extra =
        Files.writeString(
            dir.resolve("extra.json"),
            "{\"rules\":[{\"field\":\"a\",\"replace\":\"<extra>\"},{\"field\":\"b\",\"replace\":\"<extra>\"}]}");
    Files.writeString(
        dir.resolve(Baseline.NOISE), "{\"rules\":[{\"field\":\"value\",\"replace\":\"<noise>\"}]}");
    Path summary = dir.resolve("summary");

    NormalizationRules comparing =
        NormalizationRules.forCheck(
            new UpgradeSettings(
                UpgradeSettings.Mode.COMPARE, dir, FailOn.REGRESSION, extra, summary));
    var normalized = comparing.apply("getProperty", get("v").response());
    assertEquals(
        "<mine>", normalized.at("/property/a").asString(), "the baseline's own rules come first");
    assertEquals("<extra>", normalized.at("/property/b").asString());
    assertEquals("<noise>", normalized.at("/property/value").asString());

    NormalizationRules calibrating =
        NormalizationRules.forCheck(
            new UpgradeSettings(
                UpgradeSettings.Mode.CALIBRATE, dir, FailOn.REGRESSION, null, summary));
    var relearned = calibrating.apply("getProperty", get("v").response());
    assertEquals(
        "v", relearned.at("/property/value").asString(), "calibration learns noise afresh");
    assertEquals("1", relearned.at("/property/b").asString());
  }

  @Test
  void whatFailsAComparisonFollowsFailOn() {
    assertTrue(Outcome.REGRESSED.fails(FailOn.REGRESSION));
    assertFalse(Outcome.CHANGED.fails(FailOn.REGRESSION));
    assertTrue(Outcome.CHANGED.fails(FailOn.CHANGE));
    assertTrue(Outcome.ADDED.fails(FailOn.CHANGE));
    assertFalse(Outcome.UNCHANGED.fails(FailOn.CHANGE));
  }
}
