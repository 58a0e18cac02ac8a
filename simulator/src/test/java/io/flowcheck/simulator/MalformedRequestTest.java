package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests the fuzzer found mishandled (HTML pages, 500s), each pinned to its envelope answer. */
class MalformedRequestTest {
  private static final String ADMIN = "Basic YWRtaW46Y2hhbmdlbWU=";
  private static EfSimulator sim;
  private static RawHttps raw;

  @BeforeAll
  static void startSimulator() {
    sim = EfSimulator.builder().start();
    raw = new RawHttps(SimulatorClient.sslContextTrusting(sim), "127.0.0.1", sim.port(), 10_000);
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  private static Reply send(String method, String target, byte[] body, String... headers)
      throws IOException {
    List<String> all = new ArrayList<>(List.of("Authorization", ADMIN));
    all.addAll(List.of(headers));
    RawHttps.Answer answer = raw.send(method, target, all, body);
    assertEquals("application/json; charset=UTF-8", answer.header("content-type"), answer.body());
    return new Reply(
        answer.status(), answer.body(), HttpHeaders.of(Map.of(), (name, value) -> true));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jettysParserRefusalsAreEnvelopesNotHtml() throws IOException {
    assertTrue(
        send("GET", "/rest/v1.0/projects/%ZZ", null)
            .assertError(400, "InvalidArgument")
            .startsWith("Malformed request: "));
    send("GET", "/rest/v1.0/projects/a%00b", null).assertError(400, "InvalidArgument");
    send("GET", "/rest/v1.0/projects", null, "X-Ctl", "a\u0001b")
        .assertError(400, "InvalidArgument");
    send("GET", "/rest/v1.0/projects", null, "X-Long", "y".repeat(70_000))
        .assertError(431, "InvalidArgument");
  }

  @Test
  void wireMocksOwnRequestReadingFailuresAreBadRequestsOnEveryVerb() throws IOException {
    for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
      send(method, "/rest/v1.0/projects?a=%ZZ", null).assertError(400, "InvalidArgument");
      send(method, "/rest/v1.0/projects?a=%", null).assertError(400, "InvalidArgument");
    }
    send("POST", "/rest/v1.0/projects", utf8("{}"), "Content-Type", "multipart/form-data")
        .assertError(400, "InvalidArgument");
    send("PUT", "/rest/v1.0/projects/Default", utf8("{}"), "Content-Encoding", "gzip")
        .assertError(400, "InvalidArgument");
    send("PUT", "/rest/v1.0/projects/Default", utf8("{"), "Content-Encoding", "gzip")
        .assertError(400, "InvalidArgument");
  }

  @Test
  void aGzippedJsonBodyStillWorks() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(utf8("{\"projectName\":\"Default\",\"value\":\"zipped\"}"));
    }
    Reply reply =
        send(
            "PUT",
            "/rest/v1.0/properties/gz",
            zipped.toByteArray(),
            "Content-Encoding",
            "gzip",
            "Content-Type",
            "application/json");
    assertEquals("zipped", reply.assertOk().at("/property/value"));
  }

  @Test
  void anUnknownCharsetIsRefusedAndAnEmptyOneMeansUtf8() throws IOException {
    assertEquals(
        "Unsupported charset 'bogus' in the Content-Type header",
        send(
                "PUT",
                "/rest/v1.0/properties/cs?projectName=Default",
                utf8("{\"value\":\"v\"}"),
                "Content-Type",
                "application/json; charset=bogus")
            .assertError(400, "InvalidArgument"));
    Reply reply =
        send(
            "PUT",
            "/rest/v1.0/properties/cs?projectName=Default",
            utf8("{\"value\":\"é\"}"),
            "Content-Type",
            "application/json; charset=");
    assertEquals("é", reply.assertOk().at("/property/value"));
    byte[] utf16 = "{\"value\":\"wide\"}".getBytes(StandardCharsets.UTF_16);
    assertEquals(
        "wide",
        send(
                "PUT",
                "/rest/v1.0/properties/cs?projectName=Default",
                utf16,
                "Content-Type",
                "application/json; charset=UTF-16")
            .assertOk()
            .at("/property/value"));
  }

  @Test
  void theSimulatorSpeaksHttp11OnlyEvenToAClientOfferingHttp2() throws Exception {
    // Jetty's HTTP/2 answers an illegal :path with GOAWAY, which fails every request on the
    // connection.
    HttpClient client =
        HttpClient.newBuilder().sslContext(SimulatorClient.sslContextTrusting(sim)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/server/status"))
            .header("Authorization", ADMIN)
            .build();
    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
    assertEquals(200, response.statusCode());
    assertEquals(HttpClient.Version.HTTP_1_1, response.version());
  }
}
