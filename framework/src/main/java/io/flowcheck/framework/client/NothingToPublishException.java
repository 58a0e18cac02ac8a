package io.flowcheck.framework.client;

/**
 * A publish stopped before any call: the folder is missing or holds no file to send. One line that
 * names the folder, as every client failure.
 */
public final class NothingToPublishException extends EfException {
  private static final long serialVersionUID = 1L;

  NothingToPublishException(String message) {
    super(message);
  }
}
