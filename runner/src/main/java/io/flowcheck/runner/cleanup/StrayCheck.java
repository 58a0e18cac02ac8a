package io.flowcheck.runner.cleanup;

import io.flowcheck.runner.server.SimulatorControl;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * With a simulator we can look, not just trust: after the sweep it must hold no sandbox project and
 * no artifact of any run's group.
 */
public final class StrayCheck {
  private StrayCheck() {}

  /**
   * The test objects the simulator still holds, after printing a cleanup problem if there are any.
   */
  public static List<String> run(SimulatorControl simulator, PrintStream out) {
    List<String> strays = strays(simulator.state());
    if (!strays.isEmpty()) {
      out.println("Cleanup problem: the simulator still holds test objects: " + strays);
    }
    return strays;
  }

  static List<String> strays(JsonNode state) {
    List<String> strays = new ArrayList<>();
    for (JsonNode p : state.path("projects")) {
      String name = p.path("projectName").asString("");
      if (name.startsWith("flowcheck-sandbox-")) {
        strays.add(name);
      }
    }
    for (JsonNode a : state.path("artifacts")) {
      String name = a.path("artifactName").asString("");
      if (name.startsWith("flowcheck.")) {
        strays.add(name);
      }
    }
    return strays;
  }
}
