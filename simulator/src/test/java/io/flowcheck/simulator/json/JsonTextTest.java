package io.flowcheck.simulator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void answersCarryEveryScalarAsAStringInTheMapsOrder() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("z", 7);
    body.put("a", true);
    body.put("list", Arrays.asList(1.5, "x", null));
    assertEquals(
        "{\"z\":\"7\",\"a\":\"true\",\"list\":[\"1.5\",\"x\",null]}", JsonText.write(body));
  }

  @Test
  void quotesBackslashesAndControlCharactersAreEscaped() {
    assertEquals(
        "{\"v\":\"a\\\"b\\\\c\\nd\\u0001\"}", JsonText.write(Map.of("v", "a\"b\\c\nd\u0001")));
  }

  @Test
  void valuesAsSentKeepTheirTypes() {
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("n", 1);
    sent.put("b", false);
    assertEquals("{\"n\":1,\"b\":false}", JsonText.writeAsSent(sent));
    assertEquals(Map.of("n", 1, "s", "x"), JsonText.read("{\"n\":1,\"s\":\"x\"}"));
    assertEquals(List.of("a"), JsonText.read("[\"a\"]"));
  }

  @Test
  void textThatIsNotJsonIsAnIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> JsonText.read("{\"a\":"));
    assertThrows(IllegalArgumentException.class, () -> JsonText.read(""));
  }
}
