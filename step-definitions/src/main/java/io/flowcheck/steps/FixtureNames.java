package io.flowcheck.steps;

import io.qameta.allure.listener.FixtureLifecycleListener;
import io.qameta.allure.model.FixtureResult;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives each hook's set-up or tear-down entry in Allure the hook's {@link ReportName}: the Cucumber
 * plugin names it after the code location, e.g.
 * "io.flowcheck.steps.Hooks.undoChanges(io.cucumber.java.Scenario)". Registered in
 * META-INF/services; a name that is no hook of ours is left as it is.
 */
public final class FixtureNames implements FixtureLifecycleListener {
  private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

  @Override
  public void beforeFixtureStart(FixtureResult fixture) {
    String name = fixture.getName();
    if (name != null) {
      known.computeIfAbsent(name, FixtureNames::reportName).ifPresent(fixture::setName);
    }
  }

  /** The {@link ReportName} of the hook method at this code location, if it has one. */
  static Optional<String> reportName(String codeLocation) {
    int paren = codeLocation.indexOf('(');
    String qualified = paren < 0 ? codeLocation : codeLocation.substring(0, paren);
    int dot = qualified.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String methodName = qualified.substring(dot + 1);
    try {
      Class<?> type =
          Class.forName(qualified.substring(0, dot), false, FixtureNames.class.getClassLoader());
      return Arrays.stream(type.getMethods())
          .filter(m -> m.getName().equals(methodName))
          .map(m -> m.getAnnotation(ReportName.class))
          .filter(a -> a != null)
          .map(ReportName::value)
          .findFirst();
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty(); // another glue's hook, or no class at all: keep Allure's name
    }
  }
}
