package io.flowcheck.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * A seeded stream of random, malformed and oversized requests: mostly with valid credentials, so
 * that they get past the credential check and reach the handlers. Names never include
 * PythonProperty, so the KB property survives every run.
 */
final class FuzzRequests {
  private static final String API = "/rest/v1.0";
  private static final String[] COLLECTIONS = {
    "/properties",
    "/propertySheets",
    "/projects",
    "/artifacts",
    "/artifactVersions",
    "/repositories",
    "/server",
    "/sessions"
  };
  private static final String[] NAMES = {
    "fuzz",
    "p1",
    "sheet",
    "a%20b",
    "x:y",
    "g:k",
    "g:k:1.0",
    "default",
    "status",
    "versions",
    "properties",
    "project",
    "fuzz-sheet",
    "1.0.0-7",
    "%2Fprojects%2FDefault%2Fp1" // not "Default": DELETE /projects/Default would end the run
  };
  private static final String[] ARG_NAMES = {
    "projectName",
    "propertyName",
    "value",
    "description",
    "artifactName",
    "artifactVersionName",
    "propertySheetId",
    "groupId",
    "artifactKey",
    "version",
    "propertyType",
    "userName",
    "password",
    "tracked",
    "resourceName",
    "request",
    "serverStateOnly",
    "repositoryName",
    "artifactVersionState",
    "expand"
  };
  private static final String[] METHODS = {
    "GET",
    "GET",
    "GET",
    "PUT",
    "PUT",
    "POST",
    "POST",
    "DELETE",
    "PATCH",
    "OPTIONS",
    "HEAD",
    "TRACE",
    "get",
    "PROPFIND"
  };
  private static final String[] CONTENT_TYPES = {
    "application/json",
    "application/json; charset=UTF-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "application/json; charset=bogus",
    "application/json; charset=UTF-16",
    "application/json; charset=",
    "multipart/form-data; boundary=zz",
    "multipart/form-data",
    "application/xml",
    ";;",
    "*/*",
    "application/json;charset"
  };

  private final Random random;
  private final String basicToken;

  FuzzRequests(long seed, String user, String password) {
    this.random = new Random(seed);
    this.basicToken =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  FuzzRequest next() {
    String method = pick(METHODS);
    String kind;
    String target;
    int shape = random.nextInt(20);
    if (shape < 8) {
      kind = "route";
      target = API + pick(COLLECTIONS) + segments(pick(0, 1, 1, 2, 3));
    } else if (shape < 12) {
      kind = "call";
      String[] call = call();
      method = call[0];
      target = API + call[1];
    } else if (shape < 14) {
      kind = "unknown";
      target = API + "/" + segment() + segments(random.nextInt(2));
    } else if (shape < 16) {
      kind = "absolute";
      target =
          API
              + "/properties/"
              + pick("/", "%2F", "")
              + pick(
                  "projects/Default",
                  "projects/fuzz",
                  "artifacts/g:k",
                  "artifactVersions/g:k:1.0",
                  "projects")
              + segments(random.nextInt(3));
    } else if (shape < 18) {
      kind = "odd-structure";
      target =
          pick(
              API,
              API + "/",
              API + "//properties//p1",
              API + "/properties/../projects",
              API + "/./projects",
              API + "/properties/%2e%2e/%2e%2e/x",
              API + "/projects/",
              API + "///",
              API + "/properties;jsessionid=x/p1",
              API + "/PROPERTIES/p1",
              API + "/properties/p1/");
    } else {
      kind = "outside";
      target =
          pick(
              "/",
              "/rest",
              "/rest/v2.0/projects",
              "/REST/v1.0/projects",
              "/rest/v1.0/../../etc/passwd",
              "/rest/v1.0%2Fprojects",
              "/rest/v1.0.1/projects",
              "/favicon.ico",
              "/__adminx",
              "/" + segment());
      // Not /__admin%2F...: Jetty hands that to WireMock's own admin API, which is not the EF API.
    }
    target += query();
    List<String> headers = headers();
    byte[] body = body(method);
    if (body != null && random.nextInt(3) > 0) {
      headers.add("Content-Type");
      headers.add(pick(CONTENT_TYPES));
    }
    if (body != null && random.nextInt(25) == 0) {
      headers.add("Content-Encoding");
      headers.add(pick("gzip", "deflate", "br", "x-garbage", "identity"));
    }
    boolean raw = random.nextInt(40) == 0 || !uriAccepts(target);
    if (raw && random.nextInt(10) == 0) {
      kind += "+bad-http";
      headers.add(pick("Bad Header Name", "X-Ctl", "X-Long"));
      headers.add(pick("x", "a\u0001b", "y".repeat(70_000)));
    }
    return new FuzzRequest(method, target, headers, body, raw, kind);
  }

  /** A real operation of the simulator with fuzzed names and values, as {verb, path and query}. */
  private String[] call() {
    String name = pick("p1", "p2", "sheet/leaf", "fuzz-sheet/a/b", segment());
    return switch (random.nextInt(14)) {
      case 0, 1 ->
          new String[] {"PUT", "/properties/" + name + "?projectName=fuzz&value=" + value()};
      case 2, 3 ->
          new String[] {
            "GET", "/properties/" + name + "?projectName=" + pick("fuzz", "Default", "fuzz")
          };
      case 4 ->
          new String[] {
            "GET",
            "/properties?projectName=" + pick("fuzz", "Default") + pick("", "&propertyName=" + name)
          };
      case 5 ->
          new String[] {
            "POST",
            "/properties?projectName=fuzz&propertyName="
                + name
                + "&value="
                + value()
                + pick("", "&propertyType=sheet", "&propertyType=" + value())
          };
      case 6 -> new String[] {"DELETE", "/properties/" + name + "?projectName=fuzz"};
      case 7 ->
          pick(
              new String[] {"POST", "/projects?projectName=" + value()},
              new String[] {"GET", "/projects/fuzz"},
              new String[] {"PUT", "/projects/fuzz?description=" + value()},
              new String[] {"GET", "/projects"});
      case 8 ->
          pick(
              new String[] {"POST", "/artifacts?groupId=" + value() + "&artifactKey=" + value()},
              new String[] {"GET", "/artifacts/g:k"},
              new String[] {"PUT", "/artifacts/g:k?description=" + value()});
      case 9 ->
          pick(
              new String[] {
                "POST",
                "/artifactVersions?artifactName=g:k&version="
                    + pick("1.0." + random.nextInt(50), value())
              },
              new String[] {"GET", "/artifactVersions?artifactName=g:k"},
              new String[] {"GET", "/artifactVersions/g:k:1.0.1"});
      case 10 ->
          new String[] {
            "GET",
            pick(
                "/server/status",
                "/server/status?serverStateOnly=true",
                "/server/versions",
                "/repositories",
                "/repositories/default")
          };
      case 11 ->
          new String[] {
            "POST",
            "/sessions"
                + pick(
                    "?userName=admin&password=changeme",
                    "?userName=" + value() + "&password=" + value())
          };
      case 12 -> new String[] {"GET", "/propertySheets/" + segment()};
      default ->
          new String[] {
            pick("GET", "PUT"), "/properties/%2Fprojects%2Ffuzz%2F" + name + "?value=" + value()
          };
    };
  }

  private String segments(int count) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < count; i++) {
      path.append('/').append(segment());
    }
    return path.toString();
  }

  private String segment() {
    // Cases 2 and 5 are what java.net.URI refuses, so they go over raw sockets (slower: one TLS
    // handshake each); the wider range keeps them to about one request in ten.
    return switch (random.nextInt(30)) {
      case 0 -> pick("..", ".", "%2e%2e", "%2E");
      case 1 -> pick("%00", "a%00b", "%0A", "%0d%0a", "%7F");
      case 2 ->
          pick("%ZZ", "%", "%4", "100%", "%%30"); // bad escapes: only a raw socket carries these
      case 3 -> "s".repeat(1 + random.nextInt(random.nextBoolean() ? 300 : 20_000));
      case 4 ->
          pick(
              "日本語",
              "%E6%97%A5%E6%9C%AC",
              "é",
              "%C3%A9",
              "😀",
              "%F0%9F%98%80",
              "%C3%28",
              "%FF%FE",
              "\u202Eevil");
      case 5 ->
          pick(
              "", "", "a b", "a\\b", "<x>", "\"q\"", "{x}", "a|b", "^",
              "`"); // empty = double slash
      case 6 ->
          pick("%2F", "a%2Fb", "%5C", "%3F", "%23", "%26", "%3D", "+", ";", ":", "@", "!$&'()*,");
      case 7 -> randomToken(1 + random.nextInt(40));
      default -> pick(NAMES);
    };
  }

  private String query() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> "";
      case 3, 4, 5 ->
          "?"
              + pick(
                  "projectName=Default",
                  "projectName=fuzz",
                  "artifactName=g:k",
                  "projectName=nope",
                  "propertySheetId=x")
              + pairs(random.nextInt(4));
      case 6 ->
          "?"
              + pick(
                  "",
                  "&&",
                  "=",
                  "a",
                  "a=%",
                  "a=%ZZ",
                  "%ZZ=1",
                  "a=%00",
                  "a=1&a=2",
                  "==",
                  "?",
                  "a=b=c",
                  "+=+",
                  "%3D=%26",
                  "value=" + "v".repeat(10_000 + random.nextInt(30_000)),
                  "projectName=Default&propertyName=/projects/Default/p1",
                  "request=modifyProperty&projectName=Default",
                  "serverStateOnly=maybe",
                  "propertyName=&projectName=");
      default -> "?" + pairs(1 + random.nextInt(5)).substring(1);
    };
  }

  private String pairs(int count) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < count; i++) {
      query.append('&').append(pick(ARG_NAMES)).append('=').append(value());
    }
    return query.toString();
  }

  private String value() {
    return switch (random.nextInt(8)) {
      case 0 -> "";
      case 1 -> segment();
      case 2 ->
          pick(
              "1",
              "0",
              "true",
              "false",
              "-1",
              "1e400",
              "NaN",
              "null",
              "available",
              "sheet",
              "string",
              "Default");
      default -> randomToken(1 + random.nextInt(12));
    };
  }

  private List<String> headers() {
    List<String> headers = new ArrayList<>();
    int auth = random.nextInt(100);
    String authorization =
        auth < 85
            ? basicToken
            : auth < 90
                ? null
                : auth < 93
                    ? "Basic "
                        + Base64.getEncoder()
                            .encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8))
                    : auth < 95
                        ? pick(
                            "Basic !!!",
                            "Basic",
                            "Bearer x",
                            "Basic " + "A".repeat(5000),
                            "Basic Og==")
                        : null;
    if (authorization != null) {
      headers.add("Authorization");
      headers.add(authorization);
    }
    if (auth >= 95) {
      headers.add(pick("sessionId", "SESSIONID", "Cookie"));
      headers.add(
          pick(
              "garbage",
              "",
              "sessionId=",
              "sessionId=XYZ; other=1",
              ";;;",
              "=",
              "sessionId=" + "Z".repeat(3000)));
    }
    if (random.nextInt(5) == 0) {
      headers.add("Accept");
      headers.add(pick("text/html", "*/*", "application/xml", "", "application/json;q=0"));
    }
    return headers;
  }

  private byte[] body(String method) {
    boolean writes = method.equals("PUT") || method.equals("POST") || method.equals("PATCH");
    if (random.nextInt(writes ? 4 : 8) != 0) {
      return writes && random.nextBoolean() ? jsonObject().getBytes(StandardCharsets.UTF_8) : null;
    }
    return switch (random.nextInt(12)) {
      case 0 ->
          pick(
                  "{",
                  "{\"a\":",
                  "[1,2",
                  "nul",
                  "'single'",
                  "{\"a\":1,}",
                  "{} x",
                  "{\"a\" 1}",
                  "\u0000",
                  "{\"a\":\"\\u12\"}")
              .getBytes(StandardCharsets.UTF_8);
      case 1 ->
          pick("[]", "1", "\"s\"", "null", "true", "", "   \n\t", "[{}]", "-0", "1e999")
              .getBytes(StandardCharsets.UTF_8);
      case 2 ->
          ("{\"projectName\":\"fuzz\",\"value\":\"" + "m".repeat(1 << 20) + "\"}")
              .getBytes(StandardCharsets.UTF_8); // 1 MB
      case 3 ->
          random.nextBoolean()
              ? "[".repeat(50_000).getBytes(StandardCharsets.UTF_8)
              : ("{\"value\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001))
                  .getBytes(StandardCharsets.UTF_8);
      case 4 ->
          new byte[] {
            '{',
            '"',
            'v',
            'a',
            'l',
            'u',
            'e',
            '"',
            ':',
            '"',
            (byte) 0xC3,
            (byte) 0x28,
            (byte) 0xFF,
            '"',
            '}'
          };
      case 5 -> ("\uFEFF" + jsonObject()).getBytes(StandardCharsets.UTF_8);
      case 6 -> jsonObject().getBytes(StandardCharsets.UTF_16);
      case 7 ->
          pick(
                  "a=b&projectName=Default",
                  "<xml/>",
                  "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--zz--")
              .getBytes(StandardCharsets.UTF_8);
      default -> jsonObject().getBytes(StandardCharsets.UTF_8);
    };
  }

  /** A JSON object with known argument names whose values are often of the wrong type. */
  private String jsonObject() {
    StringBuilder json = new StringBuilder("{");
    int fields = random.nextInt(6);
    for (int i = 0; i < fields; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append('"')
          .append(random.nextInt(10) == 0 ? randomToken(5) : pick(ARG_NAMES))
          .append("\":");
      json.append(
          switch (random.nextInt(10)) {
            case 0 -> pick("1", "-1.5", "1e308", "123456789012345678901234567890", "0");
            case 1 -> pick("[]", "[1,\"a\",null]", "[[[]]]");
            case 2 -> pick("{}", "{\"a\":{\"b\":1}}", "{\"value\":\"x\"}");
            case 3 -> pick("null", "true", "false");
            case 4 -> "\"" + "w".repeat(random.nextInt(70_000)) + "\"";
            case 5 ->
                pick(
                    "\"\\u0000\"",
                    "\"\\ud800\"",
                    "\"日本\"",
                    "\"\\n\\t\"",
                    "\"  padded  \"",
                    "\"/projects/Default/p1\"");
            default ->
                "\""
                    + pick(
                        "Default",
                        "fuzz",
                        "p1",
                        "sheet",
                        "g:k",
                        "1.0",
                        "string",
                        "sheet",
                        "available",
                        "")
                    + "\"";
          });
    }
    return json.append('}').toString();
  }

  private String randomToken(int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
    StringBuilder token = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }

  private static boolean uriAccepts(String target) {
    try {
      URI uri = URI.create("https://localhost" + target);
      return uri.getRawPath() != null;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }
}
