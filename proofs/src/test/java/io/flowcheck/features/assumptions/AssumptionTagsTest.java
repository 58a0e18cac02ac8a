package io.flowcheck.features.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.dialect.DialectSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry of assumptions and the {@code @assumption:} tags of the features agree: every tag
 * names a registered assumption, and every registered assumption is exercised by a scenario or by
 * the run's own calls, so none is dead weight and none is a typo.
 */
class AssumptionTagsTest {
  private static final Path FEATURES = Path.of("../features/src/main/resources/features");

  /** Each {@code @assumption:} name in the features, with the feature files that use it. */
  private static TreeMap<String, Set<String>> tagsInFeatures() throws IOException {
    TreeMap<String, Set<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(FEATURES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (!line.strip().startsWith("@")) {
            continue;
          }
          for (String name : Assumption.namesIn(List.of(line.strip().split("\\s+")))) {
            found.computeIfAbsent(name, n -> new TreeSet<>()).add(f.getFileName().toString());
          }
        }
      }
    }
    return found;
  }

  @Test
  void everyAssumptionTagNamesARegisteredAssumption() throws IOException {
    TreeMap<String, Set<String>> tags = tagsInFeatures();
    assertFalse(tags.isEmpty(), "no @assumption: tags found under " + FEATURES.toAbsolutePath());
    for (var tag : tags.entrySet()) {
      assertTrue(
          Assumption.named(tag.getKey()).isPresent(),
          "@assumption:"
              + tag.getKey()
              + " in "
              + tag.getValue()
              + " is not registered in "
              + Assumption.class.getName());
    }
  }

  @Test
  void everyRegisteredAssumptionIsUsedByAScenarioOrByTheRun() throws IOException {
    Set<String> used = new TreeSet<>(tagsInFeatures().keySet());
    DialectSummary.OBSERVED_BY_THE_RUN.forEach(a -> used.add(a.id()));
    for (Assumption a : Assumption.values()) {
      assertTrue(
          used.contains(a.id()),
          a.id() + " is registered but no scenario and no run call rests on it");
    }
  }

  @Test
  void theRegistryHoldsExactlyTheNamedGuesses() {
    assertEquals(
        List.of(
            "logout-path",
            "wrong-password-code",
            "duplicate-status-409",
            "artifact-paths",
            "artifact-version-paths",
            "new-version-available",
            "expired-session-401",
            "server-versions-path",
            "missing-project-code",
            "properties-listing",
            "delete-property-path",
            "publish-refusal-status-200",
            "publish-same-version-twice"),
        Arrays.stream(Assumption.values()).map(Assumption::id).toList());
    for (Assumption a : Assumption.values()) {
      assertFalse(
          a.expectation().isBlank() || a.evidence().isBlank() || a.missing().isBlank(),
          a.id() + " must say what we expect, why, and which evidence is missing");
    }
  }

  @Test
  void anUnknownTagStopsTheScenarioNamingTheRegisteredOnes() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Assumption.fromTags(List.of("@smoke", "@assumption:logout-paht")));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Test setup problem: unknown tag @assumption:logout-paht; registered"
                    + " assumptions: logout-path, wrong-password-code"),
        e.getMessage());
    assertEquals(
        Set.of(Assumption.LOGOUT_PATH, Assumption.ARTIFACT_PATHS),
        Assumption.fromTags(
            List.of("@assumption:logout-path", "@regression", "@assumption:artifact-paths")));
  }
}
