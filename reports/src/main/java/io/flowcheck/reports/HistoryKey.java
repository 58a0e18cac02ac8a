package io.flowcheck.reports;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * What a run tested, so its trend continues only runs that tested the same: the server and the tag
 * selection, read from the environment.properties the run leaves in its Allure results ({@code
 * Server}, {@code Tags}). A 55-scenario simulator run and an 11-scenario upgrade selection against
 * a real server keep two trends.
 *
 * @param server the server as the run names it; every embedded simulator run is one server, and so
 *     is every server on the loopback address, whatever port it got
 * @param tags the tag filter, "all" when the run selected none
 */
public record HistoryKey(String server, String tags) {

  static final String ENVIRONMENT = "environment.properties";
  static final String SERVER = "Server";

  /** Older runs and the fixtures name the server this way. */
  static final String LEGACY_SERVER = "EF.server.url";

  static final String TAGS = "Tags";
  static final String EMBEDDED_SIMULATOR = "embedded simulator";
  private static final int SLUG_MAX = 48;

  /**
   * Reads the key from {@code resultsDir/environment.properties}; what is missing counts as unknown
   * / all.
   */
  public static HistoryKey of(Path resultsDir) {
    Properties env = new Properties();
    Path file = resultsDir.resolve(ENVIRONMENT);
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
        env.load(r);
      } catch (IOException | IllegalArgumentException e) {
        // An unreadable file only costs the separation of trends, never the report.
        System.out.println("[reports] Ignoring unreadable " + file + ": " + e.getMessage());
      }
    }
    String server = env.getProperty(SERVER, env.getProperty(LEGACY_SERVER, "")).strip();
    if (server.contains("(" + EMBEDDED_SIMULATOR + ")")) {
      server = EMBEDDED_SIMULATOR; // its port is picked fresh each run
    } else {
      server = withoutLoopbackPort(server);
    }
    String tags = env.getProperty(TAGS, "").strip();
    return new HistoryKey(
        server.isEmpty() ? "unknown server" : server, tags.isEmpty() ? "all" : tags);
  }

  /**
   * Simulators started on this machine (the proof tests', scripts/simulator.sh's) get a free port
   * each time; a server on the loopback address is the same server whatever its port, or every
   * build would start a trend.
   */
  static String withoutLoopbackPort(String server) {
    try {
      URI u = new URI(server);
      String host = u.getHost();
      if (u.getPort() < 0
          || host == null
          || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
        return server;
      }
      return new URI(
              u.getScheme(), u.getUserInfo(), host, -1, u.getPath(), u.getQuery(), u.getFragment())
          .toString();
    } catch (URISyntaxException e) {
      return server;
    }
  }

  /**
   * A folder name that is readable and safe on every file system, plus a short hash of the exact
   * key so two keys that read alike ("@a and @b" vs "@a or @b") never share a folder.
   */
  public String dirName() {
    return slug(server) + "__" + slug(tags) + "__" + hash(server + "\n" + tags);
  }

  /** "https://flow.example.com/rest/v1.0, tags: @upgrade" for the console. */
  public String label() {
    return server + ", tags: " + tags;
  }

  private static String slug(String s) {
    String slug =
        s.toLowerCase(Locale.ROOT)
            .replaceFirst("^[a-z]+://", "")
            .replaceAll("[^a-z0-9.]+", "-")
            .replaceAll("^[-.]+|[-.]+$", "");
    if (slug.length() > SLUG_MAX) {
      slug = slug.substring(0, SLUG_MAX).replaceAll("[-.]+$", "");
    }
    return slug.isEmpty() ? "x" : slug;
  }

  private static String hash(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
