package io.flowcheck.framework.upgrade;

import io.flowcheck.framework.client.VersionLookup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Dotted numeric versions as ElectricFlow reports them (2024.06.0.178767). A bound compares only as
 * many parts as it has, so {@code @since:2024.06} and {@code @until:2024.06} both include every
 * 2024.06.x build: both bounds are inclusive.
 */
public final class ServerVersions {
  public static final String SINCE = "@since:";
  public static final String UNTIL = "@until:";

  private ServerVersions() {}

  /** Negative, zero or positive as {@code version} is before, within or after {@code bound}. */
  public static int compareToBound(String version, String bound) {
    List<Long> v = parts(version);
    List<Long> b = parts(bound);
    for (int i = 0; i < b.size(); i++) {
      long vi = i < v.size() ? v.get(i) : 0;
      int c = Long.compare(vi, b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Why a scenario with these tags does not apply to {@code version}, or null when it does. Every
   * {@code @since:} must be met and every {@code @until:}. With an unknown version (or one with no
   * leading number) a version-bound scenario cannot be judged, so it does not apply.
   */
  public static String whyNotApplicable(Collection<String> tags, String version) {
    boolean bounded = false;
    for (String tag : tags) {
      if (tag.startsWith(SINCE) || tag.startsWith(UNTIL)) {
        bound(tag, tag.startsWith(SINCE) ? SINCE : UNTIL); // a malformed tag is reported first
        bounded = true;
      }
    }
    if (bounded && parts(version).isEmpty()) {
      return version == null || version.isBlank() || VersionLookup.UNKNOWN.equals(version)
          ? "server version unknown; @since/@until cannot be checked"
          : "server version '"
              + version
              + "' is not a dotted number; @since/@until cannot be checked";
    }
    for (String tag : tags) {
      if (tag.startsWith(SINCE) && compareToBound(version, bound(tag, SINCE)) < 0) {
        return "needs server version " + bound(tag, SINCE) + " or later; this server is " + version;
      }
      if (tag.startsWith(UNTIL) && compareToBound(version, bound(tag, UNTIL)) > 0) {
        return "applies up to server version " + bound(tag, UNTIL) + "; this server is " + version;
      }
    }
    return null;
  }

  private static String bound(String tag, String prefix) {
    String b = tag.substring(prefix.length());
    if (parts(b).isEmpty()) {
      throw new IllegalArgumentException(
          "Test setup problem: tag " + tag + " needs a dotted version, e.g. " + prefix + "2024.06");
    }
    return b;
  }

  /** The leading number of each dotted part: "2024.06.0-rc1" is [2024, 6, 0]. */
  static List<Long> parts(String version) {
    List<Long> out = new ArrayList<>();
    if (version == null) {
      return out;
    }
    for (String part : version.trim().split("\\.")) {
      int end = 0;
      while (end < part.length() && Character.isDigit(part.charAt(end)) && end < 18) {
        end++;
      }
      if (end == 0) {
        break; // "2024.06.beta": compare the numeric head only
      }
      out.add(Long.parseLong(part.substring(0, end)));
    }
    return out;
  }
}
