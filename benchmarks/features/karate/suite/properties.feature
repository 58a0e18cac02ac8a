Feature: Reading and writing properties (benchmark: 7 scenarios)

  Background:
    * def id = uid()
    * url baseUrl

  Scenario: Setting a property the way the KB article does, in the sandbox project
    * def name = 'PythonProperty-' + id
    Given path 'properties', name
    And param projectName = sandbox
    And request { value: 'PythonRestApi' }
    When method put
    Then status 200
    Given path 'properties', name
    And param projectName = sandbox
    And request { value: 'UpdatedPython' }
    When method put
    Then status 200
    And match response.property.value == 'UpdatedPython'
    Given path 'properties', name
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 200
    And match response.property.value == 'UpdatedPython'

  Scenario: Creating, updating and deleting a property
    * def name = 'colour-' + id
    Given path 'properties'
    And request { projectName: '#(sandbox)', propertyName: '#(name)', propertyType: 'string', value: 'blue' }
    When method post
    Then status 200
    And match response.property.value == 'blue'
    Given path 'properties', name
    And param projectName = sandbox
    And request { value: 'green' }
    When method put
    Then status 200
    Given path 'properties', name
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 200
    And match response.property.value == 'green'
    Given path 'properties', name
    And param projectName = sandbox
    When method delete
    Then status 200
    Given path 'properties', name
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 404
    And match response.error.code == 'NoSuchProperty'

  Scenario: Creating a property that already exists is refused
    * def name = 'colour-' + id
    Given path 'properties', name
    And param projectName = sandbox
    And request { value: 'blue' }
    When method put
    Then status 200
    Given path 'properties'
    And request { projectName: '#(sandbox)', propertyName: '#(name)', propertyType: 'string', value: 'red' }
    When method post
    Then status 409
    And match response.error.code == 'DuplicatePropertyName'
    Given path 'properties', name
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 200
    And match response.property.value == 'blue'

  Scenario: A property inside a nested property sheet
    * def sheet = 'settings-' + id
    Given path 'properties'
    And request { projectName: '#(sandbox)', propertyName: '#(sheet)', propertyType: 'sheet' }
    When method post
    Then status 200
    Given url baseUrl + '/properties/' + sheet + '/timeout'
    And param projectName = sandbox
    And request { value: '30' }
    When method put
    Then status 200
    Given url baseUrl + '/properties/' + sheet + '/timeout'
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 200
    And match response.property.value == '30'
    Given url baseUrl + '/properties'
    And param propertyName = '/projects/' + sandbox + '/' + sheet + '/timeout'
    And param expand = '0'
    When method get
    Then status 200
    And match response.property.value == '30'
    Given url baseUrl + '/properties/' + sheet
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 200
    Given url baseUrl + '/propertySheets/' + response.property.propertySheetId
    When method get
    Then status 200
    And match response.propertySheet.property[*].propertyName contains 'timeout'

  Scenario: A missing property is refused
    Given path 'properties', 'no-such-property-' + id
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 404
    And match response.error.code == 'NoSuchProperty'

  Scenario: A reference to a sibling property is expanded on read
    * def colour = 'colour-' + id
    * def sky = 'sky-' + id
    Given path 'properties', colour
    And param projectName = sandbox
    And request { value: 'blue' }
    When method put
    Then status 200
    Given path 'properties', sky
    And param projectName = sandbox
    And request { value: '#("the sky is $[" + colour + "]")' }
    When method put
    Then status 200
    Given path 'properties', sky
    And param projectName = sandbox
    When method get
    Then status 200
    And match response.property.value == 'the sky is blue'

  Scenario: A value with unicode survives the round trip
    * def name = 'text-' + id
    * def value = 'Grüße, Ελληνικά, 日本語, emoji 🚀'
    Given path 'properties', name
    And param projectName = sandbox
    And request { value: '#(value)' }
    When method put
    Then status 200
    Given path 'properties', name
    And param projectName = sandbox
    And param expand = '0'
    When method get
    Then status 200
    And match response.property.value == value
