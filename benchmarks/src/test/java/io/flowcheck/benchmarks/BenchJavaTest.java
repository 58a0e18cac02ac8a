package io.flowcheck.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchJavaTest {
  @TempDir Path jvms;

  @Test
  void theNewestJdkOfAtLeastTheAskedReleaseIsChosen() throws IOException {
    jdk("java-17-openjdk", "17.0.15");
    jdk("temurin-25-jdk", "25.0.3");
    jdk("temurin-26-jdk", "26");
    Files.createDirectories(jvms.resolve("no-java-here"));
    assertEquals(Optional.of(jvms.resolve("temurin-26-jdk")), BenchJava.newest(jvms, 25));
  }

  @Test
  void noneWhenOnlyOlderJdksAreThere() throws IOException {
    jdk("java-17-openjdk", "17.0.15");
    assertEquals(Optional.empty(), BenchJava.newest(jvms, 25));
    assertEquals(Optional.empty(), BenchJava.newest(jvms.resolve("missing"), 25));
  }

  @Test
  void propertiesAsTheJvmPrintsThem() {
    List<String> lines =
        List.of(
            "Property settings:", "    java.home = /opt/jdk", "    java.runtime.version = 25+9");
    assertEquals("/opt/jdk", BenchJava.property(lines, "java.home"));
    assertEquals("25+9", BenchJava.property(lines, "java.runtime.version"));
  }

  private void jdk(String name, String version) throws IOException {
    Path home = jvms.resolve(name);
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    java.toFile().setExecutable(true);
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
  }
}
