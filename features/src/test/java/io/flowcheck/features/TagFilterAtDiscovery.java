package io.flowcheck.features;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.flowcheck.framework.config.TagFilter;
import io.flowcheck.framework.config.TagFilterCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Applies the run's Cucumber tag filter at discovery, so scenarios outside it are not tests at
 * all. Cucumber's JUnit Platform engine applies {@code cucumber.filter.tags} only at execution,
 * reporting every non-matching scenario as a skipped test: surefire and the JUnit XML CI servers
 * read then counted the whole suite while the console, Cucumber and Allure counted the filtered
 * run. Pruned here, every output counts the same scenarios.
 *
 * <p>It also stops a run whose filter cannot select anything, with one line from {@link
 * TagFilterCheck}: an expression Cucumber cannot parse, or one no scenario matches.
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter};
 * the launcher applies it to every discovered descriptor, parents before children. It touches
 * only tests of the Cucumber engine (a scenario, or one example of an outline); Cucumber's
 * descriptors carry the scenario's effective tags as JUnit tags without the {@code @}.
 */
public final class TagFilterAtDiscovery implements PostDiscoveryFilter {
  static final String CUCUMBER_ENGINE = "cucumber";

  private final TagFilter filter;
  private final Expression expression;

  /** The filter of this JVM, as Cucumber's engine will see it. */
  public TagFilterAtDiscovery() {
    this(TagFilter.effective());
  }

  TagFilterAtDiscovery(TagFilter filter) {
    this.filter = filter;
    // An unparseable filter is reported when the Cucumber engine's descriptor is visited.
    this.expression = TagFilterCheck.syntaxProblem(filter).isEmpty() && filter.isSet()
        ? TagExpressionParser.parse(filter.expression()) : null;
  }

  @Override
  public FilterResult apply(TestDescriptor descriptor) {
    if (!filter.isSet() || !isCucumber(descriptor.getUniqueId())) {
      return FilterResult.included("not a Cucumber scenario or no tag filter");
    }
    if (isCucumberEngine(descriptor)) {
      List<List<String>> scenarioTags = scenarioTags(descriptor);
      // The launcher also asks the Cucumber engine about selectors that name no feature (a test
      // class); such an empty discovery says nothing about the filter.
      if (scenarioTags.isEmpty()) {
        return FilterResult.included("no scenario discovered here");
      }
      Optional<String> problem = TagFilterCheck.problem(filter, scenarioTags);
      if (problem.isPresent()) {
        throw new TagFilterProblem(problem.get());
      }
      return FilterResult.included("the tag filter matches some scenario");
    }
    if (!descriptor.isTest()) {
      return FilterResult.included("a feature, rule or outline; emptied ones are pruned");
    }
    return expression.evaluate(tags(descriptor))
        ? FilterResult.included("matches the tag filter " + filter.expression())
        : FilterResult.excluded("outside the tag filter " + filter.expression());
  }

  private static List<List<String>> scenarioTags(TestDescriptor engine) {
    List<List<String>> all = new ArrayList<>();
    engine.getDescendants().stream().filter(TestDescriptor::isTest)
        .forEach(test -> all.add(tags(test)));
    return all;
  }

  private static List<String> tags(TestDescriptor test) {
    return test.getTags().stream().map(TestTag::getName).map(name -> "@" + name).toList();
  }

  private static boolean isCucumberEngine(TestDescriptor descriptor) {
    UniqueId.Segment last = descriptor.getUniqueId().getLastSegment();
    return last.getType().equals("engine") && last.getValue().equals(CUCUMBER_ENGINE);
  }

  private static boolean isCucumber(UniqueId id) {
    return id.getSegments().stream()
        .anyMatch(s -> s.getType().equals("engine") && s.getValue().equals(CUCUMBER_ENGINE));
  }

  /** A filter that would run nothing: its one-line message is all the console needs. */
  static final class TagFilterProblem extends RuntimeException {
    TagFilterProblem(String message) {
      super(message, null, false, false);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
