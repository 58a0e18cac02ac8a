package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Allure's generator in this JVM, in a class loader of its own. */
class AllureGeneratorTest {

  /**
   * The report step used to start two {@code allure generate} JVMs, cold, for each run with
   * reports; the whole step now runs in the caller's JVM.
   */
  @Test
  @ResourceLock(Chromium.CHILD_PROCESSES) // no Chromium of another test may show up as a child
  void theReportStepStartsNoJvm(@TempDir Path work) throws Exception {
    Set<String> children = ConcurrentHashMap.newKeySet();
    AtomicBoolean generating = new AtomicBoolean(true);
    Thread watch =
        new Thread(
            () -> {
              while (generating.get()) {
                ProcessHandle.current()
                    .children()
                    .forEach(c -> children.add(c.info().command().orElse("pid " + c.pid())));
                LockSupport.parkNanos(5_000_000);
              }
            });
    watch.start();
    try {
      ReportMain.run(
          new ReportMain.Options(
              work.resolve("no-run"),
              Path.of(System.getProperty("reports.fixtures")).toAbsolutePath(),
              work.resolve("out"),
              work.resolve("history"),
              allureHome(),
              work,
              "flowcheck-reports",
              "flowcheck-reports"));
    } finally {
      generating.set(false);
      watch.join();
    }
    assertTrue(
        Files.isRegularFile(work.resolve("out/allure-report-single/index.html")),
        "no single-file report");
    assertEquals(Set.of(), children, "processes started by the report step");
  }

  /**
   * What {@code allure generate} runs, from its plugins folder too, but never Allure's analytics,
   * which the command line skipped only because its JVM got ALLURE_NO_ANALYTICS in its environment.
   */
  @Test
  void theCommandLinesExtensionsRunButNotItsAnalytics(@TempDir Path work) {
    try (AllureGenerator allure = new AllureGenerator(allureHome(), work.resolve("allure.log"))) {
      List<String> names = allure.extensionNames();
      for (String expected :
          List.of(
              "io.qameta.allure.allure2.Allure2Plugin",
              "io.qameta.allure.history.HistoryTrendPlugin",
              "io.qameta.allure.behaviors.BehaviorsPlugin", // plugins/behaviors-plugin
              "io.qameta.allure.packages.PackagesPlugin")) { // plugins/packages-plugin
        assertTrue(names.contains(expected), expected + " is not among " + names);
      }
      assertFalse(names.contains(AllureGenerator.ANALYTICS), names.toString());
    }
  }

  /** Allure's Jackson 2, slf4j and logback never meet this JVM's libraries, nor flowcheck's. */
  @Test
  void allureHasAClassLoaderOfItsOwn(@TempDir Path work) throws Exception {
    try (AllureGenerator allure = new AllureGenerator(allureHome(), work.resolve("allure.log"))) {
      ClassLoader loader = allure.classLoader();
      for (String ours :
          List.of(ReportMain.class.getName(), "tools.jackson.databind.ObjectMapper")) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(ours, false, loader), ours);
      }
      for (String theirs :
          List.of("com.fasterxml.jackson.databind.ObjectMapper", "org.slf4j.LoggerFactory")) {
        assertEquals(loader, Class.forName(theirs, false, loader).getClassLoader(), theirs);
      }
    }
  }

  @Test
  void noCommandLineIsOneLineNamingWhereItWasLookedFor(@TempDir Path work) {
    Path nowhere = work.resolve("no-allure");
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> new AllureGenerator(nowhere, work.resolve("allure.log")).close());
    assertTrue(e.getMessage().contains(nowhere.toString()), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  private static Path allureHome() {
    return Path.of(System.getProperty("reports.allure.home")).toAbsolutePath();
  }
}
