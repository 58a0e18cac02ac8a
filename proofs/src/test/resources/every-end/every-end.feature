# Scenarios that end in every way a scenario can, for the count test (VerdictCountsTest): no server,
# only the steps of io.flowcheck.features.counts.glue.
@every-end
Feature: Every way a scenario ends

  Scenario Outline: Scenario <number> ends <end>
    Given a scenario that ends "<end>"

    Examples:
      | number | end           |
      | 1      | passed        |
      | 2      | passed        |
      | 3      | passed        |
      | 4      | passed        |
      | 5      | passed        |
      | 6      | not confirmed |
      | 7      | not confirmed |
      | 8      | not confirmed |
      | 9      | failed        |
      | 10     | failed        |
      | 11     | skipped       |
