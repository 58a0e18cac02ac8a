package io.flowcheck.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParameterException;

/**
 * {@code java -jar ef-simulator.jar --port 8443 --user admin --password changeme}: serves the
 * simulator until Ctrl-C/SIGTERM and prints exactly one line once it is ready.
 */
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_CANNOT_START = 1;
  static final int EXIT_USAGE = 2;

  /** Ends the one line a usage error prints. */
  static final String SEE_HELP = " (--help lists the options)";

  /** How the usage names the command: this jar's own way to start it. */
  static final String COMMAND_NAME = "java -jar ef-simulator.jar";

  private Main() {}

  public static void main(String[] args) {
    serve(COMMAND_NAME, args);
  }

  /**
   * As {@link #main}, with the usage naming the command that started it, for a jar that bundles the
   * simulator under a command of its own (e.g. {@code java -jar flowcheck.jar simulator}).
   */
  public static void serve(String commandName, String[] args) {
    Launch launch = launch(commandName, args, System.out, System.err);
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
    return launch(COMMAND_NAME, args, out, err);
  }

  static Launch launch(String commandName, String[] args, PrintStream out, PrintStream err) {
    SimulatorCommand command = new SimulatorCommand();
    CommandLine parser = SimulatorCommand.parser(command).setCommandName(commandName);
    try {
      parser.parseArgs(args);
    } catch (ParameterException e) {
      err.println(oneLine(e.getMessage()) + SEE_HELP);
      return new Launch(null, EXIT_USAGE);
    }
    if (parser.isUsageHelpRequested()) {
      parser.usage(out, Ansi.OFF);
      return new Launch(null, EXIT_OK);
    }
    try {
      EfSimulator simulator = command.toBuilder().start();
      command.faults.forEach(
          simulator::injectFault); // before the ready line: no request escapes them
      out.println(readyLine(simulator, command.adminToken != null));
      out.flush();
      return new Launch(simulator, EXIT_OK);
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      return new Launch(null, EXIT_CANNOT_START);
    }
  }

  /**
   * "ElectricFlow simulator ready at URL", and when the admin routes need a token, how to send it:
   * a generated one is shown (nobody else knows it), one given on the command line is not repeated.
   */
  static String readyLine(EfSimulator simulator, boolean tokenGiven) {
    String ready = "ElectricFlow simulator ready at " + simulator.baseUrl();
    return simulator
        .adminToken()
        .map(
            token ->
                ready
                    + " (admin routes need the header 'Authorization: Bearer "
                    + (tokenGiven ? "<--admin-token>" : token)
                    + "')")
        .orElse(ready);
  }

  /** picocli's message without its "Error: " prefix (only some carry it) and line breaks. */
  private static String oneLine(String message) {
    return message.replaceFirst("^Error: ", "").replaceAll("\\R+", " ").strip();
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
