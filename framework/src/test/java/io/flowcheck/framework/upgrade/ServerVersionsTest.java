package io.flowcheck.framework.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerVersionsTest {
  @Test
  void aShortBoundCoversEveryBuildUnderIt() {
    assertEquals(0, ServerVersions.compareToBound("2024.06.0.178767", "2024.06"));
    assertTrue(ServerVersions.compareToBound("2024.05.1.1", "2024.06") < 0);
    assertTrue(ServerVersions.compareToBound("2024.10.0.1", "2024.9") > 0); // numeric, not text
    assertTrue(ServerVersions.compareToBound("2024.06", "2024.06.0.178767") < 0);
  }

  @Test
  void sinceAndUntilAreBothInclusive() {
    String v = "2024.06.0.178767";
    assertNull(ServerVersions.whyNotApplicable(List.of("@since:2024.06", "@until:2024.06"), v));
    assertNull(ServerVersions.whyNotApplicable(List.of("@since:2024.06.0.178767"), v));
    assertEquals(
        "needs server version 2024.07 or later; this server is 2024.06.0.178767",
        ServerVersions.whyNotApplicable(List.of("@smoke", "@since:2024.07"), v));
    assertEquals(
        "applies up to server version 2024.05; this server is 2024.06.0.178767",
        ServerVersions.whyNotApplicable(List.of("@until:2024.05"), v));
  }

  @Test
  void anUnknownVersionSkipsOnlyVersionBoundScenarios() {
    String why = "server version unknown; @since/@until cannot be checked";
    assertEquals(
        why, ServerVersions.whyNotApplicable(List.of("@smoke", "@since:2024.06"), "unknown"));
    assertEquals(why, ServerVersions.whyNotApplicable(List.of("@until:2024.06"), null));
    assertNull(ServerVersions.whyNotApplicable(List.of("@smoke", "@upgrade"), "unknown"));
    assertEquals(
        "server version 'beta' is not a dotted number; @since/@until cannot be checked",
        ServerVersions.whyNotApplicable(List.of("@since:2024.06"), "beta"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerVersions.whyNotApplicable(List.of("@since:latest"), "unknown"));
  }

  @Test
  void aTagWithoutAVersionIsASetupProblem() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerVersions.whyNotApplicable(List.of("@since:latest"), "2024.06"));
  }
}
