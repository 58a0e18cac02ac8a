package io.flowcheck.features.publish;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.SeparateServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The @slow scenario of publish.feature, a 100 MB build file, run by a JVM of its own whose heap is
 * capped at 256 MiB: the file must go out streamed, never held in memory. The server is a separate
 * simulator in this JVM, so the cap applies to flowcheck's side alone.
 */
class LargePublishHeapTest {
  private static final String HEAP = "-Xmx256m";

  /** Over plain HTTP: the heap cap is about streaming the file, which TLS does not change. */
  @RegisterExtension
  static final SeparateServer SERVER = SeparateServer.overPlainHttp("Large-Publish-Pw-5");

  @TempDir Path tmp;

  @Test
  void aHundredMegabytesPublishWholeWithTheHeapCappedAt256MiB() throws Exception {
    ProcessBuilder child =
        SERVER.childJvm(
            List.of(HEAP, "-XX:+PrintCommandLineFlags"),
            List.of(
                "ef.auth=session",
                "cucumber.filter.tags=@slow",
                "flowcheck.output.dir=" + tmp,
                "cucumber.publish.quiet=true"),
            "io.cucumber.core.cli.Main",
            "--glue",
            "io.flowcheck.steps",
            "--tags",
            "@slow",
            "--plugin",
            "io.flowcheck.runner.console.ProgressPlugin",
            "classpath:features/publish.feature");
    Path log = tmp.resolve("child.log");
    Process run = child.directory(tmp.toFile()).redirectOutput(log.toFile()).start();
    assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the 100 MB publish did not end");
    String console = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(console, run.exitValue(), equalTo(0));
    assertThat(
        "the JVM's own word that the cap applied",
        console,
        containsString("-XX:MaxHeapSize=" + 256L * 1024 * 1024 + " "));
    assertThat(
        console,
        matchesPattern("(?s).*ok +\\[\\d+\\] publish.feature > A 100 MB file publishes whole.*"));
  }
}
