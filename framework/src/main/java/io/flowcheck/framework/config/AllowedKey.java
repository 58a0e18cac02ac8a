package io.flowcheck.framework.config;

import java.util.Locale;

/**
 * The keys under {@code ef.} / {@code flowcheck.} (system properties) and {@code EF_} / {@code
 * FLOWCHECK_} (environment variables) that are legitimately present but are no {@link Setting}:
 * switches of the Maven build (a {@code -D} given to Maven reaches the JVM's system properties),
 * keys another module reads itself, and variables of the scripts and CI templates. Every other key
 * under those prefixes is refused at start (see {@link UnknownSettings}): a misspelt setting would
 * otherwise be ignored and the run could go green against the wrong server. This list is the one
 * place to add such a key; a test checks that the build's files use no other.
 */
public enum AllowedKey {
  UNIT_TESTS_SKIP(
      Kind.PROPERTY, "flowcheck.unit-tests.skip", "Maven: skips the modules' own tests"),
  SUITE_SKIP(Kind.PROPERTY, "flowcheck.suite.skip", "Maven: skips the feature suite"),
  JAR_SKIP(Kind.PROPERTY, "flowcheck.jar.skip", "Maven: skips shading flowcheck.jar"),
  JAR_NAME(Kind.PROPERTY, "flowcheck.jar.name", "Maven: the file name of the cli's jar"),
  RUN_DIR(Kind.PROPERTY, "flowcheck.run.dir", "Maven: the main job's run folder"),
  CHECK(Kind.PROPERTY, "flowcheck.check", "Maven: which pipeline the main job runs"),
  HISTORY_DIR(Kind.PROPERTY, "flowcheck.history.dir", "Maven: where the Allure trend is kept"),
  ALLURE_HOME(Kind.PROPERTY, "flowcheck.allure.home", "Maven: the unpacked Allure command line"),
  BASELINE_DIR(
      Kind.PROPERTY, "flowcheck.baseline.dir", "Maven: the upgrade profiles' absolute -Dbaseline"),
  TESTS_EXCLUDED_ENV(
      Kind.PROPERTY,
      "flowcheck.tests.excluded-env",
      "Maven: the environment variables the build's own tests never see"),
  CONSOLE_LOG(Kind.PROPERTY, "flowcheck.console.log", "the file the suite's console is copied to"),
  CATALOGUE_UPDATE(
      Kind.PROPERTY, "flowcheck.catalogue.update", "StepCatalogueTest: rewrite docs/steps.md"),
  JAR(Kind.PROPERTY, "flowcheck.jar", "the cli's jar tests: the jar under test"),
  REPO(Kind.PROPERTY, "flowcheck.repo", "the cli's jar tests: the repository's root"),
  CACHE(Kind.PROPERTY, "flowcheck.cache", "flowcheck.jar: where the Allure command line unpacks"),
  CACHE_VARIABLE(Kind.VARIABLE, "FLOWCHECK_CACHE", "flowcheck.jar: as flowcheck.cache"),
  SHARD_INDEX(Kind.VARIABLE, ShardAuto.INDEX, "ef.shard=auto: this shard, counted from 1"),
  SHARD_TOTAL(Kind.VARIABLE, ShardAuto.TOTAL, "ef.shard=auto: the number of shards"),
  JAR_URL(Kind.VARIABLE, "FLOWCHECK_JAR_URL", "the CI templates: where to download flowcheck.jar"),
  MVN_ARGS(Kind.VARIABLE, "FLOWCHECK_MVN_ARGS", "scripts/upgrade.sh: extra Maven flags"),
  JAVA_OPTS(Kind.VARIABLE, "FLOWCHECK_JAVA_OPTS", "the flowcheck launcher: more JVM options"),
  JIT(Kind.VARIABLE, "FLOWCHECK_JIT", "the flowcheck launcher: full = the JVM's default compilers"),
  CACHE_DIR(Kind.VARIABLE, "FLOWCHECK_CACHE_DIR", "the flowcheck launcher: its class cache folder"),
  LAUNCHER_JAR(
      Kind.VARIABLE, "FLOWCHECK_JAR", "flowcheck.cmd: the jar it starts (its own variable)"),
  LAUNCHER_JAVA(Kind.VARIABLE, "FLOWCHECK_JAVA", "flowcheck.cmd: the java it starts"),
  SHORT_RUN(Kind.VARIABLE, "FLOWCHECK_SHORT_RUN", "flowcheck.cmd: the short-run JVM options"),
  TEST_JDK25(Kind.VARIABLE, "FLOWCHECK_TEST_JDK25", "LauncherIT: a JDK 25 to test the AOT cache"),
  BENCH_JAVA(Kind.VARIABLE, "FLOWCHECK_BENCH_JAVA", "the benchmark: the JDK its JVMs run on");

  /** Where the key is found: a JVM system property or an environment variable. */
  public enum Kind {
    PROPERTY,
    VARIABLE
  }

  private final Kind kind;
  private final String key;
  private final String readBy;

  AllowedKey(Kind kind, String key, String readBy) {
    this.kind = kind;
    this.key = key;
    this.readBy = readBy;
  }

  public Kind kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  /** Who reads it, and what for. */
  public String readBy() {
    return readBy;
  }

  /** {@code ef.}, {@code flowcheck.} in any case: the namespaces this check watches. */
  static boolean isOursAsProperty(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.startsWith("ef.") || k.startsWith("flowcheck.");
  }

  /** {@code EF_}, {@code FLOWCHECK_} in any case. */
  static boolean isOursAsVariable(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    return n.startsWith("EF_") || n.startsWith("FLOWCHECK_");
  }
}
