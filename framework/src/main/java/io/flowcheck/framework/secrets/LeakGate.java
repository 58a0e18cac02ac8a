package io.flowcheck.framework.secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The leak gate: after a run, searches every output for the run's password and session ids. {@code
 * LeakGate <fingerprint file> <folder or file>...}; exits 1 naming each file with a secret.
 */
public final class LeakGate {
  private LeakGate() {}

  public static void main(String[] args) {
    int status = run(args);
    // No exit on success: the build runs this in its own JVM, where any System.exit is reported
    // as "System::exit was called", which reads like a failure on a green run.
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The gate without leaving the JVM: 0 clean, 1 a leak or no fingerprints, 2 usage. */
  public static int run(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: LeakGate <fingerprint file> <folder or file>...");
      return 2;
    }
    Path fingerprints = Path.of(args[0]);
    if (!Files.isRegularFile(fingerprints)) {
      System.err.println(
          "Secret leak gate: no fingerprints at "
              + fingerprints
              + ": the feature suite did not run, so there is nothing to check against");
      return 1;
    }
    List<Path> roots = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      roots.add(Path.of(args[i]));
    }
    List<Fingerprint> prints = SecretFingerprints.read(fingerprints);
    long start = System.nanoTime();
    List<LeakScanner.Leak> leaks = new LeakScanner(prints).scan(roots);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (leaks.isEmpty()) {
      System.out.println(
          "Secret leak gate: no password or session id in "
              + roots
              + " ("
              + prints.size()
              + " fingerprints, "
              + millis
              + " ms)");
      return 0;
    }
    for (LeakScanner.Leak leak : leaks) {
      System.err.println(
          "Secret leak: " + leak.label() + " appears in " + leak.file() + hint(leak.file()));
    }
    return 1;
  }

  private static String hint(Path file) {
    return file.getFileName().toString().startsWith("TEST-")
        ? " (surefire lists system properties: give the password as EF_PASSWORD, not -Def.password)"
        : "";
  }
}
