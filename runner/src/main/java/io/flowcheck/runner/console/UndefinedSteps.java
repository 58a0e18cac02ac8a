package io.flowcheck.runner.console;

import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of each running scenario that no step definition matches, with the code Cucumber
 * suggests for them, so an undefined step fails with its words and a snippet to paste instead of a
 * bare "undefined step". Cucumber suggests the snippets ({@link SnippetsSuggestedEvent}) before the
 * scenario runs; its end takes them out again, whatever its status.
 */
final class UndefinedSteps {
  /** Where the snippets go, and why they are shown. */
  static final String PASTE = "paste into a step class of your glue:";

  private record Suggested(int line, String text, List<String> snippets) {}

  private final Map<String, List<Suggested>> byScenario = new HashMap<>();

  synchronized void suggested(SnippetsSuggestedEvent event) {
    byScenario
        .computeIfAbsent(
            key(event.getUri(), event.getScenarioLocation().getLine()), k -> new ArrayList<>())
        .add(
            new Suggested(
                event.getStepLocation().getLine(),
                event.getSuggestion().getStep(),
                event.getSuggestion().getSnippets()));
  }

  /**
   * What a finished scenario's reason says of its undefined steps.
   *
   * @param steps each as the feature has it: {@code Given the team's thing is ready}
   * @param lines the reason to print: each step's line, then the snippets for it
   */
  record Found(List<String> steps, List<String> lines) {
    /** {@code undefined step "Given ..."}, for the run's list of failed scenarios. */
    String summary() {
      return (steps.size() == 1 ? "undefined step " : "undefined steps ")
          + String.join(", ", steps.stream().map(s -> '"' + s + '"').toList());
    }
  }

  /** The undefined steps of a finished scenario; none when Cucumber suggested no snippet. */
  synchronized Found take(TestCase testCase) {
    List<Suggested> suggested =
        byScenario.remove(key(testCase.getUri(), testCase.getLocation().getLine()));
    List<String> steps = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Suggested step : suggested == null ? List.<Suggested>of() : suggested) {
      String words = keyword(testCase, step.line()) + step.text();
      steps.add(words);
      lines.add("undefined step \"" + words + "\"; " + PASTE);
      for (String snippet : step.snippets()) {
        snippet.lines().forEach(line -> lines.add("  " + line));
      }
    }
    return new Found(steps, lines);
  }

  /** "Given " as the feature has it, so the user finds the line; the suggestion has the text. */
  private static String keyword(TestCase testCase, int line) {
    for (TestStep step : testCase.getTestSteps()) {
      if (step instanceof PickleStepTestStep pickle && pickle.getStep().getLine() == line) {
        return pickle.getStep().getKeyword();
      }
    }
    return "";
  }

  private static String key(URI uri, int scenarioLine) {
    return uri + ":" + scenarioLine;
  }
}
