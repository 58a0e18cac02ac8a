package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.json.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON responses in ElectricFlow's shapes. */
public final class Replies {
  private Replies() {}

  public static ResponseDefinition ok(Object body) {
    return json(200, body);
  }

  /** What DELETE and logout answer. */
  public static ResponseDefinition okEmpty() {
    return json(200, Map.of());
  }

  /** {@code {"<type>": value}}, the shape of every single-object and list answer. */
  public static ResponseDefinition okWrapped(String type, Object value) {
    return ok(Map.of(type, value));
  }

  public static ResponseDefinition error(EfError error) {
    return json(error.status(), envelope(error.getMessage(), error.code()));
  }

  /** The envelope always carries all four keys, with empty strings where nothing is known. */
  public static Map<String, Object> envelope(String message, String code) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("where", "");
    fields.put("message", message == null ? "" : message);
    fields.put("details", "");
    fields.put("code", code);
    return Map.of("error", fields);
  }

  public static ResponseDefinition json(int status, Object body) {
    return builder(status, body).build();
  }

  public static ResponseDefinitionBuilder builder(int status, Object body) {
    // Bytes, not a string, so the body is UTF-8 whatever WireMock's default charset is.
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody(JsonText.write(body).getBytes(StandardCharsets.UTF_8));
  }
}
