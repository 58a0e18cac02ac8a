package io.flowcheck.framework.http;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.TlsMode;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.WeakHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the SSLContext a client uses, from {@code ef.tls} and {@code ef.tls.truststore}. One
 * context per trust setting for the whole JVM: the run's probe and its clients then share the
 * context's TLS session cache, so the pool's first connection can resume the probe's session
 * instead of starting a second full handshake.
 */
public final class TlsSupport {
  // Guarded by its own monitor (see sslContext): a look-up and its put must be one step.
  private static final Map<KeyStore, SSLContext> BY_TRUST_STORE = new WeakHashMap<>();

  private TlsSupport() {}

  public static SSLContext sslContext(EfSettings settings) {
    try {
      if (settings.tls() == TlsMode.RELAXED) {
        return Relaxed.SHARED;
      }
      if (settings.trustStore() == null) {
        return SSLContext.getDefault();
      }
      synchronized (BY_TRUST_STORE) {
        SSLContext known = BY_TRUST_STORE.get(settings.trustStore());
        if (known == null) {
          known = trusting(settings.trustStore());
          BY_TRUST_STORE.put(settings.trustStore(), known);
        }
        return known;
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static SSLContext trusting(KeyStore trustStore) throws GeneralSecurityException {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trustStore);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
    return ctx;
  }

  /** The relaxed context, made on first use. */
  private static final class Relaxed {
    static final SSLContext SHARED = relaxed();
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
