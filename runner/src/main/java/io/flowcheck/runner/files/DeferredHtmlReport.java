package io.flowcheck.runner.files;

import io.cucumber.core.plugin.HtmlFormatter;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cucumber's HTML report, written once the run has finished instead of message by message. The
 * stock {@code html:} plugin serialises every message to the file while Cucumber's event bus is
 * locked, so under 8 scenario threads the other workers waited for it (thread dumps caught it
 * holding the bus more often than any other plugin). Here a message is only kept in a list; the
 * same {@link HtmlFormatter} gets them all, in order, when the run-finished message arrives, so the
 * file is identical. Used as {@code io.flowcheck.runner.files.DeferredHtmlReport:<file>}.
 */
public final class DeferredHtmlReport implements ConcurrentEventListener {
  private final HtmlFormatter html;
  private final List<Envelope> held = new ArrayList<>();
  private EventHandler<Envelope> writer;

  public DeferredHtmlReport(OutputStream out) throws IOException {
    this.html = new HtmlFormatter(out);
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    html.setEventPublisher(new FormatterHandle());
    publisher.registerHandlerFor(Envelope.class, this::hold);
  }

  private synchronized void hold(Envelope message) {
    held.add(message);
    if (message.getTestRunFinished().isPresent()) {
      held.forEach(writer::receive);
      held.clear();
    }
  }

  /** What the wrapped formatter sees as the bus: it only ever asks for the messages. */
  private final class FormatterHandle implements EventPublisher {
    @Override
    @SuppressWarnings("unchecked")
    public <T> void registerHandlerFor(Class<T> eventType, EventHandler<T> handler) {
      if (eventType == Envelope.class) {
        writer = (EventHandler<Envelope>) handler;
      }
    }

    @Override
    public <T> void removeHandlerFor(Class<T> eventType, EventHandler<T> handler) {
      if (eventType == Envelope.class) {
        writer = null;
      }
    }
  }
}
