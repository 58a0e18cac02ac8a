package io.flowcheck.framework.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeDifferTest {
  private final ExchangeDiffer differ = new ExchangeDiffer(NormalizationRules.of(List.of()));

  private static RecordedExchange ex(String op, int status, String response) {
    return new RecordedExchange(
        op,
        "GET",
        "/properties/p",
        status,
        RecordedExchange.errorCodeOf(JsonTree.parseOrNull(response)),
        null,
        JsonTree.parseOrNull(response));
  }

  private static List<String> texts(List<Finding> findings) {
    return findings.stream().map(Finding::describe).toList();
  }

  @Test
  void sameAnswerIsUnchanged() {
    String body = "{\"property\":{\"propertyName\":\"p\",\"value\":\"v\"}}";
    assertTrue(
        differ.compare(ex("getProperty", 200, body), ex("getProperty", 200, body)).isEmpty());
  }

  @Test
  void aRenamedFieldIsOneMissingAndOneAddedField() {
    List<Finding> f =
        differ.compare(
            ex("getProperty", 200, "{\"property\":{\"lastModifiedBy\":\"admin\",\"value\":\"v\"}}"),
            ex("getProperty", 200, "{\"property\":{\"modifiedBy\":\"admin\",\"value\":\"v\"}}"));
    assertEquals(
        List.of(
            "field missing property.lastModifiedBy (was \"admin\")",
            "field added property.modifiedBy = \"admin\""),
        texts(f));
    assertEquals(Outcome.REGRESSED, new ExchangeDiff("f", "s", 1, null, null, f).outcome());
  }

  @Test
  void aChangedErrorCodeIsReportedOnceNotAlsoAsAValue() {
    List<Finding> f =
        differ.compare(
            ex("getProperty", 404, "{\"error\":{\"code\":\"NoSuchProperty\",\"message\":\"m\"}}"),
            ex(
                "getProperty",
                404,
                "{\"error\":{\"code\":\"NoSuchPropertyPath\",\"message\":\"m\"}}"));
    assertEquals(
        List.of("error code changed error.code: \"NoSuchProperty\" -> \"NoSuchPropertyPath\""),
        texts(f));
  }

  @Test
  void anOperationThatNowFailsIsOneFinding() {
    List<Finding> f =
        differ.compare(
            ex("getProperty", 200, "{\"property\":{}}"),
            ex("getProperty", 404, "{\"error\":{\"code\":\"NoSuchProperty\"}}"));
    assertEquals(List.of("now fails status: \"200\" -> \"404 NoSuchProperty\""), texts(f));
    List<Finding> back =
        differ.compare(
            ex("getProperty", 404, "{\"error\":{\"code\":\"X\"}}"), ex("getProperty", 200, "{}"));
    assertEquals(Finding.Kind.NOW_SUCCEEDS, back.get(0).kind());
  }

  @Test
  void changedValuesAndAddedFieldsAreMilderThanRegressions() {
    List<Finding> f =
        differ.compare(
            ex("getProperty", 200, "{\"property\":{\"value\":\"  spaced  \",\"list\":[\"a\"]}}"),
            ex(
                "getProperty",
                200,
                "{\"property\":{\"value\":\"spaced\",\"list\":[\"a\",\"b\"],\"propertyType\":\"string\"}}"));
    assertEquals(
        List.of(
            "value changed property.value: \"  spaced  \" -> \"spaced\"",
            "field added property.list[1] = \"b\"",
            "field added property.propertyType = \"string\""),
        texts(f));
    assertEquals(Outcome.CHANGED, new ExchangeDiff("f", "s", 1, null, null, f).outcome());
  }

  @Test
  void rulesLearnedAfterCaptureApplyToTheOldBaselineToo() {
    ExchangeDiffer withNoise =
        new ExchangeDiffer(
            NormalizationRules.of(
                List.of(
                    NormalizationRule.field(
                        "getServerStatus", "serverStatus.load", NoiseLearner.TOKEN))));
    RecordedExchange a = ex("getServerStatus", 200, "{\"serverStatus\":{\"load\":\"0.3\"}}");
    RecordedExchange b = ex("getServerStatus", 200, "{\"serverStatus\":{\"load\":\"0.9\"}}");
    assertEquals(1, differ.compare(a, b).size());
    assertTrue(withNoise.compare(a, b).isEmpty());
  }

  @Test
  void scenariosAlignByOperationSoOneExtraCallShiftsNothing() {
    String ok = "{\"property\":{\"value\":\"v\"}}";
    List<ExchangeDiff> diffs =
        differ.compare(
            "p.feature",
            "s",
            List.of(
                ex("setProperty", 200, ok),
                ex("getProperty", 200, ok),
                ex("deleteProperty", 200, "{}")),
            List.of(
                ex("setProperty", 200, ok),
                ex("getProperties", 200, "{}"),
                ex("getProperty", 200, ok)));
    assertEquals(
        List.of(Outcome.UNCHANGED, Outcome.ADDED, Outcome.UNCHANGED, Outcome.REGRESSED),
        diffs.stream().map(ExchangeDiff::outcome).toList());
    assertEquals("exchange no longer made", diffs.get(3).findings().get(0).describe());
    assertTrue(
        diffs.get(3).oneLine().startsWith("Upgrade regression: deleteProperty GET /properties/p"));
  }
}
