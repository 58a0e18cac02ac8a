package io.flowcheck.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ef-simulator.jar --port 8443 --user admin --password changeme}: serves the
 * simulator until Ctrl-C/SIGTERM and prints exactly one line once it is ready.
 */
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_CANNOT_START = 1;
  static final int EXIT_USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    Launch launch = launch(args, System.out, System.err);
    if (launch.simulator() == null) {
      System.exit(launch.exitCode());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  launch.simulator().stop();
                  stopped.countDown();
                },
                "ef-simulator-shutdown"));
    awaitQuietly(stopped);
  }

  /** What came of a command line: a running simulator, or an exit code with the reason printed. */
  record Launch(EfSimulator simulator, int exitCode) {}

  /** Parses, starts and announces; never exits the JVM, so tests can call it. */
  static Launch launch(String[] args, PrintStream out, PrintStream err) {
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args);
    } catch (CommandLine.UsageException e) {
      err.println(e.getMessage());
      err.println(CommandLine.USAGE);
      return new Launch(null, EXIT_USAGE);
    }
    if (commandLine.help()) {
      out.println(CommandLine.USAGE);
      return new Launch(null, EXIT_OK);
    }
    try {
      EfSimulator simulator = commandLine.toBuilder().start();
      commandLine.faults().forEach(simulator::injectFault); // before the ready line: no request escapes them
      out.println("ElectricFlow simulator ready at " + simulator.baseUrl());
      out.flush();
      return new Launch(simulator, EXIT_OK);
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      return new Launch(null, EXIT_CANNOT_START);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // keep serving; only the shutdown hook ends the wait
      }
    }
  }
}
