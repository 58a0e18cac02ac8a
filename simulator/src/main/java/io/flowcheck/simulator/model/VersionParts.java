package io.flowcheck.simulator.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version string split the way the server does it: {@code
 * <major>.<minor>.<patch>-<qualifier>-<buildNumber>}. The exact rules for odd shapes are guessed:
 * missing minor/patch become 0, a trailing all-digit dash segment is the build number (default
 * "0"), anything between is the qualifier.
 */
public record VersionParts(
    String version, String majorMinorPatch, String qualifier, String buildNumber) {
  private static final Pattern LEADING_NUMBERS =
      Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  public static VersionParts parse(String version) {
    Matcher numbers = LEADING_NUMBERS.matcher(version);
    String majorMinorPatch = "0.0.0";
    String rest = version;
    if (numbers.find()) {
      majorMinorPatch =
          orZero(numbers.group(1))
              + "."
              + orZero(numbers.group(2))
              + "."
              + orZero(numbers.group(3));
      rest = version.substring(numbers.end());
    }
    if (rest.startsWith("-")) {
      rest = rest.substring(1);
    }
    String buildNumber = "0";
    int lastDash = rest.lastIndexOf('-');
    String tail = lastDash < 0 ? rest : rest.substring(lastDash + 1);
    if (!tail.isEmpty() && tail.chars().allMatch(Character::isDigit)) {
      buildNumber = tail;
      rest = lastDash < 0 ? "" : rest.substring(0, lastDash);
    }
    return new VersionParts(version, majorMinorPatch, rest, buildNumber);
  }

  private static String orZero(String group) {
    return group == null ? "0" : group;
  }
}
