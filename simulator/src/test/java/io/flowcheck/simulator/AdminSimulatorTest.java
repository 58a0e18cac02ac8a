package io.flowcheck.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The usual fixture of an endpoint test: one default simulator per test class, a client signed in
 * as admin, and the seed data back before every test.
 */
abstract class AdminSimulatorTest {
  static EfSimulator sim;
  static SimulatorClient admin;

  @BeforeAll
  static void startSimulator() {
    sim = EfSimulator.builder().start();
    admin = SimulatorClient.of(sim).asAdmin();
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  @BeforeEach
  void resetSimulator() {
    sim.reset();
  }
}
