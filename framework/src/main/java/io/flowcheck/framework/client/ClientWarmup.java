package io.flowcheck.framework.client;

import io.flowcheck.framework.http.HttpWarmup;

/**
 * Everything the run's first calls load and link, done ahead on a background thread that the runner
 * starts while Cucumber discovers the features: the HTTP layer ({@link HttpWarmup}) and the
 * client's JSON reading and writing. No network, no shared state; a failure here only means the
 * first real call does the loading itself, so it is ignored.
 */
public final class ClientWarmup {
  private ClientWarmup() {}

  public static void run() {
    HttpWarmup.run();
    Json.write(Json.read("{\"property\":{\"propertyName\":\"p\",\"value\":\"v\"}}"));
    Models.property(Json.read("{\"propertyName\":\"p\",\"value\":\"v\",\"propertyId\":\"1\"}"));
  }
}
