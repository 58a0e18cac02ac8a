package io.flowcheck.framework.allure;

import io.qameta.allure.model.TestResultContainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds the Allure containers of one scenario into one. Allure's Cucumber plugin opens a container
 * for every hook (eight per scenario here, most of them empty), and the report only reads a
 * container's set-up and tear-down entries, adding them to each child test: one container per test
 * holding all its entries in the order they ran shows the same. Containers without entries are
 * dropped. Not thread-safe: only the writer's own thread uses it.
 */
final class HookContainers {
  private final Map<String, TestResultContainer> byTest = new LinkedHashMap<>();

  /**
   * Keeps a container until its test is written. Returns it when it cannot be held (not exactly one
   * child), so it is written as it is.
   */
  Optional<TestResultContainer> hold(TestResultContainer container) {
    if (container.getBefores().isEmpty() && container.getAfters().isEmpty()) {
      return Optional.empty();
    }
    List<String> children = container.getChildren();
    if (children == null || children.size() != 1) {
      return Optional.of(container);
    }
    TestResultContainer merged = byTest.get(children.get(0));
    if (merged == null) {
      byTest.put(children.get(0), container);
    } else {
      merged.getBefores().addAll(container.getBefores());
      merged.getAfters().addAll(container.getAfters());
      merged.setStop(max(merged.getStop(), container.getStop()));
    }
    return Optional.empty();
  }

  /** The merged container of this test, once; empty when its hooks left nothing to show. */
  Optional<TestResultContainer> releaseFor(String testUuid) {
    return Optional.ofNullable(byTest.remove(testUuid));
  }

  /** Every container still held, for the end of the run. */
  List<TestResultContainer> releaseAll() {
    List<TestResultContainer> all = new ArrayList<>(byTest.values());
    byTest.clear();
    return all;
  }

  private static Long max(Long a, Long b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Long.valueOf(Math.max(a, b));
  }
}
