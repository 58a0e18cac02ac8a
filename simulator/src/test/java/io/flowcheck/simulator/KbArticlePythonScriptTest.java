package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every call of KB article KBEC-00383, made by Python requests exactly as the article shows.
 * scripts/setup.sh installs python3-requests; a machine without it fails here, never skips
 * silently.
 */
class KbArticlePythonScriptTest {
  private static final Path SCRIPT = Path.of("src", "test", "python", "kb_article_calls.py");
  static final String MISSING =
      "python3 with the requests module is missing: run scripts/setup.sh or apt-get install python3-requests";

  @Test
  void everyCallOfTheKbArticleBehavesAsTheArticleSays() throws Exception {
    if (run(List.of("python3", "-c", "import requests")).exitCode() != 0) {
      fail(MISSING);
    }
    assertTrue(Files.isRegularFile(SCRIPT), "missing " + SCRIPT.toAbsolutePath());
    try (EfSimulator sim = EfSimulator.builder().port(0).start()) {
      Result result =
          run(List.of("python3", SCRIPT.toString(), sim.baseUrl(), "admin", "changeme"));
      assertEquals(0, result.exitCode(), result.output());
      assertTrue(result.output().contains("all 6 calls behaved as documented"), result.output());
    }
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException noPython) {
      return new Result(-1, String.valueOf(noPython.getMessage()));
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(-1, "timed out: " + command);
    }
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
