package io.flowcheck.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SandboxReferencesTest {
  private static final UnaryOperator<String> UNIQUE = n -> n + "-k3x9q";
  private static final String SANDBOX = "flowcheck-sandbox-20261128-051628-ab12";

  private static String resolve(String text) {
    return SandboxReferences.resolve(text, UNIQUE, SANDBOX);
  }

  @Test
  void placeholdersInsideAReferenceBecomeTheRunsNames() {
    assertEquals("the sky is $[colour-k3x9q]", resolve("the sky is $[{colour}]"));
    assertEquals(
        "$[/projects/" + SANDBOX + "/colour-k3x9q] and $[settings-k3x9q/timeout]",
        resolve("$[/projects/<sandbox>/{colour}] and $[{settings}/timeout]"));
  }

  @Test
  void textOutsideReferencesAndPlainReferencesStayAsWritten() {
    assertEquals(
        "<b>bold</b> & 100% $[not/expanded]", resolve("<b>bold</b> & 100% $[not/expanded]"));
    assertEquals("{colour} <sandbox> {\"a\":1}", resolve("{colour} <sandbox> {\"a\":1}"));
    assertEquals("$[ unclosed {colour}", resolve("$[ unclosed {colour}"));
    assertEquals(
        "a $ sign and \\ backslash $[x-k3x9q]", resolve("a $ sign and \\ backslash $[{x}]"));
  }
}
