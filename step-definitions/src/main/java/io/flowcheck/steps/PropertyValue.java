package io.flowcheck.steps;

/**
 * A value from step text, with how to show it in messages (a 10,000-character value is summarised).
 */
public record PropertyValue(String text, String shown) {
  private static final String PATTERN = "0123456789abcdefghijklmnopqrstuvwxyzÄÖÜ€ \"'<>&/\\";

  /** A deterministic long value mixing ASCII, unicode, quotes and markup characters. */
  static PropertyValue generated(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(PATTERN.charAt(i % PATTERN.length()));
    }
    return new PropertyValue(sb.toString(), "a " + length + "-character value");
  }

  @Override
  public String toString() {
    return shown;
  }
}
