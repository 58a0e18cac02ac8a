package io.flowcheck.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowcheck.framework.secrets.SecretFingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLeakGateTest {
  @TempDir Path dir;

  @Test
  void noFingerprintsFailsTheGateUnlessTheRunWasAnEmptyShard() throws IOException {
    Path run = Files.createDirectories(dir.resolve("shard-run"));
    String[] args = {run.resolve(SecretFingerprints.FILE_NAME).toString(), run.toString()};
    assertEquals(1, RunLeakGate.run(args), "the suite did not run");

    Files.writeString(run.resolve(RunSummary.SHARD_FILE), "shard=2/3\nscenarios=5\nselected=9\n");
    assertEquals(1, RunLeakGate.run(args), "a shard that had scenarios must have fingerprints");

    Files.writeString(run.resolve(RunSummary.SHARD_FILE), "shard=3/3\nscenarios=0\nselected=9\n");
    assertEquals(0, RunLeakGate.run(args), "an empty shard never logged in");
  }
}
