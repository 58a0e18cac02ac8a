package io.flowcheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code simulator [...]}: the simulator's own command line, unchanged (its options, its one ready
 * line, its exit codes): everything after the word goes to it.
 */
@Command(
    name = "simulator",
    description =
        "Serves the ElectricFlow simulator until Ctrl-C, with exactly the options of"
            + " ef-simulator.jar (simulator --help lists them).")
final class SimulatorBridge implements Callable<Integer> {
  @Unmatched List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    // Returns only when the simulator stops; on a usage error it exits with its own status.
    io.flowcheck.simulator.Main.serve(
        "java -jar flowcheck.jar simulator", args.toArray(String[]::new));
    return FlowcheckCli.PASSED;
  }
}
