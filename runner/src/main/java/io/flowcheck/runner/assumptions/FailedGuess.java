package io.flowcheck.runner.assumptions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Tells a failed guess from a regression. A failure counts as "not confirmed on this server" only
 * when the scenario names an assumption that covers the failing operation and the server answered
 * in a way that refutes a guess, not in a way that shows it broken:
 *
 * <ul>
 *   <li>the route is missing: HTTP 501, code NotImplemented, or a 404/405 without ElectricFlow's
 *       error envelope;
 *   <li>the step expected success and got an ElectricFlow refusal (a 4xx with the envelope);
 *   <li>the step expected a refusal with some codes and got another code;
 *   <li>the code was right but the status differs from the one the assumption names.
 * </ul>
 *
 * Everything else (wrong values, 5xx, no answer, TLS, protocol trouble) stays a failure.
 */
public final class FailedGuess {
  private FailedGuess() {}

  public static Optional<NotConfirmed> classify(
      Collection<Assumption> tagged, ServerAnswer answer, Expectation expected) {
    List<Assumption> relevant = tagged.stream().filter(a -> a.covers(answer.operation())).toList();
    if (relevant.isEmpty()) {
      return Optional.empty();
    }
    if (answer.routeMissing()) {
      return blame(preferring(relevant, Assumption.Kind.ROUTE), answer);
    }
    if (!answer.refusal()) {
      return Optional.empty(); // a 5xx or a 4xx that is not ElectricFlow talking: a real failure
    }
    if (expected.success()) {
      return blame(relevant, answer);
    }
    if (!expected.codes().contains(answer.code())) {
      return blame(preferring(relevant, Assumption.Kind.ANSWER), answer);
    }
    List<Assumption> otherStatus =
        relevant.stream()
            .filter(a -> a.expectedStatus() != 0 && a.expectedStatus() != answer.status())
            .toList();
    return otherStatus.isEmpty() ? Optional.empty() : blame(otherStatus, answer);
  }

  /** A missing route refutes a guess about a route first; a wrong code one about answers. */
  private static List<Assumption> preferring(List<Assumption> relevant, Assumption.Kind kind) {
    Predicate<Assumption> ofKind = a -> a.kind() == kind;
    List<Assumption> preferred = relevant.stream().filter(ofKind).toList();
    return preferred.isEmpty() ? relevant : preferred;
  }

  private static Optional<NotConfirmed> blame(List<Assumption> blamed, ServerAnswer answer) {
    return Optional.of(new NotConfirmed(blamed, answer.what(), answer.message()));
  }
}
