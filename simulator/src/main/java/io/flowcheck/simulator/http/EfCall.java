package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.http.Request;
import io.flowcheck.simulator.json.JsonText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One authenticated REST call, reduced to what a handler needs: verb, the parts of the path its
 * {@link Route} names, the caller, and one argument map where the JSON body wins over the query
 * (the server accepts both, even mixed in one call).
 */
public final class EfCall {
  private final String method;
  private final String path;
  private final Map<String, String> pathParams;
  private final String user;
  private final Map<String, String> args;
  private final Request request;

  private EfCall(
      String method,
      String path,
      Map<String, String> pathParams,
      String user,
      Map<String, String> args,
      Request request) {
    this.method = method;
    this.path = path;
    this.pathParams = Map.copyOf(pathParams);
    this.user = user;
    this.args = Collections.unmodifiableMap(args);
    this.request = request;
  }

  /**
   * @param pathParams the route's path parts, still percent-encoded
   * @throws EfError 400 InvalidArgument when the body is not a JSON object
   */
  public static EfCall of(Request request, Map<String, String> pathParams, String user) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    Map<String, String> args = new LinkedHashMap<>();
    if (question >= 0) {
      putQueryArgs(url.substring(question + 1), args);
    }
    putBodyArgs(request, args);
    return new EfCall(request.getMethod().getName(), path, pathParams, user, args, request);
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** A {@code {name}} part of the route's path, decoded on its own (so %2F stays inside a name). */
  public String pathParam(String name) {
    String raw = pathParams.get(name);
    if (raw == null) {
      throw new IllegalStateException("The route has no path part {" + name + "}");
    }
    return PathCodec.decodePath(raw);
  }

  /**
   * What a route's trailing {@code **} matched, decoded as a whole (so {@code //projects/P/x} and
   * {@code %2Fprojects%2FP%2Fx} both become {@code /projects/P/x}); "" when it matched nothing.
   */
  public String restOfPath() {
    return PathCodec.decodePath(pathParams.getOrDefault(Route.REST_OF_PATH, ""));
  }

  public String user() {
    return user;
  }

  public Request request() {
    return request;
  }

  /** The argument, or null when absent. */
  public String arg(String name) {
    return args.get(name);
  }

  public boolean has(String name) {
    return args.containsKey(name);
  }

  /**
   * @throws EfError 400 MissingArgument when absent or empty
   */
  public String required(String name) {
    String value = args.get(name);
    if (value == null || value.isEmpty()) {
      throw EfError.missingArgument(name);
    }
    return value;
  }

  /**
   * A boolean argument: {@code true}/{@code false} in any case (a public client sends {@code
   * "tracked":"true"}) or EF's own {@code 1}/{@code 0}; absent is false.
   */
  public boolean flag(String name) {
    String value = args.get(name);
    return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
  }

  public EfError notImplemented() {
    return EfError.notImplemented(method, path);
  }

  private static void putQueryArgs(String query, Map<String, String> args) {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = PathCodec.decodeQuery(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : PathCodec.decodeQuery(pair.substring(equals + 1));
      args.putIfAbsent(name, value); // the first occurrence of a repeated parameter counts
    }
  }

  private static void putBodyArgs(Request request, Map<String, String> args) {
    String body = bodyText(request);
    if (body.isBlank()) {
      return;
    }
    Object parsed;
    try {
      parsed = JsonText.read(body);
    } catch (IllegalArgumentException malformed) {
      throw EfError.badRequest("InvalidArgument", "The request body is not valid JSON");
    }
    if (!(parsed instanceof Map<?, ?> fields)) {
      throw EfError.badRequest("InvalidArgument", "The request body must be a JSON object");
    }
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      Object value = field.getValue();
      if (value == null) {
        continue;
      }
      String text =
          value instanceof Map<?, ?> || value instanceof List<?>
              ? JsonText.writeAsSent(value)
              : String.valueOf(value);
      if (value instanceof Boolean bool) {
        text = bool ? "1" : "0"; // EF booleans are "0"/"1"
      }
      args.put(String.valueOf(field.getKey()), text);
    }
  }

  /**
   * The body decoded with the Content-Type's charset (UTF-8 when none or empty). Not WireMock's
   * getBodyAsString, which throws on an unknown or empty charset instead of letting us refuse it.
   */
  private static String bodyText(Request request) {
    byte[] body = request.getBody();
    if (body == null || body.length == 0) {
      return "";
    }
    return new String(body, charsetOf(request.getHeader("Content-Type")));
  }

  private static Charset charsetOf(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    for (String parameter : contentType.split(";")) {
      String trimmed = parameter.trim();
      if (trimmed.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = trimmed.substring(8).replace("\"", "").trim();
        if (name.isEmpty()) {
          return StandardCharsets.UTF_8;
        }
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException unsupported) { // illegal or unsupported charset name
          throw EfError.badRequest(
              "InvalidArgument", "Unsupported charset '" + name + "' in the Content-Type header");
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
