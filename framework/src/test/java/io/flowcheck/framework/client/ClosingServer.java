package io.flowcheck.framework.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A server on a free loopback port that answers no plain request: it closes (or resets) every
 * connection whose first byte is not a TLS handshake. With TLS, it completes a client's handshake
 * and then waits for the client to close; without, it is a broken plain server. Unlike Jetty, it
 * sends no TLS record that would give it away to a plain client. One connection at a time, each
 * bounded by a timeout; {@link #close()} stops the accepting thread and waits for it.
 */
final class ClosingServer implements AutoCloseable {
  private static final int TLS_HANDSHAKE_RECORD = 22;
  private static final int SOCKET_TIMEOUT_MILLIS = 5_000;

  private final ServerSocket listening;
  private final SSLContext tls; // null: never speaks TLS
  private final boolean reset;
  private final Thread acceptor;

  private ClosingServer(SSLContext tls, boolean reset) throws IOException {
    this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.tls = tls;
    this.reset = reset;
    this.acceptor = new Thread(this::serve, "closing-server-" + listening.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Speaks TLS with this context's key; a plain first byte gets the connection closed. */
  static ClosingServer tls(SSLContext context) throws IOException {
    return new ClosingServer(context, false);
  }

  /** Speaks TLS with this context's key; a plain first byte gets the connection reset. */
  static ClosingServer tlsResetting(SSLContext context) throws IOException {
    return new ClosingServer(context, true);
  }

  /** Speaks nothing: every connection is closed after its first byte. */
  static ClosingServer plain() throws IOException {
    return new ClosingServer(null, false);
  }

  int port() {
    return listening.getLocalPort();
  }

  /**
   * A server-side TLS context with a fresh self-signed key, made by the JDK's keytool in {@code
   * dir}: the test depends on no other module's key material.
   */
  static SSLContext selfSignedContext(Path dir) throws Exception {
    Path store = dir.resolve("closing-server.p12");
    char[] password = "closing-server-store".toCharArray();
    Process keytool =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "EC",
                    "-dname",
                    "CN=localhost",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    new String(password)))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("keytool.log").toFile())
            .start();
    if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
      keytool.destroyForcibly();
      throw new IllegalStateException(
          "keytool could not make a test key: " + Files.readString(dir.resolve("keytool.log")));
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    return context;
  }

  private void serve() {
    while (!listening.isClosed()) {
      try (Socket socket = listening.accept()) {
        socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
        answer(socket);
      } catch (IOException oneConnection) {
        // A client that went away or a timeout ends that connection; a closed listener ends all.
      }
    }
  }

  private void answer(Socket socket) throws IOException {
    int first = socket.getInputStream().read();
    if (tls == null || first != TLS_HANDSHAKE_RECORD) {
      if (reset) {
        socket.setSoLinger(true, 0); // close with a RST instead of a FIN
      }
      return;
    }
    // The byte read to decide is handed back to the TLS layer as the start of the ClientHello.
    try (SSLSocket secure =
        (SSLSocket)
            tls.getSocketFactory()
                .createSocket(socket, new ByteArrayInputStream(new byte[] {(byte) first}), true)) {
      secure.setUseClientMode(false);
      secure.startHandshake();
      secure.getInputStream().read(); // until the client closes: no request is ever answered
    } catch (SocketException clientGone) {
      // The client closed after its handshake, as a probe does.
    }
  }

  @Override
  public void close() throws InterruptedException {
    try {
      listening.close();
    } catch (IOException ignored) {
      // Closing a listener only fails when it is already closed.
    }
    acceptor.join(SOCKET_TIMEOUT_MILLIS * 2L);
  }
}
