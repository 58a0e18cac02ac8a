package io.flowcheck.benchmarks;

import io.flowcheck.benchmarks.SuiteRun.Command;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command lines the benchmark races, all against one simulator: each side in a JVM of its own
 * ({@code java -cp}), each side through Maven ({@code mvn exec:java}, Maven's JVM runs the suite),
 * {@code flowcheck.jar} with and without a class-data-sharing archive, and the {@code flowcheck}
 * launcher beside it with and without its class cache. Every JVM of the race is the one JDK of
 * {@link BenchJava}. Paths are relative to the project root, where the benchmark runs.
 */
final class Commands {
  static final Path FLOWCHECK_JAR = Path.of("cli/target/flowcheck.jar");
  static final Path FLOWCHECK_LAUNCHER = Path.of("cli/target/flowcheck");
  static final Path KARATE_DIR = Path.of("benchmarks/features/karate");
  private static final String FLOWCHECK_MAIN = FlowcheckSuite.class.getName();
  private static final String KARATE_MAIN = "io.flowcheck.benchmarks.karate.KarateSuite";

  private final String serverUrl;
  private final Path work;
  private final BenchJava jdk;
  private final String flowcheckClasspath;
  private final String karateClasspath;

  Commands(String serverUrl, Path work, BenchJava jdk) throws IOException {
    this.serverUrl = serverUrl;
    this.work = work;
    this.jdk = jdk;
    this.flowcheckClasspath =
        "benchmarks/target/flowcheck-benchmarks.jar"
            + java.io.File.pathSeparator
            + read("benchmarks/target/flowcheck.classpath");
    this.karateClasspath =
        "benchmarks/karate/target/flowcheck-benchmarks-karate.jar"
            + java.io.File.pathSeparator
            + read("benchmarks/karate/target/karate.classpath");
  }

  Command flowcheckJava(String label, Path features, int threads) {
    List<String> args = new ArrayList<>(List.of(jdk.java(), "-cp", flowcheckClasspath));
    args.addAll(flowcheckSettings(out(label)));
    args.addAll(List.of(FLOWCHECK_MAIN, features.toString(), String.valueOf(threads), out(label)));
    return new Command(label, args, Map.of());
  }

  Command karateJava(String label, Path suite, int threads) {
    List<String> args = new ArrayList<>(List.of(jdk.java(), "-cp", karateClasspath));
    args.addAll(karateSettings());
    args.addAll(
        List.of(
            KARATE_MAIN,
            suite.toString(),
            String.valueOf(threads),
            out(label),
            KARATE_DIR.toString()));
    return new Command(label, args, Map.of());
  }

  Command flowcheckMaven(String label, Path features, int threads) {
    List<String> args = maven("benchmarks", FLOWCHECK_MAIN);
    args.add("-Dexec.args=" + features.toAbsolutePath() + " " + threads + " " + absOut(label));
    args.addAll(flowcheckSettings(absOut(label)));
    return new Command(label, args, mavenEnv());
  }

  Command karateMaven(String label, Path suite, int threads) {
    List<String> args = maven("benchmarks/karate", KARATE_MAIN);
    args.add(
        "-Dexec.args="
            + suite.toAbsolutePath()
            + " "
            + threads
            + " "
            + absOut(label)
            + " "
            + KARATE_DIR.toAbsolutePath());
    args.addAll(karateSettings());
    return new Command(label, args, mavenEnv());
  }

  /**
   * {@code java -jar cli/target/flowcheck.jar run ...}; the credentials go in the environment, as a
   * user of the jar would give them. {@code jvmOptions} such as a CDS archive come first; without
   * {@code reports} it runs with {@code --no-report} (results and verdict only).
   */
  Command flowcheckJar(
      String label, Path features, int threads, List<String> jvmOptions, boolean reports) {
    List<String> args = new ArrayList<>(List.of(jdk.java()));
    args.addAll(jvmOptions);
    args.addAll(List.of("-jar", FLOWCHECK_JAR.toString()));
    args.addAll(jarRun(label, features, threads, reports));
    return new Command(label, args, jarEnv(Map.of()));
  }

  /**
   * {@code cli/target/flowcheck run ...}, the launcher as users start it (its short-run options);
   * with {@code cache} its class cache in {@code <work>/aot} (made by a first run of its own),
   * without it {@code --no-aot-cache}.
   */
  Command flowcheckLauncher(
      String label, Path features, int threads, boolean cache, boolean reports) {
    List<String> args = new ArrayList<>(List.of(FLOWCHECK_LAUNCHER.toString()));
    if (!cache) {
      args.add("--no-aot-cache");
    }
    args.addAll(jarRun(label, features, threads, reports));
    return new Command(
        label,
        args,
        jarEnv(
            Map.of(
                "JAVA_HOME",
                jdk.home().toString(),
                "FLOWCHECK_CACHE_DIR",
                work.resolve("aot").toAbsolutePath().toString())));
  }

  private List<String> jarRun(String label, Path features, int threads, boolean reports) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--server",
                serverUrl,
                "--threads",
                String.valueOf(threads),
                "--features",
                features.toString(),
                "--out",
                out(label)));
    if (!reports) {
      args.add("--no-report");
    }
    return args;
  }

  /** The credentials go in the environment, as a user of the jar would give them. */
  private static Map<String, String> jarEnv(Map<String, String> more) {
    Map<String, String> env = new java.util.HashMap<>(more);
    env.put("EF_USER", StandaloneSimulator.USER);
    env.put("EF_PASSWORD", StandaloneSimulator.PASSWORD);
    env.put("EF_TLS", "relaxed");
    return env;
  }

  /** Maven's JVM, which runs the suite there, is the race's JDK too. */
  private Map<String, String> mavenEnv() {
    return Map.of("JAVA_HOME", jdk.home().toString());
  }

  private List<String> maven(String module, String mainClass) {
    return new ArrayList<>(
        List.of(
            "mvn",
            "-B",
            "-q",
            "-o",
            "-Pbenchmark",
            "-pl",
            module,
            "exec:java",
            "-Dexec.mainClass=" + mainClass));
  }

  private List<String> flowcheckSettings(String out) {
    return List.of(
        "-Def.server=" + serverUrl,
        "-Def.user=" + StandaloneSimulator.USER,
        "-Def.password=" + StandaloneSimulator.PASSWORD,
        "-Def.tls=relaxed", // Karate's `configure ssl = true` trusts any certificate too
        "-Dflowcheck.output.dir=" + out,
        "-Dallure.results.directory=" + out + "/allure-results");
  }

  private List<String> karateSettings() {
    return List.of(
        "-Dbench.server=" + serverUrl,
        "-Dbench.user=" + StandaloneSimulator.USER,
        "-Dbench.password=" + StandaloneSimulator.PASSWORD);
  }

  private String out(String label) {
    return work.resolve("out").resolve(label).toString();
  }

  private String absOut(String label) {
    return work.resolve("out").resolve(label).toAbsolutePath().toString();
  }

  private static String read(String file) throws IOException {
    Path path = Path.of(file);
    if (!Files.exists(path)) {
      throw new IOException(
          file + " is missing: build the benchmark first (scripts/benchmark.sh does)");
    }
    return Files.readString(path, StandardCharsets.UTF_8).trim();
  }
}
