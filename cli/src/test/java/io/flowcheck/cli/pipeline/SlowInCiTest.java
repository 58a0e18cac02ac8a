package io.flowcheck.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.config.TagFilter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build's own suite run turns the @slow scenarios on in CI (CI=true) and only there: not
 * outside CI, not against a server, not over a tag filter someone gave.
 */
class SlowInCiTest {
  private static final Map<String, String> IN_CI = Map.of("CI", "true");

  private static EfSettings settings(String... keyValues) {
    Map<String, String> props = new HashMap<>();
    props.put("user.dir", System.getProperty("java.io.tmpdir"));
    props.put("user.home", System.getProperty("java.io.tmpdir"));
    for (int i = 0; i < keyValues.length; i += 2) {
      props.put(keyValues[i], keyValues[i + 1]);
    }
    return SettingsLoader.load(props, Map.of());
  }

  @Test
  void inCiTheEmbeddedRunNamesSlowInItsTagFilter() {
    TagFilter tags = MavenMain.withSlowInCi(settings(), IN_CI).tagFilter();
    assertEquals(new TagFilter("@slow or not @slow", "CI=true"), tags);
    assertEquals("@slow or not @slow (from CI=true)", tags.describe());
  }

  @Test
  void outsideCiNothingChanges() {
    assertFalse(MavenMain.withSlowInCi(settings(), Map.of()).tagFilter().isSet());
    assertFalse(MavenMain.withSlowInCi(settings(), Map.of("CI", "false")).tagFilter().isSet());
  }

  @Test
  void aRunAgainstAServerKeepsItsSlowScenariosOffEvenInCi() {
    EfSettings onServer = settings("ef.server", "https://flow.example.com", "ef.password", "x");
    assertFalse(MavenMain.withSlowInCi(onServer, IN_CI).tagFilter().isSet());
  }

  @Test
  void aGivenTagFilterStaysAsGiven() {
    EfSettings smoke = settings("cucumber.filter.tags", "@smoke");
    assertEquals(
        new TagFilter("@smoke", "-Dcucumber.filter.tags"),
        MavenMain.withSlowInCi(smoke, IN_CI).tagFilter());
  }
}
