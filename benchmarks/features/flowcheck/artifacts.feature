Feature: Publishing artifacts (benchmark: 8 scenarios)

  Scenario: Creating an artifact as the KB article does, then publishing versions
    When the user creates the artifact "payments-api" in the run's artifact group
    Then the answer is the artifact "payments-api"
    When the user publishes these versions of "payments-api":
      | version    | description       |
      | 1.0.0      | first release     |
      | 1.1.0-rc-7 | release candidate |
    Then the artifact "payments-api" lists the versions "1.0.0, 1.1.0-rc-7"
    When the user reads version "1.1.0-rc-7" of "payments-api"
    Then the version is "available" with build number "7"
    When the user deletes version "1.0.0" of "payments-api"
    Then the artifact "payments-api" lists the versions "1.1.0-rc-7"

  Scenario: Reading an artifact that exists
    Given an artifact "ledger" in the run's artifact group
    When the user reads the artifact "ledger"
    Then the answer is the artifact "ledger"

  Scenario: An artifact and its versions carry descriptions
    Given an artifact "described" in the run's artifact group
    And the user publishes version "1.0.0" of "described"
    When the user describes the artifact "described" as "payments ledger"
    Then the answer's "description" is "payments ledger"
    When the user describes version "1.0.0" of "described" as "first cut"
    And the user reads version "1.0.0" of "described"
    Then the answer's "description" is "first cut"

  Scenario: A version cannot be published twice
    Given an artifact "billing" in the run's artifact group
    And the user publishes version "2.0.0" of "billing"
    When the user publishes version "2.0.0" of "billing"
    Then the request is refused with error DuplicateArtifactVersionName

  Scenario: Deleting an artifact removes it and its versions
    Given an artifact "reports" in the run's artifact group
    And the user publishes version "1.0.0" of "reports"
    When the user deletes the artifact "reports"
    And the user reads the artifact "reports"
    Then the request is refused with error NoSuchArtifact

  Scenario: A version that was never published is refused
    Given an artifact "search" in the run's artifact group
    When the user reads version "9.9.9" of "search"
    Then the request is refused with error NoSuchArtifactVersion

  Scenario: An artifact name with a slash is refused
    When the user creates an artifact with key "pay/ments" in the run's artifact group
    Then the request is refused with error InvalidArtifactName

  Scenario: A malformed version is refused
    Given an artifact "inventory" in the run's artifact group
    When the user publishes version "<123>" of "inventory"
    Then the request is refused with error InvalidVersion
