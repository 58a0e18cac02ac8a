package io.flowcheck.framework.config;

import java.util.Map;

/**
 * One share of a run spread over several machines: shard {@code index} of {@code total}, counted
 * from 1. Every shard of a run picks its scenarios by the same rule, so together they run each
 * selected scenario exactly once.
 *
 * @param index 1 to {@code total}
 * @param total how many shards the run has, at least 1
 */
public record Shard(int index, int total) {

  public Shard {
    if (total < 1 || index < 1 || index > total) {
      throw new IllegalArgumentException("shard " + index + "/" + total + " is not a share");
    }
  }

  /**
   * {@code I/N} (e.g. {@code 2/3}) or {@code auto} (read from the CI's own variables, see {@link
   * ShardAuto}); anything else is one line naming {@code ef.shard}.
   */
  public static Shard parse(String raw, Map<String, String> environment) {
    String s = raw.trim();
    if (s.equalsIgnoreCase("auto")) {
      return ShardAuto.fromEnvironment(environment);
    }
    int slash = s.indexOf('/');
    if (slash > 0) {
      try {
        int index = Integer.parseInt(s.substring(0, slash).trim());
        int total = Integer.parseInt(s.substring(slash + 1).trim());
        if (total < 1) {
          throw new EfConfigException(
              Setting.SHARD, "'" + raw + "': the number of shards must be 1 or more");
        }
        if (index < 1 || index > total) {
          throw new EfConfigException(
              Setting.SHARD,
              "'" + raw + "': the shard must be 1 to " + total + " (shards count from 1)");
        }
        return new Shard(index, total);
      } catch (NumberFormatException e) {
        // fall through to the message
      }
    }
    throw new EfConfigException(
        Setting.SHARD, "'" + raw + "' must be I/N such as 2/3 (shard I of N, from 1) or auto");
  }

  /** {@code 2of3}: the suffix of the shard's sandbox names, safe in project and artifact names. */
  public String label() {
    return index + "of" + total;
  }

  /** {@code 2/3}. */
  @Override
  public String toString() {
    return index + "/" + total;
  }
}
