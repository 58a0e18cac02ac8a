package io.flowcheck.simulator.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps the way ElectricFlow prints them: ISO-8601 UTC with milliseconds and a Z. */
public final class Times {
  private static final DateTimeFormatter EF_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Times() {}

  /** Millisecond precision, because that is all the wire format can carry. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  public static String format(Instant instant) {
    return EF_FORMAT.format(instant);
  }

  public static Instant parse(String efTimestamp) {
    return Instant.parse(efTimestamp);
  }
}
