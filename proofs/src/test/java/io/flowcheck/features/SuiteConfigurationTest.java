package io.flowcheck.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The one suite configuration, as Maven's run reads it and as a launcher outside Maven gets it. */
class SuiteConfigurationTest {
  private static final Path OUT = Path.of("/runs/r1");

  @Test
  void theJarsNamedCopyIsTheFileMavensRunReads() throws Exception {
    Properties atRoot = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("junit-platform.properties")) {
      atRoot.load(in);
    }
    Map<String, String> named = SuiteConfiguration.asWritten();
    assertEquals(atRoot.stringPropertyNames(), named.keySet());
    named.forEach((k, v) -> assertEquals(atRoot.getProperty(k).trim(), v, k));
  }

  @Test
  void pluginOutputsMoveUnderTheRunsFolderAndNothingElseChanges() {
    Map<String, String> asWritten = SuiteConfiguration.asWritten();
    Map<String, String> moved = SuiteConfiguration.forOutput(OUT);
    String plugins = moved.get(SuiteConfiguration.PLUGINS);
    assertTrue(
        plugins.contains("DeferredHtmlReport:/runs/r1/cucumber-reports/cucumber.html"), plugins);
    assertTrue(plugins.contains("json:/runs/r1/cucumber-reports/cucumber.json"), plugins);
    assertTrue(plugins.contains("io.flowcheck.runner.console.ProgressPlugin"), plugins);
    assertTrue(!plugins.contains("target/"), plugins);
    asWritten.keySet().stream()
        .filter(k -> !k.equals(SuiteConfiguration.PLUGINS))
        .forEach(k -> assertEquals(asWritten.get(k), moved.get(k), k));
  }

  @Test
  void aPluginWithoutAnOutputOrOutsideTargetStaysAsItIs() {
    assertEquals(
        "pretty, usage:build/usage.json, junit:/runs/r1/x.xml",
        SuiteConfiguration.relocate("pretty, usage:build/usage.json, junit:target/x.xml", OUT));
  }
}
