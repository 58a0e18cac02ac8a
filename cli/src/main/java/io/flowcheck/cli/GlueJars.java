package io.flowcheck.cli;

import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;

/**
 * A team's glue jars ({@code --classpath}) joined to the application class path, where Cucumber
 * looks for glue: its JUnit Platform engine scans with its own class loader, not the thread's, so a
 * child class loader would never be searched. The jar's manifest names this class as its {@code
 * Launcher-Agent-Class}, which {@code java -jar} starts before {@code main}, handing it the
 * instrumentation that can extend the class path.
 */
public final class GlueJars {
  private static volatile Instrumentation instrumentation;

  private GlueJars() {}

  /** Called by {@code java -jar flowcheck.jar} before main. */
  public static void agentmain(String args, Instrumentation inst) {
    instrumentation = inst;
  }

  /** Each jar joins the class path once; one already on it (e.g. {@code java -cp}) is left. */
  static void add(List<Path> jars) {
    List<String> onPath =
        Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    for (Path jar : jars) {
      if (onPath.contains(jar.toString())) {
        continue;
      }
      if (!Files.isRegularFile(jar)) {
        throw new FlowcheckCli.UsageProblem(
            "flowcheck: --classpath "
                + jar
                + ": not a jar file (package the glue classes as a jar)");
      }
      if (instrumentation == null) {
        throw new FlowcheckCli.UsageProblem(
            "flowcheck: --classpath needs java -jar flowcheck.jar (or put " + jar + " on -cp)");
      }
      try {
        instrumentation.appendToSystemClassLoaderSearch(new JarFile(jar.toFile()));
      } catch (IOException e) {
        throw new FlowcheckCli.UsageProblem(
            "flowcheck: --classpath " + jar + ": not a readable jar (" + e.getMessage() + ")");
      }
      onPath = new java.util.ArrayList<>(onPath);
      onPath.add(jar.toString());
    }
  }
}
