package io.flowcheck.features;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.flowcheck.framework.config.TagFilter;
import io.flowcheck.framework.config.TagFilterCheck;
import io.flowcheck.runner.LaunchHandoff;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;
import org.junit.platform.engine.support.hierarchical.Node;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Applies the run's Cucumber tag filter at discovery, so scenarios outside it are not tests at all.
 * Cucumber's JUnit Platform engine applies {@code cucumber.filter.tags} only at execution,
 * reporting every non-matching scenario as a skipped test: surefire and the JUnit XML CI servers
 * read then counted the whole suite while the console, Cucumber and Allure counted the filtered
 * run. Pruned here, every output counts the same scenarios.
 *
 * <p>It also stops a run whose filter cannot select anything, with one line from {@link
 * TagFilterCheck}: an expression Cucumber cannot parse, or one no scenario matches. That run holds
 * one failing test, {@code tag filter}, whose message is the line. Cucumber's engine still starts
 * the run for that test (its before-all hooks run whenever it has a test), so the run's start
 * refuses an unparseable expression itself, before any call to the server.
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter};
 * the launcher applies it to every discovered descriptor, parents before children. It touches only
 * tests of the Cucumber engine (a scenario, or one example of an outline); Cucumber's descriptors
 * carry the scenario's effective tags as JUnit tags without the {@code @} (a tag JUnit rejects,
 * e.g. one with a parenthesis, is missing there and so cannot be selected).
 *
 * <p>The filter is the launch's ({@link LaunchHandoff#tagFilter()}; outside a launch handed its
 * settings, the JVM's): a {@code cucumber.filter.tags} set only as a suite's
 * {@code @ConfigurationParameter} is not seen, and Cucumber's engine then skips as before.
 */
public final class TagFilterAtDiscovery implements PostDiscoveryFilter {
  static final String CUCUMBER_ENGINE = "cucumber";

  private final TagFilter filter;
  private final Expression expression;

  /** The launch's filter (else this JVM's), as Cucumber's engine will see it. */
  public TagFilterAtDiscovery() {
    this(LaunchHandoff.tagFilter());
  }

  /**
   * A filter whose one-line problem names the option the caller took the expression from, e.g. the
   * jar's {@code new TagFilter(tags, "--tags")}. Given in a launcher request, it runs after the
   * service-loaded instance (the launcher applies its own filters first), and its problem line
   * replaces that one's, which can only name where this JVM's configuration holds the expression.
   */
  public TagFilterAtDiscovery(TagFilter filter) {
    this.filter = filter;
    // An unparseable filter is reported when the Cucumber engine's descriptor is visited.
    this.expression =
        filter.syntaxProblem().isEmpty() && filter.isSet()
            ? TagExpressionParser.parse(filter.expression())
            : null;
  }

  /** Whether {@code id} is the test that stands for a run whose filter can select nothing. */
  public static boolean isTagFilterProblem(TestIdentifier id) {
    return id.getUniqueIdObject().getLastSegment().getType().equals(TagFilterProblem.SEGMENT);
  }

  @Override
  public FilterResult apply(TestDescriptor descriptor) {
    if (!filter.isSet()
        || !isCucumber(descriptor.getUniqueId())
        || descriptor instanceof TagFilterProblem) {
      return FilterResult.included("not a Cucumber scenario or no tag filter");
    }
    if (isCucumberEngine(descriptor)) {
      List<List<String>> scenarioTags = scenarioTags(descriptor);
      // The launcher also asks the Cucumber engine about selectors that name no feature (a test
      // class); such an empty discovery says nothing about the filter.
      if (scenarioTags.isEmpty()) {
        return FilterResult.included("no scenario discovered here");
      }
      // Throwing here would end the test JVM, and surefire answers that with a stack-trace wall;
      // a failing test in place of the scenarios shows the one line and fails the build.
      filter
          .problem(scenarioTags)
          .ifPresent(
              line -> {
                List.copyOf(descriptor.getChildren()).stream()
                    .filter(TagFilterProblem.class::isInstance)
                    .forEach(descriptor::removeChild);
                descriptor.addChild(new TagFilterProblem(descriptor.getUniqueId(), line));
              });
      return FilterResult.included("the Cucumber engine");
    }
    if (!descriptor.isTest()) {
      return FilterResult.included("a feature, rule or outline; emptied ones are pruned");
    }
    return expression != null && expression.evaluate(tags(descriptor))
        ? FilterResult.included("matches the tag filter " + filter.expression())
        : FilterResult.excluded("outside the tag filter " + filter.expression());
  }

  private static List<List<String>> scenarioTags(TestDescriptor engine) {
    List<List<String>> all = new ArrayList<>();
    engine.getDescendants().stream()
        .filter(TestDescriptor::isTest)
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

  /**
   * Stands in for the scenarios when the filter would run none: a test of the Cucumber engine that
   * fails with the one-line reason, so the console shows it and the build fails.
   */
  static final class TagFilterProblem extends AbstractTestDescriptor
      implements Node<EngineExecutionContext> {
    static final String SEGMENT = "tag-filter";
    private final String line;

    TagFilterProblem(UniqueId engine, String line) {
      super(engine.append(SEGMENT, "problem"), "tag filter");
      this.line = line;
    }

    @Override
    public Type getType() {
      return Type.TEST;
    }

    @Override
    public EngineExecutionContext execute(
        EngineExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
      throw new UnusableTagFilter(line);
    }
  }

  /** The reason alone: no stack trace, as the line says all there is to fix. */
  static final class UnusableTagFilter extends RuntimeException {
    UnusableTagFilter(String message) {
      super(message, null, false, false);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
