package io.flowcheck.runner;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.files.RunFolderLock;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's start and end as objects see them: its own simulator, sandbox and user, a start refused
 * before any call, its folder held until it ends, its simulator stopped after it. These tests read
 * nothing from System.out and set no system property, so they run beside other classes; the ones
 * that read the console are in {@link FlowcheckRunTest}.
 */
class FlowcheckRunLifecycleTest {
  private static final String PASSWORD = TempFolderRun.PASSWORD;

  @TempDir Path out;

  private FlowcheckRun start() {
    return TempFolderRun.start(out);
  }

  @Test
  void twoRunsInOneJvmShareNothing() {
    FlowcheckRun first = start();
    first.finish();
    FlowcheckRun second = start();
    try {
      assertNotEquals(first.settings().runId(), second.settings().runId());
      assertNotEquals(first.sandbox().projectName(), second.sandbox().projectName());
      assertNotEquals(first.nobodyUser().name(), second.nobodyUser().name());
      assertNotEquals(
          first.settings().server(), second.settings().server(), "a simulator of its own");
    } finally {
      second.finish();
    }
  }

  /**
   * A listening socket stands for the server: a connection, however short, would wait in its
   * backlog. Cucumber's engine starts the run even when only the tag filter's failing test is left.
   */
  @Test
  void aBrokenTagExpressionStopsTheStartBeforeTheServerIsTouched() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      EfConfigException e =
          assertThrows(
              EfConfigException.class,
              () ->
                  FlowcheckRun.start(
                      SettingsLoader.load(
                          Map.of(
                              "cucumber.filter.tags",
                              "@smoke and",
                              "ef.server",
                              "http://127.0.0.1:" + server.getLocalPort(),
                              "ef.password",
                              PASSWORD,
                              "ef.timeout.read",
                              "1s",
                              "ef.retries",
                              "0",
                              "user.dir",
                              System.getProperty("java.io.tmpdir"),
                              "flowcheck.output.dir",
                              out.toString()),
                          Map.of())));
      assertEquals(
          "the tag expression '@smoke and' (from -Dcucumber.filter.tags) is not valid: Tag"
              + " expression \"@smoke and\" could not be parsed because of syntax error: Expected"
              + " operand.",
          e.getMessage());
      server.setSoTimeout(200);
      assertThrows(SocketTimeoutException.class, server::accept, "a connection to the server");
    }
  }

  @Test
  void aFinishedRunHasStoppedItsSimulator() {
    FlowcheckRun run = start();
    run.finish();
    assertThrows(
        RuntimeException.class,
        () -> run.clients().forRun().properties().get(PropertyRef.inProject("Default", "x")),
        "its simulator is stopped");
  }

  /** The run holds its output folder from its start to its end, so a second run is refused. */
  @Test
  void aRunHoldsItsOutputFolderUntilItEnds() throws Exception {
    FlowcheckRun run = start();
    Path lockFile = out.resolve(RunFolderLock.FILE_NAME);
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      assertThrows(OverlappingFileLockException.class, channel::tryLock, "held by the running run");
      assertThat(
          Files.readString(lockFile), containsString("pid " + ProcessHandle.current().pid()));
      run.finish();
      assertNotNull(channel.tryLock(), "released when the run ended");
    }
  }
}
