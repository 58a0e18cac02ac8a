package io.flowcheck.steps.run;

import io.flowcheck.framework.config.EfSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Files the run leaves for the reports. None of them may hold a secret. */
final class RunFiles {
  private RunFiles() {}

  static Path allureResultsDir() {
    return Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
  }

  /** Allure's environment section: what was tested, how, by whom. Never the password. */
  static void writeAllureEnvironment(EfRun run) {
    EfSettings s = run.settings();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("Server", s.apiBaseUrl() + (run.hasSimulator() ? " (embedded simulator)" : ""));
    env.put("Server.version", run.serverVersion());
    env.put("Auth", s.auth().label());
    env.put("TLS", s.tls().label() + (s.tls() == io.flowcheck.framework.config.TlsMode.RELAXED
        ? " (certificates NOT verified)" : ""));
    env.put("User", s.user());
    env.put("Run.id", s.runId());
    env.put("Sandbox.project", run.sandbox().projectName());
    StringBuilder sb = new StringBuilder();
    env.forEach((k, v) -> sb.append(k).append(" = ").append(v.replace("\\", "\\\\")).append('\n'));
    Path dir = allureResultsDir();
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("environment.properties"), sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cleanup problem: cannot write " + dir + "/environment.properties", e);
    }
  }
}
