package io.flowcheck.framework.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds keys that look like settings but are none: {@code -Def.sever=...}, {@code EF_SEVER=...},
 * {@code ef.tsl=relaxed} in a profile. Nothing would read them, so the run would go on with the
 * default (the embedded simulator, strict TLS) and could end green: a false verdict. Each is named
 * with where it was given and the nearest real key, in one line.
 *
 * <p>System properties and environment variables are checked under our prefixes only ({@code ef.},
 * {@code flowcheck.}, {@code EF_}, {@code FLOWCHECK_}); a JVM and a shell hold many other keys. A
 * profile is ours entirely, so any key in it that is no setting is refused.
 */
final class UnknownSettings {
  static final String SYSTEM_PROPERTY = "system property";
  static final String ENVIRONMENT_VARIABLE = "environment variable";

  /** Further than this, a suggestion would be a guess rather than the key meant. */
  private static final int MAX_DISTANCE = 3;

  private UnknownSettings() {}

  /** Fails with one line naming every unknown key of the JVM's and the shell's layers. */
  static void check(Map<String, String> systemProperties, Map<String, String> environment) {
    List<String> problems = new ArrayList<>();
    systemProperties.keySet().stream()
        .filter(AllowedKey::isOursAsProperty)
        .filter(k -> !propertyKeys().contains(k))
        .sorted()
        .forEach(k -> problems.add(problem(k, SYSTEM_PROPERTY, propertyKeys())));
    environment.keySet().stream()
        .filter(AllowedKey::isOursAsVariable)
        .filter(k -> !variableNames().contains(k))
        .sorted()
        .forEach(k -> problems.add(problem(k, ENVIRONMENT_VARIABLE, variableNames())));
    failIfAny(problems);
  }

  /** Fails with one line naming every line of the profile that is no setting. */
  static void checkProfile(Properties profile, Path file) {
    String source = "profile " + file.toAbsolutePath().normalize();
    List<String> problems = new ArrayList<>();
    profile.stringPropertyNames().stream()
        .sorted()
        .forEach(
            k -> {
              if (k.equals(Setting.PROFILE.key()) || k.equals(Setting.PROFILES_DIR.key())) {
                problems.add(k + " (" + source + ") cannot come from a profile: set -D" + k);
              } else if (!settingKeys().contains(k)) {
                problems.add(problem(k, source, settingKeys()));
              }
            });
    failIfAny(problems);
  }

  private static void failIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new EfConfigException(String.join("; ", problems));
    }
  }

  static String problem(String key, String source, List<String> known) {
    return "unknown setting "
        + key
        + " ("
        + source
        + ")"
        + nearest(key, known)
            .map(k -> ": did you mean " + k + "?")
            .orElse(": no setting has a name like it; the README's table lists them");
  }

  /**
   * The known key fewest edits away (an edit: insert, delete, change or swap two neighbouring
   * characters), at most a third of the key's length and {@value #MAX_DISTANCE}; the first in
   * registry order on a tie. Case does not count: {@code ef.Server} means {@code ef.server}.
   */
  static Optional<String> nearest(String key, List<String> known) {
    String k = key.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(MAX_DISTANCE, k.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(k, candidate.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Damerau-Levenshtein distance (optimal string alignment: a swap counts as one edit). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static List<String> settingKeys() {
    return Arrays.stream(Setting.values()).map(Setting::key).toList();
  }

  /** Settings first, so a tie goes to a setting. */
  private static List<String> propertyKeys() {
    return Stream.concat(settingKeys().stream(), allowed(AllowedKey.Kind.PROPERTY)).toList();
  }

  private static List<String> variableNames() {
    return Stream.concat(
            Arrays.stream(Setting.values()).map(Setting::envName),
            allowed(AllowedKey.Kind.VARIABLE))
        .toList();
  }

  private static Stream<String> allowed(AllowedKey.Kind kind) {
    return Arrays.stream(AllowedKey.values()).filter(a -> a.kind() == kind).map(AllowedKey::key);
  }
}
