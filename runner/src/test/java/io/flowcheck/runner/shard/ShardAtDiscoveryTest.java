package io.flowcheck.runner.shard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.Shard;
import io.flowcheck.framework.config.ShardSettings;
import io.flowcheck.framework.config.TagFilter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/** The filter on a hand-built Cucumber engine tree, as the launcher shows it: engine first. */
class ShardAtDiscoveryTest {
  private static final Map<String, String> LOCKS =
      Map.of(
          "cucumber.execution.exclusive-resources.sessions.read-write", "ALL_SESSIONS",
          "cucumber.execution.exclusive-resources.kb-property.read-write", "KB");

  @TempDir Path tmp;
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();

  private static final class Node extends AbstractTestDescriptor {
    private final Type type;
    private final Set<TestTag> tags = new HashSet<>();

    Node(UniqueId id, String name, Type type, String... tags) {
      super(id, name);
      this.type = type;
      for (String t : tags) {
        this.tags.add(TestTag.create(t));
      }
    }

    @Override
    public Type getType() {
      return type;
    }

    @Override
    public Set<TestTag> getTags() {
      return tags;
    }
  }

  /** Two features: 8 plain scenarios, 2 @sessions, 1 @smoke-only, 1 outline with 2 examples. */
  private static EngineDescriptor engine() {
    UniqueId root = UniqueId.forEngine("cucumber");
    EngineDescriptor engine = new EngineDescriptor(root, "Cucumber");
    for (String f : List.of("a", "b")) {
      UniqueId fid = root.append("feature", "classpath:features/" + f + ".feature");
      Node feature = new Node(fid, f, TestDescriptor.Type.CONTAINER);
      engine.addChild(feature);
      for (int line = 1; line <= 4; line++) {
        feature.addChild(
            new Node(
                fid.append("scenario", "" + line),
                f + " s" + line,
                TestDescriptor.Type.TEST,
                "regression"));
      }
      feature.addChild(
          new Node(
              fid.append("scenario", "9"),
              f + " sessions",
              TestDescriptor.Type.TEST,
              "regression",
              "sessions"));
    }
    UniqueId cid = root.append("feature", "classpath:features/c.feature");
    Node c = new Node(cid, "c", TestDescriptor.Type.CONTAINER);
    engine.addChild(c);
    c.addChild(
        new Node(cid.append("scenario", "1"), "c smoke only", TestDescriptor.Type.TEST, "smoke"));
    Node outline =
        new Node(cid.append("scenario", "5"), "c outline", TestDescriptor.Type.CONTAINER);
    c.addChild(outline);
    for (int i = 1; i <= 2; i++) {
      outline.addChild(
          new Node(
              cid.append("scenario", "5").append("examples", "7").append("example", "" + (8 + i)),
              "c outline - Example #1." + i,
              TestDescriptor.Type.TEST,
              "regression"));
    }
    return engine;
  }

  private ShardAtDiscovery filter(Shard shard, Path timings, String tags) {
    return new ShardAtDiscovery(
        new ShardSettings(shard, timings),
        tags == null ? TagFilter.NONE : new TagFilter(tags, "test"),
        LOCKS,
        tmp,
        new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  /** The display names of the tests the filter keeps, applying it as the launcher does. */
  private static List<String> kept(ShardAtDiscovery filter, EngineDescriptor engine) {
    assertTrue(filter.apply(engine).included());
    List<String> kept = new ArrayList<>();
    for (TestDescriptor d : engine.getDescendants()) {
      if (d.isTest() && filter.apply(d).included()) {
        kept.add(d.getDisplayName());
      }
    }
    return kept;
  }

  @Test
  void withoutAShardEverythingStays() {
    EngineDescriptor engine = engine();
    assertEquals(13, kept(filter(null, null, null), engine).size());
    assertEquals("", console.toString(StandardCharsets.UTF_8));
    assertTrue(!Files.exists(tmp.resolve(ShardRecord.FILE)));
  }

  @Test
  void theShardsTogetherKeepEachSelectedScenarioOnceAndTheLockGroupTogether() throws Exception {
    List<String> all = new ArrayList<>();
    int sessionsShards = 0;
    for (int i = 1; i <= 3; i++) {
      List<String> mine = kept(filter(new Shard(i, 3), null, "@regression"), engine());
      all.addAll(mine);
      if (mine.contains("a sessions")) {
        sessionsShards++;
        assertTrue(mine.contains("b sessions"), "the @sessions scenarios stay together");
      }
    }
    assertEquals(12, all.size(), "the tag filter's 12, not the @smoke-only one");
    assertEquals(12, new HashSet<>(all).size());
    assertEquals(1, sessionsShards);
    assertThat(
        console.toString(StandardCharsets.UTF_8),
        containsString("flowcheck: shard 3/3 runs 4 of 12 selected scenarios (shared by count)"));
    Properties record = record();
    assertEquals("3/3", record.getProperty("shard"));
    assertEquals("4", record.getProperty("scenarios"));
    assertEquals("12", record.getProperty("selected"));
    assertEquals("@regression", record.getProperty("tags"));
  }

  /**
   * Each shard records which run it is a shard of, so that a merge can refuse a shard of another
   * run: the shards of one run record the same selection and split; another tag filter is another
   * selection, other timings (the same selection) another split.
   */
  @Test
  void theShardsOfOneRunRecordTheSameSelectionAndSplitAndOtherRunsOthers() throws Exception {
    List<Properties> ofOneRun = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      kept(filter(new Shard(i, 3), null, "@regression"), engine());
      ofOneRun.add(record());
    }
    String selection = ofOneRun.get(0).getProperty("selection");
    String split = ofOneRun.get(0).getProperty("split");
    assertTrue(selection != null && !selection.isBlank(), "no selection recorded");
    assertTrue(split != null && !split.isBlank(), "no split recorded");
    for (Properties p : ofOneRun) {
      assertEquals(selection, p.getProperty("selection"));
      assertEquals(split, p.getProperty("split"));
    }

    kept(filter(new Shard(1, 3), null, "@regression or @smoke"), engine());
    assertNotEquals(selection, record().getProperty("selection"), "another tag filter");

    Path timings = tmp.resolve("t.json");
    Timings.write(
        timings,
        Map.of(
            "features/a.feature :: a s1", 60_000L,
            "features/b.feature :: b s1", 1_000L,
            "features/b.feature :: b s2", 1_000L));
    kept(filter(new Shard(1, 3), timings, "@regression"), engine());
    assertEquals(selection, record().getProperty("selection"), "the same selection");
    assertNotEquals(split, record().getProperty("split"), "split by other durations");
  }

  private Properties record() throws Exception {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(tmp.resolve(ShardRecord.FILE))) {
      p.load(in);
    }
    return p;
  }

  @Test
  void timingsBalanceTheShares() throws Exception {
    Path timings = tmp.resolve("t.json");
    Timings.write(
        timings,
        Map.of(
            "features/a.feature :: a s1", 60_000L,
            "features/b.feature :: b s1", 1_000L,
            "features/b.feature :: b s2", 1_000L,
            "features/b.feature :: b s3", 1_000L));
    List<String> one = kept(filter(new Shard(1, 2), timings, null), engine());
    List<String> two = kept(filter(new Shard(2, 2), timings, null), engine());
    // The one long scenario alone outweighs the rest (unknown ones count as the median, 1 s): it
    // gets a shard to itself.
    assertEquals(List.of("a s1"), one.contains("a s1") ? one : two);
    assertThat(
        console.toString(StandardCharsets.UTF_8),
        containsString("balanced by the durations in t.json"));
  }

  @Test
  void aShardWithNothingSaysSo() {
    List<String> kept = kept(filter(new Shard(3, 3), null, "@smoke"), engine());
    assertEquals(List.of(), kept);
    assertThat(
        console.toString(StandardCharsets.UTF_8),
        containsString(
            "flowcheck: shard 3/3 has no scenario to run (1 selected, shared by count)"));
  }

  @Test
  void anUnreadableTimingsFileIsOneFailingTestInsteadOfTheScenarios() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "[1, 2]");
    EngineDescriptor engine = engine();
    List<String> kept = kept(filter(new Shard(1, 2), bad, null), engine);
    assertEquals(List.of("shard"), kept);
    TestDescriptor problem =
        engine.getChildren().stream()
            .filter(d -> d instanceof ShardProblem)
            .findFirst()
            .orElseThrow();
    ShardProblem.UnusableShard e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ShardProblem.UnusableShard.class, () -> ((ShardProblem) problem).execute(null, null));
    assertThat(e.getMessage(), containsString("ef.shard.timings: "));
    assertThat(e.getMessage(), containsString("is not a timings file"));
  }

  @Test
  void theKeyIsTheFeaturePathAndTheDisplayName() {
    UniqueId id =
        UniqueId.forEngine("cucumber")
            .append("feature", "classpath:features%2Flogin.feature")
            .append("scenario", "12");
    assertEquals(
        "features/login.feature :: Login - A wrong password",
        ScenarioKey.of(id, "Login - A wrong password").orElseThrow());
    assertTrue(ScenarioKey.of(UniqueId.forEngine("junit-jupiter"), "x").isEmpty());
  }
}
