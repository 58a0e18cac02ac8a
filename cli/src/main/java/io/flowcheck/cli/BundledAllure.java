package io.flowcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Allure 2 command line this jar carries as its release zip, unpacked once into a cache folder
 * ({@code flowcheck.cache}, {@code FLOWCHECK_CACHE}, else ~/.cache/flowcheck) and reused: reports
 * need no network and no Maven. The zip goes in whole, not as classes, since the generator runs in
 * a class loader of its own over its own libraries (its Jackson 2) and reads its plugins folder, as
 * in the Maven build.
 */
final class BundledAllure {
  private BundledAllure() {}

  /** The unpacked command line's home folder (with lib/ and plugins/). */
  static Path home() {
    String version = Bundle.allureVersion();
    Path cache = cacheFolder();
    Path home = cache.resolve("allure-" + version);
    if (Files.isDirectory(home.resolve("lib"))) {
      return home;
    }
    try {
      Files.createDirectories(cache);
      Path unpacking = Files.createTempDirectory(cache, "unpacking-");
      try {
        unzip(unpacking);
        // Whole or not at all: a second flowcheck unpacking at the same time loses the race
        // quietly.
        Files.move(unpacking.resolve("allure-" + version), home, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
        if (!Files.isDirectory(home.resolve("lib"))) {
          throw raced;
        }
      } finally {
        delete(unpacking);
      }
      System.out.println("[reports] Allure command line " + version + " unpacked into " + home);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot unpack the bundled Allure command line into " + cache + ": " + e.getMessage(), e);
    }
  }

  private static Path cacheFolder() {
    String explicit = System.getProperty("flowcheck.cache", System.getenv("FLOWCHECK_CACHE"));
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".cache", "flowcheck");
  }

  private static void unzip(Path into) throws IOException {
    try (InputStream raw =
        BundledAllure.class.getClassLoader().getResourceAsStream(Bundle.ALLURE_ZIP)) {
      if (raw == null) {
        throw new IOException("this jar lacks " + Bundle.ALLURE_ZIP + ": rebuild it");
      }
      try (ZipInputStream zip = new ZipInputStream(raw)) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          Path target = into.resolve(entry.getName()).normalize();
          if (!target.startsWith(into)) {
            throw new IOException("unsafe entry " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(zip, target);
          }
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
