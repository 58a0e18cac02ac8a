package io.flowcheck.runner.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * One run at a time in an output folder: a second run would delete and rewrite the first run's
 * files while it runs (in Maven's build the first then failed with "Archive is not a ZIP archive").
 * The lock is the operating system's lock on {@value #FILE_NAME} in the folder, so it ends with the
 * process however the process ends, and a killed run leaves no stale lock behind; the file says who
 * holds it.
 *
 * <p>The operating system locks a file for a whole process, so takes of one folder within one JVM
 * share one lock (the jar takes its folder before clearing it, then the run it starts takes it
 * again); it is released when the last of them is closed. That shared count is the one static state
 * here, because the lock it mirrors is the process's.
 */
public final class RunFolderLock implements AutoCloseable {
  /** The lock file's name in the run's output folder. */
  public static final String FILE_NAME = "flowcheck-run.lock";

  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** The folders this process holds, by real path; guarded by itself. */
  private static final Map<Path, Held> HELD = new HashMap<>();

  private final Path folder;
  private boolean closed;

  private RunFolderLock(Path folder) {
    this.folder = folder;
  }

  /** Another process (another run) holds the folder; the message is the one line to show. */
  public static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Takes the folder for this process, creating it if needed.
   *
   * @throws Busy when another process holds it
   * @throws java.io.UncheckedIOException when the folder or its lock file cannot be written
   */
  public static RunFolderLock take(Path outputDir) {
    Path folder;
    try {
      Files.createDirectories(outputDir);
      folder = outputDir.toRealPath();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot prepare the run's output folder " + outputDir.toAbsolutePath(), e);
    }
    synchronized (HELD) {
      Held held = HELD.get(folder);
      if (held == null) {
        held = Held.lock(folder);
        HELD.put(folder, held);
      }
      held.takers++;
    }
    return new RunFolderLock(folder);
  }

  /** Gives this take back; the last one releases the folder. Only the first call counts. */
  @Override
  public void close() {
    synchronized (HELD) {
      if (closed) {
        return;
      }
      closed = true;
      Held held = HELD.get(folder);
      if (--held.takers == 0) {
        HELD.remove(folder);
        held.release();
      }
    }
  }

  /** The lock of one folder, while this process holds it. */
  private static final class Held {
    private final FileChannel channel;
    private final FileLock lock;
    private int takers;

    private Held(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    static Held lock(Path folder) {
      Path file = folder.resolve(FILE_NAME);
      FileChannel channel = null;
      try {
        channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
          throw new Busy(
              "another flowcheck run ("
                  + holder(file)
                  + ") is using "
                  + folder
                  + "; wait for it or give another output folder");
        }
        channel.truncate(0);
        channel.write(
            ByteBuffer.wrap(
                ("pid "
                        + ProcessHandle.current().pid()
                        + ", started "
                        + STARTED.format(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                        + System.lineSeparator())
                    .getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return new Held(channel, lock);
      } catch (IOException e) {
        closeQuietly(channel);
        throw new java.io.UncheckedIOException("cannot lock " + file, e);
      } catch (RuntimeException e) {
        closeQuietly(channel);
        throw e;
      }
    }

    /**
     * Null when another process holds the file. Within this JVM the table above stops a second
     * lock; should other code of this JVM hold it, that is another run too.
     */
    private static FileLock tryLock(FileChannel channel) throws IOException {
      try {
        return channel.tryLock();
      } catch (OverlappingFileLockException heldInThisJvm) {
        return null;
      }
    }

    /** "pid 4242, started 2026-01-31 10:15:00" as the holder wrote it. */
    private static String holder(Path file) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "pid unknown" : text;
      } catch (IOException e) {
        return "pid unknown";
      }
    }

    void release() {
      try {
        lock.release();
      } catch (IOException ignored) {
        // closing the channel releases it as well
      }
      closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
      if (channel == null) {
        return;
      }
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was written that matters
      }
    }
  }
}
