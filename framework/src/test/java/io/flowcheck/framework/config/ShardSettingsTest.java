package io.flowcheck.framework.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardSettingsTest {
  @TempDir Path tmp;
  private final Map<String, String> props = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();

  private ShardSettings load() {
    props.putIfAbsent("user.dir", tmp.toString());
    props.putIfAbsent("user.home", tmp.toString());
    return SettingsLoader.loadShards(props, env);
  }

  private String failure() {
    String line = assertThrows(EfConfigException.class, this::load).getMessage();
    assertFalse(line.contains("\n"), line);
    return line;
  }

  @Test
  void noShardByDefault() {
    assertEquals(ShardSettings.NONE, load());
    props.put("user.dir", tmp.toString());
    props.put("user.home", tmp.toString());
    assertEquals(ShardSettings.NONE, SettingsLoader.load(props, env).shards());
  }

  @Test
  void aShardIsIndexOfTotalFromOne() {
    props.put("ef.shard", "2/3");
    Shard shard = load().shard();
    assertEquals(new Shard(2, 3), shard);
    assertEquals("2of3", shard.label());
    assertEquals("2/3", shard.toString());
  }

  @Test
  void theEnvironmentTwinWorksAndTheSystemPropertyWins() {
    env.put("EF_SHARD", "1/2");
    assertEquals(new Shard(1, 2), load().shard());
    props.put("ef.shard", "2/2");
    assertEquals(new Shard(2, 2), load().shard());
  }

  @Test
  void badShardsAreOneLineNamingTheSetting() {
    props.put("ef.shard", "3/2");
    assertThat(failure(), containsString("ef.shard: '3/2': the shard must be 1 to 2"));
    props.put("ef.shard", "0/3");
    assertThat(failure(), containsString("ef.shard: '0/3': the shard must be 1 to 3"));
    props.put("ef.shard", "x");
    assertThat(
        failure(),
        equalTo(
            "ef.shard: 'x' must be I/N such as 2/3 (shard I of N, from 1) or auto"
                + " (set -Def.shard=... or EF_SHARD)"));
    props.put("ef.shard", "1/0");
    assertThat(failure(), containsString("the number of shards must be 1 or more"));
  }

  @Test
  void autoReadsOurVariablesFromOne() {
    props.put("ef.shard", "auto");
    env.put("FLOWCHECK_SHARD_INDEX", "3");
    env.put("FLOWCHECK_SHARD_TOTAL", "4");
    env.put("CI_NODE_INDEX", "1"); // ours win: they were set on purpose
    env.put("CI_NODE_TOTAL", "2");
    assertEquals(new Shard(3, 4), load().shard());
  }

  @Test
  void autoReadsGitLabParallelFromOne() {
    props.put("ef.shard", "auto");
    env.put("CI_NODE_INDEX", "2");
    env.put("CI_NODE_TOTAL", "5");
    assertEquals(new Shard(2, 5), load().shard());
  }

  @Test
  void autoReadsAKubernetesIndexedJobFromZeroWithTheTotalGiven() {
    props.put("ef.shard", "auto");
    env.put("JOB_COMPLETION_INDEX", "0");
    env.put("FLOWCHECK_SHARD_TOTAL", "3");
    assertEquals(new Shard(1, 3), load().shard());
    env.put("JOB_COMPLETION_INDEX", "2");
    assertEquals(new Shard(3, 3), load().shard());
    env.put("JOB_COMPLETION_INDEX", "3");
    assertThat(failure(), containsString("JOB_COMPLETION_INDEX=3"));
    env.remove("FLOWCHECK_SHARD_TOTAL");
    assertThat(
        failure(),
        containsString("'auto' found JOB_COMPLETION_INDEX but not FLOWCHECK_SHARD_TOTAL"));
  }

  @Test
  void autoWithNothingUsableNamesTheVariables() {
    props.put("ef.shard", "auto");
    String line = failure();
    assertThat(line, containsString("FLOWCHECK_SHARD_INDEX"));
    assertThat(line, containsString("CI_NODE_INDEX"));
    assertThat(line, containsString("JOB_COMPLETION_INDEX"));
    env.put("CI_NODE_INDEX", "two");
    env.put("CI_NODE_TOTAL", "3");
    assertThat(failure(), containsString("CI_NODE_INDEX='two', which is not a whole number"));
  }

  @Test
  void timingsMustBeAnExistingFile() throws Exception {
    props.put("ef.shard.timings", tmp.resolve("nope.json").toString());
    assertThat(failure(), containsString("ef.shard.timings: no file "));
    Path file = Files.writeString(tmp.resolve("t.json"), "{}");
    props.put("ef.shard.timings", file.toString());
    assertEquals(file, load().timings());
  }

  @Test
  void theBannerNamesTheShard() {
    props.put("ef.shard", "2/3");
    props.put("user.dir", tmp.toString());
    props.put("user.home", tmp.toString());
    assertThat(SettingsLoader.load(props, env).banner(null), containsString("shard   2/3"));
  }
}
