package io.flowcheck.framework.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JsonBodiesTest {
  @Test
  void indentsObjectsAndArraysKeepingNumbersAsWritten() {
    assertEquals(
        "{\n  \"a\" : 1.10,\n  \"b\" : [ \"****\" ]\n}",
        JsonBodies.pretty("{\"a\":1.10,\"b\":[\"****\"]}"));
    assertEquals("[ 1, 2 ]", JsonBodies.pretty(" [1,2] "));
  }

  @Test
  void leavesEverythingElseAsItWas() {
    assertEquals("<html>oops</html>", JsonBodies.pretty("<html>oops</html>"));
    assertEquals(
        "{\"a\":1,\"a\":2}",
        JsonBodies.pretty("{\"a\":1,\"a\":2}"),
        "a duplicate key is shown, not dropped");
    assertEquals("{\"a\":1} {\"b\":2}", JsonBodies.pretty("{\"a\":1} {\"b\":2}"));
    assertEquals("{not json}", JsonBodies.pretty("{not json}"));
    assertEquals("", JsonBodies.pretty(""));
    assertNull(JsonBodies.pretty(null));
  }
}
