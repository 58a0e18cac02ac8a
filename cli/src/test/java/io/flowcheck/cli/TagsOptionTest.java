package io.flowcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.run.RunSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's lines about {@code --tags} name {@code --tags}, the option its user typed, not the
 * system property Maven users give: a broken expression is a wrong option, refused before anything
 * runs; one that selects nothing fails the run with the tags that exist.
 */
class TagsOptionTest {
  @TempDir Path dir;

  @Test
  void aBrokenExpressionIsAWrongOptionSaidInOneLineBeforeAnythingRuns() {
    Path out = dir.resolve("out");
    Console console =
        Console.of(
            () -> FlowcheckCli.execute("run", "--tags", "@smoke and", "--out", out.toString()));

    assertEquals(FlowcheckCli.USAGE, console.status());
    assertEquals(
        "flowcheck: the tag expression '@smoke and' (from --tags) is not valid: Tag expression"
            + " \"@smoke and\" could not be parsed because of syntax error: Expected operand.",
        console.text().strip());
    assertFalse(Files.exists(out), "the suite was launched into " + out);
  }

  @Test
  void anExpressionThatSelectsNothingNamesTagsAndTheTagsThatExist() {
    Path out = dir.resolve("out");
    Console console =
        Console.of(
            () ->
                FlowcheckCli.execute(
                    "run", "--tags", "@nosuchtag", "--no-report", "--out", out.toString()));

    assertEquals(FlowcheckCli.FAILED, console.status(), console.text());
    String problem = RunSummary.read(out).problem();
    assertTrue(
        problem.startsWith(
            "no scenario ran: no scenario matches the tag filter '@nosuchtag' (from --tags); tags"
                + " in the features: "),
        problem);
    assertTrue(problem.contains("@smoke"), problem);
    assertTrue(console.text().contains("flowcheck: FAILED: " + problem), console.text());
  }

  /** What a command printed (stdout and stderr) and its exit status. */
  private record Console(int status, String text) {
    static Console of(IntSupplier command) {
      PrintStream out = System.out;
      PrintStream err = System.err;
      Properties saved = (Properties) System.getProperties().clone();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
      System.setOut(capture);
      System.setErr(capture);
      try {
        int status = command.getAsInt();
        return new Console(status, bytes.toString(StandardCharsets.UTF_8));
      } finally {
        System.setOut(out);
        System.setErr(err);
        System.setProperties(saved);
      }
    }
  }
}
