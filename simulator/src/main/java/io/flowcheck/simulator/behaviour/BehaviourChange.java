package io.flowcheck.simulator.behaviour;

import java.util.Locale;

/**
 * Answers that a (made-up) newer server release gives differently, for "server upgrade
 * verification" tests: with a change on, a suite written against today's server should notice. With
 * none on, the simulator behaves exactly as it always has.
 */
public enum BehaviourChange {
  /**
   * Property answers (single properties and sheet listings) say "modifiedBy", not "lastModifiedBy".
   */
  RENAMED_FIELD,
  /** Property answers carry an extra "propertyType": "string", or "sheet" for a nested sheet. */
  EXTRA_FIELD,
  /**
   * A missing property answers code "NoSuchPropertyPath" instead of "NoSuchProperty" (still 404).
   */
  CHANGED_ERROR_CODE,
  /**
   * Property values come back stripped of leading/trailing whitespace (they are stored unchanged).
   */
  TRIMMED_VALUE,
  /**
   * The login answer names the user "user", not "userName" (the session id is where it was, so a
   * client still logs in).
   */
  RENAMED_LOGIN_FIELD,
  /**
   * A publish that succeeds answers HTTP 201, not 200, with the same body: the Jenkins plugin,
   * which takes anything but 200 as a failure, would stop publishing.
   */
  CREATED_PUBLISH_STATUS;

  /** The command-line spelling: RENAMED_FIELD is "renamed-field". */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
