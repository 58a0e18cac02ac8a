package io.flowcheck.framework.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Searches files for fingerprinted secrets: one rolling-hash pass per distinct secret length, and
 * the slow PBKDF2 check only where the cheap hash matches.
 */
public final class LeakScanner {
  /**
   * Compiled code and archives hold no run output; the unpacked Allure CLI is a tool, not output.
   */
  private static final Set<String> SKIPPED_EXTENSIONS =
      Set.of(".class", ".jar", ".zip", ".p12", ".png");

  /** One secret found in one file. */
  public record Leak(Path file, String label) {}

  private final Map<Integer, List<Fingerprint>> byLength = new HashMap<>();

  public LeakScanner(List<Fingerprint> fingerprints) {
    for (Fingerprint f : fingerprints) {
      byLength.computeIfAbsent(f.length(), k -> new ArrayList<>()).add(f);
    }
  }

  public List<Leak> scan(List<Path> roots) {
    List<Leak> leaks = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(Files::isRegularFile)
            .filter(LeakScanner::worthScanning)
            .sorted()
            .forEach(f -> scanFile(f, leaks));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot walk " + root, e);
      }
    }
    return leaks;
  }

  private static boolean worthScanning(Path file) {
    String name = file.getFileName().toString();
    if (name.equals(SecretFingerprints.FILE_NAME)) {
      return false;
    }
    if (file.toString().contains("allure-cli")) {
      return false;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 || !SKIPPED_EXTENSIONS.contains(name.substring(dot));
  }

  private void scanFile(Path file, List<Leak> leaks) {
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    for (Map.Entry<Integer, List<Fingerprint>> e : byLength.entrySet()) {
      findLength(file, data, e.getKey(), e.getValue(), leaks);
    }
  }

  /**
   * Rolls the hash of every {@code length}-byte window across {@code data}. The loop allocates
   * nothing and compares plain longs: every run's gate scans its whole output folder once per
   * secret length (some 20 MB after the reports), mostly under the quick compiler.
   */
  private static void findLength(
      Path file, byte[] data, int length, List<Fingerprint> fps, List<Leak> leaks) {
    if (data.length < length) {
      return;
    }
    long power = 1; // BASE^(length-1), to drop the byte leaving the window
    for (int i = 1; i < length; i++) {
      power *= Fingerprint.BASE;
    }
    long[] wanted = new long[fps.size()];
    for (int k = 0; k < wanted.length; k++) {
      wanted[k] = fps.get(k).rolling();
    }
    boolean[] reported = new boolean[wanted.length]; // one report per secret and file is enough
    int left = wanted.length;
    int last = data.length - length;
    long h = Fingerprint.rollingHash(data, 0, length);
    for (int start = 0; ; start++) {
      for (int k = 0; k < wanted.length; k++) {
        if (wanted[k] == h && !reported[k] && fps.get(k).confirms(data, start)) {
          leaks.add(new Leak(file, fps.get(k).label()));
          reported[k] = true;
          left--;
        }
      }
      if (left == 0 || start == last) {
        return;
      }
      h = (h - (data[start] & 0xff) * power) * Fingerprint.BASE + (data[start + length] & 0xff);
    }
  }
}
