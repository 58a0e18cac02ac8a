package io.flowcheck.framework.http;

import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.secrets.SecretPolicy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a report: every registered secret (the password,
 * every issued session id), plus anything that is one by position (the JSON fields, query
 * parameters, headers and cookies {@link SecretPolicy} names) so that a secret we have not seen
 * yet, such as the session id in the login answer, is masked too. A value hidden by position is
 * remembered as a secret from then on: it is masked wherever it shows up later, and it is among
 * {@link #knownSecrets()}, which the run fingerprints for the leak gate.
 */
public final class SecretMasker {
  private final SecretPolicy policy;
  private final Set<String> secrets = ConcurrentHashMap.newKeySet();

  /** Each secret in every form an output could hold it: what masking searches for. */
  private final Set<String> forms = ConcurrentHashMap.newKeySet();

  /** The session ids of login answers: tokens the server made, not secrets a person chose. */
  private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();

  /** Random secrets this side made, such as the wrong-password check's password. */
  private final Set<String> madeRandom = ConcurrentHashMap.newKeySet();

  public SecretMasker() {
    this(SecretPolicy.DEFAULT);
  }

  public SecretMasker(SecretPolicy policy) {
    this.policy = policy;
  }

  public void register(Secret secret) {
    register(secret.reveal());
  }

  public void register(String secret) {
    if (SecretPolicy.worthHiding(secret)) {
      secrets.add(secret);
      forms.addAll(SecretPolicy.formsOf(secret));
    }
  }

  /**
   * A session id a login answer carried: masked like every secret, and remembered as the server's
   * token, which the run's fingerprints confirm with a cheap hash (see {@link #issuedTokens()}).
   */
  public void registerIssuedToken(String token) {
    registerAs(token, issuedTokens);
  }

  /**
   * The session ids {@link #registerIssuedToken} was given, a subset of {@link #knownSecrets()}.
   */
  public Set<String> issuedTokens() {
    return Set.copyOf(issuedTokens);
  }

  /**
   * A random secret this side made and sent, such as the password of the wrong-password check for a
   * user that exists nowhere: masked like every secret, and remembered as random, so that the run's
   * fingerprints name it for what it is and confirm it with a cheap hash (see {@link
   * #randomSecrets()}).
   */
  public void registerRandom(String secret) {
    registerAs(secret, madeRandom);
  }

  /**
   * Registers {@code secret} and, if it is worth hiding at all, remembers it among {@code kind}.
   */
  private void registerAs(String secret, Set<String> kind) {
    register(secret);
    if (SecretPolicy.worthHiding(secret)) {
      kind.add(secret);
    }
  }

  /** The secrets {@link #registerRandom} was given, a subset of {@link #knownSecrets()}. */
  public Set<String> randomSecrets() {
    return Set.copyOf(madeRandom);
  }

  /**
   * Every secret seen so far, registered or hidden by position, for the leak scan at the end of a
   * run.
   */
  public Set<String> knownSecrets() {
    return Set.copyOf(secrets);
  }

  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = hideByPosition(policy.jsonFieldPattern(), text, SecretMasker::jsonUnescaped);
    out = hideByPosition(policy.queryParameterPattern(), out, SecretMasker::urlDecoded);
    out = hideByPosition(policy.cookiePattern(), out, SecretMasker::urlDecoded);
    for (String form : forms) {
      if (out.contains(form)) {
        out = out.replace(form, Secret.MASK);
      }
    }
    return out;
  }

  /** Header values: secret headers are hidden whole, others go through {@link #mask}. */
  public String maskHeader(String name, String value) {
    if (!policy.isSecretHeader(name)) {
      return mask(value);
    }
    if (value != null) {
      remember(name, value);
    }
    if (name.equalsIgnoreCase("authorization") && value != null && value.startsWith("Basic ")) {
      return "Basic " + Secret.MASK;
    }
    return Secret.MASK;
  }

  /**
   * A multipart form field's value: hidden whole, and remembered, when the field is a secret by
   * name ({@code commanderSessionId}, {@code password}); else masked as any text.
   */
  public String maskFormField(String name, String value) {
    if (policy.isSecretField(name)) {
      register(value);
      return Secret.MASK;
    }
    return mask(value);
  }

  /**
   * Cookie values are all hidden: a report has no use for them. Those {@link SecretPolicy} names
   * are remembered as secrets.
   */
  public String maskCookie(String name, String value) {
    if (policy.isSecretCookie(name)) {
      register(value);
    }
    return Secret.MASK;
  }

  /**
   * The secret inside a secret header's value: the secret cookies of a cookie header, the token of
   * {@code Basic <token>} or {@code Bearer <token>}, else the whole value.
   */
  private void remember(String header, String value) {
    if (header.equalsIgnoreCase("cookie") || header.equalsIgnoreCase("set-cookie")) {
      Matcher cookie = policy.cookiePattern().matcher(value);
      while (cookie.find()) {
        register(urlDecoded(cookie.group(2)));
      }
      return;
    }
    String[] schemeAndToken = value.trim().split(" ");
    register(schemeAndToken.length == 2 ? schemeAndToken[1] : value);
  }

  private String hideByPosition(Pattern pattern, String text, UnaryOperator<String> decode) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    do {
      register(m.group(2));
      register(decode.apply(m.group(2)));
      String replacement = m.group(1) + Secret.MASK + (m.groupCount() >= 3 ? m.group(3) : "");
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }

  private static String jsonUnescaped(String raw) {
    return raw.replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
  }

  private static String urlDecoded(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return raw;
    }
  }
}
