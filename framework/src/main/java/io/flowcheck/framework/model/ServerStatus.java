package io.flowcheck.framework.model;

import java.util.Map;

/**
 * The server's health and version, from the full getServerStatus (without {@code serverStateOnly}).
 *
 * @param version {@code serverVersion.version}, found inside {@code serverStatus} or beside it;
 *     null when the status carries none
 * @param fields every field of the {@code serverStatus} object, as text
 */
public record ServerStatus(String serverState, String version, Map<String, String> fields)
    implements EfObject {

  public ServerStatus {
    fields = Map.copyOf(fields);
  }

  public boolean isRunning() {
    return "running".equalsIgnoreCase(serverState);
  }
}
