package io.flowcheck.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** Small directory helpers (copy a tree, empty a directory) that the JDK lacks. */
final class Dirs {
  private Dirs() {}

  /** Copies {@code from} into {@code to}, skipping top-level entries named in {@code skip}. */
  static void copyTree(Path from, Path to, Set<String> skip) {
    try {
      Files.walkFileTree(
          from,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (!dir.equals(from)
                  && dir.getParent().equals(from)
                  && skip.contains(dir.getFileName().toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Files.createDirectories(to.resolve(from.relativize(dir).toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (file.getParent().equals(from) && skip.contains(file.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
              }
              Files.copy(
                  file,
                  to.resolve(from.relativize(file).toString()),
                  StandardCopyOption.REPLACE_EXISTING);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new ReportException("Could not copy " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  static void copyTree(Path from, Path to) {
    copyTree(from, to, Set.of());
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      throw new ReportException("Could not delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
