package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportInputsTest {

  @Test
  void inTheReactorAMissingRunFailsWithOneLineNamingIt(@TempDir Path repo) {
    ReportException e =
        assertThrows(
            ReportException.class,
            () ->
                ReportInputs.resolve(
                    repo.resolve("features/target"), repo.resolve("fixtures"), repo, false));

    assertEquals(
        "No Allure results at features/target/allure-results: run the feature suite first (see README)",
        e.getMessage());
  }

  @Test
  void anEmptyResultsFolderCountsAsMissing(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve("features/target/allure-results"));

    assertThrows(
        ReportException.class,
        () ->
            ReportInputs.resolve(
                repo.resolve("features/target"), repo.resolve("fixtures"), repo, false));
  }

  @Test
  void builtAloneTheModuleFallsBackToTheFixtures(@TempDir Path repo) {
    ReportInputs in =
        ReportInputs.resolve(repo.resolve("features/target"), repo.resolve("fixtures"), repo, true);

    assertEquals(ReportInputs.Source.FIXTURES, in.source());
    assertEquals(repo.resolve("fixtures/allure-results"), in.allureResults());
  }

  @Test
  void aRealRunAlwaysWins(@TempDir Path repo) throws Exception {
    Path results = Files.createDirectories(repo.resolve("features/target/allure-results"));
    Files.writeString(results.resolve("x-result.json"), "{}");

    ReportInputs in =
        ReportInputs.resolve(repo.resolve("features/target"), repo.resolve("fixtures"), repo, true);

    assertEquals(ReportInputs.Source.FEATURES, in.source());
    assertEquals(repo.resolve("features/target/ef-coverage"), in.coverageDir());
  }
}
