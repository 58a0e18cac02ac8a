package io.flowcheck.features.upgrade;

import io.flowcheck.framework.upgrade.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Runs the @upgrade scenarios in this JVM, as scripts/upgrade.sh does through Maven, with the given
 * settings as system properties; puts every property and the suite's run files back afterwards,
 * so the proof leaves the normal feature run's coverage and report inputs as they were.
 */
final class InProcessRun {
  private static final Path COVERAGE = Path.of("target", "ef-coverage");

  private InProcessRun() {}

  /** Cucumber's exit status: 0 when every scenario passed. */
  static int run(String serverUrl, Path allureDir, Map<String, String> upgradeSettings) {
    Properties saved = (Properties) System.getProperties().clone();
    Map<Path, byte[]> coverage = snapshot(COVERAGE);
    try {
      // the outer build's -Dcucumber.* / -Def.* must not steer the proof's runs
      saved.stringPropertyNames().stream()
          .filter(k -> k.startsWith("cucumber.") || k.startsWith("ef."))
          .forEach(System::clearProperty);
      Map<String, String> props = new LinkedHashMap<>();
      props.put("ef.server", serverUrl);
      props.put("ef.password", "changeme");
      props.put("ef.tls", "relaxed");
      props.put("cucumber.publish.quiet", "true");
      props.put("allure.results.directory", allureDir.toString());
      props.putAll(upgradeSettings);
      props.forEach(System::setProperty);
      return io.cucumber.core.cli.Main.run(new String[] {
          "--glue", "io.flowcheck.steps", "--tags", "@upgrade", "--threads", "4",
          "--plugin", "io.flowcheck.steps.console.ProgressPlugin", "classpath:features"},
          Thread.currentThread().getContextClassLoader());
    } finally {
      System.setProperties(saved);
      restore(COVERAGE, coverage);
    }
  }

  static JsonNode summary(Path dir) {
    return JsonTree.read(dir.resolve("summary.json"));
  }

  private static Map<Path, byte[]> snapshot(Path dir) {
    Map<Path, byte[]> files = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        files.put(p, Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void restore(Path dir, Map<Path, byte[]> files) {
    try {
      if (files.isEmpty()) {
        if (Files.isDirectory(dir)) {
          try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
              Files.delete(p);
            }
          }
          Files.delete(dir);
        }
        return;
      }
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        Files.write(f.getKey(), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
