package io.flowcheck.cli;

import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.Setting;
import io.flowcheck.framework.config.SettingsLoader;
import java.io.Console;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of a command, checked by the registry before anything runs: a bad value ends the
 * command with the registry's own line and exit 2, as no scenario could run with it. The one thing
 * added here is the password prompt, when a real server is set, no password is found in the
 * environment or a profile, and a person is at the console.
 */
final class CheckedSettings {
  private CheckedSettings() {}

  static Map<String, String> of(Map<String, String> given) {
    Map<String, String> settings = new LinkedHashMap<>(given);
    try {
      SettingsLoader.load(withJvm(settings), System.getenv());
    } catch (EfConfigException e) {
      Console console = System.console();
      if (console == null || !e.getMessage().startsWith(Setting.PASSWORD.key() + ":")) {
        throw e;
      }
      char[] typed = console.readPassword("Password of %s: ", user(settings));
      if (typed == null || typed.length == 0) {
        throw e;
      }
      settings.put(Setting.PASSWORD.key(), new String(typed));
      SettingsLoader.load(withJvm(settings), System.getenv());
    }
    return settings;
  }

  private static String user(Map<String, String> settings) {
    String user = settings.get(Setting.USER.key());
    if (user == null) {
      user = System.getenv(Setting.USER.envName());
    }
    return user == null ? "the user (ef.user)" : user;
  }

  /** The JVM's own -D settings under the command's, as the run will see them. */
  private static Map<String, String> withJvm(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>();
    System.getProperties().forEach((k, v) -> all.put(String.valueOf(k), String.valueOf(v)));
    all.putAll(settings);
    return all;
  }
}
