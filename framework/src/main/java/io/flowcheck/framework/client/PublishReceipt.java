package io.flowcheck.framework.client;

import java.util.List;

/**
 * A publish the server accepted: the version's name, the endpoint it went to, and the relative
 * paths of the files sent, in the order sent.
 */
public record PublishReceipt(
    String artifactVersionName, PublishEndpoint endpoint, List<String> relativePaths) {
  public PublishReceipt {
    relativePaths = List.copyOf(relativePaths);
  }
}
