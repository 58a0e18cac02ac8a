package io.flowcheck.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report to mail or archive: Allure's single-file index.html embeds only Allure's own data, so
 * the coverage, dialect and upgrade pages it links to (relative links, beside index.html) travel
 * with it in one zip. Unzipped, {@code flowcheck-report/index.html} opens from file:// with every
 * link working. The zip holds exactly the files of the single-file report's folder, which the
 * secret leak gate scans (it skips zips).
 */
public final class ReportArchive {

  static final String FILE_NAME = "flowcheck-report.zip";

  /**
   * The one folder the zip unpacks into, so it never scatters files into the reader's downloads.
   */
  static final String TOP = "flowcheck-report/";

  /** A fixed entry time: the same report gives the same bytes. */
  private static final FileTime ENTRY_TIME = FileTime.fromMillis(0);

  private ReportArchive() {}

  /**
   * Zips everything under {@code reportDir} (the single-file report and its pages) into {@code
   * zip}.
   */
  public static void write(Path reportDir, Path zip) {
    if (!Files.isRegularFile(reportDir.resolve("index.html"))) {
      throw new ReportException(
          "No report to archive: " + reportDir.resolve("index.html") + " is missing");
    }
    try (Stream<Path> walk = Files.walk(reportDir)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      Files.createDirectories(zip.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(zip);
          ZipOutputStream z = new ZipOutputStream(out)) {
        for (Path f : files) {
          ZipEntry e = new ZipEntry(TOP + reportDir.relativize(f).toString().replace('\\', '/'));
          e.setLastModifiedTime(ENTRY_TIME);
          z.putNextEntry(e);
          Files.copy(f, z);
          z.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new ReportException("Could not write " + zip + ": " + e.getMessage(), e);
    }
  }
}
