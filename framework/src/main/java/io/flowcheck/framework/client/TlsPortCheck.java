package io.flowcheck.framework.client;

import io.flowcheck.framework.config.EfSettings;

/**
 * For a client of an {@code http://} URL: whether a call that failed the way a TLS port fails a
 * plain request (closed without an answer, reset, bytes that are not HTTP) failed because the port
 * speaks TLS. Not every TLS server answers plain bytes with a TLS record the run-start probe
 * recognises; many just close the connection, which alone reads like a broken server. The handshake
 * that tells them apart is tried at the first such failure only: a port does not change its
 * protocol during a run.
 */
final class TlsPortCheck {
  private final EfSettings settings;
  private volatile Boolean speaksTls; // null until a failure asked

  TlsPortCheck(EfSettings settings) {
    this.settings = settings;
  }

  /** {@code translated}, or the line saying to use https when the port speaks TLS. */
  EfException explain(Throwable thrown, EfException translated) {
    if (!"http".equals(settings.server().getScheme()) || !Failures.failedAtConnection(thrown)) {
      return translated;
    }
    Boolean known = speaksTls;
    if (known == null) {
      known = PlainOrTls.handshakeSucceeds(settings);
      speaksTls = known;
    }
    return known ? PlainOrTls.useHttps(settings) : translated;
  }
}
