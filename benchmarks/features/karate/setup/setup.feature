@ignore
Feature: the run's login and sandbox project (called once by karate-config.js)

  Scenario:
    * def suffix = uid()
    Given url baseUrl
    And path 'sessions'
    And param userName = user
    And param password = password
    When method post
    Then status 200
    * def sessionId = response.sessionId
    Given url baseUrl
    And path 'projects'
    And header sessionId = sessionId
    And request { projectName: '#("karate-bench-" + suffix)' }
    When method post
    Then status 200
    * def sandbox = 'karate-bench-' + suffix
    * def group = 'karate.bench.' + suffix
