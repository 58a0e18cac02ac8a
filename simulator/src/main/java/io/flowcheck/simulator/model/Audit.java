package io.flowcheck.simulator.model;

import java.time.Instant;

/** Who created and last changed an object, and when. Guarded by the {@link EfStore} lock. */
public final class Audit {
  private final String owner;
  private final Instant createTime;
  private String lastModifiedBy;
  private Instant modifyTime;

  public Audit(String owner, Instant createTime, String lastModifiedBy, Instant modifyTime) {
    this.owner = owner;
    this.createTime = createTime;
    this.lastModifiedBy = lastModifiedBy;
    this.modifyTime = modifyTime;
  }

  public static Audit createdBy(String user) {
    Instant now = Times.now();
    return new Audit(user, now, user, now);
  }

  public void touch(String user) {
    lastModifiedBy = user;
    modifyTime = Times.now();
  }

  public String owner() {
    return owner;
  }

  public Instant createTime() {
    return createTime;
  }

  public String lastModifiedBy() {
    return lastModifiedBy;
  }

  public Instant modifyTime() {
    return modifyTime;
  }
}
