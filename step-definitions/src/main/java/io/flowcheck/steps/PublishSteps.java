package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.client.NothingToPublishException;
import io.flowcheck.framework.client.PublishFiles;
import io.flowcheck.framework.client.PublishReceipt;
import io.flowcheck.framework.model.ArtifactVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Publishing build output as CI does: folders the steps create in a temporary directory, published
 * with their files into the run's artifact group, read back over REST and, on the simulator,
 * checked file by file against what it received.
 */
public class PublishSteps {
  private static final long MEGABYTE = 1024L * 1024L;

  private final ScenarioContext ctx;
  private Path builds;
  private Path published; // the folder of the last publish
  private String versionName; // group:key:version of the last publish

  public PublishSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  private Path folder(String name) {
    try {
      if (builds == null) {
        builds = Files.createTempDirectory("flowcheck-build-");
      }
      return builds.resolve(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a build output folder: " + e.getMessage(), e);
    }
  }

  private String artifactName(String key) {
    return ctx.run().sandbox().artifactGroup() + ":" + ctx.unique(key);
  }

  @Given("a build output folder {string} holding:")
  public void folderHolding(String name, DataTable files) throws IOException {
    Path root = folder(name);
    for (Map<String, String> row : files.asMaps()) {
      Path file = root.resolve(row.get("file"));
      Files.createDirectories(file.getParent());
      Files.writeString(file, row.get("content"), StandardCharsets.UTF_8);
    }
  }

  /** Sparse where the file system allows: the bytes are zeros, made without writing them. */
  @Given("a build output folder {string} holding a file {string} of {int} MB")
  public void folderHoldingLargeFile(String name, String relative, int megabytes)
      throws IOException {
    Path file = folder(name).resolve(relative);
    Files.createDirectories(file.getParent());
    try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
      big.setLength(megabytes * MEGABYTE);
    }
  }

  @Given("an empty build output folder {string}")
  public void emptyFolder(String name) throws IOException {
    Files.createDirectories(folder(name).resolve("nothing-in-here"));
  }

  @When(
      "the build output folder {string} is published as {string} version {string} to repository"
          + " {string}")
  public void publish(String name, String key, String version, String repository) {
    publishAs(name, artifactName(key), version, repository);
  }

  /**
   * The key as written (an invalid one is the point), inside the run's group: should a server take
   * it, the artifact still lies in what the run owns and is deleted with it.
   */
  @When(
      "the build output folder {string} is published with the artifact key {string} version"
          + " {string} to repository {string}")
  public void publishRawKey(String name, String key, String version, String repository) {
    publishAs(name, ctx.run().sandbox().artifactGroup() + ":" + key, version, repository);
  }

  private void publishAs(String name, String artifact, String version, String repository) {
    published = folder(name);
    versionName = artifact + ":" + version;
    // The artifact comes with its first version: deleting it takes every version along.
    ctx.undoLater("artifact " + artifact, () -> ctx.runClient().artifacts().delete(artifact));
    ctx.attempt(
        () ->
            ctx.client()
                .artifacts()
                .publishFiles(PublishFiles.folder(published), artifact, version, repository));
  }

  @Then("the version reads back {string} in repository {string}")
  public void readsBack(String state, String repository) {
    ctx.answer(PublishReceipt.class);
    ArtifactVersion version = ctx.client().artifacts().getVersion(versionName);
    assertThat("artifactVersionState of " + versionName, version.state(), equalTo(state));
    assertThat("repositoryName of " + versionName, version.repositoryName(), equalTo(repository));
  }

  @Then("the version lists the files:")
  public void listsFiles(List<String> expected) {
    PublishReceipt receipt = ctx.answer(PublishReceipt.class);
    assertThat("the files sent, by relative path", receipt.relativePaths(), equalTo(expected));
  }

  /** What the simulator received, file by file, against the folder on disk. */
  @Then("the simulator holds each file of the folder with its size and SHA-256")
  public void simulatorHoldsTheFiles() {
    ctx.answer(PublishReceipt.class);
    JsonNode manifest = ctx.run().server().simulator().publishedFiles(versionName);
    List<String> held = new ArrayList<>();
    manifest
        .path("files")
        .forEach(
            f ->
                held.add(
                    f.path("path").asString()
                        + " "
                        + f.path("size").asLong()
                        + " "
                        + f.path("sha256").asString()));
    assertThat("the simulator's manifest of " + versionName, held, equalTo(onDisk(published)));
  }

  @Then("publishing is refused with {errorCodes}")
  public void refused(ParameterTypes.ErrorCodes expected) {
    EfException error = ctx.lastError();
    if (error == null) {
      throw new AssertionError("expected the publish to be refused with " + expected);
    }
    ctx.judgeRefusal(
        expected.codes(),
        () -> {
          if (!(error instanceof EfApiException api)) {
            throw error;
          }
          assertThat(
              "error code (HTTP " + api.status() + ", message: " + api.errorMessage() + ")",
              api.code(),
              in(expected.codes()));
          // Another status is "not confirmed" under @assumption:publish-refusal-status-200.
          assertThat("HTTP status of the refusal", api.status(), equalTo(200));
        });
  }

  @Then("the publish stops before any call, saying {string}")
  public void stopsBeforeAnyCall(String words) {
    EfException error = ctx.lastError();
    if (!(error instanceof NothingToPublishException)) {
      throw new AssertionError(
          "expected the publish to stop before any call, but got "
              + (error == null ? "an answer" : error.getMessage()));
    }
    assertThat(error.getMessage(), org.hamcrest.Matchers.containsString(words));
    assertThat("one line", error.getMessage().contains("\n"), equalTo(false));
    assertThat("no call was made", ctx.calls().lastExchange(), equalTo(null));
  }

  /** "path size sha256" of each file under the folder, in the order the client sends them. */
  private static List<String> onDisk(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
          .map(
              p ->
                  folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/")
                      + " "
                      + size(p)
                      + " "
                      + sha256(p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] chunk = new byte[64 * 1024];
      for (int read; (read = in.read(chunk)) > 0; ) {
        digest.update(chunk, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The build output folders go with the scenario. */
  @After
  @ReportName("Build output clean-up")
  public void deleteBuildOutput() throws IOException {
    if (builds == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(builds)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
