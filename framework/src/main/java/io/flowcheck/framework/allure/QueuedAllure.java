package io.flowcheck.framework.allure;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.nio.file.Path;

/**
 * An Allure lifecycle whose files are written by a {@link QueuedResultsWriter}. Made the global one
 * (Allure's own static, which the REST Assured attachments and {@code Allure.*} calls use) by the
 * run's Allure plugin, and flushed by the run before it reads the written results back.
 */
public final class QueuedAllure extends AllureLifecycle {
  private final QueuedResultsWriter writer;

  private QueuedAllure(QueuedResultsWriter writer) {
    super(writer);
    this.writer = writer;
  }

  /** A lifecycle writing into {@code resultsDir}, installed as Allure's global one. */
  public static QueuedAllure install(Path resultsDir) {
    QueuedAllure lifecycle =
        new QueuedAllure(new QueuedResultsWriter(new FileSystemResultsWriter(resultsDir)));
    Allure.setLifecycle(lifecycle);
    return lifecycle;
  }

  /** Waits until every result written so far is on disk. */
  public void flush() {
    writer.flush();
  }

  /** Flushes and stops the writer's thread: the run is over. */
  public void close() {
    writer.close();
  }

  /**
   * Flushes Allure's global lifecycle when it is a queued one; a no-op otherwise (no Allure plugin,
   * or the stock one, which writes synchronously).
   */
  public static void flushGlobal() {
    if (Allure.getLifecycle() instanceof QueuedAllure queued) {
      queued.flush();
    }
  }
}
