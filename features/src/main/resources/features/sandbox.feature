@regression @epic:Configuration_properties
Feature: The run's own sandbox
  Every run works inside a project and an artifact group of its own, named after the
  run, and deletes both at the end. These scenarios check the listings and updates
  that the sandbox relies on, without looking at anybody else's data.

  @smoke @listing
  Scenario: The sandbox project is listed among the server's projects
    When the user lists the projects
    Then the sandbox project is among them

  Scenario: The sandbox project's description can be changed
    When the user changes the description of the sandbox project to "checked by flowcheck"
    Then reading the sandbox project shows the description "checked by flowcheck"

  @assumption:properties-listing
  Scenario: The properties of the sandbox project are listed
    Given a property "listed" with value "yes" in the sandbox project
    When the user lists the properties of the sandbox project
    Then the listing holds the sandbox property "listed" with value "yes"

  @assumption:artifact-paths @listing
  Scenario: An artifact of the run's group is listed among the server's artifacts
    Given an artifact "catalogue" in the run's artifact group
    When the user lists the artifacts
    Then the listing holds the artifact "catalogue" of the run's artifact group
