package io.flowcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar flowcheck.jar ...} as a process of its own in a folder outside the repository,
 * with nothing but the JDK: no Maven classpath, no ef.* or cucumber.* from the build.
 */
final class JarProcess {
  /** Only against a hang: the slowest command, a run with reports, needs well under a minute. */
  private static final long HANG_GUARD_MINUTES = 10;

  /** Log files are numbered, never named after arguments (one holds a password on purpose). */
  private static final java.util.concurrent.atomic.AtomicInteger COUNT =
      new java.util.concurrent.atomic.AtomicInteger();

  private final Path jar;
  private final Path dir;

  JarProcess(Path jar, Path dir) {
    this.jar = jar;
    this.dir = dir;
  }

  /** What a finished command left: its exit status and everything it printed. */
  record Result(int status, String output) {
    /** The lines, for messages. */
    String tail() {
      String[] lines = output.split("\\R");
      return String.join(
          "\n", List.of(lines).subList(Math.max(0, lines.length - 25), lines.length));
    }
  }

  Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("log-" + COUNT.incrementAndGet() + "-" + args[0] + ".txt");
    Process p = builder(env, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("flowcheck.jar " + String.join(" ", args) + " hung; log " + log);
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Started with its output on a pipe (stderr merged), for a server's ready line. */
  Process startPiped(String... args) throws IOException {
    return builder(Map.of(), args).redirectErrorStream(true).start();
  }

  private ProcessBuilder builder(Map<String, String> env, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    // The build's own settings stay out, so the command sees only what the test gives it.
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("EF_")
                    || k.startsWith("CUCUMBER_")
                    || k.startsWith("FLOWCHECK_")
                    || k.equals("JAVA_TOOL_OPTIONS"));
    pb.environment().put("FLOWCHECK_CACHE", dir.resolve("cache").toString());
    pb.environment().putAll(env);
    return pb;
  }

  Path dir() {
    return dir;
  }

  /** Stops a server the test started, then removes a test folder with all it holds. */
  static void stopAndDelete(Process server, Path dir) throws InterruptedException, IOException {
    if (server != null) {
      server.destroy();
      server.waitFor();
    }
    if (dir != null) {
      try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
