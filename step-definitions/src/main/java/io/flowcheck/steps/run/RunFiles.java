package io.flowcheck.steps.run;

import io.flowcheck.framework.config.EfSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.flowcheck.framework.secrets.Fingerprint;
import io.flowcheck.framework.secrets.SecretFingerprints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
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

  /** For the leak gate that scans every output after the build: hashes, never the secrets. */
  static void writeSecretFingerprints(EfRun run, Path file) {
    String password = run.settings().password().reveal();
    List<Fingerprint> prints = new ArrayList<>(SecretFingerprints.forPassword(run.settings().user(), password));
    Set<String> sessionIds = run.simulatorSessionIds();
    for (String secret : run.knownSecrets()) {
      if (secret.equals(password)) {
        continue;
      }
      prints.addAll(sessionIds.contains(secret) || secret.matches("[A-Za-z0-9-]{8,64}")
          ? SecretFingerprints.forSessionId(secret)
          : SecretFingerprints.forSecret("a secret of the run", secret));
    }
    SecretFingerprints.append(file, prints);
  }
}
