Feature: A step nobody has written yet

  Scenario: The team's thing
    Given the team's thing is ready
    Then the request succeeds
