Feature: Logging in (benchmark: 5 scenarios)
  The benchmark's copy of scenarios of the main suite, chosen so that they run against any
  standalone server; the Karate suite next to this folder makes the same calls.

  Background:
    Given a property "greeting" with value "hello" in the sandbox project

  Scenario Outline: A user signed in with <auth> authentication reads a property
    Given the user is signed in with <auth> authentication
    When the user reads the property "greeting" of the sandbox project
    Then the property value is "hello"

    Examples:
      | auth    |
      | session |
      | basic   |

  Scenario: A request without credentials is refused
    Given the user sends no credentials
    When the user reads the property "greeting" of the sandbox project
    Then the request is refused with error NoCredentials

  Scenario: Logging in issues a session for the user
    When the user logs in
    Then the session belongs to the configured user

  Scenario: One login serves many requests
    Given the user works through a client of their own with session authentication
    When the user reads the property "greeting" of the sandbox project 5 times
    Then the user's client has logged in 1 time
