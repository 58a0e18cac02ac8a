package io.flowcheck.framework.http;

import io.flowcheck.framework.config.EfSettings;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Makes a client's REST Assured requests. Nothing here touches the static {@code RestAssured.*}
 * fields, so clients for different servers and users live side by side.
 *
 * <p>The config (with its one pooled HTTP client) and the attachment filter are built once; each
 * request sets just those on a fresh {@code given()}. Merging a prepared {@code
 * RequestSpecification} into each request instead ({@code given().spec(spec)}) was the largest
 * share of the client's own time per call in a profile: REST Assured copies and re-merges every
 * field of the spec through Groovy. Base URI, port and base path are not needed: the transport
 * always requests a full URL.
 */
public final class HttpSetup {
  private final RestAssuredConfig config;
  private final MaskedAllureAttachments attachments;

  private HttpSetup(RestAssuredConfig config, MaskedAllureAttachments attachments) {
    this.config = config;
    this.attachments = attachments;
  }

  public static HttpSetup forClient(EfSettings settings, SecretMasker masker) {
    RestAssuredConfig config =
        RestAssuredConfig.config()
            .httpClient(
                HttpClientConfig.httpClientConfig()
                    .reuseHttpClientInstance()
                    .httpClientFactory(new PooledHttpClientFactory(settings)))
            // A redirect to another host is reported, never followed with our credentials.
            .redirect(RedirectConfig.redirectConfig().followRedirects(false))
            // REST Assured adds its gzip interceptors to the shared client on every request; under
            // parallel calls that list is corrupted ("Not in GZIP format"). The pooled client
            // handles compression itself, set up once.
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    return new HttpSetup(config, new MaskedAllureAttachments(masker));
  }

  /** A new request for one try of a call, to be sent to a full URL. */
  public RequestSpecification newRequest() {
    return RestAssured.given()
        .config(config)
        .urlEncodingEnabled(false)
        .accept("application/json")
        .filter(attachments);
  }
}
