package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.auth.Authenticator;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.http.ServerControls;
import io.flowcheck.simulator.model.Artifact;
import io.flowcheck.simulator.model.ArtifactVersion;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.PublishedFile;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Publishing an artifact version with its files, as the vendor's CI integrations do it (the Jenkins
 * ElectricFlow plugin and the Azure DevOps extension): one multipart {@code POST} to {@code
 * /commander/cgi-bin/publishArtifactAPI.cgi}, outside the REST API, with the fields {@code
 * artifactName} ({@code group:key}), {@code artifactVersionVersion}, {@code repositoryName}, {@code
 * compress} and {@code commanderSessionId} (or HTTP Basic), and one file part per file named by its
 * path relative to the published folder. Success is HTTP 200 with the body {@code
 * Artifact-Published-OK}; a refusal is HTTP 200 too, with {@code publishArtifactAPI error [Code]:
 * message} as the body (a guess: the clients read the body, the status of a refusal is not public).
 *
 * <p>The files are never kept: each arrives as a stream of chunks and leaves only its size and
 * SHA-256 in the version's manifest. Nothing here knows HTTP; the Jetty layer feeds an {@link
 * Upload} part by part as the body streams in.
 */
public final class ArtifactPublishing {
  public static final String CGI_PATH = "/commander/cgi-bin/publishArtifactAPI.cgi";
  public static final String PHP_PATH = "/commander/publishArtifact.php";
  public static final String PUBLISHED = "Artifact-Published-OK";

  /** The longest value a text field may have; the form's fields are names, not content. */
  public static final int MAX_FIELD_BYTES = 64 * 1024;

  private static final String DEFAULT_REPOSITORY = "default";

  /** The two publishing endpoints; they differ in the name of their file parts. */
  public enum Endpoint {
    CGI("files"),
    PHP("files[]");

    private final String fileField;

    Endpoint(String fileField) {
      this.fileField = fileField;
    }

    public String fileField() {
      return fileField;
    }
  }

  /** What the endpoint answers: a status and a plain-text body. */
  public record Reply(int status, String body) {}

  private final EfStore store;
  private final Authenticator authenticator;
  private final ServerControls controls;

  public ArtifactPublishing(EfStore store, Authenticator authenticator, ServerControls controls) {
    this.store = store;
    this.authenticator = authenticator;
    this.controls = controls;
  }

  /** Whether the path is one of the publishing endpoints' paths, served or not on this server. */
  public static boolean isPublishingPath(String path) {
    return CGI_PATH.equals(path) || PHP_PATH.equals(path);
  }

  /** The endpoint this server serves at the path, if any (see the publishing dialects). */
  public Optional<Endpoint> endpointAt(String path) {
    if (controls.speaks(Dialect.NO_PUBLISH_ENDPOINT)) {
      return Optional.empty();
    }
    if (CGI_PATH.equals(path)) {
      return Optional.of(Endpoint.CGI);
    }
    if (PHP_PATH.equals(path) && controls.speaks(Dialect.PUBLISH_PHP)) {
      return Optional.of(Endpoint.PHP);
    }
    return Optional.empty();
  }

  /** A publishing path this server does not serve. */
  public static Reply notFound() {
    return new Reply(404, "Not Found");
  }

  /**
   * A request that carries no upload: a {@code GET} of the PHP endpoint answers 400 (what the
   * Jenkins plugin's probe takes as "the endpoint is there"), other verbs than {@code POST} 405,
   * and a {@code POST} without a multipart body is refused.
   */
  public Reply withoutUpload(Endpoint endpoint, String method) {
    if (endpoint == Endpoint.PHP && method.equals("GET")) {
      return new Reply(400, "publishArtifact.php: no artifact in this request");
    }
    if (!method.equals("POST")) {
      return new Reply(405, "Method Not Allowed");
    }
    return refusal(
        EfError.badRequest("InvalidArgument", "The request body must be multipart/form-data"));
  }

  /** A multipart body that could not be read to its end. */
  public Reply malformed(String reason) {
    return refusal(EfError.badRequest("InvalidArgument", "Malformed multipart body: " + reason));
  }

  public Upload upload(Endpoint endpoint) {
    return new Upload(endpoint);
  }

  private static Reply refusal(EfError error) {
    return new Reply(200, "publishArtifactAPI error [" + error.code() + "]: " + error.getMessage());
  }

  /** One publish request, fed part by part; {@link #finish} validates and stores it. */
  public final class Upload {
    private final Endpoint endpoint;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<PublishedFile> files = new ArrayList<>();
    private String tooLongField;

    private Upload(Endpoint endpoint) {
      this.endpoint = endpoint;
    }

    /** A text field; a repeated one keeps its last value. */
    public void field(String name, String value) {
      fields.put(name, value);
    }

    /** A text field longer than {@link #MAX_FIELD_BYTES}: the publish is refused. */
    public void fieldTooLong(String name) {
      tooLongField = name;
    }

    /**
     * A file part begins. Parts under another name than this endpoint's file field are read and
     * dropped, as a form handler ignores fields it does not know.
     *
     * @param fileName the part's filename, the path relative to the published folder
     */
    public FileDigest file(String fieldName, String fileName) {
      String path = relativePath(fileName);
      if (!fieldName.equals(endpoint.fileField()) || path.isEmpty()) {
        return FileDigest.discarding();
      }
      return FileDigest.recordingInto(path, files::add);
    }

    /**
     * Checks credentials, name, version and repository, in that order, then creates the version
     * (and the artifact, if new) with the manifest of its files.
     *
     * @param authorization the request's Authorization header, or null
     */
    public Reply finish(String authorization) {
      try {
        String user =
            authenticator
                .authenticate(fields.get("commanderSessionId"), authorization)
                .orElseThrow(EfError::noCredentials);
        if (tooLongField != null) {
          throw EfError.badRequest(
              "InvalidArgument",
              "'" + tooLongField + "' is longer than " + MAX_FIELD_BYTES + " bytes");
        }
        String[] groupAndKey = groupAndKey(fields.getOrDefault("artifactName", ""));
        String version = fields.getOrDefault("artifactVersionVersion", "");
        Names.checkVersion(version);
        String repository = fields.getOrDefault("repositoryName", "");
        String repositoryName = repository.isEmpty() ? DEFAULT_REPOSITORY : repository;
        if (files.isEmpty()) {
          throw EfError.badRequest(
              "MissingArgument", "No file parts named '" + endpoint.fileField() + "'");
        }
        store.write(
            s -> {
              Lookups.repository(s, repositoryName);
              return publish(s, groupAndKey, version, repositoryName, user);
            });
        boolean created = controls.behaviour().isOn(BehaviourChange.CREATED_PUBLISH_STATUS);
        return new Reply(created ? 201 : 200, PUBLISHED);
      } catch (EfError refused) {
        return refusal(refused);
      }
    }

    private ArtifactVersion publish(
        EfStore s, String[] groupAndKey, String version, String repositoryName, String user) {
      String artifactName = Artifact.nameOf(groupAndKey[0], groupAndKey[1]);
      Artifact artifact =
          s.artifact(artifactName)
              .orElseGet(
                  () -> {
                    Artifact created = new Artifact(groupAndKey[0], groupAndKey[1], "", "", user);
                    s.addArtifact(created);
                    return created;
                  });
      ArtifactVersion published =
          ArtifactVersionEndpoints.addVersion(
              controls, artifact, version, repositoryName, "", user);
      published.setFiles(files);
      return published;
    }
  }

  /** {@code group:key}, split at the first colon and checked as createArtifact checks it. */
  private static String[] groupAndKey(String artifactName) {
    int colon = artifactName.indexOf(':');
    String groupId = colon < 0 ? artifactName : artifactName.substring(0, colon);
    String artifactKey = colon < 0 ? "" : artifactName.substring(colon + 1);
    Names.checkArtifactParts(groupId, artifactKey);
    return new String[] {groupId, artifactKey};
  }

  /**
   * The path as the manifest keeps it: forward slashes, no leading slash (the Jenkins plugin's
   * names start with one, the Azure DevOps extension's do not).
   */
  static String relativePath(String fileName) {
    String path = fileName == null ? "" : fileName.replace('\\', '/');
    while (path.startsWith("/") || path.startsWith("./")) {
      path = path.substring(path.startsWith("/") ? 1 : 2);
    }
    return path;
  }

  /**
   * Size and SHA-256 of one file part, computed chunk by chunk as it streams in: constant memory
   * whatever the file's size.
   */
  public static final class FileDigest {
    private final String path;
    private final MessageDigest sha256;
    private final Consumer<PublishedFile> done;
    private long size;

    private FileDigest(String path, MessageDigest sha256, Consumer<PublishedFile> done) {
      this.path = path;
      this.sha256 = sha256;
      this.done = done;
    }

    static FileDigest recordingInto(String path, Consumer<PublishedFile> manifest) {
      try {
        return new FileDigest(path, MessageDigest.getInstance("SHA-256"), manifest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every Java runtime has SHA-256", e);
      }
    }

    static FileDigest discarding() {
      return new FileDigest(null, null, file -> {});
    }

    /** The next chunk of the file; the buffer is read to its end. */
    public void update(ByteBuffer chunk) {
      size += chunk.remaining();
      if (sha256 == null) {
        chunk.position(chunk.limit());
      } else {
        sha256.update(chunk);
      }
    }

    /** The file ended: its entry goes into the manifest. */
    public void end() {
      if (sha256 != null) {
        done.accept(new PublishedFile(path, size, HexFormat.of().formatHex(sha256.digest())));
      }
    }
  }
}
