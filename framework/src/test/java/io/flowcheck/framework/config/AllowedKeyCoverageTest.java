package io.flowcheck.framework.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ef.}/{@code flowcheck.} key and {@code EF_}/{@code FLOWCHECK_} variable that the
 * build's own files read or set is a setting or on the {@link AllowedKey} list. Otherwise a new
 * Maven switch or a key read by another module would stop every run as an "unknown setting".
 */
class AllowedKeyCoverageTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final String PROPERTY = "((?:ef|flowcheck)\\.[A-Za-z0-9._-]*[A-Za-z0-9])";
  private static final String VARIABLE = "((?:EF|FLOWCHECK)_[A-Z0-9_]*[A-Z0-9])";

  /** Read or set in Java: a system property or variable named by a literal, or a "-D" argument. */
  private static final List<Pattern> JAVA =
      List.of(
          Pattern.compile(
              "(?:getProperty|setProperty|clearProperty|getBoolean|getInteger|getLong)\\(\\s*\""
                  + PROPERTY
                  + "\""),
          Pattern.compile("getenv\\(\\s*\"" + VARIABLE + "\""),
          Pattern.compile("\"-D" + PROPERTY + "="));

  /** Set in main code as a system property for another part of the run. */
  private static final Pattern JAVA_MAIN_PUT = Pattern.compile("put\\(\\s*\"" + PROPERTY + "\"");

  /** Maven properties, declared as elements or used as expressions. */
  private static final List<Pattern> POM =
      List.of(Pattern.compile("<" + PROPERTY + ">"), Pattern.compile("\\$\\{" + PROPERTY + "}"));

  /** Scripts and CI templates: -D settings and variables. */
  private static final List<Pattern> SCRIPT =
      List.of(Pattern.compile("-D" + PROPERTY + "="), Pattern.compile("\\b" + VARIABLE + "\\b"));

  @Test
  void everyKeyTheBuildUsesIsASettingOrAllowListed() throws IOException {
    assertTrue(
        Files.readString(ROOT.resolve("pom.xml")).contains("<module>framework</module>"),
        "not the repository's root: " + ROOT);
    Set<String> known =
        Stream.of(
                Arrays.stream(Setting.values()).map(Setting::key),
                Arrays.stream(Setting.values()).map(Setting::envName),
                Arrays.stream(AllowedKey.values()).map(AllowedKey::key))
            .flatMap(s -> s)
            .collect(Collectors.toSet());

    Set<String> found = new TreeSet<>();
    Set<String> unknown = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        ROOT,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            return !dir.equals(ROOT) && (name.equals("target") || name.startsWith("."))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            files.add(file);
            return FileVisitResult.CONTINUE;
          }
        });
    for (Path file : files) {
      String rel = ROOT.relativize(file).toString().replace('\\', '/');
      List<Pattern> patterns = patternsFor(rel);
      if (patterns.isEmpty()) {
        continue;
      }
      String text = Files.readString(file);
      for (Pattern p : patterns) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          found.add(m.group(1));
          if (!known.contains(m.group(1))) {
            unknown.add(rel + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(Set.of(), unknown, "add these to AllowedKey (with who reads them) or to Setting");
  }

  private static List<Pattern> patternsFor(String rel) {
    if (rel.endsWith(".java")) {
      return rel.contains("/src/main/")
          ? Stream.concat(JAVA.stream(), Stream.of(JAVA_MAIN_PUT)).toList()
          : JAVA;
    }
    if (rel.endsWith("pom.xml")) {
      return POM;
    }
    // The launchers beside flowcheck.jar: their variables reach the jar's environment.
    if (rel.startsWith("scripts/")
        || rel.startsWith("ci/")
        || rel.startsWith("cli/src/main/dist/")) {
      return SCRIPT;
    }
    return List.of();
  }
}
