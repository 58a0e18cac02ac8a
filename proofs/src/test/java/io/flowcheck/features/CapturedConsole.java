package io.flowcheck.features;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Runs a whole suite run inside a test with its console (stdout and stderr) captured, not shown:
 * proof tests run deliberately failing or empty selections, and their FAIL or "0 scenarios" lines
 * inside a green build would read like trouble. The text is kept in a file and handed back.
 */
public final class CapturedConsole {
  /** What the work returned and what it printed. */
  public record Output<T>(T value, String text) {}

  private CapturedConsole() {}

  /** Runs {@code work} with the console captured into {@code file} (its folder is created). */
  public static <T> Output<T> into(Path file, Supplier<T> work) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      T value = work.get();
      return new Output<>(value, console.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, console.toByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
