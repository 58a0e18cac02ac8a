Feature: Reading and writing properties (benchmark: 7 scenarios)

  Scenario: Setting a property the way the KB article does, in the sandbox project
    Given a property "PythonProperty" with value "PythonRestApi" in the sandbox project
    When the user sets the property "PythonProperty" of the sandbox project to "UpdatedPython"
    Then the property value is "UpdatedPython"
    And reading the property "PythonProperty" of the sandbox project gives "UpdatedPython"

  Scenario: Creating, updating and deleting a property
    When the user creates the property "colour" with value "blue" in the sandbox project
    Then the property value is "blue"
    When the user sets the property "colour" of the sandbox project to "green"
    Then reading the property "colour" of the sandbox project gives "green"
    When the user deletes the property "colour" of the sandbox project
    And the user reads the property "colour" of the sandbox project
    Then the request is refused with error NoSuchProperty

  Scenario: Creating a property that already exists is refused
    Given a property "colour" with value "blue" in the sandbox project
    When the user creates the property "colour" with value "red" in the sandbox project
    Then the request is refused with error DuplicatePropertyName
    And reading the property "colour" of the sandbox project gives "blue"

  Scenario: A property inside a nested property sheet
    Given a property sheet "settings" in the sandbox project
    When the user sets the property "settings/timeout" of the sandbox project to "30"
    Then reading the property "settings/timeout" of the sandbox project gives "30"
    When the user reads the property "settings/timeout" of the sandbox project by its absolute path
    Then the property value is "30"
    When the user lists the sheet "settings" of the sandbox project
    Then the sheet lists the property "timeout"

  Scenario: A missing property is refused
    When the user reads the property "no-such-property" of the sandbox project
    Then the request is refused with error NoSuchProperty

  Scenario: A reference to a sibling property is expanded on read
    Given a property "colour" with value "blue" in the sandbox project
    And a property "sky" with value "the sky is $[{colour}]" in the sandbox project
    When the user reads the property "sky" of the sandbox project as the server expands it
    Then the property value is "the sky is blue"

  Scenario: A value with unicode survives the round trip
    When the user sets the property "text" of the sandbox project to "Grüße, Ελληνικά, 日本語, emoji 🚀"
    Then reading the property "text" of the sandbox project gives "Grüße, Ελληνικά, 日本語, emoji 🚀"
