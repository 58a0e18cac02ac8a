package io.flowcheck.framework.client;

import java.util.List;

/**
 * The server's version and where it came from.
 *
 * @param version e.g. {@code 2024.06.0.178767}, or {@link #UNKNOWN}
 * @param source {@link #FROM_STATUS}, {@link #FROM_VERSIONS} or {@link #FROM_NOWHERE}
 * @param notes why a source gave no version, one short line each, e.g. {@code getVersions: HTTP 501
 *     NotImplemented}; never a secret or server-supplied text
 */
public record VersionLookup(String version, String source, List<String> notes) {
  public static final String UNKNOWN = "unknown";

  /** The documented source: the full {@code GET /server/status}. */
  public static final String FROM_STATUS = "getServerStatus";

  /** The second source, on an inferred route: {@code GET /server/versions}. */
  public static final String FROM_VERSIONS = "getVersions";

  public static final String FROM_NOWHERE = "none";

  public VersionLookup {
    notes = List.copyOf(notes);
  }

  public boolean known() {
    return !UNKNOWN.equals(version);
  }

  /** "2024.06.0.178767", "2024.06.0 (from getVersions; getServerStatus: ...)", "unknown (...)". */
  public String describe() {
    StringBuilder sb = new StringBuilder(version);
    if (!FROM_STATUS.equals(source) || !notes.isEmpty()) {
      sb.append(" (");
      if (known()) {
        sb.append("from ").append(source);
        if (!notes.isEmpty()) {
          sb.append("; ");
        }
      }
      sb.append(String.join("; ", notes)).append(')');
    }
    return sb.toString();
  }
}
