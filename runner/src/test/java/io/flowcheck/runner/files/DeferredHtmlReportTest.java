package io.flowcheck.runner.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.TestRunFinished;
import io.cucumber.messages.types.TestRunStarted;
import io.cucumber.messages.types.Timestamp;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeferredHtmlReportTest {
  /** The bus as Cucumber gives it to a plugin: here it only remembers the message handler. */
  private static final class Bus implements EventPublisher {
    EventHandler<Envelope> handler;

    @Override
    @SuppressWarnings("unchecked")
    public <T> void registerHandlerFor(Class<T> eventType, EventHandler<T> handler) {
      if (eventType == Envelope.class) {
        this.handler = (EventHandler<Envelope>) handler;
      }
    }

    @Override
    public <T> void removeHandlerFor(Class<T> eventType, EventHandler<T> handler) {}
  }

  @Test
  void writesNothingWhileTheRunGoesOnAndTheWholeReportWhenItFinishes() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DeferredHtmlReport report = new DeferredHtmlReport(file);
    Bus bus = new Bus();
    report.setEventPublisher(bus);

    bus.handler.receive(Envelope.of(new TestRunStarted(new Timestamp(1L, 0L), "run-7")));
    assertEquals(0, file.size(), "a message during the run is only held");

    bus.handler.receive(
        Envelope.of(new TestRunFinished(null, true, new Timestamp(2L, 0L), null, "run-7")));
    String html = file.toString(StandardCharsets.UTF_8);
    assertTrue(html.contains("run-7"), "the held messages are in the report");
    assertTrue(html.trim().endsWith("</html>"), "the report is complete");
  }
}
