package io.flowcheck.framework.client;

/**
 * Base of every failure the client reports. Messages are one line and say what to fix. Stack traces
 * are off: these describe the server or the network, not a bug in the caller, and a wall of frames
 * would bury the one line that matters.
 */
public abstract class EfException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected EfException(String message) {
    super(message, null, false, false);
  }
}
