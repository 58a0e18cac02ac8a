package io.flowcheck.framework.client;

/** The server could not be reached, or stopped answering, at the network level. */
public final class EfUnreachableException extends EfException {
  private static final long serialVersionUID = 1L;

  private final boolean connectionFault;

  public EfUnreachableException(String detail) {
    this(detail, true);
  }

  /**
   * @param connectionFault false for a read timeout: the server took the request and went quiet, so
   *     retrying would only multiply the wait past ef.timeout.read
   */
  public EfUnreachableException(String detail, boolean connectionFault) {
    super("EF unreachable: " + detail);
    this.connectionFault = connectionFault;
  }

  /** Reset, refused, closed without answer: worth a retry for idempotent calls. */
  public boolean isConnectionFault() {
    return connectionFault;
  }
}
