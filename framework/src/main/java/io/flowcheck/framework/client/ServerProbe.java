package io.flowcheck.framework.client;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.TlsMode;
import io.flowcheck.framework.http.TlsSupport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Fails fast at the start of a run: one TCP connect, and for HTTPS one handshake with the run's own
 * trust settings, so "wrong host", "server down" and "untrusted certificate" each get their
 * one-line message before any scenario starts. For {@code http://} it sends one plain request and
 * looks at the first bytes of the answer (see {@link PlainOrTls}), because an HTTPS server behind
 * an {@code http://} URL otherwise surfaces only as the HTTP client's bare {@code
 * ClientProtocolException}, or as a connection closed without an answer. It lives with the client
 * because it raises the client's own failures; the http package stays below the client and imports
 * nothing from it.
 */
public final class ServerProbe {
  private ServerProbe() {}

  public static void check(EfSettings settings) {
    URI server = settings.server();
    String host = server.getHost();
    boolean https = "https".equals(server.getScheme());
    int port = settings.serverPort();
    String where = settings.serverAddress();
    int connectMillis = (int) settings.connectTimeout().toMillis();
    PlainOrTls.Answer plainAnswer = null;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), connectMillis);
      if (https) {
        handshake(settings, socket, host, port);
      } else {
        plainAnswer = PlainOrTls.firstAnswer(socket, host, port, settings.readTimeout());
      }
    } catch (UnknownHostException e) {
      throw new EfUnreachableException(
          "unknown host '" + host + "' in ef.server: check the spelling of ef.server");
    } catch (SocketTimeoutException e) {
      throw new EfUnreachableException(
          "no connection to "
              + where
              + " within "
              + settings.connectTimeout().toMillis()
              + "ms (ef.timeout.connect): check ef.server and the network");
    } catch (SSLException e) {
      throw new EfTlsException(where, Failures.reason(e));
    } catch (IOException e) {
      throw new EfUnreachableException(
          "cannot connect to "
              + where
              + " ("
              + Failures.reason(e)
              + "): check ef.server and that the server is running");
    }
    // After the plain connection is closed: a server may serve one connection at a time.
    if (plainAnswer != null && speaksTls(plainAnswer, settings)) {
      throw PlainOrTls.useHttps(settings);
    }
  }

  /**
   * A TLS record says so at once; a closed, reset or garbled answer needs a handshake to tell a TLS
   * port from a broken HTTP server. Silence and HTTP pass: the first real call reports them.
   */
  private static boolean speaksTls(PlainOrTls.Answer answer, EfSettings settings) {
    return switch (answer) {
      case TLS_RECORD -> true;
      case NOT_HTTP -> PlainOrTls.handshakeSucceeds(settings);
      case HTTP, SILENCE -> false;
    };
  }

  private static void handshake(EfSettings settings, Socket plain, String host, int port)
      throws IOException {
    plain.setSoTimeout((int) settings.readTimeout().toMillis());
    try (SSLSocket tls =
        (SSLSocket)
            TlsSupport.sslContext(settings)
                .getSocketFactory()
                .createSocket(plain, host, port, false)) {
      if (settings.tls() == TlsMode.STRICT) {
        SSLParameters params = tls.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS"); // check the host name too
        tls.setSSLParameters(params);
      }
      tls.startHandshake();
    }
  }
}
