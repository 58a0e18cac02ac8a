package io.flowcheck.framework.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Whether a server reached through {@code http://} really speaks TLS. A TLS server answers plain
 * bytes with a TLS record (most often an alert: content type 21, version 3.x) where an HTTP server
 * answers {@code HTTP/}; the first two bytes tell them apart without a handshake or any trust
 * decision. Anything inconclusive (silence, a closed connection, a reset) counts as "not TLS": the
 * first real call then reports what it meets.
 */
final class PlainOrTls {
  private static final int TLS_MAJOR_VERSION = 3;
  private static final int FIRST_RECORD_TYPE = 20; // change_cipher_spec
  private static final int LAST_RECORD_TYPE = 23; // application_data

  private PlainOrTls() {}

  /** Sends one harmless HEAD over the connected socket and reads the answer's first bytes. */
  static boolean answersWithTls(Socket socket, String host, int port, Duration readTimeout) {
    try {
      socket.setSoTimeout((int) readTimeout.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(
          ("HEAD / HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      int type = in.read();
      int major = type < 0 ? -1 : in.read();
      return isTlsRecordStart(type, major);
    } catch (IOException inconclusive) {
      return false;
    }
  }

  /** A TLS record starts with its content type (20-23) and the major version 3. */
  static boolean isTlsRecordStart(int firstByte, int secondByte) {
    return firstByte >= FIRST_RECORD_TYPE
        && firstByte <= LAST_RECORD_TYPE
        && secondByte == TLS_MAJOR_VERSION;
  }

  /** The same URL with {@code https}, keeping the port the run actually used. */
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
}
