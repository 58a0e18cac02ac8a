package io.flowcheck.features;

import io.cucumber.core.options.Constants;
import io.flowcheck.framework.config.AllowedKey;
import io.flowcheck.framework.config.Setting;
import io.flowcheck.framework.config.ShardAuto;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a proof run in this JVM depends on, fixed by the test and by nothing else: a developer's
 * exported {@code EF_SERVER} or a CI agent's {@code EF_USER} must not change what the build's own
 * tests prove. Settings with a value (user, auth, TLS, strictness) are pinned as system properties,
 * the top layer. Those whose default is "unset" (the server: the embedded simulator; the shard: the
 * whole selection) cannot be pinned that way, as an environment variable fills an unset property;
 * for them the build keeps the variables out of its test JVMs ({@code flowcheck.tests.excluded-env}
 * in the root pom) and {@link #requireIsolatedEnvironment()} refuses to run where one got in.
 */
public final class PinnedSettings {
  /** The defaults a proof run relies on; a test's own settings replace them. */
  static final Map<String, String> DEFAULTS =
      Map.of(
          Setting.USER.key(), "admin",
          Setting.AUTH.key(), "session",
          Setting.TLS.key(), "strict",
          Setting.ASSUMPTIONS_STRICT.key(), "false",
          Setting.FAIL_FLAKY.key(), "false");

  private PinnedSettings() {}

  /** The pinned defaults with the test's own settings over them. */
  public static Map<String, String> with(Map<String, String> given) {
    Map<String, String> all = new HashMap<>(DEFAULTS);
    all.putAll(given);
    return all;
  }

  /**
   * Fails, naming the variables, when this JVM's environment holds a variable a run reads: the run
   * would read it, and the test would prove something about the user's server instead of its own.
   */
  public static void requireIsolatedEnvironment() {
    requireIsolatedEnvironment(System.getenv());
  }

  public static void requireIsolatedEnvironment(Map<String, String> environment) {
    List<String> found = new ArrayList<>(variablesARunReads());
    found.retainAll(environment.keySet());
    if (!found.isEmpty()) {
      throw new IllegalStateException(
          "this test JVM's environment holds "
              + String.join(", ", found)
              + ", which the in-process run would read as settings; the build keeps them out"
              + " (flowcheck.tests.excluded-env in the root pom): unset them to run this test"
              + " elsewhere");
    }
  }

  /**
   * Every variable a run in this JVM reads as a setting: the registry's, those of {@code
   * ef.shard=auto}, those the allow-list names, and Cucumber's ({@code CUCUMBER_FILTER_TAGS} for
   * {@code cucumber.filter.tags}, and so on: Cucumber's command line reads them all).
   */
  public static Set<String> variablesARunReads() {
    Set<String> names = new TreeSet<>();
    Arrays.stream(Setting.values()).map(Setting::envName).forEach(names::add);
    Arrays.stream(AllowedKey.values())
        .filter(a -> a.kind() == AllowedKey.Kind.VARIABLE)
        .map(AllowedKey::key)
        .forEach(names::add);
    Stream.of(ShardAuto.GITLAB_INDEX, ShardAuto.GITLAB_TOTAL, ShardAuto.K8S_INDEX)
        .forEach(names::add);
    cucumberProperties().stream()
        .map(p -> p.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'))
        .forEach(names::add);
    return names;
  }

  /** Cucumber's property names, read from its own constants so a new one is not missed. */
  private static List<String> cucumberProperties() {
    List<String> names = new ArrayList<>();
    for (Field f : Constants.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        try {
          f.setAccessible(true);
          String value = (String) f.get(null);
          if (value.startsWith("cucumber.") && !value.endsWith(".properties")) {
            names.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read Cucumber's " + f.getName(), e);
        }
      }
    }
    return names;
  }
}
