package io.flowcheck.framework.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What a run does at start with the sandboxes earlier runs left behind (a run killed with SIGKILL
 * cannot clean up after itself).
 *
 * @param staleAfter {@code ef.sandbox.stale-after}: a marked sandbox older than this counts as left
 *     behind; younger ones may belong to a run still going
 * @param sweep {@code ef.sandbox.sweep}: delete the stale ones (true) or only report them (false)
 */
public record StaleSandboxes(Duration staleAfter, boolean sweep) {
  public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(24);

  public StaleSandboxes {
    Objects.requireNonNull(staleAfter, "staleAfter");
  }
}
