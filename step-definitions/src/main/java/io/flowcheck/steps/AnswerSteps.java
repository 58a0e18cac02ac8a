package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;

import io.cucumber.java.en.Then;
import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.model.EfObject;
import io.flowcheck.steps.ParameterTypes.ErrorCodes;
import java.util.Map;

/** Generic checks on the last answer, usable after any When step. */
public class AnswerSteps {
  private final ScenarioContext ctx;

  public AnswerSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Asserts the error code first: it is stabler across server versions than status or text. A
   * scenario resting on an assumption about this refusal is "not confirmed" when another code, or a
   * missing route, comes back instead (see {@link ScenarioContext#judgeRefusal}).
   */
  @Then("the request is refused with error {errorCodes}")
  public void refusedWith(ErrorCodes expected) {
    EfException error = ctx.lastError();
    if (error == null) {
      throw new AssertionError(
          "expected a refusal with "
              + expected
              + " but the request succeeded"
              + " (it answered a "
              + ctx.lastAnswer().getClass().getSimpleName()
              + ")");
    }
    ctx.judgeRefusal(
        expected.codes(),
        () -> {
          if (!(error instanceof EfApiException api)) {
            throw error; // unreachable, TLS or protocol trouble: report it as it is
          }
          assertThat(
              "error code (HTTP " + api.status() + ", message: " + api.errorMessage() + ")",
              api.code(),
              in(expected.codes()));
          if (!api.operation().verdictInBody()) { // a publish says no in a 200's body
            assertThat("an ElectricFlow refusal is a 4xx status", api.status() / 100, equalTo(4));
          }
        });
  }

  @Then("the request succeeds")
  public void succeeds() {
    ctx.failIfLastCallFailed();
  }

  @Then("the answer's {string} is {string}")
  public void fieldIs(String field, String expected) {
    Map<String, String> fields = fieldsOf(ctx.lastAnswer());
    assertThat(
        "field '" + field + "' of the last answer " + fields.keySet(),
        fields.get(field),
        equalTo(expected));
  }

  private Map<String, String> fieldsOf(Object answer) {
    ctx.failIfLastCallFailed();
    if (answer instanceof EfObject object) {
      return object.fields();
    }
    throw new IllegalStateException(
        "Test setup problem: the last answer ("
            + (answer == null ? "nothing" : answer.getClass().getSimpleName())
            + ") has no fields");
  }
}
