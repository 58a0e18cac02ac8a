package io.flowcheck.simulator.model;

import java.util.UUID;

/** Object ids: the real server hands out UUID strings, so do we. */
public final class Ids {
  private Ids() {}

  public static String newId() {
    return UUID.randomUUID().toString();
  }
}
