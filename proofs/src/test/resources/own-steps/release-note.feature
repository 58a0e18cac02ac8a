Feature: A team's own steps next to flowcheck's

  Scenario: A release note written by the team's own step reads back
    Given the release note "2.4 ships on Friday" in the sandbox project
    When the user reads the release note
    Then the release note says "2.4 ships on Friday"
