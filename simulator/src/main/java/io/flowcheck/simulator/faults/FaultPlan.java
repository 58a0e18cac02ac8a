package io.flowcheck.simulator.faults;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The fault rules in force. Parallel requests match against it concurrently; a limited rule hands
 * out exactly {@code times} faults however many threads race for the last one, because each request
 * claims its fault with an atomic decrement that never goes below zero.
 */
public final class FaultPlan {
  // Copy-on-write: rules change rarely (test setup), requests read it all the time.
  private final List<Armed> rules = new CopyOnWriteArrayList<>();

  /** Arms a rule; returns its id. */
  public String add(FaultRule rule) {
    Armed armed = new Armed(UUID.randomUUID().toString(), rule);
    rules.add(armed);
    return armed.id;
  }

  /** Disarms one rule; an unknown id (say, of a used-up rule) is no error. */
  public boolean remove(String id) {
    return rules.removeIf(armed -> armed.id.equals(id));
  }

  public void clear() {
    rules.clear();
  }

  /** The rules still in force, oldest first. */
  public List<Active> active() {
    return rules.stream()
        .filter(Armed::live)
        .map(armed -> new Active(armed.id, armed.rule, armed.left.get()))
        .toList();
  }

  /**
   * The fault for one request, claimed (counted) if there is one; the oldest matching rule wins.
   *
   * @param apiPath the raw path and query after {@code /rest/v1.0}
   */
  public Optional<FaultRule> claim(String method, String apiPath) {
    for (Armed armed : rules) {
      if (armed.matches(method, apiPath) && armed.claim()) {
        if (!armed.live()) {
          rules.remove(armed); // used up: it switches itself off
        }
        return Optional.of(armed.rule);
      }
    }
    return Optional.empty();
  }

  /** A rule in force, as listed by the admin API; {@code left} is -1 for an unlimited rule. */
  public record Active(String id, FaultRule rule, int left) {}

  private static final class Armed {
    private final String id;
    private final FaultRule rule;
    private final Pattern path;
    private final AtomicInteger left;

    Armed(String id, FaultRule rule) {
      this.id = id;
      this.rule = rule;
      this.path = Pattern.compile(rule.pathRegex());
      this.left = new AtomicInteger(rule.times());
    }

    boolean matches(String method, String apiPath) {
      return (rule.method().equals("*") || rule.method().equalsIgnoreCase(method))
          && path.matcher(apiPath).find();
    }

    boolean claim() {
      if (rule.times() < 0) {
        return true;
      }
      return left.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0;
    }

    boolean live() {
      return rule.times() < 0 || left.get() > 0;
    }
  }
}
