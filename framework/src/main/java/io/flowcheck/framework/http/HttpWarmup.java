package io.flowcheck.framework.http;

import io.qameta.allure.attachment.http.HttpRequestAttachment;
import io.qameta.allure.attachment.http.HttpResponseAttachment;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import java.util.Map;

/**
 * Loads and links what the first real request needs (Groovy's runtime, REST Assured's request
 * building, the attachment templates, JSSE) without touching the network: the request is answered
 * by a filter that never sends it. Before this, the run's first request spent several seconds of
 * one thread on exactly this; done on a background thread while Cucumber discovers the features, it
 * overlaps with work that must happen anyway. It changes no shared state: no static REST Assured
 * configuration, no Allure lifecycle.
 */
public final class HttpWarmup {
  private static final String NOWHERE = "https://warmup.invalid/rest/v1.0/properties//projects/p/x";

  private HttpWarmup() {}

  public static void run() {
    TlsSupport.relaxed();
    Filter answerHere =
        (request, responseSpec, ctx) -> {
          request.getDerivedPath();
          request.getURI();
          request.getHeaders().forEach(h -> h.getValue());
          request.getCookies().forEach(c -> c.getValue());
          return new ResponseBuilder()
              .setStatusCode(200)
              .setStatusLine("HTTP/1.1 200 OK")
              .setContentType("application/json")
              .setBody("{\"sessionId\":\"warmup\"}")
              .build();
        };
    Response answer =
        RestAssured.given()
            .config(
                RestAssuredConfig.config()
                    .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                    .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
            .urlEncodingEnabled(false)
            .accept("application/json")
            .header("Cookie", "sessionId=warmup")
            .contentType("application/json; charset=UTF-8")
            .body("{\"value\":\"warmup\"}")
            .filter(answerHere)
            .request("POST", NOWHERE + "?request=setProperty");
    answer.getStatusCode();
    answer.getStatusLine();
    answer.getBody().asString();
    answer.getHeaders().forEach(h -> h.getValue());
    new CachedTemplateRenderer("flowcheck-http-request.ftl")
        .render(
            HttpRequestAttachment.Builder.create("Request", NOWHERE)
                .setMethod("POST")
                .setHeaders(Map.of("Accept", "application/json"))
                .setBody("{}")
                .build());
    new CachedTemplateRenderer("flowcheck-http-response.ftl")
        .render(
            HttpResponseAttachment.Builder.create("Response")
                .setResponseCode(200)
                .setHeaders(Map.of("Content-Type", "application/json"))
                .setBody("{}")
                .build());
    JsonBodies.pretty("{\"warmup\":[1,2]}");
  }
}
