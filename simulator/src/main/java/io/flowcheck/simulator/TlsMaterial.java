package io.flowcheck.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * The bundled self-signed certificate (CN=localhost, SAN dns:localhost + ip:127.0.0.1, EC P-256,
 * valid 2025-2034), made once with keytool and committed, so clients can pin it via {@link
 * #trustStore()} instead of turning verification off.
 */
final class TlsMaterial {
  static final String KEYSTORE_RESOURCE = "ef-simulator-keystore.p12";
  static final String KEYSTORE_PASSWORD = "ef-simulator";
  static final String ALIAS = "ef-simulator";

  private TlsMaterial() {}

  static X509Certificate certificate() {
    try {
      return (X509Certificate) keyStore().getCertificate(ALIAS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot read the simulator certificate: " + e.getMessage(), e);
    }
  }

  /** A fresh PKCS12 store with the certificate as its only (trusted) entry. */
  static KeyStore trustStore() {
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry(ALIAS, certificate());
      return trust;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(
          "Cannot build the simulator trust store: " + e.getMessage(), e);
    }
  }

  private static KeyStore keyStore() throws GeneralSecurityException {
    try (InputStream in =
        TlsMaterial.class.getClassLoader().getResourceAsStream(KEYSTORE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + KEYSTORE_RESOURCE);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, KEYSTORE_PASSWORD.toCharArray());
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
