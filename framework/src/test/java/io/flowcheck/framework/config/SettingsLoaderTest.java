package io.flowcheck.framework.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir Path tmp;

  private final Map<String, String> props = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();

  private EfSettings load() {
    props.putIfAbsent("user.dir", tmp.toString());
    props.putIfAbsent("user.home", tmp.toString());
    return SettingsLoader.load(props, env);
  }

  private String failure() {
    return assertThrows(EfConfigException.class, this::load).getMessage();
  }

  /** As {@link #load()}, with these classpath files instead of the real classpath's. */
  private EfSettings loadWithClasspath(Map<String, String> fileContents) {
    props.putIfAbsent("user.dir", tmp.toString());
    props.putIfAbsent("user.home", tmp.toString());
    return new SettingsLoader(
            props,
            env,
            name -> {
              Properties p = new Properties();
              try {
                p.load(new java.io.StringReader(fileContents.getOrDefault(name, "")));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return p;
            })
        .resolve();
  }

  private Path baseline(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve(UpgradeSettings.BASELINE_FILE), "{}");
    return dir;
  }

  private void profile(String text) throws IOException {
    Files.createDirectories(tmp.resolve("profiles"));
    Files.writeString(tmp.resolve("profiles/team.properties"), text);
    props.put("ef.profile", "team");
  }

  @Test
  void defaultsMeanTheEmbeddedSimulatorWithSessionAuthAndStrictTls() {
    EfSettings s = load();
    assertThat(s.usesEmbeddedSimulator(), equalTo(true));
    assertThat(s.auth(), equalTo(AuthMode.SESSION));
    assertThat(s.tls(), equalTo(TlsMode.STRICT));
    assertThat(s.user(), equalTo("admin"));
    assertThat(s.connectTimeout(), equalTo(Duration.ofSeconds(10)));
    assertThat(s.readTimeout(), equalTo(Duration.ofSeconds(30)));
    assertThat(s.retries(), equalTo(2));
    assertThat(s.password().reveal(), org.hamcrest.Matchers.matchesPattern("sim-[A-Za-z0-9]{20}"));
    assertThat(load().password(), not(equalTo(s.password())));
  }

  @Test
  void systemPropertiesWinOverEnvironmentWhichWinsOverTheProfile() throws IOException {
    Files.createDirectories(tmp.resolve("profiles"));
    Files.writeString(
        tmp.resolve("profiles/staging.properties"),
        "ef.server=https://profile.example.com\nef.user=fromProfile\nef.password=p1\nef.auth=basic\n");
    props.put("ef.profile", "staging");
    env.put("EF_USER", "fromEnv");
    env.put("EF_AUTH", "session");
    props.put("ef.auth", "basic");
    EfSettings s = load();
    assertThat(s.server().toString(), equalTo("https://profile.example.com"));
    assertThat(s.user(), equalTo("fromEnv"));
    assertThat(s.auth(), equalTo(AuthMode.BASIC));
    assertThat(s.profile(), equalTo("staging"));
  }

  @Test
  void theServerUrlAcceptsTheRootOrTheApiPathAndAlwaysAppendsRestV1() {
    props.put("ef.server", "https://flow.example.com:8443/rest/v1.0/");
    props.put("ef.password", "x");
    assertThat(load().apiBaseUrl(), equalTo("https://flow.example.com:8443/rest/v1.0"));
  }

  @Test
  void anUnknownAuthModeIsNamedWithTheFix() {
    props.put("ef.auth", "kerberos");
    assertThat(
        failure(),
        equalTo(
            "ef.auth: unknown auth mode 'kerberos': use 'session' or 'basic'"
                + " (set -Def.auth=... or EF_AUTH)"));
  }

  @Test
  void thePublishEndpointIsAutoUnlessFixedAndABadOneIsNamedWithTheChoices() {
    assertThat(load().publishEndpoint(), equalTo(PublishEndpointMode.AUTO));
    props.put("ef.publish.endpoint", " PHP ");
    assertThat(load().publishEndpoint(), equalTo(PublishEndpointMode.PHP));
    env.put("EF_PUBLISH_ENDPOINT", "cgi");
    props.remove("ef.publish.endpoint");
    assertThat(load().publishEndpoint(), equalTo(PublishEndpointMode.CGI));
    props.put("ef.publish.endpoint", "ftp");
    assertThat(
        failure(),
        equalTo(
            "ef.publish.endpoint: unknown publish endpoint 'ftp': use 'auto', 'cgi' or 'php'"
                + " (set -Def.publish.endpoint=... or EF_PUBLISH_ENDPOINT)"));
  }

  @Test
  void aMalformedServerUrlIsNamedWithAnExample() {
    props.put("ef.server", "flow.example.com:8443");
    assertThat(
        failure(),
        equalTo(
            "ef.server: 'flow.example.com:8443' is not a valid server URL: use e.g."
                + " https://flow.example.com:8443 (set -Def.server=... or EF_SERVER)"));
  }

  @Test
  void aServerUrlWithAnotherPathIsRefused() {
    props.put("ef.server", "https://flow.example.com/commander");
    assertThat(failure(), containsString("give the server root; /rest/v1.0 is appended"));
  }

  @Test
  void aRealServerNeedsAPassword() {
    props.put("ef.server", "https://flow.example.com");
    assertThat(
        failure(),
        equalTo(
            "ef.password: is missing for server https://flow.example.com; give the password of"
                + " admin (set -Def.password=... or EF_PASSWORD)"));
  }

  @Test
  void anUnreadableTruststoreIsNamed() {
    props.put("ef.tls.truststore", tmp.resolve("nope.p12").toString());
    assertThat(failure(), containsString("ef.tls.truststore: cannot read '"));
    assertThat(failure(), containsString("nope.p12' (no such readable file)"));
  }

  @Test
  void aTruststoreThatIsNotAKeystoreIsNamed() throws IOException {
    Path junk = Files.writeString(tmp.resolve("junk.p12"), "not a keystore");
    props.put("ef.tls.truststore", junk.toString());
    assertThat(failure(), containsString("ef.tls.truststore: cannot load '" + junk + "'"));
  }

  @Test
  void aNonPositiveTimeoutIsRefused() {
    props.put("ef.timeout.read", "0");
    assertThat(
        failure(),
        equalTo(
            "ef.timeout.read: '0' must be a positive duration such as 30s, 500ms or PT1M"
                + " (set -Def.timeout.read=... or EF_TIMEOUT_READ)"));
  }

  @Test
  void aGarbageTimeoutIsRefused() {
    env.put("EF_TIMEOUT_CONNECT", "soon");
    assertThat(failure(), containsString("ef.timeout.connect: 'soon' must be a positive duration"));
  }

  @Test
  void timeoutsAcceptSecondsMillisAndIsoDurations() {
    props.put("ef.timeout.connect", "500ms");
    props.put("ef.timeout.read", "PT1M");
    EfSettings s = load();
    assertThat(s.connectTimeout(), equalTo(Duration.ofMillis(500)));
    assertThat(s.readTimeout(), equalTo(Duration.ofMinutes(1)));
  }

  @Test
  void anUnknownProfileSaysWhereItLooked() {
    props.put("ef.profile", "staging");
    String message = failure();
    assertThat(
        message,
        containsString("ef.profile: unknown profile 'staging': no staging.properties in ["));
    assertThat(message, containsString(tmp.resolve("profiles").toString()));
  }

  @Test
  void anUnknownTlsModeIsNamed() {
    props.put("ef.tls", "none");
    assertThat(
        failure(), containsString("ef.tls: unknown TLS mode 'none': use 'strict' or 'relaxed'"));
  }

  @Test
  void retriesMustBeASmallWholeNumber() {
    props.put("ef.retries", "-1");
    assertThat(failure(), containsString("ef.retries: '-1' must be a whole number from 0 to 10"));
  }

  @Test
  void assumptionsAreReportedNotFailedUnlessStrictIsAskedFor() {
    assertThat(load().assumptionsStrict(), equalTo(false));
    env.put("EF_ASSUMPTIONS_STRICT", "true");
    assertThat(load().assumptionsStrict(), equalTo(true));
    props.put("ef.assumptions.strict", "no");
    EfSettings s = load();
    assertThat(s.assumptionsStrict(), equalTo(false));
    assertThat(
        "kept by the copies the run makes",
        s.withAuth(AuthMode.BASIC).withReadTimeout(Duration.ofSeconds(1)).assumptionsStrict(),
        equalTo(false));
  }

  @Test
  void staleSandboxesAreSweptByDefaultOnlyWithTheEmbeddedSimulator() {
    EfSettings embedded = load();
    assertThat(embedded.staleSandboxes().sweep(), equalTo(true));
    assertThat(embedded.staleSandboxes().staleAfter(), equalTo(Duration.ofHours(24)));
    assertThat(
        "kept once the simulator's address is known",
        embedded
            .withEmbeddedServer(java.net.URI.create("https://localhost:1"), null)
            .staleSandboxes()
            .sweep(),
        equalTo(true));
    props.put("ef.server", "https://flow.example.com");
    props.put("ef.password", "pw");
    assertThat(load().staleSandboxes().sweep(), equalTo(false));
    env.put("EF_SANDBOX_SWEEP", "true");
    env.put("EF_SANDBOX_STALE_AFTER", "90m");
    assertThat(load().staleSandboxes(), equalTo(new StaleSandboxes(Duration.ofMinutes(90), true)));
    props.put("ef.sandbox.sweep", "false");
    props.put("ef.sandbox.stale-after", "1.5h");
    assertThat(
        "the property wins over the environment",
        load().staleSandboxes(),
        equalTo(new StaleSandboxes(Duration.ofMinutes(90), false)));
  }

  @Test
  void staleAfterAcceptsZeroHoursAndIsoButNotNegativeOrGarbage() {
    props.put("ef.sandbox.stale-after", "0s");
    assertThat(load().staleSandboxes().staleAfter(), equalTo(Duration.ZERO));
    props.put("ef.sandbox.stale-after", "PT12H");
    assertThat(load().staleSandboxes().staleAfter(), equalTo(Duration.ofHours(12)));
    props.put("ef.sandbox.stale-after", "a day");
    assertThat(
        failure(),
        equalTo(
            "ef.sandbox.stale-after: 'a day' must be a duration of zero or more"
                + " such as 24h, 90m, 30s or PT12H (set -Def.sandbox.stale-after=... or EF_SANDBOX_STALE_AFTER)"));
    props.put("ef.sandbox.stale-after", "-PT1H");
    assertThat(
        failure(),
        containsString("ef.sandbox.stale-after: '-PT1H' must be a duration of zero or more"));
  }

  @Test
  void aBadSweepValueIsOneLineNamingTheSetting() {
    env.put("EF_SANDBOX_SWEEP", "maybe");
    assertThat(
        failure(),
        equalTo(
            "ef.sandbox.sweep: 'maybe' must be true or false"
                + " (set -Def.sandbox.sweep=... or EF_SANDBOX_SWEEP)"));
  }

  @Test
  void aBadStrictAssumptionsValueIsOneLineNamingTheSetting() {
    env.put("EF_ASSUMPTIONS_STRICT", "sometimes");
    String message = failure();
    assertThat(
        message,
        equalTo(
            "ef.assumptions.strict: 'sometimes' must be true or false"
                + " (set -Def.assumptions.strict=... or EF_ASSUMPTIONS_STRICT)"));
  }

  @Test
  void thePasswordNeverPrints() {
    props.put("ef.server", "https://flow.example.com");
    props.put("ef.password", "Sup3rSecret!");
    EfSettings s = load();
    assertThat(s.toString(), not(containsString("Sup3rSecret!")));
    assertThat(s.banner("real server"), not(containsString("Sup3rSecret!")));
    assertThat(s.banner(null), containsString("session as admin"));
  }

  @Test
  void theBannerWarnsAboutRelaxedTls() {
    props.put("ef.tls", "relaxed");
    assertThat(
        load().banner(null), containsString("WARNING: server certificates are NOT verified"));
  }

  @Test
  void theBannerHasNoTlsLineForAnHttpServer() {
    props.put("ef.server", "http://127.0.0.1:8000");
    props.put("ef.tls", "relaxed");
    props.put("ef.password", "pw");
    String banner = load().banner("real server");
    assertThat(banner, not(containsString("tls")));
    assertThat(banner, not(containsString("WARNING")));
    assertThat(banner, containsString("server  http://127.0.0.1:8000/rest/v1.0  [real server]"));
    assertThat(banner, containsString("  auth    session as admin"));
  }

  @Test
  void theBannerKeepsItsTlsLineForAnHttpsServer() {
    props.put("ef.server", "https://127.0.0.1:8443");
    props.put("ef.password", "pw");
    assertThat(load().banner(null), containsString("\n  tls     strict (JDK trust store)"));
  }

  @Test
  void anEmbeddedRunHasNoServerUntilTheSimulatorStarts() {
    EfSettings s = load();
    assertThat(s.server(), nullValue());
    assertThrows(IllegalStateException.class, s::apiBaseUrl);
  }

  @Test
  void runFoldersUpgradeAndTagsHaveDefaults() {
    EfSettings s = load();
    assertThat(s.outputDir(), equalTo(Path.of("target")));
    assertThat(s.allureResultsDir(), equalTo(Path.of("target/allure-results")));
    assertThat(s.upgrade().active(), equalTo(false));
    assertThat(s.upgrade().mode(), equalTo(UpgradeSettings.Mode.OFF));
    assertThat(s.upgrade().failOn(), equalTo(FailOn.REGRESSION));
    assertThat(s.upgrade().summaryDir(), equalTo(Path.of("target/upgrade")));
    assertThat(s.tagFilter(), equalTo(TagFilter.NONE));
  }

  @Test
  void theOutputFolderUpgradeAndAllureSettingsCanLiveInAProfile() throws IOException {
    Path b = baseline("base");
    Path rules = Files.writeString(tmp.resolve("rules.json"), "{\"rules\": []}");
    profile(
        "flowcheck.output.dir="
            + tmp.resolve("out")
            + "\n"
            + "allure.results.directory="
            + tmp.resolve("allure")
            + "\n"
            + "ef.upgrade.compare="
            + b
            + "\n"
            + "ef.upgrade.fail-on=change\n"
            + "ef.upgrade.rules="
            + rules
            + "\n");
    EfSettings s = load();
    assertThat(s.outputDir(), equalTo(tmp.resolve("out")));
    assertThat(s.allureResultsDir(), equalTo(tmp.resolve("allure")));
    assertThat(s.upgrade().mode(), equalTo(UpgradeSettings.Mode.COMPARE));
    assertThat(s.upgrade().baseline(), equalTo(b));
    assertThat(s.upgrade().failOn(), equalTo(FailOn.CHANGE));
    assertThat(s.upgrade().extraRules(), equalTo(rules));
    assertThat(
        "the summary follows the output folder",
        s.upgrade().summaryDir(),
        equalTo(tmp.resolve("out").resolve("upgrade")));
  }

  @Test
  void theNewSettingsHaveEnvironmentTwinsBelowSystemProperties() throws IOException {
    env.put("FLOWCHECK_OUTPUT_DIR", tmp.resolve("env-out").toString());
    env.put("ALLURE_RESULTS_DIRECTORY", tmp.resolve("env-allure").toString());
    env.put("EF_UPGRADE_RECORD", tmp.resolve("env-base").toString());
    env.put("EF_UPGRADE_FAIL_ON", "change");
    env.put("EF_UPGRADE_SUMMARY", tmp.resolve("env-summary").toString());
    props.put("ef.upgrade.fail-on", "regression");
    props.put("allure.results.directory", tmp.resolve("prop-allure").toString());
    EfSettings s = load();
    assertThat(s.outputDir(), equalTo(tmp.resolve("env-out")));
    assertThat(s.allureResultsDir(), equalTo(tmp.resolve("prop-allure")));
    assertThat(s.upgrade().mode(), equalTo(UpgradeSettings.Mode.RECORD));
    assertThat(
        "a folder to record into need not exist yet",
        s.upgrade().baseline(),
        equalTo(tmp.resolve("env-base")));
    assertThat(s.upgrade().failOn(), equalTo(FailOn.REGRESSION));
    assertThat(s.upgrade().summaryDir(), equalTo(tmp.resolve("env-summary")));
  }

  @Test
  void theAllureResultsFolderFallsBackToAllurePropertiesAsAllureDoes() throws IOException {
    Map<String, String> files =
        Map.of("allure.properties", "allure.results.directory=build/allure-here\n");
    assertThat(loadWithClasspath(files).allureResultsDir(), equalTo(Path.of("build/allure-here")));
    profile("allure.results.directory=from-profile\n");
    assertThat(
        "the profile comes before the tool's file",
        loadWithClasspath(files).allureResultsDir(),
        equalTo(Path.of("from-profile")));
    props.put("allure.results.directory", "from-property");
    assertThat(loadWithClasspath(files).allureResultsDir(), equalTo(Path.of("from-property")));
  }

  @Test
  void theTagFilterComesFromThePropertyTheEnvironmentOrJunitPlatformProperties() {
    Map<String, String> files =
        Map.of("junit-platform.properties", "cucumber.filter.tags=@regression\n");
    assertThat(
        loadWithClasspath(files).tagFilter(),
        equalTo(new TagFilter("@regression", "junit-platform.properties")));
    env.put("CUCUMBER_FILTER_TAGS", "@upgrade");
    assertThat(
        loadWithClasspath(files).tagFilter(),
        equalTo(new TagFilter("@upgrade", "environment CUCUMBER_FILTER_TAGS")));
    props.put("cucumber.filter.tags", "@smoke and not @simulator");
    EfSettings s = loadWithClasspath(files);
    assertThat(
        s.tagFilter(),
        equalTo(new TagFilter("@smoke and not @simulator", "-Dcucumber.filter.tags")));
    assertThat(
        s.banner(null),
        containsString("tags    @smoke and not @simulator (from -Dcucumber.filter.tags)"));
    props.remove("cucumber.filter.tags");
    env.remove("CUCUMBER_FILTER_TAGS");
    assertThat("no tag line without a filter", load().banner(null), not(containsString("tags")));
  }

  @Test
  void slowerJoinsFailOnAndItsFloorIsTwoSettings() throws IOException {
    props.put("ef.upgrade.compare", baseline("base").toString());
    props.put("ef.upgrade.fail-on", "regression, slower");
    props.put("ef.upgrade.slower.factor", "1.5");
    env.put("EF_UPGRADE_SLOWER_MIN_MS", "200");
    UpgradeSettings u = load().upgrade();
    assertThat(u.failOn(), equalTo(new FailOn(false, true)));
    assertThat(u.failOn().label(), equalTo("regression,slower"));
    assertThat(u.slowerFactor(), equalTo(1.5));
    assertThat(u.slowerMinMs(), equalTo(200L));
    props.put("ef.upgrade.fail-on", "change,slower");
    assertThat(load().upgrade().failOn(), equalTo(new FailOn(true, true)));
  }

  @Test
  void theSlowerFloorDefaultsToTwiceAndFiftyMilliseconds() {
    UpgradeSettings u = load().upgrade();
    assertThat(u.slowerFactor(), equalTo(2.0));
    assertThat(u.slowerMinMs(), equalTo(50L));
  }

  @Test
  void aBadSlowerFloorIsOneLineNamingTheSetting() {
    props.put("ef.upgrade.slower.factor", "0.5");
    assertThat(
        failure(),
        equalTo(
            "ef.upgrade.slower.factor: '0.5' is not a number of at least 1, e.g. 2 or 1.5"
                + " (set -Def.upgrade.slower.factor=... or EF_UPGRADE_SLOWER_FACTOR)"));
    props.remove("ef.upgrade.slower.factor");
    props.put("ef.upgrade.slower.min-ms", "50ms");
    assertThat(
        failure(),
        equalTo(
            "ef.upgrade.slower.min-ms: '50ms' is not a whole number of milliseconds, e.g. 50"
                + " (set -Def.upgrade.slower.min-ms=... or EF_UPGRADE_SLOWER_MIN_MS)"));
  }

  @Test
  void anUnknownFailOnValueIsOneLineNamingTheSetting() {
    env.put("EF_UPGRADE_FAIL_ON", "everything");
    assertThat(
        failure(),
        equalTo(
            "ef.upgrade.fail-on: unknown value 'everything': use 'regression'"
                + " or 'change', optionally with ',slower' (set -Def.upgrade.fail-on=... or EF_UPGRADE_FAIL_ON)"));
  }

  @Test
  void comparingWithAFolderThatHoldsNoBaselineIsRefusedAtStart() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    props.put("ef.upgrade.compare", empty.toString());
    assertThat(
        failure(),
        equalTo(
            "ef.upgrade.compare: no baseline in '"
                + empty.toAbsolutePath()
                + "' (no baseline.json): record one there first (scripts/upgrade.sh capture "
                + empty
                + ") (set -Def.upgrade.compare=... or EF_UPGRADE_COMPARE)"));
    props.remove("ef.upgrade.compare");
    env.put("EF_UPGRADE_CALIBRATE", tmp.resolve("missing").toString());
    assertThat(failure(), containsString("ef.upgrade.calibrate: no baseline in '"));
  }

  @Test
  void onlyOneUpgradeModeAtATime() throws IOException {
    props.put("ef.upgrade.record", tmp.resolve("a").toString());
    props.put("ef.upgrade.compare", baseline("b").toString());
    assertThat(
        failure(),
        equalTo(
            "ef.upgrade.record and ef.upgrade.compare: set only one of"
                + " ef.upgrade.record, ef.upgrade.calibrate and ef.upgrade.compare"));
  }

  @Test
  void aMissingRulesFileIsRefusedAtStart() {
    props.put("ef.upgrade.rules", tmp.resolve("my-rules.json").toString());
    assertThat(
        failure(),
        equalTo(
            "ef.upgrade.rules: no rules file at '"
                + tmp.resolve("my-rules.json")
                + "' (set -Def.upgrade.rules=... or EF_UPGRADE_RULES)"));
  }

  @Test
  void aFolderSettingThatNamesAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    env.put("FLOWCHECK_OUTPUT_DIR", file.toString());
    assertThat(
        failure(),
        equalTo(
            "flowcheck.output.dir: '"
                + file
                + "' is a file; give a folder"
                + " (set -Dflowcheck.output.dir=... or FLOWCHECK_OUTPUT_DIR)"));
  }

  @Test
  void everySettingHasItsOwnEnvironmentName() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Setting setting : Setting.values()) {
      assertThat(setting.envName(), org.hamcrest.Matchers.matchesPattern("[A-Z][A-Z0-9_]*"));
      assertThat(
          setting + " shares " + setting.envName(), names.add(setting.envName()), equalTo(true));
    }
    assertThat(Setting.UPGRADE_FAIL_ON.envName(), equalTo("EF_UPGRADE_FAIL_ON"));
  }

  @Test
  void theUpgradeSettingsAreKeptByTheCopiesTheRunMakes() throws IOException {
    props.put("ef.upgrade.compare", baseline("kept").toString());
    EfSettings s = load();
    assertThat(
        s.withAuth(AuthMode.BASIC)
            .withReadTimeout(Duration.ofSeconds(1))
            .withUser("other", Secret.of("pw12"))
            .upgrade(),
        equalTo(s.upgrade()));
  }

  /** One setting given only in a profile, and what the loaded settings must then show. */
  private record InProfile(
      Setting setting, String value, Function<EfSettings, Object> read, Object expected) {}

  @Test
  void everySettingCanLiveInAProfile() throws Exception {
    Path store = tmp.resolve("trust.p12");
    java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
    ks.load(null, "storepw".toCharArray());
    try (var out = Files.newOutputStream(store)) {
      ks.store(out, "storepw".toCharArray());
    }
    Path b = baseline("profile-base");
    Path rules = Files.writeString(tmp.resolve("profile-rules.json"), "{\"rules\": []}");
    List<InProfile> cases =
        List.of(
            new InProfile(
                Setting.SERVER,
                "https://p.example.com",
                s -> s.server().toString(),
                "https://p.example.com"),
            new InProfile(Setting.AUTH, "basic", EfSettings::auth, AuthMode.BASIC),
            new InProfile(Setting.USER, "qa-bot", EfSettings::user, "qa-bot"),
            new InProfile(Setting.PASSWORD, "pr0file-pw", s -> s.password().reveal(), "pr0file-pw"),
            new InProfile(Setting.TLS, "relaxed", EfSettings::tls, TlsMode.RELAXED),
            new InProfile(Setting.TRUSTSTORE, store.toString(), EfSettings::trustStorePath, store),
            new InProfile(
                Setting.TRUSTSTORE_PASSWORD, "storepw", s -> s.trustStore() != null, true),
            new InProfile(
                Setting.CONNECT_TIMEOUT, "3s", EfSettings::connectTimeout, Duration.ofSeconds(3)),
            new InProfile(
                Setting.READ_TIMEOUT, "4s", EfSettings::readTimeout, Duration.ofSeconds(4)),
            new InProfile(Setting.RETRIES, "5", EfSettings::retries, 5),
            new InProfile(
                Setting.PUBLISH_ENDPOINT,
                "php",
                EfSettings::publishEndpoint,
                PublishEndpointMode.PHP),
            new InProfile(Setting.FAIL_FLAKY, "true", EfSettings::failFlaky, true),
            new InProfile(Setting.ASSUMPTIONS_STRICT, "true", EfSettings::assumptionsStrict, true),
            new InProfile(Setting.RUN_ID, "r-profile", EfSettings::runId, "r-profile"),
            new InProfile(
                Setting.SANDBOX_STALE_AFTER,
                "2h",
                s -> s.staleSandboxes().staleAfter(),
                Duration.ofHours(2)),
            new InProfile(Setting.SANDBOX_SWEEP, "false", s -> s.staleSandboxes().sweep(), false),
            new InProfile(Setting.OUTPUT_DIR, "p-out", EfSettings::outputDir, Path.of("p-out")),
            new InProfile(
                Setting.ALLURE_RESULTS_DIR,
                "p-allure",
                EfSettings::allureResultsDir,
                Path.of("p-allure")),
            new InProfile(Setting.SHARD, "2/4", s -> s.shards().shard(), new Shard(2, 4)),
            new InProfile(
                Setting.SHARD_TIMINGS, rules.toString(), s -> s.shards().timings(), rules),
            new InProfile(
                Setting.UPGRADE_RECORD,
                "p-record",
                s -> s.upgrade().baseline(),
                Path.of("p-record")),
            new InProfile(
                Setting.UPGRADE_CALIBRATE,
                b.toString(),
                s -> s.upgrade().mode(),
                UpgradeSettings.Mode.CALIBRATE),
            new InProfile(
                Setting.UPGRADE_COMPARE,
                b.toString(),
                s -> s.upgrade().mode(),
                UpgradeSettings.Mode.COMPARE),
            new InProfile(
                Setting.UPGRADE_FAIL_ON, "change", s -> s.upgrade().failOn(), FailOn.CHANGE),
            new InProfile(Setting.UPGRADE_SLOWER_FACTOR, "3", s -> s.upgrade().slowerFactor(), 3.0),
            new InProfile(
                Setting.UPGRADE_SLOWER_MIN_MS, "120", s -> s.upgrade().slowerMinMs(), 120L),
            new InProfile(
                Setting.UPGRADE_RULES, rules.toString(), s -> s.upgrade().extraRules(), rules),
            new InProfile(
                Setting.UPGRADE_SUMMARY,
                "p-summary",
                s -> s.upgrade().summaryDir(),
                Path.of("p-summary")));

    java.util.Set<Setting> covered = java.util.EnumSet.noneOf(Setting.class);
    for (InProfile c : cases) {
      String extra =
          c.setting() == Setting.SERVER
              ? "ef.password=x\n"
              : c.setting() == Setting.TRUSTSTORE
                  ? "ef.tls.truststore.password=storepw\n"
                  : c.setting() == Setting.TRUSTSTORE_PASSWORD
                      ? "ef.tls.truststore=" + store + "\n"
                      : "";
      Properties p = new Properties();
      p.setProperty(c.setting().key(), c.value());
      java.io.StringWriter text = new java.io.StringWriter();
      p.store(text, null);
      profile(text + extra);
      assertThat(c.setting().key(), c.read().apply(load()), equalTo(c.expected()));
      covered.add(c.setting());
    }
    java.util.Set<Setting> all = java.util.EnumSet.allOf(Setting.class);
    all.removeAll(List.of(Setting.PROFILE, Setting.PROFILES_DIR)); // they say where profiles are
    assertThat("a new setting needs a case here", covered, equalTo(all));
  }
}
