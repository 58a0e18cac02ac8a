package io.flowcheck.framework.http;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.TlsMode;
import io.restassured.config.HttpClientConfig;
import org.apache.http.HttpRequest;
import org.apache.http.client.HttpClient;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.client.protocol.RequestAcceptEncoding;
import org.apache.http.client.protocol.ResponseContentEncoding;
import org.apache.http.conn.scheme.PlainSocketFactory;
import org.apache.http.conn.scheme.Scheme;
import org.apache.http.conn.scheme.SchemeRegistry;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.conn.ssl.X509HostnameVerifier;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.RequestWrapper;
import org.apache.http.impl.conn.PoolingClientConnectionManager;
import org.apache.http.params.BasicHttpParams;
import org.apache.http.params.HttpConnectionParams;
import org.apache.http.params.HttpParams;
import org.apache.http.protocol.HttpContext;

/**
 * One pooled, thread-safe Apache client per EF client. REST Assured's default makes a new client
 * (and so a new TLS handshake) per request, and its reusable default is not thread-safe; a pooling
 * connection manager gives keep-alive connections that parallel scenarios can share.
 */
@SuppressWarnings("deprecation") // REST Assured 6 still drives the Apache 4.x classic API.
final class PooledHttpClientFactory implements HttpClientConfig.HttpClientFactory {
  static final int MAX_CONNECTIONS = 16;

  private final EfSettings settings;

  PooledHttpClientFactory(EfSettings settings) {
    this.settings = settings;
  }

  /**
   * Apache's classic client "normalizes" the request URI and drops empty path segments, turning the
   * {@code /properties//projects/P/x} form that EF clients use for absolute property paths into a
   * relative one. Put the path back exactly as the caller wrote it.
   */
  private static void keepEmptyPathSegments(HttpRequest request, HttpContext context) {
    if (request instanceof RequestWrapper wrapper
        && wrapper.getOriginal() instanceof HttpUriRequest original) {
      String wanted = original.getURI().getRawPath();
      java.net.URI current = wrapper.getURI();
      if (wanted != null && wanted.contains("//") && !wanted.equals(current.getRawPath())) {
        String query = current.getRawQuery();
        wrapper.setURI(java.net.URI.create(wanted + (query == null ? "" : "?" + query)));
      }
    }
  }

  @Override
  public HttpClient createHttpClient() {
    X509HostnameVerifier hostnames =
        settings.tls() == TlsMode.RELAXED
            ? SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
            : SSLSocketFactory.BROWSER_COMPATIBLE_HOSTNAME_VERIFIER;
    SchemeRegistry schemes = new SchemeRegistry();
    schemes.register(new Scheme("http", 80, PlainSocketFactory.getSocketFactory()));
    schemes.register(
        new Scheme("https", 443, new SSLSocketFactory(TlsSupport.sslContext(settings), hostnames)));
    PoolingClientConnectionManager pool = new PoolingClientConnectionManager(schemes);
    pool.setMaxTotal(MAX_CONNECTIONS);
    pool.setDefaultMaxPerRoute(MAX_CONNECTIONS);
    HttpParams params = new BasicHttpParams();
    HttpConnectionParams.setConnectionTimeout(params, (int) settings.connectTimeout().toMillis());
    HttpConnectionParams.setSoTimeout(params, (int) settings.readTimeout().toMillis());
    HttpConnectionParams.setStaleCheckingEnabled(params, true);
    DefaultHttpClient client = new DefaultHttpClient(pool, params);
    // Apache retries I/O failures 3 times on its own; retries are our decision (ef.retries), made
    // visible in the reports, so switch its hidden ones off.
    client.setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
    client.addRequestInterceptor(PooledHttpClientFactory::keepEmptyPathSegments);
    client.addRequestInterceptor(new RequestAcceptEncoding());
    client.addResponseInterceptor(new ResponseContentEncoding());
    return client;
  }
}
