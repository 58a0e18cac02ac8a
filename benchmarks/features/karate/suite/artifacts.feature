Feature: Publishing artifacts (benchmark: 8 scenarios)

  Background:
    * def id = uid()
    * url baseUrl
    * def createArtifact =
      """
      function(key) {
        var answer = karate.call('file:' + karate.properties['bench.karate.dir'] + '/setup/artifact.feature', { group: group, key: key });
        return group + ':' + key;
      }
      """

  Scenario: Creating an artifact as the KB article does, then publishing versions
    * def name = group + ':payments-api-' + id
    Given path 'artifacts'
    And param groupId = group
    And param artifactKey = 'payments-api-' + id
    When method post
    Then status 200
    And match response.artifact.artifactName == name
    Given path 'artifactVersions'
    And request { artifactName: '#(name)', version: '1.0.0', description: 'first release' }
    When method post
    Then status 200
    Given path 'artifactVersions'
    And request { artifactName: '#(name)', version: '1.1.0-rc-7', description: 'release candidate' }
    When method post
    Then status 200
    Given path 'artifactVersions'
    And param artifactName = name
    When method get
    Then status 200
    And match response.artifactVersion[*].version contains only ['1.0.0', '1.1.0-rc-7']
    Given path 'artifactVersions', name + ':1.1.0-rc-7'
    When method get
    Then status 200
    And match response.artifactVersion.artifactVersionState == 'available'
    And match response.artifactVersion.buildNumber == '7'
    Given path 'artifactVersions', name + ':1.0.0'
    When method delete
    Then status 200
    Given path 'artifactVersions'
    And param artifactName = name
    When method get
    Then status 200
    And match response.artifactVersion[*].version == ['1.1.0-rc-7']
    Given path 'artifacts', name
    When method delete
    Then status 200

  Scenario: Reading an artifact that exists
    * def name = createArtifact('ledger-' + id)
    Given path 'artifacts', name
    When method get
    Then status 200
    And match response.artifact.artifactName == name
    Given path 'artifacts', name
    When method delete
    Then status 200

  Scenario: An artifact and its versions carry descriptions
    * def name = createArtifact('described-' + id)
    Given path 'artifactVersions'
    And request { artifactName: '#(name)', version: '1.0.0' }
    When method post
    Then status 200
    Given path 'artifacts', name
    And request { description: 'payments ledger' }
    When method put
    Then status 200
    And match response.artifact.description == 'payments ledger'
    Given path 'artifactVersions', name + ':1.0.0'
    And request { description: 'first cut' }
    When method put
    Then status 200
    Given path 'artifactVersions', name + ':1.0.0'
    When method get
    Then status 200
    And match response.artifactVersion.description == 'first cut'
    Given path 'artifacts', name
    When method delete
    Then status 200

  Scenario: A version cannot be published twice
    * def name = createArtifact('billing-' + id)
    Given path 'artifactVersions'
    And request { artifactName: '#(name)', version: '2.0.0' }
    When method post
    Then status 200
    Given path 'artifactVersions'
    And request { artifactName: '#(name)', version: '2.0.0' }
    When method post
    Then status 409
    And match response.error.code == 'DuplicateArtifactVersionName'
    Given path 'artifacts', name
    When method delete
    Then status 200

  Scenario: Deleting an artifact removes it and its versions
    * def name = createArtifact('reports-' + id)
    Given path 'artifactVersions'
    And request { artifactName: '#(name)', version: '1.0.0' }
    When method post
    Then status 200
    Given path 'artifacts', name
    When method delete
    Then status 200
    Given path 'artifacts', name
    When method get
    Then status 404
    And match response.error.code == 'NoSuchArtifact'

  Scenario: A version that was never published is refused
    * def name = createArtifact('search-' + id)
    Given path 'artifactVersions', name + ':9.9.9'
    When method get
    Then status 404
    And match response.error.code == 'NoSuchArtifactVersion'
    Given path 'artifacts', name
    When method delete
    Then status 200

  Scenario: An artifact name with a slash is refused
    Given path 'artifacts'
    And param groupId = group
    And param artifactKey = 'pay/ments'
    When method post
    Then status 400
    And match response.error.code == 'InvalidArtifactName'

  Scenario: A malformed version is refused
    * def name = createArtifact('inventory-' + id)
    Given path 'artifactVersions'
    And request { artifactName: '#(name)', version: '<123>' }
    When method post
    Then status 400
    And match response.error.code == 'InvalidVersion'
    Given path 'artifacts', name
    When method delete
    Then status 200
