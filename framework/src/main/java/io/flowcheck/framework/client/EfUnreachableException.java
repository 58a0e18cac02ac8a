package io.flowcheck.framework.client;

/** The server could not be reached, or stopped answering, at the network level. */
public final class EfUnreachableException extends EfException {
  private static final long serialVersionUID = 1L;

  public EfUnreachableException(String detail) {
    super("EF unreachable: " + detail);
  }
}
