Feature: Logging in (benchmark: 5 scenarios)

  Background:
    * def greeting = 'greeting-' + uid()
    Given url baseUrl
    And path 'properties', greeting
    And param projectName = sandbox
    And request { value: 'hello' }
    When method put
    Then status 200

  Scenario: A user signed in with session authentication reads a property
    Given path 'properties', greeting
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 200
    And match response.property.value == 'hello'

  Scenario: A user signed in with basic authentication reads a property
    * configure headers = null
    Given path 'properties', greeting
    And param projectName = sandbox
    And param expand = '0'
    And header Authorization = 'Basic ' + java.util.Base64.getEncoder().encodeToString((user + ':' + password).getBytes())
    When method get
    Then status 200
    And match response.property.value == 'hello'

  Scenario: A request without credentials is refused
    * configure headers = null
    Given path 'properties', greeting
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 401
    And match response.error.code == 'NoCredentials'

  Scenario: Logging in issues a session for the user
    * configure headers = null
    Given path 'sessions'
    And param userName = user
    And param password = password
    When method post
    Then status 200
    And match response.userName == user
    And match response.sessionId == '#string'

  Scenario: One login serves many requests
    * configure headers = null
    Given path 'sessions'
    And param userName = user
    And param password = password
    When method post
    Then status 200
    * def own = response.sessionId
    Given path 'properties', greeting
    And param projectName = sandbox
    And param expand = '0'
    And header sessionId = own
    When method get
    Then status 200
    And match response.property.value == 'hello'
    Given path 'properties', greeting
    And param projectName = sandbox
    And param expand = '0'
    And header sessionId = own
    When method get
    Then status 200
    And match response.property.value == 'hello'
    Given path 'properties', greeting
    And param projectName = sandbox
    And param expand = '0'
    And header sessionId = own
    When method get
    Then status 200
    And match response.property.value == 'hello'
    Given path 'properties', greeting
    And param projectName = sandbox
    And param expand = '0'
    And header sessionId = own
    When method get
    Then status 200
    And match response.property.value == 'hello'
    Given path 'properties', greeting
    And param projectName = sandbox
    And param expand = '0'
    And header sessionId = own
    When method get
    Then status 200
    And match response.property.value == 'hello'
