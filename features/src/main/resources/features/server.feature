@regression @epic:Server_health
Feature: Server status
  Before anything else, an upgrade check asks the server whether it is running
  and which version it is.

  @smoke @upgrade
  Scenario: The server reports that it is running
    When the user asks for the server status
    Then the server reports that it is running

  @smoke @upgrade
  Scenario: The server reports its version
    When the user asks for the server version
    Then the server reports a version like "2024.06.0.178767"

  # getVersions has no documented REST route; GET /server/versions is our guess. The run itself
  # reads the version from the full server status, so a server without this route loses nothing.
  @assumption:server-versions-path
  Scenario: getVersions reports the server's version
    When the user asks getVersions for the server version
    Then the server reports a version like "2024.06.0.178767"
