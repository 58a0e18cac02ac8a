package io.flowcheck.reports;

/** A failure a person can act on: its message is one line that names the input or step at fault. */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReportException(String oneLine) {
    super(oneLine);
  }

  public ReportException(String oneLine, Throwable cause) {
    super(oneLine, cause);
  }
}
