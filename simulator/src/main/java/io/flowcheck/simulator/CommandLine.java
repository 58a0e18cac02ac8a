package io.flowcheck.simulator;

import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.faults.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The standalone command's options, parsed and validated once; errors name the culprit. */
record CommandLine(
    String host,
    int port,
    List<String> users,
    List<String> passwords,
    boolean plainHttp,
    Duration sessionTtl,
    String serverVersion,
    String loginFailureCode,
    int loginFailureStatus,
    List<FaultRule> faults,
    Set<BehaviourChange> changes,
    Set<Dialect> dialects,
    boolean help) {

  static final String USAGE =
      "Usage: java -jar ef-simulator.jar [--host HOST] [--port PORT] [--user NAME --password PASSWORD]..."
          + " [--http] [--session-ttl SECONDS] [--server-version VERSION] [--login-failure-code CODE]"
          + " [--login-failure-status STATUS] [--fault TYPE[:METHOD[:PATHREGEX]]]... [--change NAME]..."
          + " [--dialect NAME[,NAME]...]... [--help]";

  /** A bad command line; the message is one line naming the option. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  static CommandLine parse(String... args) throws UsageException {
    String host = "127.0.0.1";
    int port = 8443;
    List<String> users = new ArrayList<>();
    List<String> passwords = new ArrayList<>();
    boolean plainHttp = false;
    Duration ttl = Duration.ofMinutes(30);
    String serverVersion = "2024.06.0.178767";
    String loginFailureCode = "NoCredentials";
    int loginFailureStatus = 401;
    List<FaultRule> faults = new ArrayList<>();
    Set<BehaviourChange> changes = EnumSet.noneOf(BehaviourChange.class);
    Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--help", "-h" -> {
          return new CommandLine(host, port, users, passwords, plainHttp, ttl, serverVersion, loginFailureCode,
              loginFailureStatus, faults, changes, dialects, true);
        }
        case "--http" -> plainHttp = true;
        case "--host" -> host = nonBlank(option, valueOf(args, ++i, option));
        case "--port" -> port = intIn(option, valueOf(args, ++i, option), 0, 65535);
        case "--user" -> users.add(nonBlank(option, valueOf(args, ++i, option)));
        case "--password" -> passwords.add(valueOf(args, ++i, option));
        case "--session-ttl" -> ttl = Duration.ofSeconds(intIn(option, valueOf(args, ++i, option), 1, Integer.MAX_VALUE));
        case "--server-version" -> serverVersion = nonBlank(option, valueOf(args, ++i, option));
        case "--login-failure-code" -> loginFailureCode = nonBlank(option, valueOf(args, ++i, option));
        case "--login-failure-status" -> loginFailureStatus = intIn(option, valueOf(args, ++i, option), 400, 599);
        case "--fault" -> faults.add(fault(option, valueOf(args, ++i, option)));
        case "--change" -> changes.add(change(option, valueOf(args, ++i, option)));
        case "--dialect" -> dialects.addAll(dialects(option, valueOf(args, ++i, option)));
        default -> throw new UsageException("Unknown option: " + option);
      }
    }
    if (users.size() != passwords.size()) {
      throw new UsageException("--user and --password must be given in pairs (got " + users.size()
          + " --user and " + passwords.size() + " --password)");
    }
    return new CommandLine(host, port, users, passwords, plainHttp, ttl, serverVersion, loginFailureCode,
        loginFailureStatus, faults, changes, dialects, false);
  }

  /** The settings; the faults are not among them, as they are injected once the server runs. */
  EfSimulator.Builder toBuilder() {
    EfSimulator.Builder builder =
        EfSimulator.builder()
            .host(host)
            .port(port)
            .http(plainHttp)
            .sessionTtl(sessionTtl)
            .serverVersion(serverVersion)
            .loginFailureCode(loginFailureCode)
            .loginFailureStatus(loginFailureStatus)
            .behaviourChange(changes.toArray(BehaviourChange[]::new))
            .dialect(dialects.toArray(Dialect[]::new));
    for (int i = 0; i < users.size(); i++) {
      builder.user(users.get(i), passwords.get(i));
    }
    return builder;
  }

  private static String valueOf(String[] args, int index, String option) throws UsageException {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException("Missing value for " + option);
    }
    return args[index];
  }

  private static FaultRule fault(String option, String value) throws UsageException {
    try {
      return FaultSpec.parse(value);
    } catch (IllegalArgumentException bad) {
      throw new UsageException(
          "Invalid value for " + option + ": '" + value + "' (" + bad.getMessage() + "; expected " + FaultSpec.FORMAT + ")");
    }
  }

  private static BehaviourChange change(String option, String value) throws UsageException {
    for (BehaviourChange change : BehaviourChange.values()) {
      if (change.cliName().equals(value)) {
        return change;
      }
    }
    String names = Arrays.stream(BehaviourChange.values()).map(BehaviourChange::cliName).collect(Collectors.joining(", "));
    throw new UsageException("Invalid value for " + option + ": '" + value + "' (expected one of " + names + ")");
  }

  /** A comma-separated list such as "no-rest-logout,duplicate-as-400". */
  private static List<Dialect> dialects(String option, String value) throws UsageException {
    List<Dialect> named = new ArrayList<>();
    for (String name : value.split(",", -1)) {
      Dialect dialect = Dialect.ofCliName(name.trim()).orElse(null);
      if (dialect == null) {
        throw new UsageException(
            "Invalid value for " + option + ": '" + name.trim() + "' (expected one or more of " + Dialect.cliNames()
                + ", comma-separated)");
      }
      named.add(dialect);
    }
    return named;
  }

  private static String nonBlank(String option, String value) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException("Invalid value for " + option + ": must not be empty");
    }
    return value;
  }

  private static int intIn(String option, String value, int min, int max) throws UsageException {
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, with the range
    }
    throw new UsageException(
        "Invalid value for " + option + ": '" + value + "' (expected a whole number from " + min + " to " + max + ")");
  }
}
