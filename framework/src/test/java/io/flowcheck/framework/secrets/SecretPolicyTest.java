package io.flowcheck.framework.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.http.SecretMasker;
import io.flowcheck.framework.upgrade.NormalizationRules;
import io.flowcheck.framework.upgrade.Normalizer;
import io.flowcheck.framework.upgrade.RecordedExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One policy, three users: the report masker, the upgrade normalizer and the leak gate. Every name
 * of the policy is checked in all three, so a name added to {@link SecretPolicy#DEFAULT} is covered
 * without touching this test; a name added to a policy of our own shows the three follow the policy
 * they are given rather than lists of their own.
 */
class SecretPolicyTest {
  @TempDir Path dir;

  /** What each of the three did with one secret field of one exchange. */
  private record Seen(String masked, RecordedExchange normalized, List<LeakScanner.Leak> leaks) {}

  private Seen passThroughAllThree(SecretPolicy policy, String field, String value)
      throws IOException {
    SecretMasker masker = new SecretMasker(policy);
    String body = "{\"" + field + "\":\"" + value + "\",\"userName\":\"admin\"}";
    String masked = masker.mask(body);
    String target = masker.mask("/things?" + field + "=" + value + "&projectName=p");

    Normalizer normalizer =
        new Normalizer(NormalizationRules.of(List.of()).withSecretPolicy(policy), Map.of());
    // The normalizer sees exchanges the masker has already seen, and must hide secrets on its own
    // too.
    RecordedExchange normalized = normalizer.normalize("op", "POST", 200, target, null, body);

    // The run fingerprints every secret its maskers saw; the gate then searches the outputs.
    List<Fingerprint> prints = new ArrayList<>();
    masker
        .knownSecrets()
        .forEach(s -> prints.addAll(SecretFingerprints.forSecret("a secret of the run", s)));
    Path out = Files.createDirectories(dir.resolve("out-" + field));
    Files.writeString(out.resolve("console.log"), "a careless line: " + value + "\n");
    List<LeakScanner.Leak> leaks = new LeakScanner(prints).scan(List.of(out));
    return new Seen(masked + " " + target, normalized, leaks);
  }

  @Test
  void everySecretNameOfTheDefaultPolicyIsHiddenNormalizedAndSearchedFor() throws IOException {
    for (String field : SecretPolicy.DEFAULT.fieldNames()) {
      String value = "v4lue-of-" + field;
      Seen seen = passThroughAllThree(SecretPolicy.DEFAULT, field, value);
      assertFalse(seen.masked().contains(value), field + ": masker showed " + seen.masked());
      assertEquals("<secret>", seen.normalized().response().path(field).asString(), field);
      assertTrue(
          seen.normalized().target().contains(field + "=<secret>"), seen.normalized().target());
      assertEquals(1, seen.leaks().size(), field + ": the leak gate did not look for its value");
    }
  }

  @Test
  void aNameAddedToThePolicyReachesTheMaskerTheNormalizerAndTheLeakGate() throws IOException {
    Seen before = passThroughAllThree(SecretPolicy.DEFAULT, "pin", "4711-0815");
    assertTrue(before.masked().contains("4711-0815"), "not a secret yet: " + before.masked());
    assertEquals("4711-0815", before.normalized().response().path("pin").asString());
    assertEquals(List.of(), before.leaks());

    Seen after = passThroughAllThree(SecretPolicy.DEFAULT.withField("PIN"), "pin", "4711-0815");
    assertEquals(
        "{\"pin\":\"****\",\"userName\":\"admin\"} /things?pin=****&projectName=p", after.masked());
    assertEquals("<secret>", after.normalized().response().path("pin").asString());
    assertEquals("/things?pin=<secret>&projectName=p", after.normalized().target());
    assertEquals(1, after.leaks().size());
    assertEquals("a secret of the run", after.leaks().get(0).label());
  }

  @Test
  void headerAndCookieNamesAreThePolicysToo() {
    SecretPolicy policy = SecretPolicy.DEFAULT.withHeader("X-Api-Key").withCookie("remember");
    SecretMasker plain = new SecretMasker();
    SecretMasker masker = new SecretMasker(policy);
    assertEquals("k3y-abcdef", plain.maskHeader("X-Api-Key", "k3y-abcdef"));
    assertEquals("****", masker.maskHeader("x-api-key", "k3y-abcdef"));
    assertEquals("remember=r3m-12345; Path=/", plain.mask("remember=r3m-12345; Path=/"));
    assertEquals("remember=****; Path=/", masker.mask("remember=r3m-12345; Path=/"));
    assertTrue(
        masker.knownSecrets().containsAll(List.of("k3y-abcdef", "r3m-12345")),
        masker.knownSecrets().toString());
  }

  @Test
  void aSecretHasItsPlainUrlEncodedAndJsonEscapedForms() {
    assertEquals(
        List.of("p@ss \"w\"", "p%40ss+%22w%22", "p%40ss%20%22w%22", "p@ss \\\"w\\\""),
        List.copyOf(SecretPolicy.formsOf("p@ss \"w\"")));
    assertEquals(List.of(), List.copyOf(SecretPolicy.formsOf("abc")), "too short to search for");
  }

  @Test
  void masksAreNoSecretsAndShortValuesAreNotWorthHiding() {
    assertFalse(SecretPolicy.worthHiding(SecretPolicy.MASK));
    assertFalse(SecretPolicy.worthHiding(SecretPolicy.NORMALIZED));
    assertFalse(SecretPolicy.worthHiding("abc"));
    assertTrue(SecretPolicy.worthHiding("abcd"));
  }

  @Test
  void namesCompareIgnoringCase() {
    assertTrue(SecretPolicy.DEFAULT.isSecretField("SessionID"));
    assertTrue(SecretPolicy.DEFAULT.isSecretHeader("authorization"));
    assertTrue(SecretPolicy.DEFAULT.isSecretCookie("jsessionid"));
    assertFalse(SecretPolicy.DEFAULT.isSecretField("userName"));
  }
}
