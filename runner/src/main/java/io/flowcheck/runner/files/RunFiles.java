package io.flowcheck.runner.files;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.TlsMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Files the run leaves for the reports. None of them may hold a secret. */
public final class RunFiles {
  private RunFiles() {}

  /**
   * Allure's environment section: what was tested, how, by whom. Never the password.
   *
   * @param serverNote how the server is named beside its URL, e.g. "embedded simulator"; may be
   *     null
   */
  public static void writeAllureEnvironment(
      Path resultsDir,
      EfSettings s,
      String serverNote,
      String serverVersion,
      String sandboxProject) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("Server", s.apiBaseUrl() + (serverNote == null ? "" : " (" + serverNote + ")"));
    env.put("Server.version", serverVersion);
    env.put("Auth", s.auth().label());
    env.put(
        "TLS",
        s.tls().label() + (s.tls() == TlsMode.RELAXED ? " (certificates NOT verified)" : ""));
    env.put("User", s.user());
    env.put("Run.id", s.runId());
    env.put("Tags", s.tagFilter().expressionOrAll());
    env.put("Sandbox.project", sandboxProject);
    // A merged report lists every shard here (see the results merge).
    s.shards().asShard().ifPresent(shard -> env.put("Shard", shard.toString()));
    StringBuilder sb = new StringBuilder();
    env.forEach((k, v) -> sb.append(k).append(" = ").append(v.replace("\\", "\\\\")).append('\n'));
    try {
      Files.createDirectories(resultsDir);
      Files.writeString(resultsDir.resolve("environment.properties"), sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cleanup problem: cannot write " + resultsDir + "/environment.properties", e);
    }
  }

  /**
   * What the run could not delete, one line each, for the pipeline's result; nothing when the
   * server is clean. A file that cannot be written costs only that record: the console said it.
   */
  public static void writeLeftovers(Path file, java.util.List<String> left) {
    try {
      Files.deleteIfExists(file);
      if (!left.isEmpty()) {
        Files.createDirectories(file.getParent());
        Files.write(file, left);
      }
    } catch (IOException e) {
      System.out.println("flowcheck: cannot write " + file + ": " + e.getMessage());
    }
  }
}
