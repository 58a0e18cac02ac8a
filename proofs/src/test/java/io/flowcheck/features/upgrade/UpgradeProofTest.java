package io.flowcheck.features.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * Proves the upgrade check end to end with two simulators: capture (and calibrate) the @upgrade
 * scenarios against server A, then compare against a server B that differs in exactly one {@link
 * BehaviourChange}; the summary must name that change and nothing else.
 */
@ResourceLock(InProcessRun.LOCK)
class UpgradeProofTest {
  private static final String VERSION_A = "2024.06.0.178767";
  private static final String VERSION_B = "2025.01.0.181234";

  @TempDir static Path work;

  private static Path baseline;

  @BeforeAll
  static void captureAgainstServerA() throws Exception {
    baseline = work.resolve("baseline");
    EfSimulator a = EfSimulator.builder().port(0).serverVersion(VERSION_A).start();
    InProcessRun.Result record;
    InProcessRun.Result calibrate;
    try {
      record = run(a, Map.of("ef.upgrade.record", baseline.toString()));
      assertEquals(0, record.exitStatus(), "capture run failed");
      calibrate = run(a, Map.of("ef.upgrade.calibrate", baseline.toString()));
      assertEquals(0, calibrate.exitStatus(), "calibration run failed");
    } finally {
      a.stop();
    }
    // The capture's own verdict, leak gate included: no session id the login scenario was issued
    // (nor the password) may sit in the baseline or the runs' files.
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    io.flowcheck.framework.run.Verdict verdict =
        io.flowcheck.framework.upgrade.CaptureVerdict.judge(
            baseline,
            record.out(),
            calibrate.out(),
            work.resolve("no-scan"),
            io.flowcheck.framework.upgrade.CaptureVerdict.MAVEN_COMPARE,
            new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(verdict.isPassed(), verdict.line() + "\n" + printed);
    String gate = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(gate.contains("Secret leak gate: no"), gate);
    assertFalse(
        gate.contains("(0 fingerprints)"), "the gate searched for the run's secrets: " + gate);
    assertTrue(
        Files.isRegularFile(baseline.resolve("noise.json")), "calibration writes noise.json");
    String all = Files.readString(baseline.resolve("exchanges/properties.json"));
    assertFalse(all.contains("changeme"), "no password in a baseline");
    assertFalse(all.contains("flowcheck-sandbox-"), "the run's sandbox name is normalized away");
    String login = Files.readString(baseline.resolve("exchanges/login.json"));
    assertTrue(login.contains("\"operation\" : \"login\""), "the selection logs in");
    assertTrue(login.contains("\"sessionId\" : \"<secret>\""), "the session id is normalized");
    String publish = Files.readString(baseline.resolve("exchanges/publish.json"));
    assertTrue(publish.contains("\"operation\" : \"publishArtifact\""), "the selection publishes");
  }

  private static InProcessRun.Result run(EfSimulator server, Map<String, String> upgradeSettings) {
    Map<String, String> settings = new java.util.HashMap<>(upgradeSettings);
    settings.put("ef.server", server.serverUrl());
    settings.put("ef.password", "changeme");
    settings.put("ef.tls", "relaxed");
    Path out = work.resolve("run-" + RUNS.incrementAndGet());
    return InProcessRun.run(settings, out, "@upgrade", "classpath:features");
  }

  private static final java.util.concurrent.atomic.AtomicInteger RUNS =
      new java.util.concurrent.atomic.AtomicInteger();

  private static JsonNode summaryIn(Path dir) {
    return io.flowcheck.framework.upgrade.JsonTree.read(dir.resolve("summary.json"));
  }

  /** Compares against a fresh server B with these changes on; returns summary.json. */
  private static JsonNode compareWith(String name, BehaviourChange... changes) {
    return compare(name, changes).summary();
  }

  private record Compared(int exit, JsonNode summary, Path out) {
    /**
     * Whether the upgrade check itself failed a scenario (its After hook), as the Cucumber JSON
     * records.
     */
    boolean upgradeCheckFailedAScenario() {
      try {
        return Files.readString(out.resolve("cucumber.json")).contains("Upgrade change: ");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static Compared compare(String name, BehaviourChange... changes) {
    return compare(name, Map.of(), changes);
  }

  /** As above, with extra upgrade settings for the compare run (e.g. ef.upgrade.fail-on). */
  private static Compared compare(
      String name, Map<String, String> extra, BehaviourChange... changes) {
    Path summaryDir = work.resolve("summary-" + name);
    EfSimulator b =
        EfSimulator.builder().port(0).serverVersion(VERSION_B).behaviourChange(changes).start();
    Map<String, String> settings = new java.util.HashMap<>(extra);
    settings.put("ef.upgrade.compare", baseline.toString());
    settings.put("ef.upgrade.summary", summaryDir.toString());
    // These compares prove exchange findings; timing on a shared machine is noise here (a call
    // was seen to take 84 ms, then 237 ms, unchanged). SlowerProofTest proves "slower".
    settings.putIfAbsent("ef.upgrade.slower.min-ms", "600000");
    InProcessRun.Result result;
    try {
      result = run(b, settings);
    } finally {
      b.stop();
    }
    JsonNode summary = summaryIn(summaryDir);
    assertEquals(VERSION_A, summary.at("/baseline/serverVersion").asString());
    assertEquals(VERSION_B, summary.at("/current/serverVersion").asString());
    if (summary.path("failed").asBoolean()) {
      assertNotEquals(0, result.exitStatus(), "a failed comparison fails the run");
    }
    return new Compared(result.exitStatus(), summary, result.out());
  }

  /** Every finding as "KIND field before -> after", array positions generalized. */
  private static Set<String> findings(JsonNode summary) {
    Set<String> out = new TreeSet<>();
    for (JsonNode d : summary.path("differences")) {
      for (JsonNode f : d.path("findings")) {
        out.add(
            f.path("kind").asString()
                + " "
                + f.path("field").asString().replaceAll("\\[\\d+]", "[]")
                + " "
                + f.path("before").asString("")
                + " -> "
                + f.path("after").asString(""));
      }
    }
    return out;
  }

  private static int count(JsonNode summary, String outcome) {
    return summary.path("counts").path(outcome).asInt();
  }

  @Test
  void withNoChangeTheDiffIsEmpty() {
    Compared c = compare("none");
    assertEquals(0, c.exit(), "every @upgrade scenario passes against an unchanged server");
    JsonNode s = c.summary();
    assertEquals(Set.of(), findings(s));
    assertTrue(count(s, "unchanged") > 20, s.path("counts").toString());
    assertEquals("PASSED", s.path("verdict").asString());
    assertEquals(0, s.path("notRun").size(), s.path("notRun").toString());
  }

  @Test
  void aRenamedFieldIsARegression() {
    JsonNode s = compareWith("renamed", BehaviourChange.RENAMED_FIELD);
    assertEquals(
        Set.of(
            "FIELD_ADDED property.modifiedBy  -> admin",
            "FIELD_MISSING property.lastModifiedBy admin -> "),
        findings(s));
    assertTrue(count(s, "regressed") > 0);
    assertEquals(0, count(s, "changed"));
    assertTrue(s.path("failed").asBoolean());
  }

  @Test
  void aChangedErrorCodeIsARegression() throws java.io.IOException {
    Compared c = compare("error-code", BehaviourChange.CHANGED_ERROR_CODE);
    JsonNode s = c.summary();
    assertEquals(
        Set.of("ERROR_CODE_CHANGED error.code NoSuchProperty -> NoSuchPropertyPath"), findings(s));
    assertTrue(s.path("failed").asBoolean());
    // The scenario that expects NoSuchProperty fails its own assertion first; the regression is
    // still named on the console.
    assertTrue(
        Files.readString(c.out().resolve("console.log")).contains("Upgrade regression: "),
        "the console names the regression");
  }

  @Test
  void aTrimmedValueIsAChangeThatFailsOnlyWhenAskedTo() {
    Set<String> trimmed =
        Set.of(
            "VALUE_CHANGED property.value   two  leading and trailing spaces   -> "
                + "two  leading and trailing spaces");

    Compared byDefault = compare("trimmed", BehaviourChange.TRIMMED_VALUE);
    JsonNode s = byDefault.summary();
    assertEquals(trimmed, findings(s));
    assertEquals(0, count(s, "regressed"));
    assertTrue(count(s, "changed") > 0);
    assertEquals("regression", s.path("failOn").asString());
    assertFalse(
        s.path("failed").asBoolean(), "fail-on=regression (the default) lets a changed value pass");
    // The run's exit status cannot tell: the round-trip scenario for spaces fails on its own check
    // against a server that trims. What must hold is that the upgrade check adds no failure.
    assertFalse(
        byDefault.upgradeCheckFailedAScenario(), "by default a changed value fails no scenario");

    Compared strict =
        compare(
            "trimmed-fail-on-change",
            Map.of("ef.upgrade.fail-on", "change"),
            BehaviourChange.TRIMMED_VALUE);
    JsonNode f = strict.summary();
    assertEquals(trimmed, findings(f), "the same difference is found");
    assertEquals("change", f.path("failOn").asString());
    assertTrue(f.path("failed").asBoolean(), "fail-on=change fails on a changed value");
    assertEquals("FAILED", f.path("verdict").asString());
    assertTrue(
        strict.upgradeCheckFailedAScenario(),
        "fail-on=change fails the scenario with the changed value");
    assertNotEquals(0, strict.exit(), "fail-on=change fails the run");
  }

  @Test
  void aChangedLoginAnswerIsARegression() throws java.io.IOException {
    Compared c = compare("login", BehaviourChange.RENAMED_LOGIN_FIELD);
    JsonNode s = c.summary();
    assertEquals(
        Set.of("FIELD_ADDED user  -> admin", "FIELD_MISSING userName admin -> "), findings(s));
    assertEquals(1, count(s, "regressed"), "only the login exchange: " + s.path("counts"));
    assertTrue(s.path("failed").asBoolean());
    // The client still finds its session id, so every scenario passes its own checks: only the
    // upgrade check stands between this login change and a green run.
    assertTrue(
        Files.readString(c.out().resolve("console.log")).contains("Upgrade regression: "),
        "the console names the regression");
    assertNotEquals(0, c.exit(), "the regression fails the run");
  }

  @Test
  void aChangedPublishAnswerIsARegression() {
    Compared c = compare("publish", BehaviourChange.CREATED_PUBLISH_STATUS);
    JsonNode s = c.summary();
    // The client takes only 200 as success, as the Jenkins plugin does, so the scenario stops at
    // the publish and its read-back is never made.
    assertEquals(
        Set.of(
            "STATUS_CHANGED status 200 -> 201",
            "EXCHANGE_MISSING  getArtifactVersion GET"
                + " /artifactVersions/<artifact-group>%3Apayments-api-<unique>%3A1.0.0-1 -> "),
        findings(s));
    assertEquals(2, count(s, "regressed"), s.path("counts").toString());
    assertTrue(s.path("failed").asBoolean());
    assertNotEquals(0, c.exit(), "the regression fails the run");
  }

  @Test
  void anExtraFieldIsAnAddition() {
    JsonNode s = compareWith("extra", BehaviourChange.EXTRA_FIELD);
    assertEquals(Set.of("FIELD_ADDED property.propertyType  -> string"), findings(s));
    assertEquals(0, count(s, "regressed"));
    assertNotEquals(0, count(s, "added"));
    assertFalse(s.path("failed").asBoolean());
  }
}
