package io.flowcheck.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The JDK both sides of the race run on: {@code FLOWCHECK_BENCH_JAVA} (a JDK's folder or its {@code
 * bin/java}), else the newest JDK 25 or later under {@code /usr/lib/jvm} (its AOT cache is what the
 * launcher rows measure), else the {@code java} on the PATH.
 */
record BenchJava(Path home, String version) {
  static final int AOT_CACHE_FEATURE = 25;

  String java() {
    return home.resolve("bin").resolve("java").toString();
  }

  /** For the console: "25.0.3+9-LTS (/usr/lib/jvm/temurin-25-jdk-amd64)". */
  String describe() {
    return version + " (" + home + ")";
  }

  static BenchJava find(String given, Path jvms) throws IOException, InterruptedException {
    String java;
    if (given != null && !given.isBlank()) {
      Path path = Path.of(given);
      java = Files.isDirectory(path) ? path.resolve("bin").resolve("java").toString() : given;
    } else {
      java =
          newest(jvms, AOT_CACHE_FEATURE)
              .map(h -> h.resolve("bin").resolve("java").toString())
              .orElse("java");
    }
    return ask(java);
  }

  /** The JDK of the highest feature release, at least {@code min}, among the folders of jvms. */
  static Optional<Path> newest(Path jvms, int min) throws IOException {
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(h -> Files.isExecutable(h.resolve("bin").resolve("java")))
          .filter(h -> feature(h) >= min)
          .max(Comparator.comparingInt(BenchJava::feature).thenComparing(Path::toString));
    }
  }

  /** JAVA_VERSION's first number in the JDK's release file, 0 when there is none. */
  static int feature(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          return Integer.parseInt(line.substring("JAVA_VERSION=\"".length()).split("[^0-9]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not a JDK folder
    }
    return 0;
  }

  /** The JVM's own word on its folder and version. */
  private static BenchJava ask(String java) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(java, "-XshowSettings:properties", "-version")
            .redirectErrorStream(true)
            .start();
    List<String> lines;
    try (var in = p.getInputStream()) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException("FLOWCHECK_BENCH_JAVA: " + java + " did not start: " + lines);
    }
    String home = property(lines, "java.home");
    String version = property(lines, "java.runtime.version");
    if (home == null || version == null) {
      throw new IOException(java + " -XshowSettings:properties named no java.home: " + lines);
    }
    return new BenchJava(Path.of(home), version);
  }

  static String property(List<String> lines, String name) {
    String prefix = name + " = ";
    return lines.stream()
        .map(String::strip)
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .findFirst()
        .orElse(null);
  }
}
