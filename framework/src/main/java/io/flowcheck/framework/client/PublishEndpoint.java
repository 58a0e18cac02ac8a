package io.flowcheck.framework.client;

import io.flowcheck.framework.config.PublishEndpointMode;

/**
 * Where a publish goes: chosen as the Jenkins plugin chooses, or fixed ({@code
 * ef.publish.endpoint}).
 */
public enum PublishEndpoint {
  /**
   * Probe {@code GET /commander/publishArtifact.php}: 200 or 400 means the PHP endpoint, anything
   * else (or no answer) the CGI one, as the Jenkins ElectricFlow plugin does.
   */
  AUTO,
  /** {@code /commander/cgi-bin/publishArtifactAPI.cgi}, file parts named {@code files}. */
  CGI,
  /** {@code /commander/publishArtifact.php}, file parts named {@code files[]}. */
  PHP;

  /** The endpoint {@code ef.publish.endpoint} names. */
  static PublishEndpoint of(PublishEndpointMode mode) {
    return switch (mode) {
      case AUTO -> AUTO;
      case CGI -> CGI;
      case PHP -> PHP;
    };
  }

  static final String CGI_PATH = "/commander/cgi-bin/publishArtifactAPI.cgi";
  static final String PHP_PATH = "/commander/publishArtifact.php";

  String path() {
    return this == PHP ? PHP_PATH : CGI_PATH;
  }

  String fileField() {
    return this == PHP ? "files[]" : "files";
  }
}
