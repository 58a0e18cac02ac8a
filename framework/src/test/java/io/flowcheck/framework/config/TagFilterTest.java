package io.flowcheck.framework.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Alone: one test sets a JVM-wide system property that settings loaded elsewhere would read. */
@Isolated
class TagFilterTest {
  private static Properties junitPlatform(String tags) {
    Properties p = new Properties();
    if (tags != null) {
      p.setProperty("cucumber.filter.tags", tags);
    }
    return p;
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironmentWhichWinsOverJunitPlatformProperties() {
    Map<String, String> env = Map.of("CUCUMBER_FILTER_TAGS", "@env");
    Map<String, String> props = Map.of("cucumber.filter.tags", " @prop ");
    assertEquals(
        new TagFilter("@prop", "-Dcucumber.filter.tags"),
        TagFilter.resolve(props, env, junitPlatform("@file")));
    assertEquals(
        new TagFilter("@env", "environment CUCUMBER_FILTER_TAGS"),
        TagFilter.resolve(Map.of(), env, junitPlatform("@file")));
    assertEquals(
        new TagFilter("@file", "junit-platform.properties"),
        TagFilter.resolve(Map.of(), Map.of(), junitPlatform("@file")));
  }

  @Test
  void theEnvironmentPassedOnAsThePropertyStillNamesTheEnvironment() {
    assertEquals(
        new TagFilter("@smoke", "environment CUCUMBER_FILTER_TAGS"),
        TagFilter.resolve(
            Map.of("cucumber.filter.tags", "@smoke"),
            Map.of("CUCUMBER_FILTER_TAGS", "@smoke"),
            junitPlatform(null)));
  }

  @Test
  void blankValuesAreNoFilter() {
    TagFilter none =
        TagFilter.resolve(
            Map.of("cucumber.filter.tags", " "),
            Map.of("CUCUMBER_FILTER_TAGS", ""),
            junitPlatform(null));
    assertEquals(TagFilter.NONE, none);
    assertFalse(none.isSet());
    assertEquals("(all scenarios)", none.expressionOrAll());
    assertEquals("(all scenarios)", none.describe());
  }

  @Test
  void describeSaysWhereTheFilterCameFrom() {
    TagFilter f =
        TagFilter.resolve(
            Map.of(), Map.of("CUCUMBER_FILTER_TAGS", "@upgrade"), junitPlatform(null));
    assertEquals("@upgrade", f.expressionOrAll());
    assertEquals("@upgrade (from environment CUCUMBER_FILTER_TAGS)", f.describe());
  }

  @Test
  void theEffectiveFilterReadsThisJvmsSystemProperties() {
    String before = System.getProperty("cucumber.filter.tags");
    System.setProperty("cucumber.filter.tags", "@effective-check");
    try {
      assertEquals(
          new TagFilter("@effective-check", "-Dcucumber.filter.tags"), TagFilter.effective());
    } finally {
      if (before == null) {
        System.clearProperty("cucumber.filter.tags");
      } else {
        System.setProperty("cucumber.filter.tags", before);
      }
    }
  }

  @Test
  void aToolFileIsReadFromTheRootOfTheClasspath() {
    assertEquals(
        "@from-a-file",
        ClasspathProperties.read("flowcheck-test-tool.properties")
            .getProperty("cucumber.filter.tags"));
    assertEquals(new Properties(), ClasspathProperties.read("no-such-tool.properties"));
  }
}
