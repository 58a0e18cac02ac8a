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
 */
public final class TagFilterCheck {
  /** Enough tags to recognise the intended one; the rest are counted, to keep the line short. */
  static final int MAX_LISTED_TAGS = 30;

  private TagFilterCheck() {}

  /** Cucumber's parse error for {@code filter}, on one line; empty when it parses or is not set. */
  public static Optional<String> syntaxProblem(TagFilter filter) {
    if (!filter.isSet()) {
      return Optional.empty();
    }
    try {
      TagExpressionParser.parse(filter.expression());
      return Optional.empty();
    } catch (TagExpressionException e) {
      return Optional.of(
          "the tag filter"
              + from(filter)
              + " is not a valid tag expression: "
              + oneLine(e.getMessage()));
    }
  }

  /**
   * The one-line problem with {@code filter} for these scenarios, or empty when at least one
   * scenario matches (or no filter is set).
   *
   * @param scenarioTags each scenario's effective tags as Cucumber sees them (its own, its
   *     feature's, its rule's and its examples' tags), e.g. {@code ["@smoke", "@properties"]}
   */
  public static Optional<String> problem(
      TagFilter filter, Collection<? extends Collection<String>> scenarioTags) {
    Optional<String> syntax = syntaxProblem(filter);
    if (syntax.isPresent() || !filter.isSet()) {
      return syntax;
    }
    Expression expression = TagExpressionParser.parse(filter.expression());
    for (Collection<String> tags : scenarioTags) {
      if (expression.evaluate(List.copyOf(tags))) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "no scenario matches the tag filter '"
            + filter.expression()
            + "'"
            + from(filter)
            + "; "
            + knownTags(scenarioTags));
  }

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

  private static String from(TagFilter filter) {
    return filter.source() == null ? "" : " (from " + filter.source() + ")";
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
