package io.flowcheck.runner.cleanup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StrayCheckTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void sandboxProjectsAndRunArtifactsAreStrays() {
    var state =
        JSON.readTree(
            "{\"projects\":[{\"projectName\":\"Default\"},"
                + "{\"projectName\":\"flowcheck-sandbox-20260101-000000-ab12\"},{\"projectName\":\"flowcheck.notasandbox\"}],"
                + "\"artifacts\":[{\"artifactName\":\"com.acme:ledger\"},{\"artifactName\":\"flowcheck.20260101:tool\"}]}");
    assertThat(
        StrayCheck.strays(state),
        contains("flowcheck-sandbox-20260101-000000-ab12", "flowcheck.20260101:tool"));
  }

  @Test
  void customerDataIsNoStray() {
    var state = JSON.readTree("{\"projects\":[{\"projectName\":\"Acme\"}],\"artifacts\":[]}");
    assertThat(StrayCheck.strays(state), empty());
  }
}
