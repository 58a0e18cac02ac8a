package io.flowcheck.framework.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key that looks like a setting but is none stops the load with one line naming it, where it was
 * given and the nearest real key; before, it was ignored and the run went on with the default.
 */
class UnknownSettingsTest {
  @TempDir Path tmp;

  private final Map<String, String> props = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();

  private EfSettings load() {
    props.putIfAbsent("user.dir", tmp.toString());
    props.putIfAbsent("user.home", tmp.toString());
    return SettingsLoader.load(props, env);
  }

  private String failure() {
    String message = assertThrows(EfConfigException.class, this::load).getMessage();
    assertThat("one line: " + message, message.contains("\n"), equalTo(false));
    return message;
  }

  @Test
  void aMisspeltSystemPropertyIsNamedWithTheSettingMeant() {
    props.put("ef.sever", "https://flow.example.com");

    assertEquals("unknown setting ef.sever (system property): did you mean ef.server?", failure());
  }

  @Test
  void aMisspeltEnvironmentVariableIsNamedWithTheVariableMeant() {
    env.put("EF_SEVER", "https://flow.example.com");

    assertEquals(
        "unknown setting EF_SEVER (environment variable): did you mean EF_SERVER?", failure());
  }

  @Test
  void aMisspeltFlowcheckVariableIsRefusedToo() {
    env.put("FLOWCHECK_OUTPUT_DIRS", "out");

    assertEquals(
        "unknown setting FLOWCHECK_OUTPUT_DIRS (environment variable): did you mean"
            + " FLOWCHECK_OUTPUT_DIR?",
        failure());
  }

  @Test
  void aMisspeltProfileLineIsNamedWithItsFile() throws IOException {
    Path file = profile("ef.tsl=relaxed\n");

    assertEquals("unknown setting ef.tsl (profile " + file + "): did you mean ef.tls?", failure());
  }

  @Test
  void aProfileHoldsOnlySettingsSoAnyOtherKeyInItIsRefused() throws IOException {
    Path file = profile("cucumber.filter.tags=@smoke\n");

    assertEquals(
        "unknown setting cucumber.filter.tags (profile "
            + file
            + "): no setting has a name like it; the README's table lists them",
        failure());
  }

  @Test
  void aProfileCannotNameAnotherProfile() throws IOException {
    Path file = profile("ef.profile=other\n");

    assertEquals(
        "ef.profile (profile " + file + ") cannot come from a profile: set -Def.profile",
        failure());
  }

  @Test
  void aKeyLikeNoSettingSaysWhereTheSettingsAreListed() {
    props.put("flowcheck.frobnicate", "yes");

    assertEquals(
        "unknown setting flowcheck.frobnicate (system property): no setting has a name like it;"
            + " the README's table lists them",
        failure());
  }

  @Test
  void everyUnknownKeyIsNamedInTheSameLine() {
    props.put("ef.usr", "bob");
    env.put("EF_PASWORD", "x");

    assertEquals(
        "unknown setting ef.usr (system property): did you mean ef.user?; unknown setting"
            + " EF_PASWORD (environment variable): did you mean EF_PASSWORD?",
        failure());
  }

  @Test
  void theUnknownKeyIsReportedBeforeTheProblemsItCauses() {
    // With the server misspelt, the password given for it would be fine; a wrong auth mode would
    // be reported too, but the misspelling is the cause to fix first.
    props.put("ef.sever", "https://flow.example.com");
    props.put("ef.auth", "kerberos");

    assertThat(
        failure(), equalTo("unknown setting ef.sever (system property): did you mean ef.server?"));
  }

  @Test
  void keysOutsideOurPrefixesAreNotOurs() {
    props.put("java.version", "17");
    props.put("efficiency", "high");
    props.put("cucumber.filter.tags", "@smoke");
    env.put("PATH", "/usr/bin");
    env.put("EFFORT", "high");
    env.put("CI_NODE_INDEX", "1");

    assertThat(load().usesEmbeddedSimulator(), equalTo(true));
  }

  @Test
  void everySettingIsAcceptedAsPropertyVariableAndProfileLine() throws IOException {
    // The shape of each key is what counts here, not its value: a blank value is no value.
    for (Setting s : Setting.values()) {
      props.put(s.key(), " ");
      env.put(s.envName(), " ");
    }
    props.remove(Setting.PROFILE.key());
    env.remove(Setting.PROFILE.envName());
    StringBuilder lines = new StringBuilder();
    Arrays.stream(Setting.values())
        .filter(s -> s != Setting.PROFILE && s != Setting.PROFILES_DIR)
        .forEach(s -> lines.append(s.key()).append("=\n"));
    profile(lines.toString());

    assertThat(load().usesEmbeddedSimulator(), equalTo(true));
  }

  @Test
  void theAllowListedKeysPassAsWhatTheyAre() {
    for (AllowedKey a : AllowedKey.values()) {
      (a.kind() == AllowedKey.Kind.PROPERTY ? props : env).put(a.key(), "x");
    }

    assertThat(load().usesEmbeddedSimulator(), equalTo(true));
  }

  @Test
  void anAllowListedPropertyIsNoSettingInAProfile() throws IOException {
    Path file = profile(AllowedKey.CONSOLE_LOG.key() + "=console.log\n");

    assertThat(
        failure(),
        equalTo(
            "unknown setting flowcheck.console.log (profile "
                + file
                + "): "
                + "no setting has a name like it; the README's table lists them"));
  }

  @Test
  void anAllowListedKeyIsAllowedOnlyWhereItIsRead() {
    // FLOWCHECK_CACHE is a variable; its property twin is flowcheck.cache, not the variable's name.
    props.put("FLOWCHECK_CACHE", "x"); // outside the property prefixes: not ours
    env.put("FLOWCHECK_CONSOLE_LOG", "x"); // the property flowcheck.console.log as a variable

    assertThat(
        failure(),
        equalTo(
            "unknown setting FLOWCHECK_CONSOLE_LOG (environment variable): no setting has a name"
                + " like it; the README's table lists them"));
  }

  @Test
  void aMisspeltAllowListedKeyGetsItsOwnSuggestion() {
    props.put("flowcheck.cahce", "/tmp/c");

    assertThat(
        failure(),
        equalTo(
            "unknown setting flowcheck.cahce (system property): did you mean flowcheck.cache?"));
  }

  @Test
  void theAllowListHoldsNoSettingAndNoKeyTwice() {
    List<String> keys = Arrays.stream(AllowedKey.values()).map(AllowedKey::key).toList();
    assertEquals(keys.size(), keys.stream().distinct().count(), "a key twice: " + keys);
    for (Setting s : Setting.values()) {
      assertThat(keys, not(org.hamcrest.Matchers.hasItem(s.key())));
      assertThat(keys, not(org.hamcrest.Matchers.hasItem(s.envName())));
    }
    for (AllowedKey a : AllowedKey.values()) {
      boolean ours =
          a.kind() == AllowedKey.Kind.PROPERTY
              ? AllowedKey.isOursAsProperty(a.key())
              : AllowedKey.isOursAsVariable(a.key());
      assertThat(a + " is outside the checked prefixes", ours, equalTo(true));
    }
  }

  @Test
  void theNearestKeyCountsASwapAsOneEdit() {
    assertEquals(1, UnknownSettings.distance("ef.tsl", "ef.tls"));
    assertEquals(1, UnknownSettings.distance("ef.sever", "ef.server"));
    assertEquals(2, UnknownSettings.distance("ef.tsl", "ef.t"));
    assertEquals(0, UnknownSettings.distance("", ""));
    assertEquals(3, UnknownSettings.distance("abc", ""));
  }

  @Test
  void theNearestKeyIgnoresCaseAndGivesUpWhenNothingIsNear() {
    List<String> known = List.of("ef.server", "ef.user", "ef.tls");

    assertEquals(Optional.of("ef.server"), UnknownSettings.nearest("ef.Server", known));
    assertEquals(Optional.of("ef.tls"), UnknownSettings.nearest("ef.tsl", known));
    assertEquals(Optional.of("ef.user"), UnknownSettings.nearest("ef.usr", known));
    assertEquals(Optional.empty(), UnknownSettings.nearest("ef.timeout", known));
    // A short key is allowed one edit only: two would make almost anything "near".
    assertEquals(Optional.empty(), UnknownSettings.nearest("ef.x", List.of("ef.tls")));
  }

  @Test
  void theFirstKnownKeyWinsATie() {
    assertEquals(
        Optional.of("ef.tls"), UnknownSettings.nearest("ef.tlx", List.of("ef.tls", "ef.tly")));
  }

  private Path profile(String text) throws IOException {
    Files.createDirectories(tmp.resolve("profiles"));
    Path file = Files.writeString(tmp.resolve("profiles/team.properties"), text);
    props.put("ef.profile", "team");
    return file.toAbsolutePath().normalize();
  }
}
