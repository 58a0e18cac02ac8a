package io.flowcheck.framework.secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What counts as a secret, in one place. The report masker ({@code http.SecretMasker}), the upgrade
 * normalizer ({@code upgrade.NormalizationRules}, its {@code <secret>} token) and the leak gate
 * (through {@link SecretFingerprints} and the secrets the masker hands the run) all ask this class,
 * so a name added here is hidden, normalized and searched for everywhere at once.
 *
 * <p>A secret is either known by name (a JSON field, query parameter, header or cookie listed here,
 * whatever its value) or known by value (the password, an issued session id), in every form it can
 * take in an output: as it is, URL-encoded and JSON-escaped. Names compare ignoring case.
 */
public final class SecretPolicy {
  /** The report mask, e.g. {@code "password":"****"}. */
  public static final String MASK = "****";

  /** What the upgrade baseline stores instead of a secret. */
  public static final String NORMALIZED = "<secret>";

  /**
   * Shorter strings occur by chance everywhere: masking or searching them would hit ordinary text.
   */
  public static final int MIN_LENGTH = 4;

  /**
   * The names ElectricFlow and HTTP use for credentials. Fields and query parameters share one
   * list: the KB article sends {@code password} as a query parameter, the login answer returns
   * {@code sessionId} as a field, and the artifact publishing form carries it as {@code
   * commanderSessionId}.
   */
  public static final SecretPolicy DEFAULT =
      new SecretPolicy(
          Set.of(
              "password",
              "sessionId",
              "commanderSessionId",
              "token",
              "apiKey",
              "secret",
              "authorization",
              "cookie"),
          Set.of("Authorization", "Proxy-Authorization", "sessionId", "Cookie", "Set-Cookie"),
          Set.of("sessionId", "session", "JSESSIONID"));

  private final Set<String> fields;
  private final Set<String> headers;
  private final Set<String> cookies;
  private final Pattern jsonField;
  private final Pattern queryParameter;
  private final Pattern cookie;

  private SecretPolicy(Set<String> fields, Set<String> headers, Set<String> cookies) {
    this.fields = lowerCase(fields);
    this.headers = lowerCase(headers);
    this.cookies = lowerCase(cookies);
    // Group 1 is what stays, group 2 the secret, group 3 (JSON only) the closing quote.
    this.jsonField =
        Pattern.compile(
            "(\"" + alternatives(this.fields) + "\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")",
            Pattern.CASE_INSENSITIVE);
    this.queryParameter =
        Pattern.compile(
            "([?&]" + alternatives(this.fields) + "=)([^&#\\s]*)", Pattern.CASE_INSENSITIVE);
    this.cookie =
        Pattern.compile(
            "((?:^|[;\\s])" + alternatives(this.cookies) + "=)([^;\\s]*)",
            Pattern.CASE_INSENSITIVE);
  }

  /** This policy with one more secret field and query parameter name. */
  public SecretPolicy withField(String name) {
    return new SecretPolicy(plus(fields, name), headers, cookies);
  }

  /** This policy with one more secret header name. */
  public SecretPolicy withHeader(String name) {
    return new SecretPolicy(fields, plus(headers, name), cookies);
  }

  /** This policy with one more secret cookie name. */
  public SecretPolicy withCookie(String name) {
    return new SecretPolicy(fields, headers, plus(cookies, name));
  }

  /** A JSON field or query parameter whose value is a secret, e.g. {@code password}. */
  public boolean isSecretField(String name) {
    return name != null && fields.contains(name.toLowerCase(Locale.ROOT));
  }

  public boolean isSecretHeader(String name) {
    return name != null && headers.contains(name.toLowerCase(Locale.ROOT));
  }

  public boolean isSecretCookie(String name) {
    return name != null && cookies.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Lower-cased, sorted: for messages and for tests that check every name. */
  public Set<String> fieldNames() {
    return fields;
  }

  public Set<String> headerNames() {
    return headers;
  }

  public Set<String> cookieNames() {
    return cookies;
  }

  /**
   * {@code "password" : "..."}: group 1 up to the opening quote, group 2 the value, group 3 the
   * quote.
   */
  public Pattern jsonFieldPattern() {
    return jsonField;
  }

  /**
   * {@code ?password=...} or {@code &sessionId=...}: group 1 up to {@code =}, group 2 the value.
   */
  public Pattern queryParameterPattern() {
    return queryParameter;
  }

  /**
   * {@code sessionId=...} in a cookie header or text: group 1 up to {@code =}, group 2 the value.
   */
  public Pattern cookiePattern() {
    return cookie;
  }

  /** Long enough to mask or search for without hitting ordinary text; masks are no secrets. */
  public static boolean worthHiding(String value) {
    return value != null
        && value.length() >= MIN_LENGTH
        && !value.equals(MASK)
        && !value.equals(NORMALIZED);
  }

  /**
   * Every form a secret value can take in an output: as it is, URL-encoded (with {@code +} and with
   * {@code %20} for spaces) and JSON-escaped. Forms shorter than {@link #MIN_LENGTH} are left out.
   */
  public static Set<String> formsOf(String secret) {
    Set<String> forms = new LinkedHashSet<>();
    if (secret == null) {
      return forms;
    }
    String urlEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    for (String form :
        new String[] {
          secret,
          urlEncoded,
          urlEncoded.replace("+", "%20"),
          secret.replace("\\", "\\\\").replace("\"", "\\\"")
        }) {
      if (form.length() >= MIN_LENGTH) {
        forms.add(form);
      }
    }
    return forms;
  }

  private static Set<String> lowerCase(Set<String> names) {
    return names.stream()
        .map(n -> n.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> plus(Set<String> names, String name) {
    Set<String> more = new TreeSet<>(names);
    more.add(name);
    return more;
  }

  /**
   * {@code (?:a|b)}, longest first so that {@code session} does not cut {@code sessionId} short.
   */
  private static String alternatives(Set<String> names) {
    return names.stream()
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
