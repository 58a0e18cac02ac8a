package io.flowcheck.runner.shard;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;

/**
 * A scenario's name across runs and machines: its feature file (relative to the classpath root, or
 * to the working folder for a feature file given as a path) and its display name, which holds the
 * scenario's name and, for an example of an outline, the example's number. Line numbers are left
 * out on purpose: adding a line above a scenario must not make its recorded duration unknown.
 */
public final class ScenarioKey {
  static final String CUCUMBER_ENGINE = "cucumber";
  private static final String SEPARATOR = " :: ";

  private ScenarioKey() {}

  /**
   * The key of a Cucumber test, e.g. {@code features/login.feature :: Login - A wrong password is
   * refused}; empty for anything that is not a scenario of a feature file.
   */
  public static Optional<String> of(UniqueId id, String displayName) {
    if (!isCucumber(id)) {
      return Optional.empty();
    }
    return id.getSegments().stream()
        .filter(s -> s.getType().equals("feature"))
        .findFirst()
        .map(feature -> featurePath(feature.getValue()) + SEPARATOR + displayName);
  }

  static boolean isCucumber(UniqueId id) {
    return id.getSegments().stream()
        .anyMatch(s -> s.getType().equals("engine") && s.getValue().equals(CUCUMBER_ENGINE));
  }

  /**
   * {@code classpath:features/a.feature} is {@code features/a.feature}; a file is made relative.
   */
  static String featurePath(String uri) {
    String decoded = URLDecoder.decode(uri, StandardCharsets.UTF_8);
    if (decoded.startsWith("classpath:")) {
      String path = decoded.substring("classpath:".length());
      return path.startsWith("/") ? path.substring(1) : path;
    }
    if (decoded.startsWith("file:")) {
      try {
        Path file = Path.of(URI.create(uri)).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return (file.startsWith(here) ? here.relativize(file) : file).toString().replace('\\', '/');
      } catch (RuntimeException e) {
        return decoded;
      }
    }
    return decoded;
  }
}
