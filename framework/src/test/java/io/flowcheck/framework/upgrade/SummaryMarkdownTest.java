package io.flowcheck.framework.upgrade;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummaryMarkdownTest {
  private static final String SUMMARY =
      """
      {"verdict":"FAILED","groups":[{"outcome":"regressed","headline":"`owner` missing",
       "occurrences":[%s]}]}
      """;

  @Test
  void anOccurrenceIsListedByItsOwnLine() {
    String md =
        SummaryMarkdown.render(
            json(
                SUMMARY.formatted(
                    "{\"where\":\"login.feature › Log in, exchange 2: GET /sessions: gone\"}")));
    assertThat(md, containsString("  - login.feature › Log in, exchange 2: GET /sessions: gone\n"));
  }

  @Test
  void anOccurrenceOfAnOlderSummaryWithoutItsLineIsShownFromItsParts() {
    String md =
        SummaryMarkdown.render(
            json(
                SUMMARY.formatted(
                    "{\"feature\":\"login.feature\",\"scenario\":\"Log in\",\"index\":2,"
                        + "\"text\":\"field missing owner\"}")));
    assertThat(md, containsString("  - login.feature › Log in, exchange 2: field missing owner\n"));
    assertThat(md, not(containsString("  - \n")));
  }

  private static JsonNode json(String text) {
    return JsonMapper.builder().build().readTree(text);
  }
}
