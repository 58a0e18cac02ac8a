package io.flowcheck.simulator.http.jetty;

import io.flowcheck.simulator.endpoints.ArtifactPublishing;
import io.flowcheck.simulator.endpoints.ArtifactPublishing.Endpoint;
import io.flowcheck.simulator.endpoints.ArtifactPublishing.Reply;
import io.flowcheck.simulator.http.AdminToken;
import io.flowcheck.simulator.http.Replies;
import io.flowcheck.simulator.json.JsonText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.MultiPartParser;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * What every request meets before WireMock: the admin token check for the admin routes, and the
 * artifact publishing endpoints, served here because WireMock reads a whole request body into
 * memory before any of its code sees it, and a published build can be gigabytes. Here the body is
 * read in {@value #CHUNK}-byte chunks through Jetty's streaming multipart parser, each file part
 * straight into its digest. Everything else goes on to WireMock untouched.
 */
final class FrontDoor extends HandlerWrapper {
  static final int CHUNK = 64 * 1024;
  private static final String ADMIN = "/__admin";

  private final ArtifactPublishing publishing;
  private final AdminToken adminToken;

  FrontDoor(Handler wireMock, ArtifactPublishing publishing, AdminToken adminToken) {
    this.publishing = publishing;
    this.adminToken = adminToken;
    setHandler(wireMock);
  }

  /**
   * @param target the decoded path, as the contexts behind route on it
   */
  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (isAdmin(target) && !adminToken.admits(request.getHeader("Authorization"))) {
      baseRequest.setHandled(true);
      refuseAdmin(response);
      return;
    }
    if (ArtifactPublishing.isPublishingPath(target)) {
      baseRequest.setHandled(true);
      Optional<Endpoint> endpoint = publishing.endpointAt(target);
      Reply reply =
          endpoint.isEmpty() ? ArtifactPublishing.notFound() : publish(endpoint.get(), request);
      // An answer before the body is read makes Jetty drop the connection under a client still
      // sending it, which then sees a reset instead of the answer: read what is left first.
      drain(request.getInputStream());
      write(response, reply);
      return;
    }
    super.handle(target, baseRequest, request, response);
  }

  private static boolean isAdmin(String target) {
    return target.equals(ADMIN) || target.startsWith(ADMIN + "/");
  }

  private Reply publish(Endpoint endpoint, HttpServletRequest request) throws IOException {
    String boundary = FormHeaders.boundary(request.getContentType());
    if (!request.getMethod().equals("POST") || boundary == null) {
      return publishing.withoutUpload(endpoint, request.getMethod());
    }
    ArtifactPublishing.Upload upload = publishing.upload(endpoint);
    PartReader parts = new PartReader(upload);
    MultiPartParser parser = new MultiPartParser(parts, boundary);
    InputStream body = request.getInputStream();
    byte[] chunk = new byte[CHUNK];
    boolean last = false;
    while (!last) {
      int read = body.read(chunk);
      last = read < 0;
      parser.parse(last ? ByteBuffer.allocate(0) : ByteBuffer.wrap(chunk, 0, read), last);
    }
    if (!parts.complete()) {
      return publishing.malformed("it ended before its closing boundary");
    }
    return upload.finish(request.getHeader("Authorization"));
  }

  private static void drain(InputStream body) throws IOException {
    byte[] chunk = new byte[CHUNK];
    while (body.read(chunk) >= 0) {
      // discarded
    }
  }

  private static void write(HttpServletResponse response, Reply reply) throws IOException {
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    response.setStatus(reply.status());
    response.setContentType("text/plain; charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void refuseAdmin(HttpServletResponse response) throws IOException {
    byte[] body =
        JsonText.write(
                Replies.envelope(
                    "The admin routes of a simulator bound to a network address need the header"
                        + " 'Authorization: Bearer <admin token>' (see the ready line or"
                        + " --admin-token)",
                    "NoAdminToken"))
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"simulator admin\"");
    response.setContentType("application/json; charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * Turns the parser's events into the upload's parts: text fields collected up to {@link
   * ArtifactPublishing#MAX_FIELD_BYTES}, file parts streamed into their digests.
   */
  private static final class PartReader implements MultiPartParser.Handler {
    private final ArtifactPublishing.Upload upload;
    private String disposition;
    private String fieldName;
    private ArtifactPublishing.FileDigest file;
    private ByteArrayOutputStream text;
    private boolean textTooLong;
    private boolean complete;

    PartReader(ArtifactPublishing.Upload upload) {
      this.upload = upload;
    }

    boolean complete() {
      return complete;
    }

    @Override
    public void startPart() {
      disposition = null;
      fieldName = null;
      file = null;
      text = null;
      textTooLong = false;
    }

    @Override
    public void parsedField(String name, String value) {
      if (name.equalsIgnoreCase("Content-Disposition")) {
        disposition = value;
      }
    }

    @Override
    public boolean headerComplete() {
      fieldName = FormHeaders.parameter(disposition, "name");
      String fileName = FormHeaders.parameter(disposition, "filename");
      if (fieldName == null) {
        return false; // a part without a name: read and dropped
      }
      if (fileName != null) {
        file = upload.file(fieldName, fileName);
      } else {
        text = new ByteArrayOutputStream();
      }
      return false;
    }

    @Override
    public boolean content(ByteBuffer buffer, boolean last) {
      if (file != null) {
        file.update(buffer);
      } else if (text != null) {
        appendText(buffer);
      } else {
        buffer.position(buffer.limit());
      }
      if (last) {
        endPart();
      }
      return false;
    }

    private void appendText(ByteBuffer buffer) {
      int length = buffer.remaining();
      if (textTooLong || text.size() + length > ArtifactPublishing.MAX_FIELD_BYTES) {
        textTooLong = true;
        buffer.position(buffer.limit());
        return;
      }
      byte[] bytes = new byte[length];
      buffer.get(bytes);
      text.write(bytes, 0, length);
    }

    private void endPart() {
      if (file != null) {
        file.end();
      } else if (text != null) {
        if (textTooLong) {
          upload.fieldTooLong(fieldName);
        } else {
          upload.field(fieldName, text.toString(StandardCharsets.UTF_8));
        }
      }
      file = null;
      text = null;
    }

    @Override
    public boolean messageComplete() {
      complete = true;
      return false;
    }
  }
}
