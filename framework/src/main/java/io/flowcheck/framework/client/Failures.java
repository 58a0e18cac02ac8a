package io.flowcheck.framework.client;

import io.flowcheck.framework.config.EfSettings;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.http.ConnectionClosedException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.ProtocolException;
import org.apache.http.TruncatedChunkException;
import org.apache.http.client.ClientProtocolException;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.HttpHostConnectException;

/** Turns what the HTTP stack throws into one clear line that names what to check. */
final class Failures {
  private Failures() {}

  static EfException translate(Throwable thrown, Operation op, EfSettings settings) {
    String where = settings.serverAddress();
    String call = op.method() + " " + op.pathTemplate();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SSLHandshakeException || t instanceof SSLPeerUnverifiedException) {
        return new EfTlsException(where, reason(t));
      }
      if (t instanceof ConnectTimeoutException) {
        return new EfUnreachableException(
            "no connection to "
                + where
                + " within "
                + seconds(settings.connectTimeout())
                + " (ef.timeout.connect): check ef.server and the network");
      }
      if (t instanceof HttpHostConnectException
          || t instanceof ConnectException
          || t instanceof NoRouteToHostException) {
        return new EfUnreachableException(
            "cannot connect to "
                + where
                + " ("
                + reason(t)
                + "): check ef.server and that the "
                + "server is running");
      }
      if (t instanceof UnknownHostException) {
        return new EfUnreachableException(
            "unknown host in ef.server: " + where + ": check the spelling of ef.server");
      }
      if (t instanceof SocketTimeoutException) {
        return new EfUnreachableException(
            "no answer from "
                + where
                + " to "
                + call
                + " within "
                + seconds(settings.readTimeout())
                + " (ef.timeout.read)",
            false);
      }
      if (t instanceof NoHttpResponseException) {
        return new EfUnreachableException(
            where + " closed the connection without answering " + call);
      }
      if (t instanceof ConnectionClosedException || t instanceof TruncatedChunkException) {
        return new EfUnreachableException(
            where + " cut the answer to " + call + " short (" + reason(t) + ")");
      }
      if (t instanceof SSLException) {
        return new EfUnreachableException(
            "TLS connection to " + where + " broke during " + call + " (" + reason(t) + ")");
      }
      if (t instanceof SocketException) {
        return new EfUnreachableException(
            "connection to " + where + " failed during " + call + " (" + reason(t) + ")");
      }
    }
    return new EfUnreachableException(
        call
            + " to "
            + where
            + " failed: "
            + thrown.getClass().getSimpleName()
            + ": "
            + reason(thrown));
  }

  /**
   * Whether the connection was made but broke the way a TLS port breaks a plain request: closed
   * without an answer, reset, or answered with bytes that are not HTTP. Not when nothing listens,
   * nothing answers in time, or the host is unknown: no TLS port explains those.
   */
  static boolean failedAtConnection(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof NoRouteToHostException
          || t instanceof UnknownHostException
          || t instanceof InterruptedIOException // the connect and read timeouts
          || t instanceof SSLException) {
        return false;
      }
      if (t instanceof NoHttpResponseException
          || t instanceof ClientProtocolException
          || t instanceof ProtocolException
          || t instanceof SocketException) {
        return true;
      }
    }
    return false;
  }

  /** The useful part of an exception's message, on one line. */
  static String reason(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    // The JDK's PKIX message is long; its first clause is the useful part.
    int cut = m.indexOf(": ");
    String first = m.startsWith("PKIX") && cut > 0 ? m.substring(0, cut) : m;
    return first.replaceAll("\\s+", " ").trim();
  }

  private static String seconds(java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
