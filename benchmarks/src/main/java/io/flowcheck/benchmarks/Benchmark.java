package io.flowcheck.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * flowcheck against Karate 1.5.2 on the same standalone simulator, in alternating pairs, printed as
 * a table of medians and written to {@code benchmarks/target/benchmark.md}. Asserts nothing about
 * time. Run from the project root by {@code scripts/benchmark.sh}, which builds first.
 *
 * <pre>Benchmark [rounds=2] [threads=4] [copies=10] [heavyThreads=8] [latencyMs=50]
 *           [maven=true] [perCall=FILE] [only=java,maven,jar,launcher,heavy]</pre>
 *
 * <p>All of the race's JVMs are one JDK: {@code FLOWCHECK_BENCH_JAVA}, else a JDK 25 or later when
 * one is installed, else the {@code java} on the PATH ({@link BenchJava}).
 */
public final class Benchmark {
  private static final Path WORK = Path.of("benchmarks/target/bench");
  private static final Path FLOWCHECK_FEATURES = Path.of("benchmarks/features/flowcheck");
  private static final Path KARATE_SUITE = Commands.KARATE_DIR.resolve("suite");
  private static final Path SIMULATOR_JAR = Path.of("simulator/target/ef-simulator.jar");

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
    int copies = Integer.parseInt(options.getOrDefault("copies", "10"));
    int heavyThreads = Integer.parseInt(options.getOrDefault("heavyThreads", "8"));
    int latencyMs = Integer.parseInt(options.getOrDefault("latencyMs", "50"));
    boolean maven = Boolean.parseBoolean(options.getOrDefault("maven", "true"));
    String perCall = options.get("perCall");
    // only=heavy (or java, maven, jar, launcher): just those rows, for looking into one figure
    String only = options.getOrDefault("only", "");
    BenchJava jdk = BenchJava.find(System.getenv("FLOWCHECK_BENCH_JAVA"), Path.of("/usr/lib/jvm"));
    say("Java " + jdk.describe());

    deleteTree(WORK);
    Path heavyFlowcheck = copies(FLOWCHECK_FEATURES, WORK.resolve("flowcheck-heavy"), copies);
    Path heavyKarate = copies(KARATE_SUITE, WORK.resolve("karate-heavy"), copies);
    Results results = new Results();
    String loadBefore = loadAverage();
    try (StandaloneSimulator sim = StandaloneSimulator.start(SIMULATOR_JAR)) {
      Commands commands = new Commands(sim.serverUrl(), WORK, jdk);
      boolean jar = Files.exists(Commands.FLOWCHECK_JAR) && wanted(only, "jar");
      boolean launcher =
          Files.exists(Commands.FLOWCHECK_JAR)
              && Files.exists(Commands.FLOWCHECK_LAUNCHER)
              && wanted(only, "launcher");
      boolean java = wanted(only, "java");
      boolean heavy = wanted(only, "heavy");
      maven = maven && wanted(only, "maven");
      Path archive = WORK.resolve("flowcheck-cli.jsa").toAbsolutePath();
      if (jar) { // the archive's training run, not measured
        say("AppCDS training run of flowcheck.jar -> " + archive);
        SuiteRun.measure(
            commands.flowcheckJar(
                "cds-training",
                FLOWCHECK_FEATURES,
                threads,
                List.of("-XX:ArchiveClassesAtExit=" + archive),
                true),
            sim,
            0,
            WORK.resolve("logs"));
      }
      if (launcher) { // the run that makes the launcher's class cache, not measured
        say("class cache of the launcher made by a first run -> " + WORK.resolve("aot"));
        SuiteRun.measure(
            commands.flowcheckLauncher("cache-training", FLOWCHECK_FEATURES, threads, true, false),
            sim,
            0,
            WORK.resolve("logs"));
      }
      for (int round = 1; round <= rounds; round++) {
        String r = "-r" + round;
        say("round " + round + " of " + rounds);
        if (java || jar || launcher) { // the jar's rows compare with Karate's java -cp run
          results.add(
              run(
                  sim,
                  commands.flowcheckJava("flowcheck-java" + r, FLOWCHECK_FEATURES, threads),
                  0));
          results.add(run(sim, commands.karateJava("karate-java" + r, KARATE_SUITE, threads), 0));
        }
        if (maven) {
          results.add(
              run(
                  sim,
                  commands.flowcheckMaven("flowcheck-maven" + r, FLOWCHECK_FEATURES, threads),
                  0));
          results.add(run(sim, commands.karateMaven("karate-maven" + r, KARATE_SUITE, threads), 0));
        }
        if (jar) {
          results.add(
              run(
                  sim,
                  commands.flowcheckJar(
                      "flowcheck-jar" + r, FLOWCHECK_FEATURES, threads, List.of(), true),
                  0));
          results.add(
              run(
                  sim,
                  commands.flowcheckJar(
                      "flowcheck-jar-noreport" + r, FLOWCHECK_FEATURES, threads, List.of(), false),
                  0));
          results.add(
              run(
                  sim,
                  commands.flowcheckJar(
                      "flowcheck-jar-cds" + r,
                      FLOWCHECK_FEATURES,
                      threads,
                      List.of("-XX:SharedArchiveFile=" + archive),
                      true),
                  0));
        }
        if (launcher) {
          results.add(
              run(
                  sim,
                  commands.flowcheckLauncher(
                      "flowcheck-launcher-noreport" + r, FLOWCHECK_FEATURES, threads, false, false),
                  0));
          results.add(
              run(
                  sim,
                  commands.flowcheckLauncher(
                      "flowcheck-launcher-cache-noreport" + r,
                      FLOWCHECK_FEATURES,
                      threads,
                      true,
                      false),
                  0));
          results.add(
              run(
                  sim,
                  commands.flowcheckLauncher(
                      "flowcheck-launcher-cache" + r, FLOWCHECK_FEATURES, threads, true, true),
                  0));
        }
        if (heavy) {
          results.add(
              run(
                  sim,
                  commands.flowcheckJava("flowcheck-heavy" + r, heavyFlowcheck, heavyThreads),
                  latencyMs));
          results.add(
              run(
                  sim,
                  commands.karateJava("karate-heavy" + r, heavyKarate, heavyThreads),
                  latencyMs));
          if (launcher) { // the long run as users start it: does C1 only hold up there too?
            results.add(
                run(
                    sim,
                    commands.flowcheckLauncher(
                        "flowcheck-heavy-launcher" + r, heavyFlowcheck, heavyThreads, true, false),
                    latencyMs));
          }
        }
      }
      String table =
          new Table(results, perCall == null ? null : Path.of(perCall), jar, launcher)
              .render(
                  new Table.Setup(
                      rounds,
                      threads,
                      copies * 20,
                      heavyThreads,
                      latencyMs,
                      Runtime.getRuntime().availableProcessors(),
                      loadBefore,
                      loadAverage(),
                      jdk.version()));
      System.out.println();
      System.out.println(table);
      Path md = Path.of("benchmarks/target/benchmark.md");
      Files.writeString(md, table, StandardCharsets.UTF_8);
      say("written to " + md);
    }
  }

  private static SuiteRun run(StandaloneSimulator sim, SuiteRun.Command command, int latencyMs)
      throws IOException, InterruptedException {
    SuiteRun run = SuiteRun.measure(command, sim, latencyMs, WORK.resolve("logs"));
    say(
        String.format(
            "  %-24s %8.1f s whole, %8.1f s in the JVM, %5d requests, first after %6.0f ms%s",
            run.name(),
            run.wallMs() / 1000,
            run.inJvmMs() / 1000,
            run.traffic().requestMicros().size(),
            run.startToFirstRequestMs(),
            run.passed() ? "" : "  FAILED (exit " + run.exitCode() + ", see " + run.log() + ")"));
    return run;
  }

  /** The runs by kind ("flowcheck-java", "karate-heavy", ...), in round order. */
  static final class Results {
    private final Map<String, List<SuiteRun>> byKind = new LinkedHashMap<>();

    void add(SuiteRun run) {
      String kind = run.name().replaceAll("-r\\d+$", "");
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(run);
    }

    List<SuiteRun> of(String kind) {
      return byKind.getOrDefault(kind, List.of());
    }
  }

  /** {@code copies} copies of a feature folder, one subfolder each: 20 scenarios become 200. */
  private static Path copies(Path features, Path target, int copies) throws IOException {
    for (int i = 1; i <= copies; i++) {
      Path copy = target.resolve("copy" + i);
      Files.createDirectories(copy);
      try (Stream<Path> files = Files.list(features)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    return target;
  }

  private static boolean wanted(String only, String kind) {
    return only.isEmpty() || List.of(only.split(",")).contains(kind);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 1) {
        System.err.println(
            "benchmark: '"
                + arg
                + "' is not NAME=VALUE (rounds, threads, copies, heavyThreads,"
                + " latencyMs, maven, perCall, only)");
        System.exit(2);
      }
      options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    return options;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"))
          .trim()
          .replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void say(String line) {
    System.out.println("benchmark: " + line);
  }
}
