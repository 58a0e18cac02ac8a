package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.simulator.dialect.Dialect;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainCommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Main.Launch launch(String... args) {
    return Main.launch(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String[] errLines() {
    return err.toString(StandardCharsets.UTF_8).split("\\R");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--bogus | Unknown option: '--bogus'",
        "extra | Unmatched argument at index 0: 'extra'",
        "--port abc | Invalid value for option '--port': 'abc' is not a whole number from 0 to 65535",
        "--port 70000 | Invalid value for option '--port': '70000' is not a whole number from 0 to 65535",
        "--port | Missing required parameter for option '--port' (PORT)",
        "--session-ttl 0 | Invalid value for option '--session-ttl': '0' is not a whole number from 1 to 2147483647",
        "--user admin | Missing required argument(s): --password=PASSWORD",
        "--password pw | Missing required argument(s): --user=NAME",
        "--user a --user b --password pw | Missing required argument(s): --password=PASSWORD",
        "--host --http | Expected parameter for option '--host' but found '--http'",
        "--fault boom | Invalid value for option '--fault' (TYPE[:METHOD[:PATHREGEX]]): 'boom': unknown fault type 'boom' (TYPE is "
            + FaultSpec.TYPES
            + ")",
        "--fault 200 | Invalid value for option '--fault' (TYPE[:METHOD[:PATHREGEX]]): '200': unknown fault type '200' (TYPE is "
            + FaultSpec.TYPES
            + ")",
        "--fault reset:G-T | Invalid value for option '--fault' (TYPE[:METHOD[:PATHREGEX]]): 'reset:G-T': method must be an HTTP"
            + " verb or '*', not 'G-T' (TYPE is "
            + FaultSpec.TYPES
            + ")",
        "--fault delay=5:GET:( | Invalid value for option '--fault' (TYPE[:METHOD[:PATHREGEX]]): 'delay=5:GET:(': pathRegex is not"
            + " a valid regex: Unclosed group (TYPE is "
            + FaultSpec.TYPES
            + ")",
        "--change faster | Invalid value for option '--change' (NAME): 'faster' is not one of renamed-field, extra-field,"
            + " changed-error-code, trimmed-value, renamed-login-field, created-publish-status",
        "--dialect no-rest-logout,NO_SERVER_VERSIONS | Invalid value for option '--dialect' (NAME): 'NO_SERVER_VERSIONS' is not"
            + " one of no-rest-logout, no-server-versions, no-version-in-status, duplicate-as-400, new-version-publishing,"
            + " publish-php, no-publish-endpoint, child-code-for-missing-project",
        "--dialect | Missing required parameter for option '--dialect' (NAME)",
        "--login-failure-status 200 | Invalid value for option '--login-failure-status': '200' is not a whole number from 400 to 599",
        "--login-failure-code --http | Expected parameter for option '--login-failure-code' but found '--http'"
      })
  void aBadOptionPrintsOneLineNamingItAndExitsWithTwo(String args, String expectedLine) {
    Main.Launch launch = launch(args.trim().split("\\s+"));
    assertNull(launch.simulator());
    assertEquals(2, launch.exitCode());
    String[] lines = errLines();
    assertEquals(1, lines.length, err.toString(StandardCharsets.UTF_8));
    assertEquals(expectedLine + Main.SEE_HELP, lines[0]);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyValueIsRefused() {
    assertEquals(2, launch("--server-version", " ").exitCode());
    assertEquals(
        "Invalid value for option '--server-version': must not be empty" + Main.SEE_HELP,
        errLines()[0]);
  }

  @Test
  void helpListsEveryOptionWithItsDefaultAndExitsWithZero() {
    Main.Launch launch = launch("--help");
    assertEquals(0, launch.exitCode());
    assertNull(launch.simulator());
    String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " "); // unwrapped
    assertTrue(help.startsWith("Usage: java -jar ef-simulator.jar "), help);
    for (String option :
        List.of(
            "--host HOST",
            "--port PORT",
            "--user NAME",
            "--password PASSWORD",
            "--http",
            "--session-ttl SECONDS",
            "--server-version VERSION",
            "--login-failure-code CODE",
            "--login-failure-status STATUS",
            "--fault TYPE[:METHOD[:PATHREGEX]]",
            "--change NAME",
            "--dialect NAME[,NAME...]",
            "--admin-token TOKEN",
            "--help")) {
      assertTrue(help.contains(option), () -> option + " missing from:\n" + help);
    }
    for (String shown :
        List.of(
            "(default: " + EfSimulator.Builder.DEFAULT_HOST + ")",
            "(default: 8443)",
            "(default: " + EfSimulator.Builder.DEFAULT_SESSION_TTL_SECONDS + ")",
            EfSimulator.Builder.DEFAULT_SERVER_VERSION,
            "(default: " + EfSimulator.Builder.DEFAULT_LOGIN_FAILURE_CODE + ")",
            "(default: 401)",
            "trimmed-value",
            "new-version-publishing")) {
      assertTrue(help.contains(shown), () -> shown + " missing from:\n" + help);
    }
    assertFalse(help.contains("\u001b["), "no terminal colours");
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anOptionGivenTwiceTakesTheLastValueAndAtFilesStayLiteral() {
    EfSimulator sim =
        launch("--port", "1", "--port", "0", "--user", "qa", "--password", "@secret").simulator();
    assertNotNull(sim, err.toString(StandardCharsets.UTF_8));
    try {
      SimulatorClient.of(sim).basic("qa", "@secret").get("/server/status").assertOk();
    } finally {
      sim.stop();
    }
  }

  @Test
  void aBusyPortPrintsOneLineAndExitsWithOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Main.Launch launch = launch("--port", String.valueOf(taken.getLocalPort()));
      assertEquals(1, launch.exitCode());
      assertNull(launch.simulator());
      String[] lines = errLines();
      assertEquals(1, lines.length);
      assertEquals(
          "Cannot start the simulator: port "
              + taken.getLocalPort()
              + " on 127.0.0.1 is already in use",
          lines[0]);
    }
  }

  @Test
  void aGoodCommandLineServesAndPrintsExactlyOneReadyLine() {
    Main.Launch launch =
        launch(
            "--port",
            "0",
            "--user",
            "qa",
            "--password",
            "pw",
            "--session-ttl",
            "60",
            "--server-version",
            "9.9.9");
    EfSimulator sim = launch.simulator();
    assertNotNull(sim);
    try {
      assertEquals(
          "ElectricFlow simulator ready at " + sim.baseUrl() + System.lineSeparator(),
          out.toString(StandardCharsets.UTF_8));
      assertTrue(sim.baseUrl().startsWith("https://127.0.0.1:"));
      SimulatorClient client = SimulatorClient.of(sim);
      assertEquals(
          "9.9.9",
          client.basic("qa", "pw").get("/server/versions").assertOk().at("/serverVersion/version"));
      assertEquals(
          401,
          client.asAdmin().get("/server/versions").status()); // only the configured user exists
      assertEquals("", err.toString(StandardCharsets.UTF_8));
    } finally {
      sim.stop();
    }
  }

  @Test
  void faultsAndBehaviourChangesFromTheCommandLineAreInForceOnceReady() {
    EfSimulator sim =
        launch(
                "--port",
                "0",
                "--fault",
                "503:GET:/server/.*",
                "--fault",
                "500-bare:PUT",
                "--fault",
                "delay=1:*:/projects(/|$)",
                "--fault",
                "reset:DELETE:/properties/a:b",
                "--fault",
                "malformed",
                "--fault",
                "empty:POST:/nothing",
                "--change",
                "extra-field",
                "--change",
                "trimmed-value")
            .simulator();
    try {
      SimulatorClient admin = SimulatorClient.of(sim).asAdmin();
      admin.get("/server/versions").assertError(503, "ServiceUnavailable");
      assertEquals(500, admin.put("/projects/Default").status());
      assertTrue(admin.put("/projects/Default").body().startsWith("<html>"));
      assertEquals(
          java.util.Set.of(
              io.flowcheck.simulator.behaviour.BehaviourChange.EXTRA_FIELD,
              io.flowcheck.simulator.behaviour.BehaviourChange.TRIMMED_VALUE),
          sim.behaviourChanges());
      assertEquals(
          "{\"property\":{\"propertyName\":\"x\",",
          admin.get("/properties/PythonProperty?projectName=Default").body());
    } finally {
      sim.stop();
    }
  }

  @Test
  void dialectsAndTheWrongPasswordAnswerFromTheCommandLineAreInForce() {
    EfSimulator sim =
        launch(
                "--port",
                "0",
                "--dialect",
                "no-rest-logout,duplicate-as-400",
                "--dialect",
                "no-server-versions",
                "--login-failure-code",
                "InvalidCredentials",
                "--login-failure-status",
                "403")
            .simulator();
    try {
      assertEquals(
          java.util.EnumSet.of(
              Dialect.NO_REST_LOGOUT, Dialect.DUPLICATE_AS_400, Dialect.NO_SERVER_VERSIONS),
          sim.dialects());
      SimulatorClient client = SimulatorClient.of(sim);
      client.asAdmin().delete("/sessions").assertError(501, "NotImplemented");
      client
          .asAdmin()
          .post("/projects?projectName=Default")
          .assertError(400, "DuplicateProjectName");
      client.post("/sessions?userName=admin&password=nope").assertError(403, "InvalidCredentials");
    } finally {
      sim.stop();
    }
  }

  @Test
  void httpServesPlainHttp() {
    EfSimulator sim = launch("--http", "--port", "0").simulator();
    try {
      assertTrue(sim.baseUrl().startsWith("http://127.0.0.1:"));
    } finally {
      sim.stop();
    }
  }
}
