package io.flowcheck.simulator;

/** Placeholder until the simulator lands. */
public final class Main {
  public static void main(String[] args) {}
}
