package io.flowcheck.features.ownsteps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.features.SeparateServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Keeps the "own steps" example of docs/own-steps.md true: the code block is this module's
 * com/example/flowsteps/ReleaseSteps.java word for word, and that class, added to the glue as the
 * page says, runs a feature green against a simulator. It lives in the main sources, where the page
 * tells a team to put its steps, so flowcheck.jar carries it (FlowcheckJarIT runs it from there). A
 * step nobody has written yet fails with its words and the code to paste.
 */
@ResourceLock(InProcessRun.LOCK)
class OwnStepsExampleTest {
  private static final String PASSWORD = "Own-Steps-Pw-3";
  @RegisterExtension static final SeparateServer server = new SeparateServer(PASSWORD);
  private static final Path EXAMPLE =
      Path.of("../features/src/main/java/com/example/flowsteps/ReleaseSteps.java");
  private static final Path OWN_STEPS = Path.of("../docs/own-steps.md");

  @TempDir Path tmp;

  @Test
  void ownStepsPageShowsTheTestedExampleWordForWord() throws IOException {
    String page = Files.readString(OWN_STEPS, StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("```java\\n(package com\\.example\\.flowsteps;.*?)```", Pattern.DOTALL)
            .matcher(page);
    assertTrue(
        block.find(),
        "docs/own-steps.md has no ```java block starting with 'package com.example.flowsteps;'");
    assertEquals(
        Files.readString(EXAMPLE, StandardCharsets.UTF_8),
        block.group(1),
        "docs/own-steps.md's example differs from features/"
            + EXAMPLE
            + ": copy the file into docs/own-steps.md");
  }

  @Test
  void theExampleRunsAsGlueNextToOurs() {
    InProcessRun.Result run =
        InProcessRun.runWithGlue(
            "io.flowcheck.steps,com.example.flowsteps",
            server.settings("session"),
            tmp.resolve("run"),
            "not @nothing",
            "classpath:own-steps");
    assertEquals(0, run.exitStatus(), run.console());
    assertTrue(run.console().contains("passed 1"), run.console());
  }

  @Test
  void anUndefinedStepFailsWithItsWordsAndTheSnippetToPaste() {
    InProcessRun.Result run =
        InProcessRun.run(
            server.settings("session"),
            tmp.resolve("undefined"),
            "not @nothing",
            "classpath:undefined-step");
    assertEquals(1, run.exitStatus(), run.console());
    String step = "undefined step \"Given the team's thing is ready\"";
    assertTrue(
        run.console().contains(step + "; paste into a step class of your glue:"), run.console());
    assertTrue(run.console().contains("@Given(\"the team's thing is ready\")"), run.console());
    assertTrue(
        run.console().contains("FAILED [1] undefined-step.feature > The team's thing: " + step),
        run.console());
    // Only the step nobody wrote: the one after it is ours.
    assertFalse(run.console().contains("the request succeeds\""), run.console());
  }
}
