package io.flowcheck.simulator.http.jetty;

import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.json.JsonText;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers, as error envelopes instead of HTML pages. Two kinds reach it: requests
 * Jetty's parser refuses before any handler runs (a bad escape or NUL in the path, a control
 * character in a header, headers too large), and exceptions WireMock throws while reading a request
 * before our endpoints see it (a bad escape in the query string, a multipart body without a
 * boundary, a body that is not gzip although Content-Encoding says so). Both are the client's
 * mistake, hence 400 InvalidArgument; anything else stays a 500.
 */
final class EnvelopeErrorHandler extends ErrorHandler {
  private final ErrorHandler notMatched;

  /**
   * @param notMatched WireMock's handler for 404s, kept for them (null at server level)
   */
  EnvelopeErrorHandler(ErrorHandler notMatched) {
    this.notMatched = notMatched;
  }

  /**
   * Jetty writes error bodies only for GET, POST and HEAD by default; an envelope belongs on every
   * verb.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=UTF-8");
    return ByteBuffer.wrap(
        envelope(status, "Malformed request: " + (reason == null ? "HTTP " + status : reason)));
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (response.getStatus() == 404 && notMatched != null) {
      try {
        notMatched.handle(target, baseRequest, request, response);
      } catch (wiremock.jakarta.servlet.ServletException e) {
        throw new IOException(e.getMessage(), e);
      }
      return;
    }
    Throwable failure =
        rootCause((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    int status = failure != null && isClientMistake(failure) ? 400 : response.getStatus();
    String detail =
        failure == null
            ? String.valueOf(request.getAttribute(RequestDispatcher.ERROR_MESSAGE))
            : failure.getMessage();
    String message = (status < 500 ? "Malformed request: " : "Simulator error: ") + detail;
    byte[] body = envelope(status, message);
    baseRequest.setHandled(true);
    response.setStatus(status);
    response.setContentType("application/json; charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * Illegal escapes and charsets are IllegalArgumentExceptions; a body that is not the gzip its
   * Content-Encoding promises is a ZipException, or an EOFException when cut short (a client that
   * hangs up mid-body also gives one, but is no longer there to read the answer); multipart trouble
   * is commons-fileupload's.
   */
  private static boolean isClientMistake(Throwable failure) {
    return failure instanceof IllegalArgumentException
        || failure instanceof ZipException
        || failure instanceof EOFException
        || failure.getClass().getName().contains("fileupload");
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root != null && root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static byte[] envelope(int status, String message) {
    String code = status < 500 ? "InvalidArgument" : "InternalError";
    return JsonText.write(Replies.envelope(message, code)).getBytes(StandardCharsets.UTF_8);
  }
}
