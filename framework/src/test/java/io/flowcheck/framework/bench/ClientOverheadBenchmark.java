package io.flowcheck.framework.bench;

import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.simulator.EfSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Per-request overhead of the typed client against a raw java.net.http client, both over HTTPS with
 * keep-alive against the same simulator. Run with scripts/benchmark.sh; prints its figures. Not a
 * test: timings on shared 2-core machines are too noisy to assert on.
 */
public final class ClientOverheadBenchmark {
  private static final String PASSWORD = "Bench-Pw-2026";
  private static final int WARMUP = 300;

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    try (EfSimulator sim = EfSimulator.builder().port(0).user("admin", PASSWORD).start()) {
      RawClient raw = new RawClient(sim);
      try (EfClient basic = client(sim, "basic");
          EfClient session = client(sim, "session")) {
        PropertyRef kb = PropertyRef.inProject("Default", "PythonProperty");
        System.out.printf(
            "benchmark: %d sequential GETs of PythonProperty per client after %d warm-up calls; %d threads for the parallel figures%n",
            calls, WARMUP, threads);
        report("raw java.net.http (HTTP/1.1, keep-alive)", calls, threads, raw::get);
        report("EfClient, basic auth", calls, threads, () -> basic.properties().get(kb).value());
        report(
            "EfClient, session auth", calls, threads, () -> session.properties().get(kb).value());
        System.out.printf("logins made by the session client: %d%n", session.loginCount());
      }
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "heap in use at the end: %d MiB (max %d MiB)%n",
          (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }
  }

  private static void report(String name, int calls, int threads, Callable<String> call)
      throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      check(call.call());
    }
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      check(call.call());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double parallel = parallelRate(calls, threads, call);
    System.out.printf(
        "  %-42s %7.0f req/s sequential (%6.2f ms/call)   %7.0f req/s with %d threads%n",
        name, calls / seconds, seconds * 1000 / calls, parallel, threads);
  }

  private static double parallelRate(int calls, int threads, Callable<String> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < calls / threads; i++) {
                    check(call.call());
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      return (calls / threads * threads) / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static void check(String value) {
    if (!"PythonRestApi".equals(value)) {
      throw new IllegalStateException("unexpected answer: " + value);
    }
  }

  private static EfClient client(EfSimulator sim, String auth) {
    Map<String, String> props = new HashMap<>();
    props.put("ef.password", PASSWORD);
    props.put("ef.auth", auth);
    EfSettings s =
        SettingsLoader.load(props, Map.of())
            .withEmbeddedServer(URI.create(sim.serverUrl()), sim.trustStore());
    return EfClient.connect(s);
  }

  /** The baseline: the JDK's own client, reusing its connection, parsing nothing but the value. */
  private static final class RawClient {
    private final HttpClient http;
    private final HttpRequest request;

    RawClient(EfSimulator sim) throws Exception {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(sim.trustStore());
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, tmf.getTrustManagers(), null);
      http =
          HttpClient.newBuilder()
              .sslContext(tls)
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      String basic =
          Base64.getEncoder()
              .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      request =
          HttpRequest.newBuilder(
                  URI.create(sim.baseUrl() + "/properties/PythonProperty?projectName=Default"))
              .header("Authorization", "Basic " + basic)
              .header("Accept", "application/json")
              .build();
    }

    String get() throws Exception {
      String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      int at = body.indexOf("\"value\":\"");
      return body.substring(at + 9, body.indexOf('"', at + 9));
    }
  }
}
