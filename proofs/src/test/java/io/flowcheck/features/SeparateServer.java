package io.flowcheck.features;

import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.SimulatorState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulator on a free port with an admin password of the test's choosing, standing in for a real
 * server the run did not start: runs reach it only through {@code ef.server}, so the run treats it
 * as it would treat a customer's server (no sweep by default, relaxed TLS for its self-signed
 * certificate). Tests that run the suite in this JVM take its {@link #settings}; tests that run it
 * in a child JVM take its {@link #childJvm}.
 *
 * <p>A test class registers one as a static extension, so it is up before the class's own
 * {@code @BeforeAll} methods and stopped after its last test: {@code @RegisterExtension static
 * final SeparateServer server = new SeparateServer(PASSWORD);}
 */
public final class SeparateServer implements BeforeAllCallback, AfterAllCallback {
  private final String password;
  private final boolean plainHttp;
  private EfSimulator sim;

  public SeparateServer(String adminPassword) {
    this(adminPassword, false);
  }

  private SeparateServer(String adminPassword, boolean plainHttp) {
    this.password = adminPassword;
    this.plainHttp = plainHttp;
  }

  /**
   * The same over plain HTTP, for a test whose point is not the transport: a 100 MB publish over
   * TLS costs both sides about 100 MB of AES-GCM under the quick compiler (several seconds of CPU
   * each) and proves nothing more about how flowcheck streams the file.
   */
  public static SeparateServer overPlainHttp(String adminPassword) {
    return new SeparateServer(adminPassword, true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sim = EfSimulator.builder().port(0).http(plainHttp).user("admin", password).start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (sim != null) { // null when it failed to start: that failure is the one to report
      sim.stop();
    }
  }

  public EfSimulator simulator() {
    return sim;
  }

  /** The settings of a run against this server as {@code admin}, with {@code ef.auth=auth}. */
  public Map<String, String> settings(String auth) {
    return Map.of(
        "ef.server",
        sim.serverUrl(),
        "ef.user",
        "admin",
        "ef.password",
        password,
        "ef.tls",
        "relaxed",
        "ef.auth",
        auth,
        "user.dir",
        System.getProperty("java.io.tmpdir"));
  }

  private static final List<String> SHORT_RUN_JVM =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Dgroovy.indy.optimize.threshold=0",
          "-Dgroovy.indy.fallback.threshold=0");

  /**
   * A JVM on this test's classpath that runs {@code mainAndArgs} against this server, with {@code
   * systemProperties} ({@code -Dk=v}) besides the server, user and TLS. The password travels in the
   * environment ({@code EF_PASSWORD}), never on a command line, and no setting of the outer build's
   * environment leaks in.
   */
  public ProcessBuilder childJvm(List<String> systemProperties, String... mainAndArgs) {
    return childJvm(List.of(), systemProperties, mainAndArgs);
  }

  /**
   * The same with more JVM options ({@code jvmOptions}, e.g. a heap limit) after the usual ones.
   */
  public ProcessBuilder childJvm(
      List<String> jvmOptions, List<String> systemProperties, String... mainAndArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The options flowcheck's launcher starts a short run with (cli/src/main/dist/flowcheck): the
    // child runs a few scenarios, where C2's compiler threads cost more CPU than they win back.
    cmd.addAll(SHORT_RUN_JVM);
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Def.server=" + sim.serverUrl());
    cmd.add("-Def.user=admin");
    cmd.add("-Def.tls=relaxed");
    systemProperties.forEach(p -> cmd.add("-D" + p));
    cmd.addAll(List.of(mainAndArgs));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    // Settings the build's own environment may hold (a CI agent's EF_USER, EF_RUN_ID, shard or tag
    // variables) would change the child's run: it gets exactly the settings given here.
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("EF_")
                    || k.startsWith("FLOWCHECK_")
                    || k.startsWith("CUCUMBER_")
                    || k.startsWith("CI_NODE_")
                    || k.equals("JOB_COMPLETION_INDEX"));
    pb.environment().put("EF_PASSWORD", password);
    return pb;
  }

  /**
   * What runs left behind: {@code flowcheck-*} projects and {@code flowcheck.*} artifacts. Empty
   * when every run cleaned up after itself.
   */
  public List<String> runObjectsLeft() {
    SimulatorState state = sim.state();
    return Stream.concat(
            state.projects().stream()
                .map(SimulatorState.Project::projectName)
                .filter(n -> n.startsWith("flowcheck-")),
            state.artifacts().stream()
                .map(SimulatorState.Artifact::artifactName)
                .filter(n -> n.startsWith("flowcheck.")))
        .toList();
  }
}
