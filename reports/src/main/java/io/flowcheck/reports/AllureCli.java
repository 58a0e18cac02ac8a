package io.flowcheck.reports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the unpacked Allure 2 CLI (io.qameta.allure:allure-commandline zip from Maven Central) in
 * its own JVM. The CLI's main class is started directly instead of bin/allure, so no shell and no
 * exec bit are needed.
 */
public final class AllureCli {

  private static final long TIMEOUT_SECONDS = 180;

  private final Path home;

  public AllureCli(Path home) {
    if (!Files.isDirectory(home.resolve("lib"))) {
      throw new ReportException(
          "Allure CLI not found at "
              + home
              + ": the maven-dependency-plugin unpack-allure-cli execution did not run");
    }
    this.home = home;
  }

  /** Starts `allure generate`; call {@link Run#await()} to wait for it. */
  public Run start(Path results, Path out, boolean singleFile, Path log) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // A short batch job: the C1 compiler alone and the serial collector halve its CPU
                // time (5.3 s to 2.9 s for 20 scenarios' results), and two of them run at once.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                home.resolve("lib")
                    + File.separator
                    + "*"
                    + File.pathSeparator
                    + home.resolve("lib").resolve("config"),
                "io.qameta.allure.CommandLine",
                "generate",
                results.toString(),
                "-o",
                out.toString(),
                "--clean",
                "--name",
                "flowcheck: ElectricFlow REST API"));
    if (singleFile) {
      cmd.add("--single-file");
    }
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("APP_HOME", home.toString()); // where the CLI finds config/ and plugins/
    pb.environment().put("ALLURE_NO_ANALYTICS", "1"); // the generator would otherwise phone home
    try {
      Files.createDirectories(log.getParent());
      return new Run(pb.start(), out, log);
    } catch (IOException e) {
      throw new ReportException("Could not start the Allure CLI: " + e.getMessage(), e);
    }
  }

  /** A running `allure generate`. */
  public record Run(Process process, Path out, Path log) {
    public void await() {
      try {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new ReportException(
              "Allure CLI took over "
                  + TIMEOUT_SECONDS
                  + " s generating "
                  + out
                  + " and was stopped (log: "
                  + log
                  + ")");
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new ReportException("Interrupted while generating " + out);
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(out.resolve("index.html"))) {
        throw new ReportException(
            "Allure CLI failed to generate "
                + out
                + " (exit "
                + process.exitValue()
                + "): "
                + lastLine(log)
                + " (log: "
                + log
                + ")");
      }
    }

    private static String lastLine(Path log) {
      try {
        List<String> lines = Files.readAllLines(log);
        for (int i = lines.size() - 1; i >= 0; i--) {
          if (!lines.get(i).isBlank()) {
            return lines.get(i).strip();
          }
        }
      } catch (IOException ignored) {
        // the log path is still in the message
      }
      return "no output";
    }
  }
}
