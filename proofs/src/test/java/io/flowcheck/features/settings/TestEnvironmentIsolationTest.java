package io.flowcheck.features.settings;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.PinnedSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build's own tests never read the user's settings from the environment: the root pom keeps
 * every variable a run reads out of their JVMs, and this JVM (one of them) holds none.
 */
class TestEnvironmentIsolationTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String PROPERTY = "flowcheck.tests.excluded-env";

  @Test
  void theRootPomKeepsEveryVariableARunReadsOutOfTheTestJvms() throws IOException {
    Matcher m =
        Pattern.compile("<" + Pattern.quote(PROPERTY) + ">([^<]*)</")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertTrue(m.find(), PROPERTY + " is not in the root pom");
    Set<String> excluded = Set.of(m.group(1).split(","));

    List<String> missing = new ArrayList<>(PinnedSettings.variablesARunReads());
    missing.removeAll(excluded);

    assertThat("add them to " + PROPERTY + " in the root pom", missing, empty());
  }

  @Test
  void theModulesOwnTestsAndTheJarsTestsUseTheList() throws IOException {
    String reference = "<excludedEnvironmentVariables>${" + PROPERTY + "}";
    String root = Files.readString(ROOT.resolve("pom.xml"));
    Matcher defaultTest =
        Pattern.compile("<id>default-test</id>\\s*<configuration>\\s*" + Pattern.quote(reference))
            .matcher(root);
    assertTrue(defaultTest.find(), "the root pom's default-test execution must use " + PROPERTY);
    assertThat(Files.readString(ROOT.resolve("cli/pom.xml")), containsString(reference));
  }

  @Test
  void thisTestJvmHoldsNoneOfThem() {
    List<String> present = new ArrayList<>(PinnedSettings.variablesARunReads());
    present.retainAll(System.getenv().keySet());

    assertThat(present, empty());
  }

  @Test
  void anInProcessRunRefusesAnEnvironmentThatHoldsASetting() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                PinnedSettings.requireIsolatedEnvironment(
                    Map.of("EF_SERVER", "https://127.0.0.1:9", "PATH", "/usr/bin")));

    assertThat(e.getMessage(), containsString("environment holds EF_SERVER, which"));
  }

  @Test
  void theVariablesIncludeCucumbersOwnAndTheShardOnes() {
    Set<String> names = PinnedSettings.variablesARunReads();

    for (String name :
        List.of(
            "EF_SERVER",
            "EF_SHARD",
            "CUCUMBER_FILTER_TAGS",
            "CI_NODE_INDEX",
            "JOB_COMPLETION_INDEX",
            "FLOWCHECK_SHARD_INDEX")) {
      assertTrue(names.contains(name), name);
    }
  }
}
