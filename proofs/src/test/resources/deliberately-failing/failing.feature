# Scenarios that fail on purpose. The data-safety test runs them to prove that a failing run
# still deletes everything it created and leaks no secret in its failure messages.
Feature: Deliberately failing scenarios

  Scenario: A property check that fails after creating data
    Given a property sheet "failing" in the sandbox project
    And a property "doomed" with value "created" in the sandbox project
    When the user sets the property "failing/child" of the sandbox project to "x"
    Then reading the property "doomed" of the sandbox project gives "something else"

  Scenario: An artifact check that fails after publishing
    Given an artifact "doomed-artifact" in the run's artifact group
    And the user publishes version "1.0.0" of "doomed-artifact"
    Then the artifact "doomed-artifact" lists the versions "9.9.9"

  Scenario: An expected refusal that does not come
    Given a property "exists" with value "yes" in the sandbox project
    When the user reads the property "exists" of the sandbox project
    Then the request is refused with error NoSuchProperty
