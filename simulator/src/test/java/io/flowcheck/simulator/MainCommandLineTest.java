package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.simulator.dialect.Dialect;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainCommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Main.Launch launch(String... args) {
    return Main.launch(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String[] errLines() {
    return err.toString(StandardCharsets.UTF_8).split("\\R");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--bogus | Unknown option: --bogus",
        "--port abc | Invalid value for --port: 'abc' (expected a whole number from 0 to 65535)",
        "--port 70000 | Invalid value for --port: '70000' (expected a whole number from 0 to 65535)",
        "--port | Missing value for --port",
        "--session-ttl 0 | Invalid value for --session-ttl: '0' (expected a whole number from 1 to 2147483647)",
        "--user admin | --user and --password must be given in pairs (got 1 --user and 0 --password)",
        "--host --http | Missing value for --host",
        "--fault boom | Invalid value for --fault: 'boom' (unknown fault type 'boom'; expected " + FaultSpec.FORMAT + ")",
        "--fault 200 | Invalid value for --fault: '200' (unknown fault type '200'; expected " + FaultSpec.FORMAT + ")",
        "--fault reset:G-T | Invalid value for --fault: 'reset:G-T' (method must be an HTTP verb or '*', not 'G-T'; expected "
            + FaultSpec.FORMAT + ")",
        "--fault delay=5:GET:( | Invalid value for --fault: 'delay=5:GET:(' (pathRegex is not a valid regex: Unclosed group;"
            + " expected " + FaultSpec.FORMAT + ")",
        "--change faster | Invalid value for --change: 'faster' (expected one of renamed-field, extra-field,"
            + " changed-error-code, trimmed-value)",
        "--dialect no-rest-logout,NO_SERVER_VERSIONS | Invalid value for --dialect: 'NO_SERVER_VERSIONS' (expected one or"
            + " more of no-rest-logout, no-server-versions, no-version-in-status, duplicate-as-400, new-version-publishing,"
            + " comma-separated)",
        "--dialect | Missing value for --dialect",
        "--login-failure-status 200 | Invalid value for --login-failure-status: '200' (expected a whole number from 400 to 599)",
        "--login-failure-code --http | Missing value for --login-failure-code"
      })
  void aBadOptionPrintsOneLineNamingItPlusUsageAndExitsWithTwo(String args, String expectedLine) {
    Main.Launch launch = launch(args.trim().split("\\s+"));
    assertNull(launch.simulator());
    assertEquals(2, launch.exitCode());
    String[] lines = errLines();
    assertEquals(2, lines.length, err.toString(StandardCharsets.UTF_8));
    assertEquals(expectedLine, lines[0]);
    assertEquals(CommandLine.USAGE, lines[1]);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpPrintsTheUsageAndExitsWithZero() {
    Main.Launch launch = launch("--help");
    assertEquals(0, launch.exitCode());
    assertNull(launch.simulator());
    assertEquals(CommandLine.USAGE + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aBusyPortPrintsOneLineAndExitsWithOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Main.Launch launch = launch("--port", String.valueOf(taken.getLocalPort()));
      assertEquals(1, launch.exitCode());
      assertNull(launch.simulator());
      String[] lines = errLines();
      assertEquals(1, lines.length);
      assertEquals("Cannot start the simulator: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use", lines[0]);
    }
  }

  @Test
  void aGoodCommandLineServesAndPrintsExactlyOneReadyLine() {
    Main.Launch launch =
        launch("--port", "0", "--user", "qa", "--password", "pw", "--session-ttl", "60", "--server-version", "9.9.9");
    EfSimulator sim = launch.simulator();
    assertNotNull(sim);
    try {
      assertEquals("ElectricFlow simulator ready at " + sim.baseUrl() + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
      assertTrue(sim.baseUrl().startsWith("https://127.0.0.1:"));
      SimulatorClient client = SimulatorClient.of(sim);
      assertEquals("9.9.9", client.basic("qa", "pw").get("/server/versions").assertOk().at("/serverVersion/version"));
      assertEquals(401, client.asAdmin().get("/server/versions").status()); // only the configured user exists
      assertEquals("", err.toString(StandardCharsets.UTF_8));
    } finally {
      sim.stop();
    }
  }

  @Test
  void faultsAndBehaviourChangesFromTheCommandLineAreInForceOnceReady() {
    EfSimulator sim =
        launch(
                "--port", "0", "--fault", "503:GET:/server/.*", "--fault", "500-bare:PUT", "--fault", "delay=1:*:/projects(/|$)",
                "--fault", "reset:DELETE:/properties/a:b", "--fault", "malformed", "--fault", "empty:POST:/nothing",
                "--change", "extra-field", "--change", "trimmed-value")
            .simulator();
    try {
      SimulatorClient admin = SimulatorClient.of(sim).asAdmin();
      admin.get("/server/versions").assertError(503, "ServiceUnavailable");
      assertEquals(500, admin.put("/projects/Default").status());
      assertTrue(admin.put("/projects/Default").body().startsWith("<html>"));
      assertEquals(java.util.Set.of(io.flowcheck.simulator.behaviour.BehaviourChange.EXTRA_FIELD,
          io.flowcheck.simulator.behaviour.BehaviourChange.TRIMMED_VALUE), sim.behaviourChanges());
      assertEquals("{\"property\":{\"propertyName\":\"x\",", admin.get("/properties/PythonProperty?projectName=Default").body());
    } finally {
      sim.stop();
    }
  }

  @Test
  void dialectsAndTheWrongPasswordAnswerFromTheCommandLineAreInForce() {
    EfSimulator sim =
        launch("--port", "0", "--dialect", "no-rest-logout,duplicate-as-400", "--dialect", "no-server-versions",
                "--login-failure-code", "InvalidCredentials", "--login-failure-status", "403")
            .simulator();
    try {
      assertEquals(java.util.EnumSet.of(Dialect.NO_REST_LOGOUT, Dialect.DUPLICATE_AS_400, Dialect.NO_SERVER_VERSIONS),
          sim.dialects());
      SimulatorClient client = SimulatorClient.of(sim);
      client.asAdmin().delete("/sessions").assertError(501, "NotImplemented");
      client.asAdmin().post("/projects?projectName=Default").assertError(400, "DuplicateProjectName");
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
