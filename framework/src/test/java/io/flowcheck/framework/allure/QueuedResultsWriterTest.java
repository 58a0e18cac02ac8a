package io.flowcheck.framework.allure;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueuedResultsWriterTest {
  /** What reached the disk, in order. */
  private static final class Recorded implements AllureResultsWriter {
    final List<Object> written = new ArrayList<>();

    @Override
    public synchronized void write(TestResult result) {
      written.add(result);
    }

    @Override
    public synchronized void write(TestResultContainer container) {
      written.add(container);
    }

    @Override
    public synchronized void write(String source, InputStream attachment) {
      try {
        written.add(source + "=" + new String(attachment.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final Recorded disk = new Recorded();
  private final QueuedResultsWriter writer = new QueuedResultsWriter(disk);

  private static TestResultContainer hook(String test, String before, String after) {
    TestResultContainer c =
        new TestResultContainer().setUuid(UUID.randomUUID().toString()).setChildren(List.of(test));
    if (before != null) {
      c.getBefores().add(new FixtureResult().setName(before));
    }
    if (after != null) {
      c.getAfters().add(new FixtureResult().setName(after));
    }
    return c;
  }

  @Test
  void aScenariosHookContainersBecomeOneWrittenBeforeItsResult() {
    writer.write(hook("t1", "set-up", null));
    writer.write(hook("t1", null, null)); // a hook that left nothing
    writer.write(hook("t1", null, "clean-up"));
    writer.write(hook("t1", null, "tear-down"));
    writer.write(new TestResult().setUuid("t1"));
    writer.flush();

    assertThat(disk.written, hasSize(2));
    TestResultContainer merged = (TestResultContainer) disk.written.get(0);
    assertThat(merged.getChildren(), contains("t1"));
    assertThat(
        merged.getBefores().stream().map(FixtureResult::getName).toList(), contains("set-up"));
    assertThat(
        merged.getAfters().stream().map(FixtureResult::getName).toList(),
        contains("clean-up", "tear-down"));
    assertThat(disk.written.get(1), instanceOf(TestResult.class));
  }

  @Test
  void emptyContainersAreNeverWritten() {
    writer.write(hook("t2", null, null));
    writer.write(new TestResult().setUuid("t2"));
    writer.close();

    assertThat(disk.written, hasSize(1));
    assertThat(disk.written.get(0), instanceOf(TestResult.class));
  }

  @Test
  void flushWritesContainersWhoseTestNeverEnded() {
    writer.write(hook("unfinished", "set-up", null));

    writer.flush();

    assertThat(disk.written, hasSize(1));
    assertThat(disk.written.get(0), instanceOf(TestResultContainer.class));
  }

  @Test
  void attachmentBytesAreTakenBeforeTheCallerReusesItsStream() {
    byte[] body = "masked body".getBytes(StandardCharsets.UTF_8);
    writer.write("a-attachment.html", new ByteArrayInputStream(body));
    body[0] = 'X'; // the caller's buffer changes once write returns

    writer.flush();

    assertThat(disk.written, contains("a-attachment.html=masked body"));
  }

  @Test
  void writesAfterCloseGoStraightToDisk() {
    writer.close();

    writer.write(new TestResult().setUuid("late"));

    assertThat(disk.written, hasSize(1));
    assertThat(((TestResult) disk.written.get(0)).getUuid(), equalTo("late"));
  }
}
