package io.flowcheck.runner.scenario;

/**
 * Which scenario: its feature file's URI, its name and its line, as Cucumber gives them.
 *
 * @param uri e.g. {@code classpath:features/login.feature}
 */
public record ScenarioRef(String uri, String name, int line) {

  /** The feature file's name, e.g. {@code login.feature}. */
  public String feature() {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  /** How reports name it: {@code login.feature > A wrong password is refused}. */
  public String title() {
    return feature() + " > " + name;
  }
}
