package io.flowcheck.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * HTTP/1.1 over a bare TLS socket, one request per connection ({@code Connection: close}), so the
 * fuzzer can put bytes on the request line that no HTTP client library would send.
 */
final class RawHttps {
  private final SSLContext tls;
  private final String host;
  private final int port;
  private final int timeoutMillis;

  RawHttps(SSLContext tls, String host, int port, int timeoutMillis) {
    this.tls = tls;
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /** The status, headers (lower-case names) and body; the body is de-chunked when needed. */
  record Answer(int status, List<String[]> headers, String body) {
    String header(String name) {
      for (String[] header : headers) {
        if (header[0].equals(name)) {
          return header[1];
        }
      }
      return null;
    }
  }

  Answer send(String method, String target, List<String> headers, byte[] body) throws IOException {
    try (Socket plain = new Socket(host, port);
        SSLSocket socket =
            (SSLSocket) tls.getSocketFactory().createSocket(plain, "localhost", port, true)) {
      plain.setTcpNoDelay(true); // else Nagle and delayed ACKs add ~40 ms to every request
      socket.setSoTimeout(timeoutMillis);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.writeBytes(
          (method
                  + " "
                  + target
                  + " HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nConnection: close\r\n")
              .getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < headers.size(); i += 2) {
        request.writeBytes(
            (headers.get(i) + ": " + headers.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      if (body != null) {
        request.writeBytes(
            ("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        request.writeBytes(body);
      }
      // Written from another thread: the server may answer (say, 400 for a bad request line) and
      // close before it has read a large body, and that answer is what we want to see.
      Thread writer =
          new Thread(() -> writeQuietly(socket, request.toByteArray()), "raw-https-writer");
      writer.start();
      byte[] answer = socket.getInputStream().readAllBytes();
      join(writer);
      return parse(answer);
    }
  }

  private static void writeQuietly(SSLSocket socket, byte[] bytes) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(bytes);
      out.flush();
    } catch (IOException closedEarly) {
      // the server answered without reading everything; the reader has the answer
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Answer parse(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      throw new IOException(
          "no complete HTTP head in "
              + bytes.length
              + " bytes: "
              + text.substring(0, Math.min(200, text.length())));
    }
    String[] lines = text.substring(0, headEnd).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(
          new String[] {
            lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim()
          });
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
    Answer head = new Answer(status, headers, "");
    if ("chunked".equalsIgnoreCase(head.header("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(chunked);
    while (true) {
      StringBuilder sizeLine = new StringBuilder();
      int c;
      while ((c = in.read()) != '\n') {
        if (c < 0) {
          throw new IOException("truncated chunked body");
        }
        sizeLine.append((char) c);
      }
      int size = Integer.parseInt(sizeLine.toString().trim().split(";")[0], 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.writeBytes(in.readNBytes(size));
      in.readNBytes(2); // CRLF after each chunk
    }
  }
}
