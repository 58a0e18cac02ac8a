package io.flowcheck.steps;

import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import io.flowcheck.framework.config.AuthMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Converts step text into values at the edge, so step methods get types, not raw strings. */
public class ParameterTypes {

  @ParameterType("session|basic|Basic|HTTP Basic")
  public AuthMode authMode(String raw) {
    return raw.toLowerCase(Locale.ROOT).contains("basic") ? AuthMode.BASIC : AuthMode.SESSION;
  }

  /** "NoSuchProperty" or "NoCredentials or InvalidCredentials": a real server may use either. */
  @ParameterType("[A-Z][A-Za-z]+(?: or [A-Z][A-Za-z]+)*")
  public ErrorCodes errorCodes(String raw) {
    return new ErrorCodes(Arrays.asList(raw.split(" or ")));
  }

  /** A property value: "double quoted", 'single quoted', or "a 10000-character value". */
  @ParameterType("\"([^\"]*)\"|'([^']*)'|an? (\\d+)-character value")
  public PropertyValue value(String doubleQuoted, String singleQuoted, String length) {
    if (length != null) {
      return PropertyValue.generated(Integer.parseInt(length));
    }
    return new PropertyValue(
        doubleQuoted != null ? doubleQuoted : singleQuoted,
        doubleQuoted != null ? "\"" + doubleQuoted + "\"" : "'" + singleQuoted + "'");
  }

  @DataTableType
  public VersionRow versionRow(Map<String, String> row) {
    return new VersionRow(row.get("version"), row.getOrDefault("description", ""));
  }

  /** One row of a "publishes these versions" table. */
  public record VersionRow(String version, String description) {}

  /** The error codes a refusal may carry. */
  public record ErrorCodes(List<String> codes) {
    @Override
    public String toString() {
      return String.join(" or ", codes);
    }
  }
}
