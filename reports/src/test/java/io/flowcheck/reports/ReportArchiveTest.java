package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportArchiveTest {

  /** Entry name -> content of every file in the zip. */
  static Map<String, String> entries(Path zip) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        out.put(
            e.getName(),
            new String(
                z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void theReportAndEveryPageItLinksToAreInOneFolderOfOneZip(@TempDir Path tmp) throws Exception {
    Path report = tmp.resolve("single");
    Files.createDirectories(report.resolve("coverage"));
    Files.createDirectories(report.resolve("upgrade"));
    Files.writeString(report.resolve("index.html"), "<a href=\"coverage/index.html\">");
    Files.writeString(report.resolve("coverage/index.html"), "coverage");
    Files.writeString(report.resolve("upgrade/summary.json"), "{}");

    Path zip = tmp.resolve("out/flowcheck-report.zip");
    ReportArchive.write(report, zip);

    Map<String, String> entries = entries(zip);
    assertEquals(
        Map.of(
            "flowcheck-report/index.html",
            "<a href=\"coverage/index.html\">",
            "flowcheck-report/coverage/index.html",
            "coverage",
            "flowcheck-report/upgrade/summary.json",
            "{}"),
        entries);
    byte[] first = Files.readAllBytes(zip);
    ReportArchive.write(report, zip);
    assertArrayEquals(first, Files.readAllBytes(zip), "the same report gives the same zip");
  }

  @Test
  void noReportIsOneLineNamingTheMissingFile(@TempDir Path tmp) {
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> ReportArchive.write(tmp.resolve("none"), tmp.resolve("x.zip")));
    assertTrue(
        e.getMessage().contains(tmp.resolve("none").resolve("index.html").toString()),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertFalse(Files.exists(tmp.resolve("x.zip")));
  }
}
