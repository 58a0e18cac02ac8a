package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.client.ArtifactsApi;
import io.flowcheck.framework.client.Operation;
import io.flowcheck.framework.model.Artifact;
import io.flowcheck.framework.model.ArtifactVersion;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.steps.ParameterTypes.VersionRow;
import java.util.Arrays;
import java.util.List;

/**
 * Artifacts and their versions, always inside the run's own artifact group. Logical keys such as
 * "payments-api" are made unique per scenario.
 */
public class ArtifactSteps {
  private final ScenarioContext ctx;

  public ArtifactSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  private ArtifactsApi artifacts() {
    return ctx.client().artifacts();
  }

  private ArtifactsApi admin() {
    return ctx.runClient().artifacts();
  }

  private String group() {
    return ctx.run().sandbox().artifactGroup();
  }

  private String artifactName(String logicalKey) {
    return group() + ":" + ctx.unique(logicalKey);
  }

  private String versionName(String logicalKey, String version) {
    return artifactName(logicalKey) + ":" + version;
  }

  /** Registered before the create, so even a half-made artifact is swept. */
  private void undoArtifact(String name) {
    ctx.undoLater("artifact " + name, () -> admin().delete(name));
  }

  @Given("an artifact {string} in the run's artifact group")
  public void anArtifact(String key) {
    undoArtifact(artifactName(key));
    admin().create(group(), ctx.unique(key));
  }

  @When("the user creates the artifact {string} in the run's artifact group")
  public void createArtifact(String key) {
    undoArtifact(artifactName(key));
    ctx.attempt(() -> artifacts().create(group(), ctx.unique(key)));
  }

  /**
   * The key comes from the step as it is (an invalid one is the point), but the group is the run's
   * own: should a server accept the name, the artifact still lies inside what the run owns and is
   * deleted with it, and two runs never meet on it.
   */
  @When("the user creates an artifact with key {string} in the run's artifact group")
  public void createRawArtifact(String key) {
    String groupId = ctx.run().sandbox().artifactGroup();
    undoArtifact(groupId + ":" + key);
    ctx.attempt(() -> artifacts().create(groupId, key));
  }

  @When("the user reads the artifact {string}")
  public void readArtifact(String key) {
    ctx.attempt(() -> artifacts().get(artifactName(key)));
  }

  @When("the user deletes the artifact {string}")
  public void deleteArtifact(String key) {
    ctx.attempt(() -> artifacts().delete(artifactName(key)));
  }

  @When("the user publishes version {string} of {string}")
  public void publish(String version, String key) {
    String name = versionName(key, version);
    ctx.undoLater("artifact version " + name, () -> admin().deleteVersion(name));
    ctx.attempt(() -> artifacts().publishVersion(artifactName(key), version, null));
  }

  @When("the user publishes these versions of {string}:")
  public void publishAll(String key, List<VersionRow> rows) {
    for (VersionRow row : rows) {
      String name = versionName(key, row.version());
      ctx.undoLater("artifact version " + name, () -> admin().deleteVersion(name));
      ctx.attempt(
          () -> artifacts().publishVersion(artifactName(key), row.version(), row.description()));
      ctx.answer(ArtifactVersion.class); // stop at the first refusal, with its own message
    }
  }

  @When("the user reads version {string} of {string}")
  public void readVersion(String version, String key) {
    ctx.attempt(() -> artifacts().getVersion(versionName(key, version)));
  }

  @When("the user deletes version {string} of {string}")
  public void deleteVersion(String version, String key) {
    ctx.attempt(() -> artifacts().deleteVersion(versionName(key, version)));
  }

  @When("the user describes the artifact {string} as {string}")
  public void describeArtifact(String key, String description) {
    ctx.attempt(() -> artifacts().modifyDescription(artifactName(key), description));
  }

  @When("the user describes version {string} of {string} as {string}")
  public void describeVersion(String version, String key, String description) {
    ctx.attempt(() -> artifacts().modifyVersionDescription(versionName(key, version), description));
  }

  @Then("the version lives in one of the server's artifact repositories")
  public void versionInKnownRepository() {
    ArtifactVersion v = ctx.answer(ArtifactVersion.class);
    assertThat(artifacts().repositoryNames(), org.hamcrest.Matchers.hasItem(v.repositoryName()));
  }

  @Then("the answer is the artifact {string}")
  public void answerIsArtifact(String key) {
    Artifact a = ctx.answer(Artifact.class);
    assertThat(a.artifactName(), equalTo(artifactName(key)));
    assertThat(a.groupId(), equalTo(group()));
    assertThat(a.artifactKey(), equalTo(ctx.unique(key)));
  }

  @Then("the artifact {string} lists the versions {string}")
  public void listsVersions(String key, String commaSeparated) {
    List<String> expected =
        commaSeparated.isBlank()
            ? List.of()
            : Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    ctx.attempt(() -> artifacts().listVersions(artifactName(key)));
    @SuppressWarnings("unchecked")
    List<ArtifactVersion> versions = ctx.answer(List.class); // a refusal is judged, not an NPE
    List<String> actual = versions.stream().map(ArtifactVersion::version).toList();
    assertThat(actual, containsInAnyOrder(expected.toArray(String[]::new)));
  }

  @Then("the version is {string} with build number {string}")
  public void versionState(String state, String buildNumber) {
    ArtifactVersion v = ctx.answer(ArtifactVersion.class);
    // "available" right after creation is a registered assumption (new-version-available).
    ctx.judgeAssumedValue(
        Assumption.NEW_VERSION_AVAILABLE,
        Operation.GET_ARTIFACT_VERSION,
        "artifactVersionState",
        state,
        v.state(),
        () -> assertThat(v.state(), equalTo(state)));
    assertThat(v.fields().get("buildNumber"), equalTo(buildNumber));
  }
}
