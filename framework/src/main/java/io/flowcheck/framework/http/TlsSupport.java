package io.flowcheck.framework.http;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.TlsMode;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Builds the one SSLContext a client uses, from {@code ef.tls} and {@code ef.tls.truststore}. */
public final class TlsSupport {
  private TlsSupport() {}

  public static SSLContext sslContext(EfSettings settings) {
    try {
      if (settings.tls() == TlsMode.RELAXED) {
        return relaxed();
      }
      if (settings.trustStore() == null) {
        return SSLContext.getDefault();
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(settings.trustStore());
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /**
   * Accepts any certificate chain ({@code ef.tls=relaxed}); also for tools that only read figures
   * from a server with a self-signed certificate, such as the benchmark's admin client.
   */
  public static SSLContext relaxed() {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** Relaxed mode only: accepts any chain, like {@code verify=False}. */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
