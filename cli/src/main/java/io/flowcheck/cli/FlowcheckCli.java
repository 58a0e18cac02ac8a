package io.flowcheck.cli;

import io.flowcheck.framework.config.EfConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar flowcheck.jar <command>}: the suite, its reports, upgrade verification, the
 * simulator and the step catalogue, with nothing but Java 17. Exit status as the Maven run's
 * verdict: 0 passed, 1 failed, 2 the command or a setting was wrong.
 */
@Command(
    name = "java -jar flowcheck.jar",
    mixinStandardHelpOptions = true,
    versionProvider = Bundle.Version.class,
    description = "ElectricFlow REST API regression suite, reports and simulator, without Maven.",
    subcommands = {
      RunCommand.class,
      CaptureCommand.class,
      CompareCommand.class,
      ReportCommand.class,
      SimulatorBridge.class,
      StepsCommand.class
    },
    usageHelpAutoWidth = true)
public final class FlowcheckCli implements Runnable {
  static final int PASSED = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Parses and runs one command line; never exits the JVM, so tests can call it. */
  public static int execute(String... args) {
    return new CommandLine(new FlowcheckCli())
        // A path or tag expression may start with @; no @file expansion.
        .setExpandAtFiles(false)
        .setOverwrittenOptionsAllowed(true)
        .setParameterExceptionHandler(FlowcheckCli::usageError)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              PrintWriter err = cmd.getErr();
              if (e instanceof EfConfigException || e instanceof UsageProblem) {
                err.println(e.getMessage());
                err.flush();
                return USAGE;
              }
              err.println("flowcheck: FAILED: " + oneLine(e));
              err.flush();
              return FAILED;
            })
        .execute(args);
  }

  /** No command: the usage, and the status of a wrong command line. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new UsageProblem("flowcheck: say which command to run, e.g. run (--help lists them)");
  }

  /** One line naming the mistake, then where to look; never picocli's whole usage text. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name =
        cmd.getCommandSpec().qualifiedName().replace("java -jar flowcheck.jar", "").trim();
    String hint = name.isEmpty() ? "--help" : name + " --help";
    cmd.getErr()
        .println(
            "flowcheck: "
                + e.getMessage().replaceFirst("^Error: ", "").replaceAll("\\R+", " ").strip()
                + " (see: java -jar flowcheck.jar "
                + hint
                + ")");
    cmd.getErr().flush();
    return USAGE;
  }

  static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }

  /** A wrong command line or setting found after parsing: one line, exit 2. */
  public static final class UsageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageProblem(String line) {
      super(line, null, false, false);
    }
  }
}
