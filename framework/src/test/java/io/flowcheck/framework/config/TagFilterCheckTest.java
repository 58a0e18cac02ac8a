package io.flowcheck.framework.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one line a run stops with when its tag filter would run nothing. */
class TagFilterCheckTest {
  private static final String SOURCE = "-Dcucumber.filter.tags";
  private static final List<List<String>> SCENARIOS =
      List.of(List.of("@smoke", "@properties"), List.of("@regression"), List.of());

  private static TagFilter filter(String expression) {
    return new TagFilter(expression, SOURCE);
  }

  @Test
  void aTagNoScenarioCarriesIsNamedWithTheTagsThatExist() {
    assertEquals(
        Optional.of(
            "no scenario matches the tag filter '@nosuchtag' (from "
                + "-Dcucumber.filter.tags); tags in the features: @properties, @regression, @smoke"),
        filter("@nosuchtag").problem(SCENARIOS));
  }

  @Test
  void tagsThatExistButNeverMeetAreReportedToo() {
    assertEquals(
        Optional.of(
            "no scenario matches the tag filter '@smoke and @regression' (from "
                + "-Dcucumber.filter.tags); tags in the features: @properties, @regression, @smoke"),
        filter("@smoke and @regression").problem(SCENARIOS));
  }

  @Test
  void aBrokenExpressionGivesCucumbersParseErrorOnOneLine() {
    Optional<String> problem = filter("@smoke and").problem(SCENARIOS);
    assertEquals(
        Optional.of(
            "the tag expression '@smoke and' (from -Dcucumber.filter.tags) is not valid: Tag"
                + " expression \"@smoke and\" could not be parsed because of syntax error:"
                + " Expected operand."),
        problem);
    assertEquals(problem, filter("@smoke and").syntaxProblem());
  }

  @Test
  void theCallerNamesTheOptionTheExpressionCameWith() {
    assertEquals(
        Optional.of(
            "the tag expression '@a or (@b' (from --tags) is not valid: Tag expression \"@a or"
                + " (@b\" could not be parsed because of syntax error: Unmatched (."),
        TagFilterCheck.syntaxProblem("@a or (@b", "--tags"));
    assertEquals(
        Optional.of(
            "no scenario matches the tag filter '@nosuchtag' (from --tags); tags in the"
                + " features: @properties, @regression, @smoke"),
        TagFilterCheck.problem("@nosuchtag", "--tags", SCENARIOS));
  }

  @Test
  void tagsThatExistAreListedSortedAndOnce() {
    List<List<String>> scenarios =
        List.of(List.of("@z", "@smoke"), List.of("@smoke", "@a"), List.of("@z"));
    assertEquals(
        Optional.of(
            "no scenario matches the tag filter '@none' (from --tags); tags in the features: @a,"
                + " @smoke, @z"),
        TagFilterCheck.problem("@none", "--tags", scenarios));
  }

  @Test
  void aMatchingFilterOrNoFilterIsNoProblem() {
    assertEquals(Optional.empty(), filter("@smoke").problem(SCENARIOS));
    assertEquals(Optional.empty(), filter("not @smoke and not @regression").problem(SCENARIOS));
    assertEquals(Optional.empty(), TagFilter.NONE.problem(List.of()));
    assertEquals(Optional.empty(), filter("@a or (@b and not @c)").syntaxProblem());
    assertEquals(Optional.empty(), TagFilterCheck.syntaxProblem(null, "--tags"));
  }

  @Test
  void featuresWithoutScenariosOrTagsAreSaidSo() {
    assertEquals(
        Optional.of(
            "no scenario matches the tag filter '@smoke'; the features hold no " + "scenario"),
        new TagFilter("@smoke", null).problem(List.of()));
    assertEquals(
        Optional.of("no scenario matches the tag filter '@smoke'; the features carry no " + "tags"),
        new TagFilter("@smoke", null).problem(List.of(List.of())));
  }

  @Test
  void aLongTagListIsCutAndCounted() {
    List<List<String>> many =
        IntStream.range(0, TagFilterCheck.MAX_LISTED_TAGS + 5)
            .mapToObj(i -> List.of(String.format("@t%02d", i)))
            .toList();
    String problem = filter("@none").problem(many).orElseThrow();
    assertTrue(problem.endsWith(", @t29, ... (5 more)"), problem);
  }
}
