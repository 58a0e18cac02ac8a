package io.flowcheck.framework.config;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The Cucumber tag expression that picks this run's scenarios, and where it was given, so the run
 * can record it (console banner, report environment, baseline) however it was given.
 *
 * <p>Looked up in Cucumber's order, first found wins: the system property {@code
 * cucumber.filter.tags} ({@code -Dcucumber.filter.tags=...}; both Cucumber's JUnit Platform engine
 * and its command line read it), the environment variable {@code CUCUMBER_FILTER_TAGS} (Cucumber
 * reads its {@code CUCUMBER_*} variables below system properties and above its properties files),
 * then {@code junit-platform.properties} on the classpath. Cucumber's JUnit Platform engine itself
 * reads no environment variable; the features module's build passes {@code CUCUMBER_FILTER_TAGS} on
 * as the system property. Tags passed as command line arguments ({@code --tags}) are not seen here.
 *
 * @param expression the tag expression; null when no filter is set (every scenario runs)
 * @param source where it came from, for messages; null when no filter is set
 */
public record TagFilter(String expression, String source) {
  public static final String KEY = "cucumber.filter.tags";
  public static final String ENV = "CUCUMBER_FILTER_TAGS";
  public static final String JUNIT_PLATFORM_FILE = "junit-platform.properties";
  public static final TagFilter NONE = new TagFilter(null, null);

  /** The filter of this JVM: its system properties, environment and classpath. */
  public static TagFilter effective() {
    Map<String, String> props = new HashMap<>();
    System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
    return resolve(props, System.getenv(), ClasspathProperties.read(JUNIT_PLATFORM_FILE));
  }

  public static TagFilter resolve(
      Map<String, String> systemProperties, Map<String, String> env, Properties junitPlatform) {
    String property = isGiven(systemProperties.get(KEY)) ? systemProperties.get(KEY).trim() : null;
    String variable = isGiven(env.get(ENV)) ? env.get(ENV).trim() : null;
    // The Maven build hands the variable to the tests as the property (Cucumber's JUnit Platform
    // engine reads no environment); the same value in both was given in the environment.
    if (property != null && !property.equals(variable)) {
      return new TagFilter(property, "-D" + KEY);
    }
    if (variable != null) {
      return new TagFilter(variable, "environment " + ENV);
    }
    if (isGiven(junitPlatform.getProperty(KEY))) {
      return new TagFilter(junitPlatform.getProperty(KEY).trim(), JUNIT_PLATFORM_FILE);
    }
    return NONE;
  }

  public boolean isSet() {
    return expression != null;
  }

  /** The expression, or {@code (all scenarios)}: what a baseline or report records. */
  public String expressionOrAll() {
    return isSet() ? expression : "(all scenarios)";
  }

  /** {@code @smoke (from -Dcucumber.filter.tags)}, or {@code (all scenarios)}: for the banner. */
  public String describe() {
    return isSet() ? expression + " (from " + source + ")" : expressionOrAll();
  }

  /**
   * Cucumber's parse error for this filter, on one line, naming where it was given. Empty when it
   * parses or is not set. See {@link TagFilterCheck}.
   */
  public Optional<String> syntaxProblem() {
    return TagFilterCheck.syntaxProblem(expression, source);
  }

  /**
   * Why this filter would run nothing, in one line: Cucumber cannot parse it, or no scenario's tags
   * satisfy it. Empty when at least one scenario matches. See {@link TagFilterCheck}.
   */
  public Optional<String> problem(Collection<? extends Collection<String>> scenarioTags) {
    return TagFilterCheck.problem(expression, source, scenarioTags);
  }

  private static boolean isGiven(String value) {
    return value != null && !value.isBlank();
  }
}
