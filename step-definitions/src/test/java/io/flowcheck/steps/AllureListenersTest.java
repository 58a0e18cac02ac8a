package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Allure listeners that turn our tags and hooks into readable report entries. */
class AllureListenersTest {
  private static Label label(String name, String value) {
    return new Label().setName(name).setValue(value);
  }

  private static List<String> epics(TestResult result) {
    return result.getLabels().stream()
        .filter(l -> "epic".equals(l.getName()))
        .map(Label::getValue)
        .toList();
  }

  @Test
  void theEpicTagBecomesAnEpicLabelWithSpaces() {
    TestResult result =
        new TestResult()
            .setLabels(
                new ArrayList<>(
                    List.of(label("tag", "regression"), label("tag", "epic:Access_and_sessions"))));

    new EpicLabel().beforeTestStop(result);

    assertThat(epics(result), equalTo(List.of("Access and sessions")));
  }

  @Test
  void noEpicTagNoEpicLabel() {
    TestResult result =
        new TestResult().setLabels(new ArrayList<>(List.of(label("tag", "regression"))));

    new EpicLabel().beforeTestStop(result);

    assertThat(epics(result), equalTo(List.of()));
  }

  @Test
  void aHookEntryIsNamedAfterItsReportName() {
    FixtureResult fixture =
        new FixtureResult()
            .setName("io.flowcheck.steps.Hooks.undoChanges(io.cucumber.java.Scenario)");

    new FixtureNames().beforeFixtureStart(fixture);

    assertThat(fixture.getName(), equalTo("Sandbox clean-up"));
  }

  @Test
  void everyHookOfOursHasAReportName() {
    for (Class<?> glue : List.of(Hooks.class, io.flowcheck.steps.upgrade.UpgradeHooks.class)) {
      for (var m : glue.getDeclaredMethods()) {
        boolean hook =
            m.isAnnotationPresent(io.cucumber.java.Before.class)
                || m.isAnnotationPresent(io.cucumber.java.After.class);
        if (hook) {
          assertThat(
              glue.getSimpleName() + "." + m.getName() + " has a @ReportName",
              m.isAnnotationPresent(ReportName.class),
              equalTo(true));
        }
      }
    }
  }

  @Test
  void aNameThatIsNoHookOfOursStays() {
    assertThat(FixtureNames.reportName("com.example.Steps.setUp()"), equalTo(Optional.empty()));
    assertThat(
        FixtureNames.reportName("io.flowcheck.steps.Hooks.noSuchMethod()"),
        equalTo(Optional.empty()));
    assertThat(FixtureNames.reportName("no location"), equalTo(Optional.empty()));
  }
}
