package io.flowcheck.features.safety;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real feature suite inside this JVM with the given settings, its outputs (Cucumber
 * reports, run files, console) in a folder of its own, so tests can inspect one whole run.
 */
final class InProcessRun {
  record Result(byte exitStatus, Path out, String console) {}

  private InProcessRun() {}

  static Result run(Map<String, String> settings, Path out, String tags, String... featurePaths) {
    Map<String, String> props = new HashMap<>(settings);
    props.put("flowcheck.output.dir", out.toString());
    props.put("cucumber.filter.tags", tags); // also hides a -Dcucumber.filter.tags of the outer run
    Map<String, String> saved = swapSystemProperties(props);
    List<String> argv = new ArrayList<>(List.of(
        "--glue", "io.flowcheck.steps", "--threads", "4", "--tags", tags,
        "--plugin", "io.flowcheck.steps.console.ProgressPlugin",
        "--plugin", "json:" + out.resolve("cucumber.json"),
        "--plugin", "html:" + out.resolve("cucumber.html"),
        "--plugin", "junit:" + out.resolve("cucumber-junit.xml")));
    argv.addAll(List.of(featurePaths));
    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    System.setOut(new PrintStream(new Tee(original, console), true, StandardCharsets.UTF_8));
    try {
      byte status = io.cucumber.core.cli.Main.run(
          argv.toArray(String[]::new), Thread.currentThread().getContextClassLoader());
      String text = console.toString(StandardCharsets.UTF_8);
      Files.writeString(out.resolve("console.log"), text);
      return new Result(status, out, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      System.setOut(original);
      swapSystemProperties(saved);
    }
  }

  /** Sets the given properties and returns their old values (null = was unset). */
  private static Map<String, String> swapSystemProperties(Map<String, String> values) {
    Map<String, String> old = new HashMap<>();
    values.forEach((k, v) -> {
      old.put(k, System.getProperty(k));
      if (v == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, v);
      }
    });
    return old;
  }

  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}
