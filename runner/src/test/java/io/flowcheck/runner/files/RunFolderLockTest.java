package io.flowcheck.runner.files;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run at a time per output folder: a second process is refused with one line naming the holder,
 * a lock left by this JVM is shared by its takers, and nothing of the holder's is touched.
 */
class RunFolderLockTest {
  @TempDir Path tmp;

  @Test
  void aSecondProcessIsRefusedWithTheHoldersPidAndStartAndTheFolder() throws Exception {
    Path out = tmp.resolve("run");
    Process holder = holdInAnotherJvm(out);
    try {
      Path earlier = Files.writeString(out.resolve("console.log"), "the first run's log\n");
      RunFolderLock.Busy busy =
          assertThrows(RunFolderLock.Busy.class, () -> RunFolderLock.take(out));
      assertThat(
          busy.getMessage(),
          matchesPattern(
              "another flowcheck run \\(pid "
                  + holder.pid()
                  + ", started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\) is using "
                  + java.util.regex.Pattern.quote(out.toRealPath().toString())
                  + "; wait for it or give another output folder"));
      assertEquals("the first run's log\n", Files.readString(earlier));
    } finally {
      holder.getOutputStream().close(); // the holder ends when its input does
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder did not end");
    }
    // Ended, however it ended, the other process left no lock behind.
    try (RunFolderLock lock = RunFolderLock.take(out)) {
      assertThat(
          Files.readString(out.resolve(RunFolderLock.FILE_NAME)).strip(),
          matchesPattern("pid " + ProcessHandle.current().pid() + ", started .*"));
    }
  }

  @Test
  void takesWithinOneJvmShareTheLockUntilTheLastIsClosed() throws Exception {
    Path out = tmp.resolve("run");
    RunFolderLock launcher = RunFolderLock.take(out);
    RunFolderLock run = RunFolderLock.take(out); // the run the jar's launcher starts
    run.close();
    assertTrue(heldByThisJvm(out), "released while the launcher still holds it");
    run.close(); // a second close of one take gives nothing back twice
    assertTrue(heldByThisJvm(out), "released by a repeated close");
    launcher.close();
    try (FileChannel channel =
        FileChannel.open(out.resolve(RunFolderLock.FILE_NAME), StandardOpenOption.WRITE)) {
      FileLock mine = channel.tryLock(); // throws OverlappingFileLockException while still held
      assertNotNull(mine, "the folder is still locked after the last take was closed");
    }
  }

  @Test
  void aLockHeldInThisJvmOutsideTheseTakesCountsAsAnotherRun() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("run"));
    Files.writeString(out.resolve(RunFolderLock.FILE_NAME), "pid 1, started 2026-01-31 10:15:00\n");
    try (FileChannel channel =
            FileChannel.open(out.resolve(RunFolderLock.FILE_NAME), StandardOpenOption.WRITE);
        FileLock other = channel.lock()) {
      RunFolderLock.Busy busy =
          assertThrows(RunFolderLock.Busy.class, () -> RunFolderLock.take(out));
      assertThat(busy.getMessage(), matchesPattern("another flowcheck run \\(pid 1, started .*"));
    }
  }

  /** Whether this JVM still holds the lock file (a second lock of its own overlaps it). */
  private static boolean heldByThisJvm(Path out) throws IOException {
    try (FileChannel channel =
        FileChannel.open(out.resolve(RunFolderLock.FILE_NAME), StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      lock.release();
      return false;
    } catch (java.nio.channels.OverlappingFileLockException held) {
      return true;
    }
  }

  /** A JVM that takes the folder, says so, and holds it until its standard input ends. */
  private static Process holdInAnotherJvm(Path out) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Holder.class.getName(),
                    out.toString()))
            .redirectErrorStream(true)
            .start();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = lines.readLine();
    assertEquals("holding", first, "the holder did not take the folder");
    return p;
  }

  /** The other process. */
  public static final class Holder {
    private Holder() {}

    public static void main(String[] args) throws IOException {
      RunFolderLock lock = RunFolderLock.take(Path.of(args[0]));
      System.out.println("holding");
      System.out.flush();
      System.in.transferTo(java.io.OutputStream.nullOutputStream());
      lock.close();
    }
  }
}
