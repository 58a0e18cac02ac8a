package io.flowcheck.framework.client;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.SettingsLoader;
import java.util.HashMap;
import java.util.Map;

/** Settings for tests, built through the real loader so validation applies. */
final class TestSettings {
  static final String PASSWORD = "Zq9-unique-Pa55word";

  private TestSettings() {}

  static EfSettings forServer(String server, String... keyValues) {
    Map<String, String> props = new HashMap<>();
    props.put("ef.server", server);
    props.put("ef.password", PASSWORD);
    props.put("ef.timeout.read", "5s");
    props.put("user.dir", System.getProperty("java.io.tmpdir"));
    props.put("user.home", System.getProperty("java.io.tmpdir"));
    for (int i = 0; i < keyValues.length; i += 2) {
      props.put(keyValues[i], keyValues[i + 1]);
    }
    return SettingsLoader.load(props, Map.of());
  }
}
