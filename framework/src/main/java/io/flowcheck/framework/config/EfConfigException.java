package io.flowcheck.framework.config;

/**
 * A bad setting. The message is one line that names the setting, what is wrong and how to fix it.
 * It carries no stack trace on purpose: the user needs the fix, not our call stack.
 */
public final class EfConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EfConfigException(Setting setting, String problem) {
    super(setting.key() + ": " + problem + " (" + setting.howToSet() + ")", null, false, false);
  }

  public EfConfigException(String message) {
    super(message, null, false, false);
  }
}
