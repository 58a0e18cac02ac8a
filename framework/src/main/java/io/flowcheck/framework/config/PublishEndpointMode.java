package io.flowcheck.framework.config;

import java.util.Locale;

/**
 * Which artifact publishing endpoint a publish of build files goes to ({@code
 * ef.publish.endpoint}).
 */
public enum PublishEndpointMode {
  /**
   * Chosen as the Jenkins ElectricFlow plugin chooses: {@code GET /commander/publishArtifact.php}
   * answering 200 or 400 means that endpoint, anything else the CGI one.
   */
  AUTO,
  /** Always {@code /commander/cgi-bin/publishArtifactAPI.cgi}. */
  CGI,
  /** Always {@code /commander/publishArtifact.php}. */
  PHP;

  static PublishEndpointMode parse(String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "cgi" -> CGI;
      case "php" -> PHP;
      default ->
          throw new EfConfigException(
              Setting.PUBLISH_ENDPOINT,
              "unknown publish endpoint '" + raw + "': use 'auto', 'cgi' or 'php'");
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
