package io.flowcheck.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The framework's packages form layers, no cycles: secrets at the bottom (what a secret is), config
 * above it, http above them, the client above http, upgrade on top. A cycle would make every
 * package a part of every other; this reads the main sources' references and fails naming the
 * cycle.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/io/flowcheck/framework");
  private static final Pattern REFERENCE =
      Pattern.compile("io\\.flowcheck\\.framework\\.([a-z]+)\\.[A-Z]");

  /** Package to the framework packages its main code names (imports or qualified names). */
  private static Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> mine = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            mine.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deps;
  }

  @Test
  void theSourcesAreWhereThisTestLooks() {
    assertTrue(
        dependencies()
            .keySet()
            .containsAll(List.of("client", "config", "http", "secrets", "upgrade")),
        "found " + dependencies().keySet());
  }

  @Test
  void noPackageCycle() {
    Map<String, Set<String>> deps = dependencies();
    List<String> cycles = new ArrayList<>();
    for (String start : deps.keySet()) {
      findCycle(start, start, deps, new ArrayList<>(List.of(start)), cycles);
    }
    assertEquals(List.of(), cycles, "package cycles in framework main code: " + deps);
  }

  @Test
  void httpKnowsNothingOfTheClientAndConfigNothingAboveIt() {
    Map<String, Set<String>> deps = dependencies();
    assertTrue(!deps.get("http").contains("client"), "http -> " + deps.get("http"));
    assertEquals(Set.of(), deps.get("secrets"), "secrets is the bottom layer");
    assertTrue(
        Set.of("secrets").containsAll(deps.get("config")), "config -> " + deps.get("config"));
  }

  private static void findCycle(
      String start,
      String at,
      Map<String, Set<String>> deps,
      List<String> path,
      List<String> cycles) {
    for (String next : deps.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        cycles.add(String.join(" -> ", path) + " -> " + start);
      } else if (!path.contains(next)) {
        path.add(next);
        findCycle(start, next, deps, path, cycles);
        path.remove(path.size() - 1);
      }
    }
  }
}
