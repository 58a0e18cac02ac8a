package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoriesWriterTest {

  /**
   * Mirrors Allure 2's CategoriesPlugin: status in matchedStatuses and Pattern.compile(regex,
   * DOTALL).matches().
   */
  private static List<String> categoriesOf(String status, String message) {
    return CategoriesWriter.categories().stream()
        .filter(c -> ((List<?>) c.get("matchedStatuses")).contains(status))
        .filter(
            c ->
                Pattern.compile((String) c.get("messageRegex"), Pattern.DOTALL)
                    .matcher(message)
                    .matches())
        .map(c -> (String) c.get("name"))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "failed | Expected status 204 but was 404\\nExpected: <204> | The server answered differently",
        "failed | EF server failure: GET /properties/{propertyName} answered 500\\nmore | The server failed (5xx)",
        "broken | EF server failure: POST /sessions answered 503 | The server failed (5xx)",
        "broken | EF unreachable: connection refused to https://127.0.0.1:8443 | Could not reach or trust the server",
        "broken | EF TLS failure: PKIX path building failed | Could not reach or trust the server",
        "broken | Test setup problem: could not seed property x | Test setup or cleanup problem",
        "failed | Cleanup problem: could not delete property x | Test setup or cleanup problem",
        "skipped | Not confirmed on this server: logout-path: logout answered HTTP 501 NotImplemented: no such"
            + " route\\nmore | Not confirmed on this server",
        "failed | Assumption not confirmed (ef.assumptions.strict=true): logout-path: logout answered HTTP 501"
            + " | The server answered differently",
      })
  void eachFailureLandsInExactlyOneCategory(String status, String message, String category) {
    assertEquals(List.of(category), categoriesOf(status, message.replace("\\n", "\n")));
  }

  @ParameterizedTest
  @CsvSource({
    "broken, NullPointerException in a step",
    "passed, EF server failure",
    "skipped, needs the embedded simulator; skipped against a real server"
  })
  void otherProblemsFallBackToAllureDefaults(String status, String message) {
    assertEquals(List.of(), categoriesOf(status, message));
  }

  @Test
  void namesAreThePhrasesPeopleSee() {
    assertEquals(
        List.of(
            "Not confirmed on this server",
            "The server answered differently",
            "The server failed (5xx)",
            "Could not reach or trust the server",
            "Test setup or cleanup problem"),
        CategoriesWriter.categories().stream().map(m -> m.get("name")).toList());
    assertEquals(".*EF server failure.*", CategoriesWriter.categories().get(2).get("messageRegex"));
  }
}
