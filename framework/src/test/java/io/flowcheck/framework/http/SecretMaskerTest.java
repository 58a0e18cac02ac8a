package io.flowcheck.framework.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretMaskerTest {
  private final SecretMasker masker = new SecretMasker();

  @Test
  void masksPasswordAndSessionIdQueryParameters() {
    assertEquals(
        "/rest/v1.0/sessions?password=****&userName=admin&sessionId=****",
        masker.mask("/rest/v1.0/sessions?password=changeme&userName=admin&sessionId=ABC"));
  }

  @Test
  void masksSecretJsonFieldsWhateverTheirValue() {
    assertEquals(
        "{\"sessionId\":\"****\",\"userName\":\"admin\",\"password\" : \"****\"}",
        masker.mask(
            "{\"sessionId\":\"4VOZBL8M9X5BJYI9\",\"userName\":\"admin\",\"password\" : \"a\\\"b\"}"));
  }

  @Test
  void masksEveryRegisteredSecretAnywhereIncludingUrlEncoded() {
    masker.register("p@ss word!");
    assertEquals("x **** y ****", masker.mask("x p@ss word! y p%40ss+word%21"));
  }

  @Test
  void masksSessionCookies() {
    assertEquals("sessionId=****; Path=/", masker.mask("sessionId=ABCDEF; Path=/"));
  }

  @Test
  void hidesSecretHeadersWholeAndKeepsTheBasicScheme() {
    assertEquals("Basic ****", masker.maskHeader("Authorization", "Basic YWRtaW46Y2hhbmdlbWU="));
    assertEquals("****", masker.maskHeader("SESSIONID", "ABCDEF"));
    assertEquals("application/json", masker.maskHeader("Accept", "application/json"));
  }

  @Test
  void ignoresSecretsTooShortToMaskSafely() {
    masker.register("ab");
    assertEquals("abc", masker.mask("abc"));
  }

  @Test
  void aValueHiddenByPositionIsASecretFromThenOn() {
    assertEquals("{\"token\":\"****\"}", masker.mask("{\"token\":\"t0k-9f8e7d\"}"));
    assertEquals("echoed: ****", masker.mask("echoed: t0k-9f8e7d"));
    assertEquals(java.util.Set.of("t0k-9f8e7d"), masker.knownSecrets());
  }

  @Test
  void queryValuesAreRememberedDecodedSoTheirEveryFormIsMasked() {
    masker.mask("/sessions?userName=admin&password=Pl%40nted+S3cret");
    assertEquals("**** and ****", masker.mask("Pl@nted S3cret and Pl%40nted%20S3cret"));
  }

  @Test
  void theTokenOfASecretHeaderAndTheSecretCookiesOfACookieHeaderAreRemembered() {
    assertEquals("****", masker.maskHeader("Authorization", "Bearer b3arer-tok"));
    assertEquals("****", masker.maskHeader("Cookie", "theme=dark; sessionId=C00KIE-1234"));
    assertEquals("****", masker.maskCookie("JSESSIONID", "JS-5678"));
    assertEquals("****", masker.maskCookie("theme", "dark-blue"));
    assertEquals(java.util.Set.of("b3arer-tok", "C00KIE-1234", "JS-5678"), masker.knownSecrets());
  }

  @Test
  void masksAreNotRememberedAsSecrets() {
    masker.mask("{\"password\":\"****\",\"sessionId\":\"<secret>\"}");
    assertEquals(java.util.Set.of(), masker.knownSecrets());
  }

  @Test
  void onlyALoginAnswersIdIsRememberedAsTheServersToken() {
    masker.register("chosen-Passw0rd");
    masker.mask("{\"sessionId\":\"BY-P0SITION-1\"}");
    masker.registerIssuedToken("4VOZBL8M9X5BJYI9");
    masker.registerIssuedToken("ab"); // too short to be a secret at all
    assertEquals("id ****", masker.mask("id 4VOZBL8M9X5BJYI9"));
    assertEquals(java.util.Set.of("4VOZBL8M9X5BJYI9"), masker.issuedTokens());
    assertEquals(
        java.util.Set.of("chosen-Passw0rd", "BY-P0SITION-1", "4VOZBL8M9X5BJYI9"),
        masker.knownSecrets());
  }

  @Test
  void aRandomSecretIsMaskedAndRememberedAsRandomOnly() {
    masker.register("chosen-Passw0rd");
    masker.registerRandom("nobody-abcdefghijkmnpqrstuvwx");
    masker.registerRandom("ab"); // too short to be a secret at all
    assertEquals("pw ****", masker.mask("pw nobody-abcdefghijkmnpqrstuvwx"));
    assertEquals(java.util.Set.of("nobody-abcdefghijkmnpqrstuvwx"), masker.randomSecrets());
    assertEquals(
        java.util.Set.of("chosen-Passw0rd", "nobody-abcdefghijkmnpqrstuvwx"),
        masker.knownSecrets());
  }
}
