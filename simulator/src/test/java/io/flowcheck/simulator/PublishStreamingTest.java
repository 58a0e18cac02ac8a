package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A published file larger than the simulator's heap: the standalone simulator runs in its own JVM
 * with {@value #HEAP}, and a {@value #MEGABYTES} MB file part must arrive whole, its size and
 * SHA-256 right. A simulator that held a request body in memory (as WireMock does for the routes
 * behind it) would run out of memory instead: one and a half heaps prove that as well as three did
 * (200 MB before), at half the CPU on the build's critical path.
 */
@Order(2) // a long class: it starts first (junit-platform.properties)
class PublishStreamingTest {
  static final String HEAP = "-Xmx64m";
  static final int MEGABYTES = 96;

  @Test
  void aFileLargerThanTheHeapStreamsThroughIntoTheManifest() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process simulator =
        new ProcessBuilder(
                java.toString(),
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--port",
                "0",
                "--http")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      String ready =
          new BufferedReader(
                  new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      String prefix = "ElectricFlow simulator ready at ";
      assertTrue(ready != null && ready.startsWith(prefix), "the simulator said: " + ready);
      String server = ready.substring(prefix.length()).replace("/rest/v1.0", "");

      MessageDigest sent = MessageDigest.getInstance("SHA-256");
      long size = MEGABYTES * 1024L * 1024L;
      PublishForm form =
          PublishForm.of("ci:big", "1", "default")
              .file("files", "dist/big.bin", () -> new Generated(size, sent))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString("admin:changeme".getBytes(StandardCharsets.UTF_8)));
      HttpClient http = HttpClient.newHttpClient();
      Reply reply = form.postTo(http, server + ArtifactPublishingTest.CGI);
      assertEquals("Artifact-Published-OK", reply.body());

      Reply manifest =
          PublishForm.get(http, server + "/__admin/ef/artifactVersions/ci:big:1/files");
      assertEquals("dist/big.bin", manifest.at("/files/0/path"));
      assertEquals(size, manifest.json().at("/files/0/size").asLong());
      assertEquals(HexFormat.of().formatHex(sent.digest()), manifest.at("/files/0/sha256"));
      assertTrue(simulator.isAlive(), "the simulator survived");
    } finally {
      simulator.destroy();
      simulator.waitFor(20, TimeUnit.SECONDS);
    }
  }

  /** Deterministic bytes made on the fly (never all in memory), digested as they are read. */
  private static final class Generated extends InputStream {
    private final long size;
    private final MessageDigest digest;
    private long position;

    Generated(long size, MessageDigest digest) {
      this.size = size;
      this.digest = digest;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= size) {
        return -1;
      }
      int count = (int) Math.min(length, size - position);
      for (int i = 0; i < count; i++) {
        buffer[offset + i] = (byte) ((position + i) * 31 >>> 3);
      }
      position += count;
      digest.update(buffer, offset, count);
      return count;
    }

    @Override
    public void close() throws IOException {
      // nothing to release
    }
  }
}
