package io.flowcheck.framework.http;

import io.flowcheck.framework.config.Secret;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a report: every registered secret (the password,
 * every issued session id), plus anything that looks like one by position (JSON fields, query
 * parameters, headers) so that a secret we have not seen yet, such as the session id in the login
 * answer, is masked too.
 */
public final class SecretMasker {
  private static final Pattern JSON_SECRET =
      Pattern.compile("(\"(?:password|sessionId|token)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUERY_SECRET =
      Pattern.compile("([?&](?:password|sessionId|token)=)([^&#\\s]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern COOKIE_SECRET =
      Pattern.compile("((?:^|[;\\s])sessionId=)([^;\\s]*)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "sessionid", "cookie", "set-cookie", "proxy-authorization");

  /** Short values would mask ordinary words; real passwords and ids are longer. */
  private static final int MIN_SECRET_LENGTH = 4;

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();
  /** Each secret as it is and URL-encoded: the forms masking searches for. */
  private final Set<String> forms = ConcurrentHashMap.newKeySet();

  public void register(Secret secret) {
    register(secret.reveal());
  }

  public void register(String secret) {
    if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
      secrets.add(secret);
      forms.add(secret);
      forms.add(java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Every secret seen so far, for the leak scan at the end of a run. */
  public Set<String> knownSecrets() {
    return Set.copyOf(secrets);
  }

  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = replaceGroup(JSON_SECRET, text);
    out = replaceGroup(QUERY_SECRET, out);
    out = replaceGroup(COOKIE_SECRET, out);
    for (String form : forms) {
      if (out.contains(form)) {
        out = out.replace(form, Secret.MASK);
      }
    }
    return out;
  }

  /** Header values: secret headers are hidden whole, others go through {@link #mask}. */
  public String maskHeader(String name, String value) {
    if (SECRET_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
      if (name.equalsIgnoreCase("authorization") && value != null && value.startsWith("Basic ")) {
        return "Basic " + Secret.MASK;
      }
      return Secret.MASK;
    }
    return mask(value);
  }

  private static String replaceGroup(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    do {
      String replacement = m.group(1) + Secret.MASK + (m.groupCount() >= 3 ? m.group(3) : "");
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }
}
