package io.flowcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.Shard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The four CI templates of {@code ci/} cannot drift from the CLI: every flowcheck line of each, as
 * its engine hands it to a shell (that engine's variables, the user's settings of {@link
 * #SUPPLIED}), is expanded by {@code /bin/sh} and parsed by flowcheck.jar's own command tree in
 * this JVM. Its shards must resolve {@code --shard auto} to each share once, write to folders of
 * their own, and the report line must merge exactly those folders; the password never is an
 * argument. {@link CiTemplatesIT} runs one template's shards and merge end to end through the jar.
 */
class CiTemplatesTest {
  static final String PASSWORD =
      "pw-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

  /** What a user would put on each CI's settings pages; the server is never called here. */
  static final CiTemplate.Supplied SUPPLIED =
      new CiTemplate.Supplied(
          Map.of(
              "EF_SERVER",
              "https://flow.example.invalid:8443",
              "EF_USER",
              "qa",
              "FLOWCHECK_JAR_URL",
              "https://example.invalid/flowcheck.jar",
              "CUCUMBER_FILTER_TAGS",
              "@smoke and @upgrade"),
          Map.of("EF_PASSWORD", PASSWORD));

  @TempDir Path dir;

  /** How an engine reads its template: its matrix, its variables, its secrets. */
  @FunctionalInterface
  interface Engine {
    CiTemplate read(String name, String text, CiTemplate.Supplied supplied);
  }

  static Stream<Arguments> templates() {
    return Stream.of(
        Arguments.of("github-actions.yml", (Engine) CiTemplate::githubActions),
        Arguments.of("gitlab-ci.yml", (Engine) CiTemplate::gitlab),
        Arguments.of("Jenkinsfile", (Engine) CiTemplate::jenkins),
        Arguments.of("kubernetes-indexed-job.yaml", (Engine) CiTemplate::kubernetes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void everyLineIsOneTheCliAccepts(String name, Engine engine) throws Exception {
    check(engine.read(name, template(name), SUPPLIED));
  }

  /** The point of the test: an option the CLI does not know fails it, naming template and line. */
  /**
   * The shards' results travel to the report job as downloadable artifacts; the secret
   * fingerprints, which served each shard's own leak gate, stay out of them.
   */
  @Test
  void theShardArtifactsLeaveTheSecretFingerprintsOut() throws Exception {
    assertTrue(
        java.util.regex.Pattern.compile(
                "(?m)^    exclude:\n(?: *#.*\n)*      - results/\\*\\*/flowcheck-secret-fingerprints\\.txt$")
            .matcher(template("gitlab-ci.yml"))
            .find(),
        "gitlab-ci.yml: the shard artifacts must exclude the fingerprints");
    assertTrue(
        template("github-actions.yml")
            .contains(
                "            results\n            !results/**/flowcheck-secret-fingerprints.txt\n"),
        "github-actions.yml: the shard artifact must exclude the fingerprints");
  }

  @Test
  void aTemplateWithAnOptionTheCliDoesNotKnowFailsClearly() throws Exception {
    AssertionError failure = drifted("--no-report", "--no-reports");
    assertTrue(
        failure.getMessage().startsWith("ci/gitlab-ci.yml: flowcheck.jar refused the line"),
        failure.getMessage());
    assertTrue(
        failure.getMessage().contains("Unknown option: '--no-reports'"), failure.getMessage());
  }

  /** The templates start the JVM as a short run needs it: through the launcher, never plainly. */
  @Test
  void aLineThatStartsTheJarWithoutTheLauncherFails() throws Exception {
    String name = "gitlab-ci.yml";
    String text = template(name);
    String launched = CiTemplate.LAUNCHER + " run";
    assertTrue(text.contains(launched), name + " no longer holds " + launched);
    String plain = text.replace(launched, "java -jar flowcheck.jar run");
    AssertionError failure =
        assertThrows(AssertionError.class, () -> CiTemplate.gitlab(name, plain, SUPPLIED));
    assertTrue(
        failure.getMessage().startsWith(name + ": start flowcheck through its launcher"),
        failure.getMessage());
  }

  @Test
  void aReportLineThatMissesAShardFails() throws Exception {
    AssertionError failure = drifted("results/shard-* ", "results/shard-1 ");
    assertTrue(
        failure
            .getMessage()
            .startsWith("ci/gitlab-ci.yml: the report line merges [results/shard-1]"),
        failure.getMessage());
  }

  @Test
  void aShardTotalOtherThanTheEnginesFails() throws Exception {
    String name = "kubernetes-indexed-job.yaml";
    String text = template(name);
    assertTrue(text.contains("value: \"3\""), name + " no longer sets FLOWCHECK_SHARD_TOTAL 3");
    CiTemplate drifted =
        CiTemplate.kubernetes(name, text.replace("value: \"3\"", "value: \"2\""), SUPPLIED);
    AssertionError failure = assertThrows(AssertionError.class, () -> check(drifted));
    assertTrue(
        failure.getMessage().startsWith("ci/" + name + ": shard count of"), failure.getMessage());
  }

  @Test
  void aShardTheCliCannotFindInTheEnvironmentFails() throws Exception {
    String name = "github-actions.yml";
    String text = template(name);
    String index = "FLOWCHECK_SHARD_INDEX: ${{ matrix.shard }}";
    assertTrue(text.contains(index), name + " no longer holds " + index);
    CiTemplate drifted = CiTemplate.githubActions(name, text.replace(index, ""), SUPPLIED);
    AssertionError failure = assertThrows(AssertionError.class, () -> check(drifted));
    assertTrue(
        failure.getMessage().startsWith("ci/" + name + ": flowcheck.jar refused the line"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("found no shard"), failure.getMessage());
  }

  @Test
  void aPasswordGivenAsAnArgumentFails() throws Exception {
    AssertionError failure = drifted("--user \"$EF_USER\"", "--user \"$EF_PASSWORD\"");
    assertTrue(
        failure.getMessage().startsWith("ci/gitlab-ci.yml: the password is an argument of"),
        failure.getMessage());
  }

  private AssertionError drifted(String from, String to) throws IOException {
    String name = "gitlab-ci.yml";
    String text = template(name);
    assertTrue(text.contains(from), name + " no longer holds " + from);
    CiTemplate drifted = CiTemplate.gitlab(name, text.replace(from, to), SUPPLIED);
    return assertThrows(AssertionError.class, () -> check(drifted));
  }

  private void check(CiTemplate template) throws Exception {
    int total = template.shards().size();
    Set<Integer> indexes = new TreeSet<>();
    Set<Path> outs = new TreeSet<>();
    for (CiTemplate.Command line : template.shards()) {
      ParseResult run = accepted(template, line).subcommand();
      assertEquals("run", run.commandSpec().name(), template.name() + ": " + line.line());
      Shard shard = shard(template, line, run);
      assertEquals(
          total, shard.total(), "ci/" + template.name() + ": shard count of " + line.line());
      assertTrue(
          indexes.add(shard.index()),
          "ci/" + template.name() + ": shard " + shard.index() + " twice: " + line.line());
      assertTrue(run.hasMatchedOption("--out"), template.name() + ": no --out in " + line.line());
      Path out = Path.of(run.matchedOption("--out").stringValues().get(0)).normalize();
      assertTrue(outs.add(out), "ci/" + template.name() + ": two shards write to " + out);
    }
    assertEquals(
        IntStream.rangeClosed(1, total).boxed().toList(),
        List.copyOf(indexes),
        "ci/" + template.name() + ": each shard index once");

    // The merge runs where the shards left their folders, so its glob finds what CI hands it.
    for (Path out : outs) {
      Files.createDirectories(dir.resolve(out));
    }
    ParseResult report = accepted(template, template.merge()).subcommand();
    assertEquals("report", report.commandSpec().name(), template.merge().line());
    Set<Path> merged =
        report.matchedPositional(0).stringValues().stream()
            .map(s -> Path.of(s).normalize())
            .collect(Collectors.toCollection(TreeSet::new));
    if (!merged.equals(outs)) {
      throw new AssertionError(
          "ci/"
              + template.name()
              + ": the report line merges "
              + merged
              + ", the shards write "
              + outs
              + ": "
              + template.merge().line());
    }
  }

  /** The line parsed as flowcheck.jar parses it; a refusal names the template and the line. */
  private ParseResult accepted(CiTemplate template, CiTemplate.Command line) throws Exception {
    List<String> args = words(line);
    if (args.contains(PASSWORD)) {
      throw new AssertionError(
          "ci/" + template.name() + ": the password is an argument of " + line.line());
    }
    try {
      // As FlowcheckCli.execute configures its command line.
      return new CommandLine(new FlowcheckCli())
          .setExpandAtFiles(false)
          .setOverwrittenOptionsAllowed(true)
          .parseArgs(args.toArray(String[]::new));
    } catch (ParameterException e) {
      throw refused(template, line, e.getMessage());
    }
  }

  /** {@code --shard auto} as the jar resolves it, from the environment the engine gives. */
  private static Shard shard(CiTemplate template, CiTemplate.Command line, ParseResult run) {
    assertTrue(run.hasMatchedOption("--shard"), template.name() + ": no --shard in " + line.line());
    try {
      return Shard.parse(run.matchedOption("--shard").stringValues().get(0), line.env());
    } catch (EfConfigException e) {
      throw refused(template, line, e.getMessage());
    }
  }

  private static AssertionError refused(
      CiTemplate template, CiTemplate.Command line, String message) {
    return new AssertionError(
        "ci/"
            + template.name()
            + ": flowcheck.jar refused the line "
            + line.line()
            + ": "
            + message.replaceAll("\\R+", " ").strip());
  }

  /**
   * The arguments the engine's shell hands to java: quotes removed, variables and globs expanded in
   * {@link #dir}, with only the environment the engine gives.
   */
  private List<String> words(CiTemplate.Command line) throws Exception {
    String arguments = line.line().substring(CiTemplate.LAUNCHER.length());
    ProcessBuilder shell =
        new ProcessBuilder("/bin/sh", "-c", "printf '%s\\0'" + arguments)
            .directory(dir.toFile())
            .redirectErrorStream(true);
    shell.environment().clear();
    shell.environment().put("PATH", "/usr/bin:/bin");
    shell.environment().putAll(line.env());
    Process sh = shell.start();
    sh.getOutputStream().close();
    String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(sh.waitFor(1, TimeUnit.MINUTES), "the shell hung on " + line.line());
    assertEquals(0, sh.exitValue(), "the shell could not expand " + line.line() + ": " + out);
    List<String> args = new ArrayList<>(List.of(out.split("\0", -1)));
    args.remove(args.size() - 1); // after the last argument's terminator
    return args;
  }

  static String template(String name) throws IOException {
    Path repo = Path.of(System.getProperty("flowcheck.repo", "..")).toAbsolutePath().normalize();
    return Files.readString(repo.resolve("ci").resolve(name), StandardCharsets.UTF_8);
  }
}
