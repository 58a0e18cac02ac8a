package io.flowcheck.framework.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.simulator.EfSimulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One client shared by many threads, as parallel scenarios share the run's client. */
class EfClientConcurrencyTest {
  private static final int THREADS = 8;

  /**
   * Each call costs the client about 20 ms of CPU, so 8 threads of 20 set-and-get pairs keep all
   * threads on the one client at once for seconds; 60 doubled the test's CPU and proved no more.
   */
  private static final int CALLS_PER_THREAD = 20;

  private static EfSimulator sim;

  @BeforeAll
  static void start() {
    sim = EfSimulator.builder().port(0).user("admin", "Concurrency-Pw-1").start();
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  private static EfClient client(String auth) {
    Map<String, String> props = new HashMap<>();
    props.put("ef.password", "Concurrency-Pw-1");
    props.put("ef.auth", auth);
    props.put("user.dir", System.getProperty("java.io.tmpdir"));
    EfSettings embedded =
        SettingsLoader.load(props, Map.of())
            .withEmbeddedServer(URI.create(sim.serverUrl()), sim.trustStore());
    return EfClient.connect(embedded);
  }

  @Test
  void eightThreadsShareOneSessionClientWithoutAFailure() throws Exception {
    hammer("session");
  }

  @Test
  void eightThreadsShareOneBasicClientWithoutAFailure() throws Exception {
    hammer("basic");
  }

  private static void hammer(String auth) throws Exception {
    try (EfClient client = client(auth)) {
      String project = "concurrency-" + auth;
      client.projects().create(project, null);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    PropertyRef ref = PropertyRef.inProject(project, "p" + thread + "-" + (i % 10));
                    String value = "v" + i;
                    client.properties().set(ref, value);
                    if (value.equals(client.properties().get(ref).value())) {
                      ok++;
                    }
                  }
                  return ok;
                }));
      }
      pool.shutdown();
      assertEquals(true, pool.awaitTermination(120, TimeUnit.SECONDS), "calls did not finish");
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get();
      }
      assertEquals(THREADS * CALLS_PER_THREAD, total);
      client.projects().delete(project);
      assertEquals("session".equals(auth) ? 1 : 0, client.loginCount(), "logins");
    }
  }
}
