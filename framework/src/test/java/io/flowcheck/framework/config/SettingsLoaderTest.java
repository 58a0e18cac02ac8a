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
import java.util.Map;
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
    assertThat(message, containsString("ef.profile: unknown profile 'staging': no staging.properties in ["));
    assertThat(message, containsString(tmp.resolve("profiles").toString()));
  }

  @Test
  void anUnknownTlsModeIsNamed() {
    props.put("ef.tls", "none");
    assertThat(failure(), containsString("ef.tls: unknown TLS mode 'none': use 'strict' or 'relaxed'"));
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
    assertThat("kept by the copies the run makes", s.withAuth(AuthMode.BASIC)
        .withReadTimeout(Duration.ofSeconds(1)).assumptionsStrict(), equalTo(false));
  }

  @Test
  void aBadStrictAssumptionsValueIsOneLineNamingTheSetting() {
    env.put("EF_ASSUMPTIONS_STRICT", "sometimes");
    String message = failure();
    assertThat(message, equalTo("ef.assumptions.strict: 'sometimes' must be true or false"
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
    assertThat(load().banner(null), containsString("WARNING: server certificates are NOT verified"));
  }

  @Test
  void anEmbeddedRunHasNoServerUntilTheSimulatorStarts() {
    EfSettings s = load();
    assertThat(s.server(), nullValue());
    assertThrows(IllegalStateException.class, s::apiBaseUrl);
  }
}
