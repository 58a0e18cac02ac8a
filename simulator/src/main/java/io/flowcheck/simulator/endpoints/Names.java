package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfError;
import java.util.regex.Pattern;

/** Validation of object names, with the server's error codes and wording. */
final class Names {
  private static final Pattern ARTIFACT_PART = Pattern.compile("[A-Za-z0-9 _.\\-]{1,255}");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._+\\-]{1,255}");
  private static final String PROJECT_NAME_RULE =
      "'projectName' is required and must be between 1 and 255 characters";

  private Names() {}

  /**
   * A missing or empty name is {@code InvalidProjectName} with the rule's words, as a real server
   * answered over REST (Azure DevOps tfs-extension specs); a name too long breaks the same rule, so
   * it gets the same answer.
   */
  static String projectName(EfCall call) {
    String name = call.arg("projectName");
    if (name == null || name.isEmpty() || name.length() > 255) {
      throw EfError.badRequest("InvalidProjectName", PROJECT_NAME_RULE);
    }
    return name;
  }

  /**
   * groupId and artifactKey: letters, digits, spaces, underscores, hyphens, periods; 1-255 each.
   */
  static void checkArtifactParts(String groupId, String artifactKey) {
    if (!ARTIFACT_PART.matcher(groupId).matches()
        || !ARTIFACT_PART.matcher(artifactKey).matches()) {
      throw EfError.badRequest(
          "InvalidArtifactName",
          "'artifactName' must be in the form groupId:artifactKey, where groupId and artifactKey"
              + " are 1-255 characters of letters, digits, spaces, underscores, hyphens and periods"
              + " (got '"
              + groupId
              + ":"
              + artifactKey
              + "')");
    }
  }

  static void checkVersion(String version) {
    if (!VERSION.matcher(version).matches()) {
      // The server's exact words, even when the length is fine and a character is not (it said so
      // for "<123>").
      throw EfError.badRequest("InvalidVersion", "'version' must be between 1 and 255 characters");
    }
  }
}
