package io.flowcheck.framework.allure;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Writes Allure's files on a thread of its own. Allure's Cucumber plugin writes while it handles
 * Cucumber's events, and Cucumber delivers those under one lock for all scenario threads: with
 * direct file writes, parallel scenarios waited on each other's disk I/O. Here a write only queues
 * the finished object (attachment bytes are copied first, since their stream belongs to the
 * caller); {@link #flush()} waits until everything queued is on disk. The objects are not changed
 * after Allure hands them over: it has already removed them from its own storage. Hook containers
 * are merged per test on the way (see {@link HookContainers}).
 */
public final class QueuedResultsWriter implements AllureResultsWriter {
  private final AllureResultsWriter target;
  private final HookContainers containers = new HookContainers();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread t = new Thread(task, "allure-writer");
            t.setDaemon(true); // a run killed midway must not hang on its report
            return t;
          });

  public QueuedResultsWriter(AllureResultsWriter target) {
    this.target = target;
  }

  @Override
  public void write(TestResult result) {
    queue(
        () -> {
          containers.releaseFor(result.getUuid()).ifPresent(target::write);
          target.write(result);
        });
  }

  @Override
  public void write(TestResultContainer container) {
    queue(() -> containers.hold(container).ifPresent(target::write));
  }

  @Override
  public void write(String source, InputStream attachment) {
    byte[] bytes;
    try (InputStream in = attachment) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Allure attachment " + source, e);
    }
    queue(() -> target.write(source, new ByteArrayInputStream(bytes)));
  }

  /** Waits until every write queued so far, and every container still held, is on disk. */
  public void flush() {
    try {
      thread.submit(() -> containers.releaseAll().forEach(target::write)).get();
    } catch (RejectedExecutionException e) {
      // closed: everything was written then
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      report(e.getCause());
    }
  }

  /** Flushes and stops the thread; later writes go straight to disk. */
  public void close() {
    flush();
    thread.shutdown();
  }

  private void queue(Runnable write) {
    try {
      thread.execute(() -> writeReporting(write));
    } catch (RejectedExecutionException e) {
      synchronized (
          this) { // after close, callers write themselves; the containers are not thread-safe
        writeReporting(write);
      }
    }
  }

  private static void writeReporting(Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      report(e);
    }
  }

  /** One line: a lost report file must not stop the run, nor hide among stack traces. */
  private static void report(Throwable e) {
    System.out.println("Test setup problem: an Allure result was not written: " + e.getMessage());
  }
}
