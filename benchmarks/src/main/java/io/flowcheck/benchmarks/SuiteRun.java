package io.flowcheck.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One measured run of a suite command against the simulator: the simulator is reset (and slowed
 * down when asked), the command runs in its own process with its output in a log file, then the
 * simulator's traffic log tells when the first request came and how the run used the server.
 */
record SuiteRun(
    String name,
    double wallMs,
    SuiteFigures figures,
    int exitCode,
    StandaloneSimulator.Traffic traffic,
    long startedMicros,
    Path log) {

  /** A command line to measure, with extra environment variables. */
  record Command(String name, List<String> args, Map<String, String> env) {}

  static SuiteRun measure(Command command, StandaloneSimulator sim, int delayMs, Path logDir)
      throws IOException, InterruptedException {
    sim.reset();
    if (delayMs > 0) {
      sim.delayEveryAnswer(delayMs);
    }
    Files.createDirectories(logDir);
    Path log =
        Files.createTempFile(logDir, command.name().replaceAll("[^A-Za-z0-9]+", "-"), ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command.args()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(command.env());
    long startedMicros = epochMicros();
    long started = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException(command.name() + " did not finish in 20 minutes; see " + log);
    }
    double wallMs = (System.nanoTime() - started) / 1e6;
    SuiteFigures figures = null;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      SuiteFigures parsed = SuiteFigures.parse(line);
      figures = parsed == null ? figures : parsed;
    }
    return new SuiteRun(
        command.name(), wallMs, figures, process.exitValue(), sim.traffic(), startedMicros, log);
  }

  boolean passed() {
    return exitCode == 0;
  }

  /** Milliseconds from starting the process to the first API request the simulator saw. */
  double startToFirstRequestMs() {
    long first = traffic.firstRequestMicros();
    return first < 0 ? Double.NaN : (first - startedMicros) / 1000.0;
  }

  double inJvmMs() {
    return figures == null ? Double.NaN : figures.elapsedMs();
  }

  double heapPeakMiB() {
    return figures == null ? Double.NaN : figures.heapPeakBytes() / (1024.0 * 1024.0);
  }

  double requestsInFlight() {
    return Stats.averageInFlight(traffic.requestMicros());
  }

  private static long epochMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }
}
