package io.flowcheck.runner.assumptions;

import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.Operation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The guesses one scenario rests on (its {@code @assumption:} tags) and the judge of its failures:
 * a failure that refutes one of them ends the scenario as "not confirmed on this server", with the
 * request and answer attached; with {@code ef.assumptions.strict=true} the original failure stands.
 */
public final class ScenarioGuesses {
  /** The name of the attachment that holds the refuting exchange. */
  public static final String ATTACHMENT = "Not confirmed: request and answer";

  /** Where refutations go: the run's server dialect summary. */
  public interface Ledger {
    void refuted(Assumption assumption, Observation seen);
  }

  private final Set<Assumption> tagged;
  private final String source;
  private final boolean strict;
  private final BiConsumer<String, String> attach;
  private final Ledger ledger;
  private final UnaryOperator<String> mask;
  private final Supplier<Exchange> lastExchange;
  private boolean refutedHere;

  /**
   * @param source how the summary names the scenario, e.g. "login.feature > A wrong password is
   *     refused"
   * @param attach takes an attachment's name and text
   * @param mask hides the run's secrets in the server's own error messages, which could echo one
   * @param lastExchange the exchange that ended the scenario's last call, or null
   */
  public ScenarioGuesses(
      Set<Assumption> tagged,
      String source,
      boolean strict,
      BiConsumer<String, String> attach,
      Ledger ledger,
      UnaryOperator<String> mask,
      Supplier<Exchange> lastExchange) {
    this.tagged = Set.copyOf(tagged);
    this.source = source;
    this.strict = strict;
    this.attach = attach;
    this.ledger = ledger;
    this.mask = mask;
    this.lastExchange = lastExchange;
  }

  /** For scenarios that start outside a run: no guesses, nothing to judge. */
  public static ScenarioGuesses none() {
    return new ScenarioGuesses(Set.of(), "", false, (n, t) -> {}, (a, o) -> {}, t -> t, () -> null);
  }

  public Set<Assumption> tagged() {
    return tagged;
  }

  /** How reports name the scenario: "login.feature > A wrong password is refused". */
  public String source() {
    return source;
  }

  /** Whether a failure of this scenario refuted one of its guesses. */
  public boolean refutedHere() {
    return refutedHere;
  }

  /**
   * Judges a failed call against what the step expected. Returns normally only when the failure is
   * no failed guess and {@code original} did not throw; {@code original} is the step's own check,
   * which throws the failure as it would be without assumptions.
   */
  public void judge(
      EfException failure, Exchange exchange, Expectation expected, Runnable original) {
    Optional<ServerAnswer> answer =
        ServerAnswer.of(failure, exchange)
            .map(
                a ->
                    new ServerAnswer(
                        a.operation(),
                        a.status(),
                        a.code(),
                        mask.apply(a.message()),
                        a.envelope()));
    Optional<NotConfirmed> refuted = answer.flatMap(a -> FailedGuess.classify(tagged, a, expected));
    if (refuted.isEmpty()) {
      original.run();
      return;
    }
    end(refuted.get(), Observation.of(source, answer.get(), exchange), exchange, original);
  }

  /**
   * Checks a value the scenario's assumption predicts, e.g. the state of a new artifact version. A
   * scenario without that assumption gets the plain check.
   */
  public void judgeValue(
      Assumption assumption,
      Operation operation,
      String field,
      String expected,
      String actual,
      Runnable original) {
    if (!tagged.contains(assumption) || Objects.equals(expected, actual)) {
      original.run();
      return;
    }
    Exchange exchange = lastExchange.get();
    actual = mask.apply(String.valueOf(actual));
    String said = field + " '" + actual + "' instead of '" + expected + "'";
    NotConfirmed refuted =
        new NotConfirmed(
            List.of(assumption),
            operation.apiName() + " answered " + field + " '" + actual + "'",
            "expected '" + expected + "'");
    Observation seen =
        new Observation(
            source,
            operation.apiName(),
            operation.method(),
            Observation.targetOf(exchange, operation),
            exchange != null && exchange.operation() == operation ? exchange.status() : 0,
            "",
            said);
    end(refuted, seen, exchange, original);
  }

  private void end(NotConfirmed refuted, Observation seen, Exchange exchange, Runnable original) {
    refutedHere = true;
    refuted.blamed().forEach(a -> ledger.refuted(a, seen));
    StringBuilder text = new StringBuilder(refuted.message()).append("\n\n");
    text.append(
        exchange == null
            ? "(no exchange was recorded for this call)\n"
            : ExchangeText.describe(exchange));
    if (strict) {
      text.append("\nef.assumptions.strict=true: the scenario fails.\n");
    }
    attach.accept(ATTACHMENT, text.toString());
    if (!strict) {
      throw new NotConfirmedException(refuted);
    }
    original.run();
    throw new AssertionError(
        "Assumption not confirmed (ef.assumptions.strict=true): "
            + refuted.summary()
            + (refuted.detail().isEmpty() ? "" : ": " + refuted.detail()));
  }
}
