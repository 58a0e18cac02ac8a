package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Headless Debian Chromium, one bounded process per page, each with a fresh profile. */
final class Chromium {
  /**
   * The JUnit resource lock of this JVM's child processes: held (shared) by every test that starts
   * Chromium, and alone by a test that checks the code under test starts no process.
   */
  static final String CHILD_PROCESSES = "reports.child-processes";

  /**
   * scripts/setup.sh installs Chromium; without it the browser test fails with this line, never
   * skips.
   */
  static final String MISSING =
      "Chromium is missing at %s: run scripts/setup.sh or apt-get install chromium"
          + " (or point -Dreports.chromium at a Chromium binary)";

  private static final long TIMEOUT_SECONDS = 60;

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  static Chromium require() {
    Path binary = Path.of(System.getProperty("reports.chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(binary)) {
      fail(String.format(MISSING, binary));
    }
    return new Chromium(binary);
  }

  /**
   * The DOM after the page's scripts ran (virtual time lets the single-page app finish rendering).
   */
  String dumpDom(String url) {
    return run(url, List.of("--dump-dom"));
  }

  /**
   * The DOM as {@link #dumpDom} gives it, and from the same Chromium start (about 1.5 s each) the
   * page as a person sees it, in {@code png}: both once virtual time has run out.
   */
  String dumpDomAndScreenshot(String url, Path png) {
    try {
      Files.createDirectories(png.getParent());
      Files.deleteIfExists(png);
    } catch (IOException e) {
      fail("Cannot prepare " + png + ": " + e.getMessage());
    }
    String dom =
        run(
            url,
            List.of(
                "--dump-dom",
                "--screenshot=" + png,
                "--window-size=1400,1000",
                "--hide-scrollbars"));
    if (!Files.isRegularFile(png)) {
      fail("Chromium wrote no screenshot for " + url);
    }
    return dom;
  }

  private String run(String url, List<String> extra) {
    Path profile = null;
    Path out = null;
    Path err = null;
    try {
      profile = Files.createTempDirectory("chromium-profile");
      out = Files.createTempFile("chromium", ".out");
      err = Files.createTempFile("chromium", ".err");
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  binary.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--no-first-run",
                  "--disable-quic",
                  "--user-data-dir=" + profile,
                  "--virtual-time-budget=10000"));
      cmd.addAll(extra);
      cmd.add(url);
      // Output goes to files, not pipes: a full pipe would block Chromium and hang the test.
      Process p =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s on " + url);
      }
      if (p.exitValue() != 0) {
        fail("Chromium exited " + p.exitValue() + " on " + url + ": " + lastLine(err));
      }
      return Files.readString(out);
    } catch (IOException e) {
      return fail("Could not run Chromium on " + url + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("Interrupted while Chromium loaded " + url);
    } finally {
      deleteQuietly(profile);
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static String lastLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
  }

  private static void deleteQuietly(Path path) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp dir is not worth failing a test for
    }
  }
}
