package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParallelClientsTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 100;
  private static EfSimulator sim;
  private static ExecutorService pool;

  @BeforeAll
  static void startSimulator() {
    sim = EfSimulator.builder().start();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopSimulator() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    sim.close();
  }

  @Test
  void eightClientsMakingAHundredMixedCallsEachAllSucceedAndLeaveConsistentState()
      throws Exception {
    sim.reset();
    SimulatorClient admin = SimulatorClient.of(sim).asAdmin();
    admin.post("/projects?projectName=par").assertOk();
    admin.post("/artifacts?groupId=shared&artifactKey=art").assertOk();

    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      results.add(pool.submit(() -> mixedCalls(thread)));
    }
    for (Future<Integer> result : results) {
      assertEquals(CALLS_PER_THREAD, result.get(120, TimeUnit.SECONDS));
    }

    SimulatorState state = sim.state();
    SimulatorState.Sheet sheet = state.project("par").orElseThrow().propertySheet();
    assertEquals(THREADS, sheet.properties().size());
    for (int t = 0; t < THREADS; t++) {
      assertEquals(
          CALLS_PER_THREAD / 4, sheet.property("t" + t).orElseThrow().sheet().properties().size());
      assertEquals("96", sheet.property("t" + t + "/p96").orElseThrow().value());
    }
    assertEquals(
        THREADS * CALLS_PER_THREAD / 4,
        state.artifact("shared:art").orElseThrow().versions().size());
  }

  /** Each thread writes its own sub-sheet and shares the project, the artifact and the lock. */
  private static Integer mixedCalls(int thread) {
    SimulatorClient client = SimulatorClient.of(sim);
    SimulatorClient caller =
        thread % 2 == 0
            ? client.asAdmin()
            : client.header(
                "sessionId",
                client
                    .post("/sessions?password=changeme&userName=admin")
                    .assertOk()
                    .at("/sessionId"));
    int succeeded = 0;
    for (int i = 0; i < CALLS_PER_THREAD; i++) {
      String path = "/properties/t" + thread + "/p";
      Reply reply =
          switch (i % 4) {
            case 0 -> caller.put(path + i + "?projectName=par&value=" + i);
            case 1 -> caller.get(path + (i - 1) + "?projectName=par");
            case 2 ->
                caller.post(
                    "/artifactVersions?artifactName=shared:art&version=" + thread + "." + i);
            default ->
                i % 8 == 3
                    ? caller.get("/projects")
                    : caller.get("/artifactVersions?artifactName=shared:art");
          };
      reply.assertOk();
      if (i % 4 == 1) {
        assertEquals(String.valueOf(i - 1), reply.at("/property/value"));
      }
      succeeded++;
    }
    return succeeded;
  }

  @Test
  void racingCreatesOfOneProjectYieldExactlyOneWinner() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      statuses.add(
          pool.submit(
              () -> {
                SimulatorClient admin = SimulatorClient.of(sim).asAdmin();
                start.await();
                return admin.post("/projects?projectName=race").status();
              }));
    }
    start.countDown();
    int created = 0;
    int conflicts = 0;
    for (Future<Integer> status : statuses) {
      int code = status.get(60, TimeUnit.SECONDS);
      created += code == 200 ? 1 : 0;
      conflicts += code == 409 ? 1 : 0;
    }
    assertEquals(1, created);
    assertEquals(THREADS - 1, conflicts);
  }
}
