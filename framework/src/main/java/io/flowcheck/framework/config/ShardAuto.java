package io.flowcheck.framework.config;

import java.util.Map;

/**
 * {@code ef.shard=auto}: the shard from the CI system's own variables, so one job definition serves
 * every parallel copy of the job. First found wins:
 *
 * <ol>
 *   <li>{@value #INDEX} and {@value #TOTAL}, counted from 1: ours, for CI systems that have no
 *       variables of their own (a GitHub Actions matrix, Jenkins parallel stages); the templates in
 *       {@code ci/} set them;
 *   <li>GitLab CI's {@value #GITLAB_INDEX} and {@value #GITLAB_TOTAL} ({@code parallel: N}),
 *       counted from 1;
 *   <li>a Kubernetes Indexed Job's {@value #K8S_INDEX}, counted from 0, with the total in {@value
 *       #TOTAL} (the Job's {@code completions}; Kubernetes does not pass it on).
 * </ol>
 */
public final class ShardAuto {
  public static final String INDEX = "FLOWCHECK_SHARD_INDEX";
  public static final String TOTAL = "FLOWCHECK_SHARD_TOTAL";
  public static final String GITLAB_INDEX = "CI_NODE_INDEX";
  public static final String GITLAB_TOTAL = "CI_NODE_TOTAL";
  public static final String K8S_INDEX = "JOB_COMPLETION_INDEX";

  private ShardAuto() {}

  public static Shard fromEnvironment(Map<String, String> env) {
    if (given(env, INDEX)) {
      return shard(env, INDEX, number(env, INDEX), TOTAL);
    }
    if (given(env, GITLAB_INDEX)) {
      return shard(env, GITLAB_INDEX, number(env, GITLAB_INDEX), GITLAB_TOTAL);
    }
    if (given(env, K8S_INDEX)) {
      return shard(env, K8S_INDEX, number(env, K8S_INDEX) + 1, TOTAL);
    }
    throw new EfConfigException(
        Setting.SHARD,
        "'auto' found no shard in the environment: set "
            + INDEX
            + " and "
            + TOTAL
            + " (from 1), or run under GitLab parallel ("
            + GITLAB_INDEX
            + "/"
            + GITLAB_TOTAL
            + ") or a Kubernetes Indexed Job ("
            + K8S_INDEX
            + " with "
            + TOTAL
            + "), or give ef.shard=I/N");
  }

  private static Shard shard(Map<String, String> env, String indexVar, int index, String totalVar) {
    if (!given(env, totalVar)) {
      throw new EfConfigException(
          Setting.SHARD, "'auto' found " + indexVar + " but not " + totalVar + ": set " + totalVar);
    }
    int total = number(env, totalVar);
    if (total < 1 || index < 1 || index > total) {
      throw new EfConfigException(
          Setting.SHARD,
          "'auto' read "
              + indexVar
              + "="
              + env.get(indexVar).trim()
              + " and "
              + totalVar
              + "="
              + env.get(totalVar).trim()
              + ", which is no shard of "
              + total);
    }
    return new Shard(index, total);
  }

  private static int number(Map<String, String> env, String var) {
    String raw = env.get(var).trim();
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new EfConfigException(
          Setting.SHARD, "'auto' read " + var + "='" + raw + "', which is not a whole number");
    }
  }

  private static boolean given(Map<String, String> env, String var) {
    return env.get(var) != null && !env.get(var).isBlank();
  }
}
