package io.flowcheck.runner.cleanup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeftoversTest {
  private final Leftovers leftovers = new Leftovers();
  private final List<String> deleted = new ArrayList<>();

  private void create(String what) {
    leftovers.created(what, () -> deleted.add(what));
  }

  private static EfApiException refusal(String code, int status) {
    return new EfApiException(
        Operation.DELETE_PROPERTY, status, code, "refused for the test", "", "");
  }

  @Test
  void theSweepDeletesNewestFirstSoTheSandboxGoesLast() {
    create("sandbox project");
    create("property colour");
    create("artifact g:k");

    assertThat(leftovers.sweep(), empty());
    assertThat(deleted, contains("artifact g:k", "property colour", "sandbox project"));
  }

  @Test
  void whatAScenarioRemovedIsNotSweptAgain() {
    create("sandbox project");
    create("property colour");

    assertThat(leftovers.remove("property colour"), nullValue());
    assertThat(leftovers.sweep(), empty());
    assertThat(deleted, contains("property colour", "sandbox project"));
  }

  @Test
  void removingSomethingNeverRegisteredIsNoProblem() {
    assertThat(leftovers.remove("never created"), nullValue());
  }

  @Test
  void alreadyGoneCountsAsDeleted() {
    leftovers.created(
        "property colour",
        () -> {
          throw refusal("NoSuchProperty", 404);
        });
    leftovers.created(
        "project p",
        () -> {
          throw refusal("NoSuchProject", 404);
        });

    assertThat(leftovers.sweep(), empty());
    create("after the sweep"); // only this one is left for a second sweep
    assertThat(leftovers.sweep(), empty());
    assertThat(deleted, contains("after the sweep"));
  }

  @Test
  void anyOtherRefusalIsNamedInOneLineAndStaysForTheNextSweep() {
    int[] tries = {0};
    leftovers.created(
        "property colour",
        () -> {
          if (tries[0]++ == 0) {
            throw refusal("AccessDenied", 403);
          }
        });

    List<String> left = leftovers.sweep();
    assertThat(left, hasSize(1));
    assertThat(
        left.get(0),
        startsWith("property colour (Cleanup problem: could not delete property colour: "));
    assertThat(left.get(0), containsString("AccessDenied"));
    assertThat(left.get(0).contains("\n"), equalTo(false));

    assertThat("the second sweep tries again and succeeds", leftovers.sweep(), empty());
    assertThat(tries[0], equalTo(2));
  }

  @Test
  void anUnexpectedFailureOfOneDeleteDoesNotStopTheOthers() {
    create("sandbox project");
    leftovers.created(
        "property broken",
        () -> {
          throw new IllegalStateException("connection pool shut down");
        });
    create("property fine");

    List<String> left = leftovers.sweep();
    assertThat(
        left,
        contains(
            "property broken (Cleanup problem: could not delete property broken: connection pool shut down)"));
    assertThat(deleted, contains("property fine", "sandbox project"));
  }

  @Test
  void aClosedListRefusesNewRegistrationsWithOneLine() {
    create("property colour");
    leftovers.close();

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> create("property late"));
    assertThat(
        refused.getMessage(),
        equalTo("Test setup problem: the run is shutting down; not creating property late"));
    assertThat("what was registered before is still swept", leftovers.sweep(), empty());
    assertThat(deleted, contains("property colour"));
  }

  @Test
  void reopenEverythingSweepsWhatWasAlreadyDeletedOnceMore() {
    create("sandbox project");
    create("property colour");
    assertThat(leftovers.sweep(), empty());
    assertThat(leftovers.sweep(), empty());
    assertThat("nothing is swept twice by itself", deleted, hasSize(2));

    leftovers.close();
    leftovers.reopenEverything();

    assertThat(leftovers.sweep(), empty());
    assertThat(
        deleted,
        contains("property colour", "sandbox project", "property colour", "sandbox project"));
  }
}
