package io.flowcheck.runner.server;

import io.flowcheck.framework.config.EfConfigException;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the embedded simulator for a run that has no {@code ef.server}: the first {@link
 * EmbeddedServerProvider} on the classpath. The simulator is an optional runtime dependency, so a
 * team that points the suite at its own server needs none, and the glue never sees a simulator
 * class.
 */
final class EmbeddedSimulator {
  static final String MISSING =
      "no ef.server is set and the embedded simulator is not on the classpath:"
          + " add io.flowcheck:ef-simulator as a runtime dependency or set ef.server";

  private EmbeddedSimulator() {}

  static EmbeddedServer start(String user, String password) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return start(
        user, password, context != null ? context : EmbeddedSimulator.class.getClassLoader());
  }

  /** Starts it from {@code loader}; one line naming the fix when it is not there. */
  static EmbeddedServer start(String user, String password, ClassLoader loader) {
    try {
      Iterator<EmbeddedServerProvider> providers =
          ServiceLoader.load(EmbeddedServerProvider.class, loader).iterator();
      if (!providers.hasNext()) {
        throw new EfConfigException(MISSING);
      }
      return providers.next().start(user, password);
    } catch (ServiceConfigurationError | NoClassDefFoundError simulatorMissing) {
      // The provider is registered (the features jar) but the simulator's classes are not there.
      if (simulatorMissing instanceof NoClassDefFoundError e
          && !String.valueOf(e.getMessage()).startsWith("io/flowcheck/simulator/")) {
        throw e; // a broken classpath of another kind: its own message says which class
      }
      throw new EfConfigException(MISSING);
    }
  }
}
