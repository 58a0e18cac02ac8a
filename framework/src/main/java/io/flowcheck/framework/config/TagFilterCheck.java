package io.flowcheck.framework.config;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Why a tag filter would run nothing, in one line, before any scenario starts: an expression
 * Cucumber cannot parse, or one that no scenario's tags satisfy. Without this a typo in the filter
 * gives a green run of zero scenarios. Parsing and matching use Cucumber's own tag expression
 * library, so the verdict is the one Cucumber itself would reach.
 *
 * <p>Each line names the option the user gave the expression with, which only the caller knows: the
 * jar's {@code --tags}, Maven's {@code -Dcucumber.filter.tags}, an environment variable.
 */
public final class TagFilterCheck {
  /** Enough tags to recognise the intended one; the rest are counted, to keep the line short. */
  static final int MAX_LISTED_TAGS = 30;

  private TagFilterCheck() {}

  /**
   * Cucumber's parse error for {@code expression}, on one line; empty when it parses or is null.
   *
   * @param option how the user gave it, e.g. {@code --tags}; null to name none
   */
  public static Optional<String> syntaxProblem(String expression, String option) {
    if (expression == null) {
      return Optional.empty();
    }
    try {
      TagExpressionParser.parse(expression);
      return Optional.empty();
    } catch (TagExpressionException e) {
      return Optional.of(
          "the tag expression '"
              + expression
              + "'"
              + from(option)
              + " is not valid: "
              + oneLine(e.getMessage()));
    }
  }

  /**
   * The one-line problem with {@code expression} for these scenarios, or empty when at least one
   * scenario matches (or the expression is null).
   *
   * @param option how the user gave it, e.g. {@code --tags}; null to name none
   * @param scenarioTags each scenario's effective tags as Cucumber sees them (its own, its
   *     feature's, its rule's and its examples' tags), e.g. {@code ["@smoke", "@properties"]}
   */
  public static Optional<String> problem(
      String expression, String option, Collection<? extends Collection<String>> scenarioTags) {
    Optional<String> syntax = syntaxProblem(expression, option);
    if (syntax.isPresent() || expression == null) {
      return syntax;
    }
    Expression parsed = TagExpressionParser.parse(expression);
    for (Collection<String> tags : scenarioTags) {
      if (parsed.evaluate(List.copyOf(tags))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "no scenario matches the tag filter '"
            + expression
            + "'"
            + from(option)
            + "; "
            + knownTags(scenarioTags));
  }

  /** The tags that exist, sorted and each once, so the line shows what could be selected. */
  private static String knownTags(Collection<? extends Collection<String>> scenarioTags) {
    if (scenarioTags.isEmpty()) {
      return "the features hold no scenario";
    }
    SortedSet<String> all = new TreeSet<>();
    scenarioTags.forEach(all::addAll);
    if (all.isEmpty()) {
      return "the features carry no tags";
    }
    List<String> listed = all.stream().limit(MAX_LISTED_TAGS).toList();
    String more =
        all.size() > listed.size() ? ", ... (" + (all.size() - listed.size()) + " more)" : "";
    return "tags in the features: " + String.join(", ", listed) + more;
  }

  private static String from(String option) {
    return option == null ? "" : " (from " + option + ")";
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
