package io.flowcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.gherkin.GherkinParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * flowcheck.jar as a user runs it: copied with its launcher to a folder outside the repository and
 * started with nothing but the JDK, through the launcher (the documented way) or, as docs/jar.md
 * shows a team's own steps, as {@code java -jar}. The tests run two at a time: each writes its own
 * output folders, and the one simulator they share is started once.
 */
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the longest first
@Execution(ExecutionMode.CONCURRENT)
class FlowcheckJarIT {
  private static final Path REPO =
      Path.of(System.getProperty("flowcheck.repo", "..")).toAbsolutePath().normalize();
  private static final Path BUILT_JAR =
      Path.of(System.getProperty("flowcheck.jar", "target/flowcheck.jar"));
  private static final String SMOKE = "@smoke";
  private static final String BUNDLED_FEATURES = "features/src/main/resources/features";

  /** The console's line of a passed scenario: {@code ok [1] login.feature > Name (0.56s)}. */
  private static final Pattern SCENARIO_LINE = Pattern.compile("^\\s+ok\\s+\\[\\d+\\] (.+) \\(");

  private static final String TEAM_JAR_FEATURE =
      """
      Feature: A team's glue jar

        Scenario: A step from the team's own jar runs
          Then the team's jar step sees the run's sandbox
      """;

  /** Not the README's class: that one is inside flowcheck.jar and would hide this jar's copy. */
  private static final String TEAM_JAR_STEPS =
      """
      package com.example.teamjar;

      import static org.hamcrest.MatcherAssert.assertThat;
      import static org.hamcrest.Matchers.not;
      import static org.hamcrest.Matchers.emptyOrNullString;

      import io.cucumber.java.en.Then;
      import io.flowcheck.steps.ScenarioContext;

      public class TeamJarSteps {
        private final ScenarioContext ctx;

        public TeamJarSteps(ScenarioContext ctx) {
          this.ctx = ctx;
        }

        @Then("the team's jar step sees the run's sandbox")
        public void seesTheSandbox() {
          assertThat(ctx.run().sandbox().projectName(), not(emptyOrNullString()));
        }
      }
      """;

  private static JarProcess jar;
  private static Process simulator;
  private static String simulatorUrl;
  private static final String PASSWORD =
      "pw-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

  @BeforeAll
  static void copyTheJarAndItsLauncherOutsideTheRepository() throws IOException {
    Path dir = Files.createTempDirectory("flowcheck-jar-");
    assertFalse(dir.startsWith(REPO), "the test folder must be outside the repository");
    Path copy = dir.resolve("flowcheck.jar");
    Files.copy(BUILT_JAR, copy, StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        BUILT_JAR.resolveSibling("flowcheck"),
        dir.resolve("flowcheck"),
        StandardCopyOption.COPY_ATTRIBUTES);
    jar = new JarProcess(copy, dir);
  }

  /** Stops the simulator, then removes the folder (a jar copy and an unpacked Allure: ~100 MB). */
  @AfterAll
  static void stopTheSimulatorAndCleanUp() throws InterruptedException, IOException {
    JarProcess.stopAndDelete(simulator, jar == null ? null : jar.dir());
  }

  @Test
  @Order(5)
  void theEmbeddedSmokeRunRunsEachDeclaredSmokeScenarioAndLeavesTheReports() throws Exception {
    JarProcess.Result run = jar.run(Map.of(), "run", "--tags", SMOKE, "--out", "smoke");
    assertEquals(0, run.status(), run.tail());
    Path out = jar.dir().resolve("smoke");
    assertTrue(run.output().contains("scenarios passed"), run.tail());
    for (String file :
        List.of(
            "flowcheck-summary.properties",
            "console.log",
            "server-dialect.json",
            "step-catalogue.md",
            "cucumber-reports/cucumber.json",
            "cucumber-reports/cucumber-junit.xml",
            "cucumber-reports/cucumber.html",
            "report/allure-report/index.html",
            "report/allure-report-single/index.html",
            "report/flowcheck-report.zip",
            "report/coverage/index.html")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file + " missing under " + out);
    }
    assertTrue(hasAny(out.resolve("allure-results"), "-result.json"), "no Allure results");
    assertTrue(hasAny(out.resolve("ef-coverage"), ""), "no coverage data");

    Map<String, String> ours = outcomes(out.resolve("cucumber-reports/cucumber.json"), SMOKE);
    assertFalse(ours.isEmpty(), "the smoke run ran no scenario");
    Properties summary = new Properties();
    try (var r = Files.newBufferedReader(out.resolve("flowcheck-summary.properties"))) {
      summary.load(r);
    }
    assertEquals(String.valueOf(ours.size()), summary.getProperty("passed"), "summary " + summary);

    // Every @smoke scenario the repository's feature files declare ran, each once, and passed:
    // read from the sources, not from another run, so nothing can be missing to compare with.
    assertEquals(
        declaredScenarios(REPO.resolve(BUNDLED_FEATURES), SMOKE),
        ran(ours),
        "the jar's " + SMOKE + " run against the " + SMOKE + " scenarios of " + BUNDLED_FEATURES);
    assertEquals(List.of("passed"), ours.values().stream().distinct().toList(), "outcomes " + ours);
  }

  @Test
  @Order(3)
  void aSeparatelyStartedSimulatorInBothAuthModesWithoutLeakingThePassword() throws Exception {
    startSimulator();
    String server = simulatorUrl.replace("/rest/v1.0", "");
    // Both at once, as two people might run it against one server: without @simulator scenarios
    // no run touches what the other's scenarios see.
    Map<String, JarProcess.Running> runs = new java.util.LinkedHashMap<>();
    for (String auth : List.of("session", "basic")) {
      runs.put(
          auth,
          jar.start(
              Map.of("EF_PASSWORD", PASSWORD),
              "run",
              "--server",
              server,
              "--auth",
              auth,
              "--user",
              "qa",
              "--tls",
              "relaxed",
              "--tags",
              SMOKE + " and not @simulator",
              "--no-report",
              "--out",
              "server-" + auth));
    }
    try {
      for (Map.Entry<String, JarProcess.Running> each : runs.entrySet()) {
        String auth = each.getKey();
        String out = "server-" + auth;
        JarProcess.Result run = each.getValue().finish();
        assertEquals(0, run.status(), run.tail());
        assertTrue(
            run.output().contains(server), "the run did not go to " + server + ": " + run.tail());
        assertTrue(run.output().contains("auth    " + auth), run.tail());
        assertTrue(run.output().contains("scenarios passed"), run.tail());
        assertFalse(run.output().contains(PASSWORD), "the password is in the console output");
        assertNoFileContains(jar.dir().resolve(out), PASSWORD);
      }
    } finally {
      runs.values().forEach(run -> run.process().destroy()); // those a failed assertion left
    }
  }

  /**
   * A team's steps both ways the README gives, in one run: in the features module's main sources
   * (the README's ReleaseSteps, which this build put into flowcheck.jar; no --classpath holds it),
   * and compiled against flowcheck.jar alone into a jar of their own (--classpath). A step nobody
   * wrote yet fails that run with its words and the code to paste. Started as plain {@code java
   * -jar} with the JVM's defaults, as docs/jar.md shows these commands.
   */
  @Test
  @Order(4)
  void aTeamsOwnStepsInsideTheJarAndInAGlueJar() throws Exception {
    Path features = jar.dir().resolve("own-features");
    Files.createDirectories(features);
    for (String feature :
        List.of("own-steps/release-note.feature", "undefined-step/undefined-step.feature")) {
      Path source = REPO.resolve("proofs/src/test/resources").resolve(feature);
      Files.copy(
          source, features.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(features.resolve("team-jar.feature"), TEAM_JAR_FEATURE);
    Path source = jar.dir().resolve("TeamJarSteps.java");
    Files.writeString(source, TEAM_JAR_STEPS);
    Path glueJar = glueJar(source);

    JarProcess.Result run =
        jar.run(
            JarProcess.Start.JAVA_JAR,
            Map.of(),
            "run",
            "--features",
            "own-features",
            "--glue",
            "com.example.flowsteps",
            "--glue",
            "com.example.teamjar",
            "--classpath",
            glueJar.toString(),
            "--no-report",
            "--out",
            "own");
    assertEquals(1, run.status(), run.tail());
    assertTrue(
        Pattern.compile(
                "ok\\s+\\[\\d\\] release-note.feature > A release note written by the team's own step")
            .matcher(run.output())
            .find(),
        run.tail());
    assertTrue(
        Pattern.compile("ok\\s+\\[\\d\\] team-jar.feature > A step from the team's own jar runs")
            .matcher(run.output())
            .find(),
        run.tail());
    String undefined = "undefined step \"Given the team's thing is ready\"";
    assertTrue(
        run.output().contains(undefined + "; paste into a step class of your glue:"), run.tail());
    assertTrue(run.output().contains("@Given(\"the team's thing is ready\")"), run.tail());
    assertTrue(
        run.output().contains("undefined-step.feature > The team's thing: " + undefined),
        run.tail());
    assertTrue(
        run.output().contains("3 scenarios (passed 2, not confirmed 0, failed 1"), run.tail());

    JarProcess.Result steps =
        jar.run(
            JarProcess.Start.JAVA_JAR,
            Map.of(),
            "steps",
            "--glue",
            "com.example.teamjar",
            "--classpath",
            glueJar.toString());
    assertEquals(0, steps.status(), steps.tail());
    assertTrue(steps.output().startsWith("# Step catalogue"), steps.tail());
    assertTrue(steps.output().contains("the team's jar step sees the run's sandbox"), steps.tail());
    assertTrue(steps.output().contains("io.flowcheck.steps"), steps.tail());
  }

  @Test
  @Order(1)
  void captureThenCompareAgainstTheSameServerFindsNoRegression() throws Exception {
    String tags = "@upgrade and @smoke";
    JarProcess.Result capture =
        jar.run(Map.of(), "capture", "baseline", "--tags", tags, "--out", "capture");
    assertEquals(0, capture.status(), capture.tail());
    assertTrue(capture.output().contains("flowcheck upgrade: baseline ready in"), capture.tail());
    assertTrue(
        Files.isRegularFile(jar.dir().resolve("baseline/baseline.json")), "no baseline.json");
    assertTrue(
        Files.isRegularFile(
            jar.dir().resolve("capture/upgrade-capture/calibrate/flowcheck-summary.properties")),
        "no calibrate run");
    // Each run's Allure results in its own folder, as the Maven capture keeps them.
    long recorded = results(jar.dir().resolve("capture/upgrade-capture/record/allure-results"));
    long calibrated =
        results(jar.dir().resolve("capture/upgrade-capture/calibrate/allure-results"));
    assertTrue(recorded > 0 && recorded == calibrated, recorded + " vs " + calibrated);
    // The next step as this user runs it: the jar's command, not Maven's.
    assertTrue(
        capture
            .output()
            .contains(
                "compare with it: java -jar flowcheck.jar compare "
                    + jar.dir().resolve("baseline").toRealPath()
                    + " --server <upgraded server>"),
        capture.tail());
    assertFalse(capture.output().contains("mvn verify"), capture.tail());

    JarProcess.Result compare =
        jar.run(Map.of(), "compare", "baseline", "--tags", tags, "--no-report", "--out", "compare");
    assertEquals(0, compare.status(), compare.tail());
    // No regression, change or addition. Slower operations are findings, not failures: on a loaded
    // machine the second run against the same server can be slower, and the verdict then says
    // "PASSED with differences" (a build with three of these builds at once saw it).
    assertTrue(
        Pattern.compile(
                "flowcheck upgrade: PASSED( with differences)?: 0 regressed, 0 changed, 0 added,")
            .matcher(compare.output())
            .find(),
        compare.tail());
    assertTrue(
        Files.isRegularFile(jar.dir().resolve("compare/upgrade/summary.json")), "no summary");

    JarProcess.Result none = jar.run(Map.of(), "compare", "no-such-baseline");
    assertEquals(2, none.status(), none.output());
    assertTrue(
        none.output().strip().startsWith("flowcheck upgrade: no baseline in no-such-baseline"),
        none.output());
  }

  /**
   * The lock groups ({@code @sessions}, {@code @kb-property}) come from the suite configuration
   * inside the jar; each must stay in one shard, as in Maven's run, or two shards would run one
   * group's scenarios against the same server at once.
   */
  @Test
  @Order(2)
  void theJarsShardsKeepEachLockGroupInOneShard() throws Exception {
    // All three at once, as CI agents run them; each has its own embedded simulator.
    List<JarProcess.Running> shards = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      shards.add(
          jar.start(
              Map.of(),
              "run",
              "--no-report",
              "--shard",
              i + "/3",
              "--tags",
              "@sessions or @kb-property",
              "--out",
              "locks-" + i));
    }
    Map<String, Integer> shardOf = new TreeMap<>();
    try {
      for (int i = 1; i <= 3; i++) {
        JarProcess.Result run = shards.get(i - 1).finish();
        assertEquals(0, run.status(), run.output());
        for (String line : run.output().lines().toList()) {
          Matcher ok = SCENARIO_LINE.matcher(line);
          if (ok.find()) {
            assertEquals(null, shardOf.put(ok.group(1), i), "ran twice: " + ok.group(1));
          }
        }
      }
    } finally {
      shards.forEach(shard -> shard.process().destroy()); // those a failed assertion left running
    }
    assertEquals(4, shardOf.size(), "the four lock-group scenarios: " + shardOf);
    assertEquals(1, shardsOf(shardOf, "KB article's property"), "@kb-property: " + shardOf);
    assertEquals(1, shardsOf(shardOf, "login.feature"), "@sessions: " + shardOf);
  }

  private static long shardsOf(Map<String, Integer> shardOf, String part) {
    return shardOf.entrySet().stream()
        .filter(e -> e.getKey().contains(part))
        .map(Map.Entry::getValue)
        .distinct()
        .count();
  }

  @Test
  @Order(7)
  void theSimulatorsHelpNamesTheJarsCommand() throws Exception {
    JarProcess.Result help = jar.run(Map.of(), "simulator", "--help");
    assertEquals(0, help.status(), help.output());
    assertTrue(
        help.output().startsWith("Usage: java -jar flowcheck.jar simulator [-h]"), help.output());
    assertFalse(help.output().contains("ef-simulator.jar"), help.output());
  }

  @Test
  @Order(6)
  void aBadOptionOrSettingIsOneLineAndExitTwo() throws Exception {
    JarProcess.Result option = jar.run(Map.of(), "run", "--serverr=https://x");
    assertEquals(2, option.status(), option.output());
    assertEquals(
        "flowcheck: Unknown option: '--serverr=https://x' (see: java -jar flowcheck.jar run --help)",
        option.output().strip());

    JarProcess.Result setting = jar.run(Map.of(), "run", "--auth", "kerberos");
    assertEquals(2, setting.status(), setting.output());
    assertEquals(
        "ef.auth: unknown auth mode 'kerberos': use 'session' or 'basic' (set -Def.auth=... or EF_AUTH)",
        setting.output().strip());

    JarProcess.Result timeout = jar.run(Map.of(), "run", "-Def.timeout.read=soon");
    assertEquals(2, timeout.status(), timeout.output());
    assertTrue(timeout.output().strip().startsWith("ef.timeout.read: 'soon'"), timeout.output());
    assertEquals(1, timeout.output().strip().lines().count(), timeout.output());

    // No password on the command line, and none missing silently for a real server.
    JarProcess.Result password = jar.run(Map.of(), "run", "-Def.password=" + PASSWORD);
    assertEquals(2, password.status(), password.output());
    assertFalse(password.output().contains(PASSWORD), password.output());
    JarProcess.Result missing = jar.run(Map.of(), "run", "--server", "https://flow.example.com");
    assertEquals(2, missing.status(), missing.output());
    assertTrue(missing.output().startsWith("ef.password: is missing"), missing.output());
  }

  /** The simulator from the same jar, on a free port, read from its one ready line. */
  private static synchronized void startSimulator() throws IOException {
    if (simulator != null) {
      return;
    }
    simulator = jar.startPiped("simulator", "--port", "0", "--user", "qa", "--password", PASSWORD);
    BufferedReader ready =
        new BufferedReader(
            new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
    String line = ready.readLine();
    String prefix = "ElectricFlow simulator ready at ";
    assertTrue(line != null && line.startsWith(prefix), "the simulator said: " + line);
    simulatorUrl = line.substring(prefix.length()).strip();
  }

  /** The test's glue jar, compiled against flowcheck.jar alone, as a team would. */
  private static Path glueJar(Path source) throws IOException {
    Path classes = jar.dir().resolve("glue-classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-cp",
            jar.dir().resolve("flowcheck.jar").toString(),
            "-d",
            classes.toString(),
            source.toString());
    assertEquals(0, status, "the team's glue did not compile against flowcheck.jar");
    Path glueJar = jar.dir().resolve("team-glue.jar");
    try (OutputStream file = Files.newOutputStream(glueJar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> all = Files.walk(classes)) {
      // With folder entries, as the jar tool writes them: Cucumber finds glue packages by folder.
      for (Path p : all.filter(p -> !p.equals(classes)).sorted().toList()) {
        String name = classes.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p)) {
          out.putNextEntry(new JarEntry(name + "/"));
        } else {
          out.putNextEntry(new JarEntry(name));
          Files.copy(p, out);
        }
        out.closeEntry();
      }
    }
    return glueJar;
  }

  /**
   * "feature file: scenario name" of each scenario carrying {@code tag} (its own or inherited), as
   * Cucumber compiles the files: one per example row of an outline. Sorted; repeats stay.
   */
  private static List<String> declaredScenarios(Path featureDir, String tag) throws IOException {
    GherkinParser gherkin =
        GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
    List<String> declared = new ArrayList<>();
    try (Stream<Path> files = Files.walk(featureDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
        gherkin
            .parse(file)
            .flatMap(envelope -> envelope.getPickle().stream())
            .filter(pickle -> pickle.getTags().stream().anyMatch(t -> t.getName().equals(tag)))
            .forEach(pickle -> declared.add(file.getFileName() + ": " + pickle.getName()));
      }
    }
    assertFalse(declared.isEmpty(), "no " + tag + " scenario in " + featureDir);
    return declared.stream().sorted().toList();
  }

  /** The keys of {@link #outcomes} as {@link #declaredScenarios} writes them. */
  private static List<String> ran(Map<String, String> outcomes) {
    return outcomes.keySet().stream()
        .map(key -> key.replaceFirst(":\\d+ ", ": "))
        .sorted()
        .toList();
  }

  /**
   * Scenario name (with its line, as outlines repeat names) to outcome, of the tagged scenarios.
   */
  private static Map<String, String> outcomes(Path cucumberJson, String tag) throws IOException {
    JsonNode features = new ObjectMapper().readTree(cucumberJson.toFile());
    Map<String, String> all = new TreeMap<>();
    for (JsonNode feature : features) {
      for (JsonNode scenario : feature.path("elements")) {
        if (!scenario.path("type").asString().equals("scenario")) {
          continue;
        }
        List<String> tags = new ArrayList<>();
        scenario.path("tags").forEach(t -> tags.add(t.path("name").asString()));
        if (!tags.contains(tag)) {
          continue;
        }
        String outcome = "passed";
        for (JsonNode step : scenario.path("steps")) {
          String status = step.path("result").path("status").asString();
          if (!status.equals("passed")) {
            outcome = status;
            break;
          }
        }
        all.put(
            feature.path("uri").asString().replaceAll(".*/", "")
                + ":"
                + scenario.path("line").asInt()
                + " "
                + scenario.path("name").asString(),
            outcome);
      }
    }
    return all;
  }

  private static long results(Path allureResults) throws IOException {
    try (Stream<Path> files = Files.list(allureResults)) {
      return files.filter(p -> p.getFileName().toString().endsWith("-result.json")).count();
    }
  }

  private static boolean hasAny(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(suffix));
    }
  }

  private static void assertNoFileContains(Path dir, String secret) throws IOException {
    byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(
            text.contains(new String(needle, StandardCharsets.ISO_8859_1)),
            "the password is in " + f);
      }
    }
  }
}
