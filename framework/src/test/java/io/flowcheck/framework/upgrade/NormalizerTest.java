package io.flowcheck.framework.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private static final Map<String, String> RUN =
      Map.of(
          "flowcheck-sandbox-r7q2w", "<sandbox-project>",
          "flowcheck.r7q2w", "<artifact-group>",
          "r7q2w", "<run-id>",
          "-k3x9q", "-<unique>");

  private final Normalizer normalizer = new Normalizer(NormalizationRules.of(List.of()), RUN);

  @Test
  void runNamesIdsAndTimesBecomeTokens() {
    RecordedExchange e =
        normalizer.normalize(
            "getProperty",
            "GET",
            200,
            "/properties/colour-k3x9q?projectName=flowcheck-sandbox-r7q2w",
            null,
            """
        {"property":{"propertyId":"4c3c0b6d-1f2a-4b3c-9d8e-0123456789ab","propertyName":"colour-k3x9q",
         "createTime":"2024-06-01T10:00:00.123Z","lastModifiedBy":"admin","value":"blue"}}""");

    assertEquals("/properties/colour-<unique>?projectName=<sandbox-project>", e.target());
    assertEquals("<id>", e.response().at("/property/propertyId").asString());
    assertEquals("colour-<unique>", e.response().at("/property/propertyName").asString());
    assertEquals("<time>", e.response().at("/property/createTime").asString());
    assertEquals("admin", e.response().at("/property/lastModifiedBy").asString());
    assertEquals("blue", e.response().at("/property/value").asString());
    assertNull(e.errorCode());
  }

  @Test
  void groupIdIsANameNotAnId() {
    RecordedExchange e =
        normalizer.normalize(
            "createArtifact",
            "POST",
            200,
            "/artifacts",
            null,
            "{\"artifact\":{\"artifactId\":\"a1\",\"groupId\":\"flowcheck.r7q2w\"}}");
    assertEquals("<artifact-group>", e.response().at("/artifact/groupId").asString());
    assertEquals("<id>", e.response().at("/artifact/artifactId").asString());
  }

  @Test
  void secretsNeverSurviveWhateverTheRules() {
    Normalizer keepAll =
        new Normalizer(
            NormalizationRules.of(
                List.of(new NormalizationRule("*", "**", null, null, false, true, null))),
            RUN);
    RecordedExchange e =
        keepAll.normalize(
            "login",
            "POST",
            200,
            "/sessions?sessionId=abc123",
            "{\"userName\":\"admin\",\"password\":\"changeme\"}",
            "{\"sessionId\":\"abc123\",\"userName\":\"admin\"}");
    String written = e.toJson().toString();
    assertFalse(written.contains("changeme"), written);
    assertFalse(written.contains("abc123"), written);
    assertEquals("<secret>", e.request().path("password").asString());
    assertEquals("<secret>", e.response().path("sessionId").asString());
  }

  @Test
  void errorEnvelopeGivesTheErrorCode() {
    RecordedExchange e =
        normalizer.normalize(
            "getProperty",
            "GET",
            404,
            "/properties/x",
            null,
            "{\"error\":{\"code\":\"NoSuchProperty\",\"message\":\"Property 'x' does not exist\"}}");
    assertEquals("NoSuchProperty", e.errorCode());
    assertFalse(e.succeeded());
  }

  @Test
  void anAnswerThatIsNotJsonIsKeptAsText() {
    RecordedExchange e =
        normalizer.normalize(
            "getServerStatus", "GET", 502, "/server/status", null, "<html>Bad gateway</html>");
    assertTrue(e.response().isString());
    assertEquals("<html>Bad gateway</html>", e.response().asString());
  }

  @Test
  void usersRulesComeFirstAndCanDropOrRewrite() {
    Normalizer custom =
        new Normalizer(
            NormalizationRules.of(
                List.of(
                    NormalizationRule.fromJson(
                        JsonTree.parse("{\"field\":\"lastModifiedBy\",\"drop\":true}"), "t"),
                    NormalizationRule.fromJson(
                        JsonTree.parse(
                            "{\"operation\":\"getProperty\",\"field\":\"property.value\",\"match\":\"build-[0-9]+\","
                                + "\"replace\":\"build-<n>\"}"),
                        "t"))),
            RUN);
    RecordedExchange e =
        custom.normalize(
            "getProperty",
            "GET",
            200,
            "/properties/v",
            null,
            "{\"property\":{\"lastModifiedBy\":\"admin\",\"value\":\"app build-1234 ok\"}}");
    assertTrue(e.response().path("property").path("lastModifiedBy").isMissingNode());
    assertEquals("app build-<n> ok", e.response().at("/property/value").asString());
  }

  @Test
  void aBadRuleFailsWithOneClearLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NormalizationRule.fromJson(
                    JsonTree.parse("{\"field\":\"x\"}"), "rules.json rule 3"));
    assertEquals(
        "Upgrade rules: rules.json rule 3 needs exactly one of 'replace', 'drop' or 'keep'",
        e.getMessage());
  }

  @Test
  void pathsSelectArrayElementsAndBareNamesAnyDepth() {
    NormalizationRule path = NormalizationRule.field("*", "property[].value", "<v>");
    assertTrue(path.selects("property[].value"));
    assertFalse(path.selects("value"));
    NormalizationRule bare = NormalizationRule.field("*", "*Time", "<t>");
    assertTrue(bare.selects("artifactVersion[].createTime"));
    assertFalse(bare.selects("artifactVersion[].timeout"));
  }

  @Test
  void longValuesAreStoredAsLengthAndDigestSoBaselinesStayReadable() {
    String big = "x".repeat(10_000);
    RecordedExchange a =
        normalizer.normalize(
            "setProperty",
            "PUT",
            200,
            "/properties/t",
            null,
            "{\"property\":{\"value\":\"" + big + "\"}}");
    RecordedExchange b =
        normalizer.normalize(
            "setProperty",
            "PUT",
            200,
            "/properties/t",
            null,
            "{\"property\":{\"value\":\"" + big.substring(1) + "y\"}}");
    String shown = a.response().at("/property/value").asString();
    assertTrue(shown.startsWith("<10000 chars, sha256:"), shown);
    assertFalse(
        shown.equals(b.response().at("/property/value").asString()), "a change still shows");
  }
}
