package io.flowcheck.steps;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets step text write property references ({@code $[...]}) to things whose real names are only
 * known at run time. Inside a reference:
 *
 * <ul>
 *   <li>{@code {colour}} stands for the scenario-unique name of the sandbox property {@code colour}
 *       (the name a Given step such as "a property "colour" with value ... in the sandbox project"
 *       really created, e.g. {@code colour-k3x9q});
 *   <li>{@code <sandbox>} stands for the run's sandbox project name.
 * </ul>
 *
 * <p>So {@code "the sky is $[{colour}]"} is stored as {@code "the sky is $[colour-k3x9q]"}, and
 * {@code "$[/projects/<sandbox>/{colour}]"} as {@code "$[/projects/flowcheck-sandbox-<run
 * id>/colour-k3x9q]"}. Text outside {@code $[...]} is left exactly as written, and so is a
 * reference without placeholders ({@code $[not/expanded]}).
 */
final class SandboxReferences {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\[[^\\]]*]");
  private static final Pattern UNIQUE_NAME = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
  static final String SANDBOX = "<sandbox>";

  private SandboxReferences() {}

  /**
   * @param unique turns a logical property name into this scenario's unique one
   * @param sandboxProject the run's sandbox project name
   */
  static String resolve(String text, UnaryOperator<String> unique, String sandboxProject) {
    if (text == null || !text.contains("$[")) {
      return text;
    }
    Matcher ref = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (ref.find()) {
      String resolved = ref.group().replace(SANDBOX, sandboxProject);
      resolved =
          UNIQUE_NAME
              .matcher(resolved)
              .replaceAll(m -> Matcher.quoteReplacement(unique.apply(m.group(1))));
      ref.appendReplacement(out, Matcher.quoteReplacement(resolved));
    }
    ref.appendTail(out);
    return out.toString();
  }
}
