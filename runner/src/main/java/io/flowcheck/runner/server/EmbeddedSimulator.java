package io.flowcheck.runner.server;

import io.flowcheck.framework.config.EfConfigException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.security.KeyStore;
import java.util.Set;

/**
 * The embedded ElectricFlow simulator, started for a run that has no {@code ef.server}.
 *
 * <p>The runner does not compile against the simulator: it is an optional runtime dependency, so a
 * team that points the suite at its own server needs no simulator on its classpath, and the glue
 * never sees a simulator class. It is therefore started by name, through its public builder, here
 * and nowhere else. Everything else talks to it over HTTP like to any server ({@link
 * SimulatorControl} for its admin routes).
 */
final class EmbeddedSimulator {
  static final String CLASS_NAME = "io.flowcheck.simulator.EfSimulator";
  static final String MISSING =
      "no ef.server is set and the embedded simulator is not on the classpath:"
          + " add io.flowcheck:ef-simulator as a runtime dependency or set ef.server";

  private final Object simulator;
  private final URI serverUrl;
  private final KeyStore trustStore;

  private EmbeddedSimulator(Object simulator, URI serverUrl, KeyStore trustStore) {
    this.simulator = simulator;
    this.serverUrl = serverUrl;
    this.trustStore = trustStore;
  }

  static EmbeddedSimulator start(String user, String password) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return start(
        user, password, context != null ? context : EmbeddedSimulator.class.getClassLoader());
  }

  /** Starts it from {@code loader}; one line naming the fix when it is not there. */
  static EmbeddedSimulator start(String user, String password, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(CLASS_NAME, true, loader);
    } catch (ClassNotFoundException | LinkageError notThere) {
      throw new EfConfigException(MISSING);
    }
    Object builder = invoke(type, null, "builder");
    builder = call(builder, "user", user, password);
    Object simulator = call(builder, "start");
    try {
      return new EmbeddedSimulator(
          simulator,
          URI.create((String) call(simulator, "serverUrl")),
          (KeyStore) call(simulator, "trustStore"));
    } catch (RuntimeException e) {
      call(simulator, "stop");
      throw e;
    }
  }

  URI serverUrl() {
    return serverUrl;
  }

  /** Its own certificate: the run trusts exactly this, so even the default run verifies TLS. */
  KeyStore trustStore() {
    return trustStore;
  }

  /** Every session id it issued, for the run's secret fingerprints. */
  @SuppressWarnings("unchecked")
  Set<String> issuedSessionIds() {
    return Set.copyOf((Set<String>) call(simulator, "issuedSessionIds"));
  }

  void stop() {
    call(simulator, "stop");
  }

  private static Object call(Object target, String method, String... args) {
    return invoke(target.getClass(), target, method, args);
  }

  private static Object invoke(Class<?> type, Object target, String method, String... args) {
    Class<?>[] types = new Class<?>[args.length];
    java.util.Arrays.fill(types, String.class); // every argument the runner passes is a string
    try {
      return type.getMethod(method, types).invoke(target, (Object[]) args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(
          "Test setup problem: the embedded simulator failed in " + method + ": " + e.getCause(),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Test setup problem: the embedded simulator on the classpath"
              + " does not match this runner (no public "
              + type.getSimpleName()
              + "."
              + method
              + "); use the same flowcheck version for both",
          e);
    }
  }
}
