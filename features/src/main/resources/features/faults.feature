@regression @simulator @epic:Resilience
Feature: Reporting a misbehaving server
  The night before an upgrade a server may reset connections, answer garbage or stall.
  Each such call fails with one clear line within the read timeout plus a small margin,
  and the rest of the run carries on. Reads are retried on connection faults and 503s;
  writes never are. Faults here hit only this scenario's own property.

  Background:
    Given a property "probe" with value "ok" in the sandbox project
    And the user works through a client with a short read timeout

  Scenario Outline: A read that meets <fault> is reported clearly
    Given the server answers every read of the property "probe" with <fault>
    When the user reads the property "probe" of the sandbox project, timed
    Then the call fails within the read timeout plus a small margin, saying "<message>"

    Examples:
      | fault                              | message                                           |
      | a connection reset                 | EF unreachable:                                   |
      | an empty reply                     | EF unreachable:                                   |
      | malformed JSON                     | EF protocol failure: getProperty (HTTP 200)       |
      | HTTP 500 with an error envelope    | EF server failure: HTTP 500 from getProperty: Int |
      | HTTP 500 without an error envelope | EF server failure: HTTP 500 from getProperty: no  |
      | HTTP 503 with an error envelope    | EF server failure: HTTP 503 from getProperty: Ser |
      | HTTP 503 without an error envelope | EF server failure: HTTP 503 from getProperty: no  |
      | a delay beyond the read timeout    | EF unreachable: no answer from                    |

  # Retrying is what these two prove, so passing thanks to it is not flaky: @retry-expected.
  @retry-expected
  Scenario: A read that meets one 503 passes on retry
    Given the server answers the next read of the property "probe" with HTTP 503 without an error envelope
    When the user reads the property "probe" of the sandbox project
    Then the property value is "ok"
    And the scenario needed 1 retried call

  @retry-expected
  Scenario: A read that meets one connection reset passes on retry
    Given the server answers the next read of the property "probe" with a connection reset
    When the user reads the property "probe" of the sandbox project
    Then the property value is "ok"
    And the scenario needed 1 retried call

  Scenario: A write that meets a 503 is not retried, and changes nothing
    Given the server answers the next write of the property "probe" with HTTP 503 without an error envelope
    When the user sets the property "probe" of the sandbox project to "changed"
    Then the call fails saying "EF server failure: HTTP 503 from setProperty"
    And the scenario needed 0 retried calls
    And reading the property "probe" of the sandbox project gives "ok"
