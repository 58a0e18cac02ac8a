@regression @publish @epic:Artifact_publishing
Feature: Publishing build output as CI does
  The vendor's CI integrations (the Jenkins ElectricFlow plugin, the Azure DevOps
  extension) publish a build's files in one multipart upload to the server's artifact
  publishing endpoint, then read the version back. These scenarios publish the same
  way, into the run's own artifact group, and delete what they publish.

  @upgrade
  Scenario: A single file is published and reads back available
    Given a build output folder "app" holding:
      | file    | content   |
      | app.jar | the build |
    When the build output folder "app" is published as "payments-api" version "1.0.0-1" to repository "default"
    Then the version lists the files:
      | app.jar |
    And the version reads back "available" in repository "default"

  Scenario: A nested folder keeps each file's path relative to the folder
    Given a build output folder "site" holding:
      | file                 | content         |
      | index.html           | <html></html>   |
      | assets/css/site.css  | body {}         |
      | assets/js/app.js     | console.log(1)  |
      | docs/README.md       | # read me       |
    When the build output folder "site" is published as "web" version "2.3.0" to repository "default"
    Then the version lists the files:
      | assets/css/site.css |
      | assets/js/app.js    |
      | docs/README.md      |
      | index.html          |
    And the version reads back "available" in repository "default"

  @simulator
  Scenario: The server receives every file whole
    Given a build output folder "dist" holding:
      | file              | content            |
      | bin/tool          | #!/bin/sh echo hi  |
      | lib/core/util.jar | utilities          |
    When the build output folder "dist" is published as "tool" version "0.9.0" to repository "default"
    Then the simulator holds each file of the folder with its size and SHA-256

  Scenario: An empty folder stops before any call
    Given an empty build output folder "nothing"
    When the build output folder "nothing" is published as "empty" version "1.0.0" to repository "default"
    Then the publish stops before any call, saying "holds no files"

  @assumption:publish-refusal-status-200
  Scenario: A repository that does not exist is refused
    Given a build output folder "app" holding:
      | file    | content |
      | app.jar | x       |
    When the build output folder "app" is published as "orders" version "1.0.0" to repository "wrong"
    Then publishing is refused with NoSuchRepository

  @assumption:publish-refusal-status-200
  Scenario: An invalid artifact name is refused
    Given a build output folder "app" holding:
      | file    | content |
      | app.jar | x       |
    When the build output folder "app" is published with the artifact key "pay/ments" version "1.0.0" to repository "default"
    Then publishing is refused with InvalidArtifactName

  @assumption:publish-refusal-status-200
  Scenario: An invalid version is refused
    Given a build output folder "app" holding:
      | file    | content |
      | app.jar | x       |
    When the build output folder "app" is published as "ledger" version "<123>" to repository "default"
    Then publishing is refused with InvalidVersion

  @assumption:publish-same-version-twice @assumption:publish-refusal-status-200
  Scenario: The same version cannot be published twice
    Given a build output folder "app" holding:
      | file    | content |
      | app.jar | first   |
    And the build output folder "app" is published as "billing" version "4.0.0" to repository "default"
    When the build output folder "app" is published as "billing" version "4.0.0" to repository "default"
    Then publishing is refused with DuplicateArtifactVersionName

  @slow
  Scenario: A 100 MB file publishes whole
    Given a build output folder "big" holding a file "dist/big.bin" of 100 MB
    When the build output folder "big" is published as "big" version "1.0.0" to repository "default"
    Then the version lists the files:
      | dist/big.bin |
    And the version reads back "available" in repository "default"
