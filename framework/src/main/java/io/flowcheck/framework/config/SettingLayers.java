package io.flowcheck.framework.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where a setting's value comes from, first found wins: the system property, the environment
 * variable, the profile file, then the classpath properties file of the tool that shares the
 * setting (see {@link Setting#toolFile()}). Every setting is read through here, so all of them can
 * be given in the same four ways.
 */
final class SettingLayers {
  private final Map<String, String> systemProperties;
  private final Map<String, String> environment;
  private final Properties profile;
  private final Function<String, Properties> classpath;

  SettingLayers(
      Map<String, String> systemProperties,
      Map<String, String> environment,
      Properties profile,
      Function<String, Properties> classpath) {
    this.systemProperties = Map.copyOf(systemProperties);
    this.environment = Map.copyOf(environment);
    this.profile = profile;
    this.classpath = classpath;
  }

  /** The same layers with a profile read; until then the profile layer is empty. */
  SettingLayers withProfile(Properties readProfile) {
    return new SettingLayers(systemProperties, environment, readProfile, classpath);
  }

  Optional<String> lookup(Setting setting) {
    return nonBlank(systemProperties.get(setting.key()))
        .or(() -> nonBlank(environment.get(setting.envName())))
        .or(() -> nonBlank(profile.getProperty(setting.key())))
        .or(
            () ->
                setting.toolFile() == null
                    ? Optional.empty()
                    : nonBlank(classpath.apply(setting.toolFile()).getProperty(setting.key())));
  }

  /** A folder the run writes to or reads from: it may not exist yet, but it must not be a file. */
  Optional<Path> folder(Setting setting) {
    return lookup(setting)
        .map(
            raw -> {
              Path p;
              try {
                p = Path.of(raw);
              } catch (InvalidPathException e) {
                throw new EfConfigException(setting, "'" + raw + "' is not a valid folder name");
              }
              if (Files.isRegularFile(p)) {
                throw new EfConfigException(
                    setting, "'" + p.toAbsolutePath() + "' is a file; give a folder");
              }
              return p;
            });
  }

  /** A JVM system property that is no setting of ours, e.g. {@code user.home}. */
  String systemProperty(String key, String orElse) {
    return systemProperties.getOrDefault(key, orElse);
  }

  Map<String, String> systemProperties() {
    return systemProperties;
  }

  Map<String, String> environment() {
    return environment;
  }

  Properties classpathFile(String name) {
    return classpath.apply(name);
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
