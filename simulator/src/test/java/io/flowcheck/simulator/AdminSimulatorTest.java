package io.flowcheck.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The usual fixture of an endpoint test: one default simulator per test class, a client signed in
 * as admin, and the seed data back before every test. Instance fields, one instance per class: the
 * classes run side by side, so a static simulator would be shared and closed under another class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AdminSimulatorTest {
  EfSimulator sim;
  SimulatorClient admin;

  @BeforeAll
  void startSimulator() {
    sim = EfSimulator.builder().start();
    admin = SimulatorClient.of(sim).asAdmin();
  }

  @AfterAll
  void stopSimulator() {
    sim.close();
  }

  @BeforeEach
  void resetSimulator() {
    sim.reset();
  }
}
