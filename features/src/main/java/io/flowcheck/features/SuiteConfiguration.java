package io.flowcheck.features;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The suite's JUnit Platform configuration (glue, plugins, parallelism, exclusive resources), one
 * file for both ways the suite runs. Maven's run reads it as the test classpath's {@code
 * junit-platform.properties}; a launcher outside Maven (the cli) loads it from the jar under {@link
 * #RESOURCE}, with the plugins' output paths, written relative to Maven's {@code target}, moved
 * under its own output folder.
 */
public final class SuiteConfiguration {
  /**
   * Where the features jar carries the file; not the classpath root, so it configures no one else.
   */
  public static final String RESOURCE = "io/flowcheck/features/suite/junit-platform.properties";

  /** The key of Cucumber's plugin list. */
  public static final String PLUGINS = "cucumber.plugin";

  /** The key of Cucumber's glue packages. */
  public static final String GLUE = "cucumber.glue";

  private static final String MAVEN_OUTPUT = "target/";

  private SuiteConfiguration() {}

  /** The parameters as written. */
  public static Map<String, String> asWritten() {
    Properties p = new Properties();
    try (InputStream in = SuiteConfiguration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The suite configuration " + RESOURCE + " is missing");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the suite configuration " + RESOURCE, e);
    }
    Map<String, String> all = new LinkedHashMap<>();
    p.stringPropertyNames().stream().sorted().forEach(k -> all.put(k, p.getProperty(k).trim()));
    return all;
  }

  /** The parameters with every plugin output under {@code target/} moved into {@code out}. */
  public static Map<String, String> forOutput(Path out) {
    Map<String, String> all = asWritten();
    all.computeIfPresent(PLUGINS, (k, plugins) -> relocate(plugins, out));
    return all;
  }

  static String relocate(String plugins, Path out) {
    return Arrays.stream(plugins.split(","))
        .map(String::trim)
        .map(plugin -> relocateOne(plugin, out))
        .collect(Collectors.joining(", "));
  }

  /**
   * {@code html:target/cucumber-reports/cucumber.html} becomes {@code
   * html:<out>/cucumber-reports/...}.
   */
  private static String relocateOne(String plugin, Path out) {
    int colon = plugin.indexOf(':');
    if (colon < 0 || !plugin.startsWith(MAVEN_OUTPUT, colon + 1)) {
      return plugin;
    }
    String relative = plugin.substring(colon + 1 + MAVEN_OUTPUT.length());
    return plugin.substring(0, colon + 1) + out.toAbsolutePath().resolve(relative);
  }
}
