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
        masker.mask("{\"sessionId\":\"4VOZBL8M9X5BJYI9\",\"userName\":\"admin\",\"password\" : \"a\\\"b\"}"));
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
}
