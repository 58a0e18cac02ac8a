package io.flowcheck.framework.model;

import java.util.Map;

/**
 * The server's health and version.
 *
 * @param version null when the server does not report one in its status
 */
public record ServerStatus(String serverState, String version, Map<String, String> fields) implements EfObject {

  public ServerStatus {
    fields = Map.copyOf(fields);
  }

  public boolean isRunning() {
    return "running".equalsIgnoreCase(serverState);
  }
}
