package io.flowcheck.simulator.model;

/** An artifact repository. Only the installer's "default" one exists; it cannot be changed. */
public record Repository(
    String repositoryId,
    String repositoryName,
    String description,
    String url,
    String zoneName,
    String repositoryDisabled,
    String owner,
    String createTime) {

  /** Fixed ids and times so that dumps stay stable across restarts. */
  public static final Repository DEFAULT =
      new Repository(
          "5a1d0c3e-d390-11e7-832b-005056330fc3",
          "default",
          "Default repository created during installation.",
          "https://localhost:8200",
          "default",
          "0",
          "admin",
          "2017-11-27T16:30:00.000Z");
}
