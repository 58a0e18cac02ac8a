package io.flowcheck.framework.client;

/** The TLS handshake failed, most often a self-signed certificate under strict mode. */
public final class EfTlsException extends EfException {
  private static final long serialVersionUID = 1L;

  public EfTlsException(String hostAndPort, String reason) {
    super(
        "EF TLS failure: the certificate of "
            + hostAndPort
            + " is not trusted ("
            + reason
            + "): "
            + "set ef.tls=relaxed to accept any certificate, or point ef.tls.truststore at a "
            + "truststore that holds it");
  }
}
