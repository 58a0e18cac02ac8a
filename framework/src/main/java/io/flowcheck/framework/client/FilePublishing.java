package io.flowcheck.framework.client;

import io.flowcheck.framework.config.Secret;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishes a version's files as the vendor's CI integrations do: one multipart {@code POST} to the
 * publishing endpoint with {@code artifactName}, {@code artifactVersionVersion}, {@code
 * repositoryName}, {@code compress=1}, the session as {@code commanderSessionId} (and HTTP Basic
 * where the view sends it), and one file part per file named by its relative path. Each file
 * streams from disk ({@code multiPart} with a {@link java.io.File}), never as a byte array, so a
 * build of any size publishes with a small heap.
 *
 * <p>The body is the verdict, not the status: {@code Artifact-Published-OK} is success, {@code
 * error [Code]: message} a refusal with that code, whatever the status.
 */
final class FilePublishing {
  static final String PUBLISHED = "Artifact-Published-OK";
  private static final Pattern REFUSAL = Pattern.compile("error \\[([A-Za-z0-9_.]+)\\]:?\\s*(.*)");
  private static final int SNIPPET = 120;

  private final EfTransport transport;
  private final CallAuth auth;

  FilePublishing(EfTransport transport, CallAuth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  PublishReceipt publish(
      PublishFiles files,
      String artifactName,
      String version,
      String repositoryName,
      PublishEndpoint choice) {
    PublishEndpoint endpoint = choice == PublishEndpoint.AUTO ? probe() : choice;
    String[] sessionSent = new String[1];
    Runnable send =
        () ->
            judge(
                transport.sendOutsideApi(
                    Operation.PUBLISH_ARTIFACT,
                    endpoint.path(),
                    request ->
                        form(
                            request,
                            sessionSent,
                            files,
                            artifactName,
                            version,
                            repositoryName,
                            endpoint)));
    try {
      send.run();
    } catch (EfApiException refused) {
      // An expired session is refused in the body, not with a 401: renew it and send once more.
      if (!refused.code().equals("NoCredentials")
          || sessionSent[0] == null
          || !auth.renewAfterRejection(sessionSent[0], transport)) {
        throw refused;
      }
      send.run();
    }
    String versionName = artifactName + ":" + version;
    return new PublishReceipt(
        versionName,
        endpoint,
        files.entries().stream().map(PublishFiles.Entry::relativePath).toList());
  }

  /**
   * The Jenkins plugin's choice: {@code GET /commander/publishArtifact.php} answering 200 or 400
   * means the PHP endpoint; any other answer, or none, the CGI one.
   */
  private PublishEndpoint probe() {
    try {
      int status =
          transport
              .sendOutsideApi(
                  Operation.PROBE_PUBLISH_PHP,
                  PublishEndpoint.PHP_PATH,
                  request -> {
                    auth.formSession(request, transport);
                    return null;
                  })
              .getStatusCode();
      return status == 200 || status == 400 ? PublishEndpoint.PHP : PublishEndpoint.CGI;
    } catch (EfUnreachableException noAnswer) {
      return PublishEndpoint.CGI;
    }
  }

  /** Fills the form; returns it as the exchange shows it: no file contents, no session id. */
  private String form(
      RequestSpecification request,
      String[] sessionSent,
      PublishFiles files,
      String artifactName,
      String version,
      String repositoryName,
      PublishEndpoint endpoint) {
    String sessionId = auth.formSession(request, transport);
    sessionSent[0] = sessionId;
    List<String> shown = new ArrayList<>();
    text(request, shown, "artifactName", artifactName);
    text(request, shown, "artifactVersionVersion", version);
    text(request, shown, "repositoryName", repositoryName);
    text(request, shown, "compress", "1");
    if (sessionId != null) {
      request.multiPart(
          new MultiPartSpecBuilder(sessionId)
              .controlName("commanderSessionId")
              .charset(StandardCharsets.UTF_8)
              .build());
      shown.add("commanderSessionId=" + Secret.MASK);
    }
    for (PublishFiles.Entry entry : files.entries()) {
      request.multiPart(
          new MultiPartSpecBuilder(entry.file().toFile())
              .controlName(endpoint.fileField())
              .fileName(entry.relativePath())
              .mimeType("application/octet-stream")
              .build());
      shown.add(endpoint.fileField() + "=@" + entry.relativePath());
    }
    return String.join("\n", shown);
  }

  private static void text(
      RequestSpecification request, List<String> shown, String name, String value) {
    request.multiPart(
        new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build());
    shown.add(name + "=" + value);
  }

  private void judge(Response response) {
    Operation op = Operation.PUBLISH_ARTIFACT;
    int status = response.getStatusCode();
    String body = response.getBody().asString();
    String text = body == null ? "" : body.strip();
    Matcher refusal = REFUSAL.matcher(text);
    if (refusal.find()) {
      String message = transport.masker().mask(refusal.group(2).lines().findFirst().orElse(""));
      throw new EfApiException(op, status, refusal.group(1), message, "", "");
    }
    if (status == 200 && text.contains(PUBLISHED)) {
      return;
    }
    if (status >= 500) {
      throw new EfServerFailureException(op, status, "", "no verdict in the body" + snippet(text));
    }
    throw new EfProtocolException(
        op,
        status,
        op.apiName()
            + " answered HTTP "
            + status
            + " without '"
            + PUBLISHED
            + "' or an 'error [Code]'"
            + snippet(text));
  }

  private String snippet(String text) {
    if (text.isEmpty()) {
      return " (empty body)";
    }
    String oneLine = transport.masker().mask(text).replaceAll("\\s+", " ");
    return ": '"
        + (oneLine.length() > SNIPPET ? oneLine.substring(0, SNIPPET) + "..." : oneLine)
        + "'";
  }
}
