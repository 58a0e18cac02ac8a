package io.flowcheck.framework.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one publish: every regular file under a build output folder, or those a glob picks,
 * each with its path relative to the folder (forward slashes, as the server keeps it). The files
 * are read only when sent, one at a time, so their size does not matter.
 */
public final class PublishFiles {
  /** One file and the relative path it is published under. */
  public record Entry(Path file, String relativePath) {}

  private final Path folder;
  private final List<Entry> entries;

  private PublishFiles(Path folder, List<Entry> entries) {
    this.folder = folder;
    this.entries = List.copyOf(entries);
  }

  /**
   * Every regular file under the folder, in path order.
   *
   * @throws NothingToPublishException when the folder is missing or holds no file
   */
  public static PublishFiles folder(Path folder) {
    return glob(folder, "**");
  }

  /**
   * The regular files under the folder whose relative path matches the glob ({@code **}{@code
   * /*.jar}, {@code bin/*}), in path order.
   *
   * @throws NothingToPublishException when the folder is missing or no file matches
   */
  public static PublishFiles glob(Path folder, String glob) {
    if (!Files.isDirectory(folder)) {
      throw new NothingToPublishException(
          "nothing to publish: " + folder + " is not a folder; build the output first");
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Entry> found;
    try (Stream<Path> walk = Files.walk(folder)) {
      found =
          walk.filter(Files::isRegularFile)
              .map(folder::relativize)
              .filter(relative -> glob.equals("**") || matcher.matches(relative))
              .sorted(Comparator.comparing(Path::toString))
              .map(relative -> new Entry(folder.resolve(relative), slashes(relative)))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new NothingToPublishException(
          "nothing to publish: "
              + folder
              + (glob.equals("**") ? " holds no files" : " holds no file matching " + glob));
    }
    return new PublishFiles(folder, found);
  }

  private static String slashes(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  public Path folder() {
    return folder;
  }

  public List<Entry> entries() {
    return entries;
  }
}
