@ignore
Feature: create one artifact in the run's group (called by the artifact scenarios)

  Scenario:
    Given url baseUrl
    And path 'artifacts'
    And param groupId = group
    And param artifactKey = key
    When method post
    Then status 200
