package io.flowcheck.framework.client;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.http.TlsSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/**
 * Whether a server reached through {@code http://} really speaks TLS. A TLS server answers plain
 * bytes in one of three ways: with a TLS record (most often an alert: content type 21, version 3.x)
 * where an HTTP server answers {@code HTTP/}, as Jetty does; by closing the connection; or by
 * resetting it. The first is told from the answer's first two bytes. The other two look like any
 * broken server, so only a TLS handshake on the same port can tell: it trusts every certificate,
 * because it only asks whether TLS answers, and sends no request.
 */
final class PlainOrTls {
  /** Long enough for a handshake on a slow link, short enough not to hide the real failure. */
  static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(2);

  private static final int TLS_MAJOR_VERSION = 3;
  private static final int FIRST_RECORD_TYPE = 20; // change_cipher_spec
  private static final int LAST_RECORD_TYPE = 23; // application_data

  /** What a server sent back to a plain HTTP request. */
  enum Answer {
    /** Starts like HTTP: whatever else is wrong, the port speaks HTTP. */
    HTTP,
    /** A TLS record: the port speaks TLS. */
    TLS_RECORD,
    /** Closed, reset, or bytes that are neither HTTP nor TLS: a handshake may tell. */
    NOT_HTTP,
    /** Nothing within the read timeout: inconclusive, the first real call reports it. */
    SILENCE
  }

  private PlainOrTls() {}

  /** Sends one harmless HEAD over the connected socket and reads the answer's first bytes. */
  static Answer firstAnswer(Socket socket, String host, int port, Duration readTimeout) {
    try {
      socket.setSoTimeout((int) readTimeout.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(
          ("HEAD / HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      int first = in.read();
      int second = first < 0 ? -1 : in.read();
      if (isTlsRecordStart(first, second)) {
        return Answer.TLS_RECORD;
      }
      return first == 'H' && second == 'T' ? Answer.HTTP : Answer.NOT_HTTP;
    } catch (SocketTimeoutException quiet) {
      return Answer.SILENCE;
    } catch (IOException reset) {
      return Answer.NOT_HTTP;
    }
  }

  /** A TLS record starts with its content type (20-23) and the major version 3. */
  static boolean isTlsRecordStart(int firstByte, int secondByte) {
    return firstByte >= FIRST_RECORD_TYPE
        && firstByte <= LAST_RECORD_TYPE
        && secondByte == TLS_MAJOR_VERSION;
  }

  /**
   * Whether a TLS handshake succeeds at the run's host and port, within the shorter of {@link
   * #HANDSHAKE_TIMEOUT} and the run's own timeouts. Any failure is a no: the caller then reports
   * the failure it already has.
   */
  static boolean handshakeSucceeds(EfSettings settings) {
    String host = settings.server().getHost();
    int port = settings.serverPort();
    int connectMillis = (int) shorter(settings.connectTimeout()).toMillis();
    int readMillis = (int) shorter(settings.readTimeout()).toMillis();
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(host, port), connectMillis);
      plain.setSoTimeout(readMillis);
      try (SSLSocket tls =
          (SSLSocket)
              TlsSupport.relaxed().getSocketFactory().createSocket(plain, host, port, false)) {
        tls.startHandshake();
        return true;
      }
    } catch (IOException | RuntimeException notTls) {
      return false;
    }
  }

  /**
   * The one line for an {@code http://} URL in front of a TLS port: the same URL with {@code
   * https}, keeping the port the run actually used.
   */
  static EfUnreachableException useHttps(EfSettings settings) {
    return new EfUnreachableException(
        "ef.server is "
            + settings.server()
            + ", but this port speaks TLS: use "
            + asHttps(settings.server(), settings.serverPort()),
        false);
  }

  static String asHttps(URI server, int port) {
    try {
      return new URI(
              "https",
              server.getUserInfo(),
              server.getHost(),
              port,
              server.getPath(),
              server.getQuery(),
              server.getFragment())
          .toString();
    } catch (URISyntaxException e) {
      return "https://" + server.getHost() + ":" + port;
    }
  }

  private static Duration shorter(Duration configured) {
    return configured.compareTo(HANDSHAKE_TIMEOUT) < 0 ? configured : HANDSHAKE_TIMEOUT;
  }
}
