package io.flowcheck.framework.http;

import io.flowcheck.framework.config.EfSettings;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.DecoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;

/**
 * Builds the one REST Assured specification a client owns. Nothing here touches the static {@code
 * RestAssured.*} fields, so clients for different servers and users live side by side.
 */
public final class HttpSetup {
  private HttpSetup() {}

  public static RequestSpecification specification(EfSettings settings, SecretMasker masker) {
    // The config must be set before anything else on the builder: setConfig replaces SSL config
    // too.
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
    URI server = settings.server();
    return new RequestSpecBuilder()
        .setConfig(config)
        .setBaseUri(server.getScheme() + "://" + server.getHost())
        .setPort(settings.serverPort())
        .setBasePath(EfSettings.API_PATH)
        .setUrlEncodingEnabled(false)
        .setAccept("application/json")
        .addFilter(new MaskedAllureAttachments(masker))
        .build();
  }
}
