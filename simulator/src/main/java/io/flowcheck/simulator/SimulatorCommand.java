package io.flowcheck.simulator;

import io.flowcheck.simulator.EfSimulator.Builder;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.faults.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The standalone command's options, parsed and checked by picocli. Every default but the port is
 * the {@link Builder}'s own, so it is written down once.
 */
@Command(
    name = "java -jar ef-simulator.jar",
    description =
        "Serves the ElectricFlow REST API v1.0 simulator until Ctrl-C; prints one line once it is ready.",
    sortOptions = false,
    separator = " ",
    usageHelpAutoWidth = true)
final class SimulatorCommand {
  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = Builder.DEFAULT_HOST,
      converter = NonBlank.class,
      description = "Bind address (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8443",
      converter = Port.class,
      description =
          "HTTPS (or HTTP) port, 0 for a free one: read it from the ready line (default: ${DEFAULT-VALUE}).")
  int port;

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<Account> accounts = new ArrayList<>();

  @Option(names = "--http", description = "Plain HTTP instead of HTTPS.")
  boolean plainHttp;

  @Option(
      names = "--session-ttl",
      paramLabel = "SECONDS",
      defaultValue = "" + Builder.DEFAULT_SESSION_TTL_SECONDS,
      converter = Seconds.class,
      description = "Sliding idle expiry of login sessions (default: ${DEFAULT-VALUE}).")
  int sessionTtlSeconds;

  @Option(
      names = "--server-version",
      paramLabel = "VERSION",
      defaultValue = Builder.DEFAULT_SERVER_VERSION,
      converter = NonBlank.class,
      description = "What /server/status and /server/versions report (default: ${DEFAULT-VALUE}).")
  String serverVersion;

  @Option(
      names = "--login-failure-code",
      paramLabel = "CODE",
      defaultValue = Builder.DEFAULT_LOGIN_FAILURE_CODE,
      converter = NonBlank.class,
      description =
          "Error code for a wrong password on POST /sessions (default: ${DEFAULT-VALUE}).")
  String loginFailureCode;

  @Option(
      names = "--login-failure-status",
      paramLabel = "STATUS",
      defaultValue = "" + Builder.DEFAULT_LOGIN_FAILURE_STATUS,
      converter = ErrorStatus.class,
      description =
          "HTTP status, 400-599, for a wrong password on POST /sessions (default: ${DEFAULT-VALUE}).")
  int loginFailureStatus;

  @Option(
      names = "--fault",
      paramLabel = "TYPE[:METHOD[:PATHREGEX]]",
      converter = Fault.class,
      description =
          "Repeatable; a fault injected before the ready line. TYPE: reset, empty, malformed, delay=MS,"
              + " an HTTP status 400-599 (with the error envelope) or STATUS-bare (an HTML page). METHOD: a verb or *"
              + " (default). PATHREGEX (default .*) may contain colons, e.g. --fault reset:GET:/properties/.*")
  List<FaultRule> faults = new ArrayList<>();

  @Option(
      names = "--change",
      paramLabel = "NAME",
      converter = Change.class,
      description = "Repeatable; a behaviour change on from the start: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Change.class)
  List<BehaviourChange> changes = new ArrayList<>();

  @Option(
      names = "--dialect",
      paramLabel = "NAME",
      split = ",",
      converter = DialectName.class,
      description =
          "Repeatable, comma-separated; dialect switches for the whole run: ${COMPLETION-CANDIDATES}.",
      completionCandidates = DialectName.class)
  List<Dialect> dialects = new ArrayList<>();

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      converter = NonBlank.class,
      description =
          "The token the admin routes (/__admin) ask for as 'Authorization: Bearer TOKEN'. Without it"
              + " they are open on a loopback --host and need a generated token, printed on the"
              + " ready line, on any other.")
  String adminToken;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  /** A user and password; giving any replaces the default user. */
  static final class Account {
    @Option(
        names = "--user",
        paramLabel = "NAME",
        required = true,
        converter = NonBlank.class,
        description =
            "Repeatable, each with its --password; replaces the default user "
                + Builder.DEFAULT_USER
                + " (password "
                + Builder.DEFAULT_PASSWORD
                + ").")
    String name;

    @Option(
        names = "--password",
        paramLabel = "PASSWORD",
        required = true,
        description = "The password of the --user before it.")
    String password;
  }

  /**
   * A parser for this command: {@code @file} arguments stay literal (a password may start with @),
   * and an option given twice takes the last value.
   */
  static CommandLine parser(SimulatorCommand command) {
    return new CommandLine(command).setExpandAtFiles(false).setOverwrittenOptionsAllowed(true);
  }

  /** The settings; the faults are not among them, as they are injected once the server runs. */
  Builder toBuilder() {
    Builder builder =
        EfSimulator.builder()
            .host(host)
            .port(port)
            .http(plainHttp)
            .sessionTtl(Duration.ofSeconds(sessionTtlSeconds))
            .serverVersion(serverVersion)
            .loginFailureCode(loginFailureCode)
            .loginFailureStatus(loginFailureStatus)
            .behaviourChange(changes.toArray(BehaviourChange[]::new))
            .dialect(dialects.toArray(Dialect[]::new));
    accounts.forEach(account -> builder.user(account.name, account.password));
    if (adminToken != null) {
      builder.adminToken(adminToken);
    }
    return builder;
  }

  /** Whole numbers in a range; picocli's own int converter cannot say which range. */
  abstract static class WholeNumber implements ITypeConverter<Integer> {
    private final int min;
    private final int max;

    WholeNumber(int min, int max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public Integer convert(String value) {
      try {
        int number = Integer.parseInt(value.trim());
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException notANumber) {
        // reported below, with the range
      }
      throw new TypeConversionException(
          "'" + value + "' is not a whole number from " + min + " to " + max);
    }
  }

  static final class Port extends WholeNumber {
    Port() {
      super(0, 65535);
    }
  }

  static final class Seconds extends WholeNumber {
    Seconds() {
      super(1, Integer.MAX_VALUE);
    }
  }

  static final class ErrorStatus extends WholeNumber {
    ErrorStatus() {
      super(400, 599);
    }
  }

  static final class NonBlank implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("must not be empty");
      }
      return value;
    }
  }

  static final class Fault implements ITypeConverter<FaultRule> {
    @Override
    public FaultRule convert(String value) {
      try {
        return FaultSpec.parse(value);
      } catch (IllegalArgumentException bad) {
        throw new TypeConversionException(
            "'" + value + "': " + bad.getMessage() + " (TYPE is " + FaultSpec.TYPES + ")");
      }
    }
  }

  /** Converts and lists the kebab-case names, e.g. renamed-field. */
  static final class Change implements ITypeConverter<BehaviourChange>, Iterable<String> {
    @Override
    public BehaviourChange convert(String value) {
      return Arrays.stream(BehaviourChange.values())
          .filter(change -> change.cliName().equals(value))
          .findFirst()
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not one of " + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(BehaviourChange.values()).map(BehaviourChange::cliName).iterator();
    }
  }

  /** Converts and lists the kebab-case names, e.g. no-rest-logout. */
  static final class DialectName implements ITypeConverter<Dialect>, Iterable<String> {
    @Override
    public Dialect convert(String value) {
      return Dialect.ofCliName(value.trim())
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value.trim() + "' is not one of " + Dialect.cliNames()));
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Dialect.values()).map(Dialect::cliName).iterator();
    }
  }
}
