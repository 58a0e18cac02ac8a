@regression @epic:Access_and_sessions
Feature: Logging in
  ElectricFlow lets a user in two ways: log in once and send the session id with
  every request, or send HTTP Basic credentials with every request, as the
  vendor's KB article KBEC-00383 shows. Everything else is refused.

  Against a real server no check sends a wrong password for the run's own user:
  many servers lock a user out after a few failed logins. The wrong-password check
  uses a user name that exists nowhere instead, new for every run.

  Background:
    Given a property "greeting" with value "hello" in the sandbox project

  @smoke @upgrade
  Scenario Outline: A user signed in with <auth> authentication reads a property
    Given the user is signed in with <auth> authentication
    When the user reads the property "greeting" of the sandbox project
    Then the property value is "hello"

    Examples:
      | auth    |
      | session |
      | basic   |

  @smoke @upgrade
  Scenario: A request without credentials is refused
    Given the user sends no credentials
    When the user reads the property "greeting" of the sandbox project
    Then the request is refused with error NoCredentials

  # @upgrade: the login answer's shape is compared; its session id is normalized to <secret>.
  @upgrade
  Scenario: Logging in issues a session for the user
    When the user logs in
    Then the session belongs to the configured user

  @assumption:wrong-password-code
  Scenario: A wrong password is refused
    When somebody logs in as a user that does not exist, with a random password
    Then the request is refused with error NoCredentials or InvalidCredentials

  @simulator @assumption:wrong-password-code
  Scenario: A wrong password for the run's own user is refused
    When the user logs in with a wrong password
    Then the request is refused with error NoCredentials or InvalidCredentials

  @assumption:logout-path
  Scenario: A session that logged out is refused
    Given the user has logged in with a session of their own
    When the user logs out of that session
    And the user goes on with that session
    And the user reads the property "greeting" of the sandbox project
    Then the request is refused with error NoCredentials

  @sessions
  Scenario: One login serves many requests
    Given the user works through a client of their own with session authentication
    When the user reads the property "greeting" of the sandbox project 5 times
    Then the user's client has logged in 1 time

  @simulator @sessions @assumption:expired-session-401
  Scenario: An expired session is renewed without the scenario noticing
    Given the user works through a client of their own with session authentication
    And the user reads the property "greeting" of the sandbox project
    When every session on the server expires
    And the user reads the property "greeting" of the sandbox project
    Then the property value is "hello"
    And the user's client has logged in 2 times
