package io.flowcheck.framework.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Reads every {@link Setting} through the same {@link SettingLayers}: system property, environment,
 * profile file, (for the Allure results folder) {@code allure.properties}, then the built-in
 * default. Validates everything once, so a bad value fails the run at start with one line instead
 * of deep inside a scenario; so does a key that looks like a setting but is none ({@link
 * UnknownSettings}), which would otherwise be ignored.
 */
public final class SettingsLoader {
  static final String DEFAULT_USER = "admin";
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  static final int DEFAULT_RETRIES = 2;
  static final int MAX_RETRIES = 10;
  static final Path DEFAULT_OUTPUT_DIR = Path.of("target");
  static final Path DEFAULT_ALLURE_RESULTS_DIR = Path.of("target/allure-results");

  /** Until {@link #resolve()} reads the profile, the profile layer is empty. */
  private SettingLayers layers;

  /**
   * @param classpath classpath properties files by name ({@code allure.properties}, {@code
   *     junit-platform.properties}); empty when absent
   */
  SettingsLoader(
      Map<String, String> systemProperties,
      Map<String, String> environment,
      Function<String, Properties> classpath) {
    this.layers = new SettingLayers(systemProperties, environment, new Properties(), classpath);
  }

  /** Settings from this JVM's system properties and environment. */
  public static EfSettings load() {
    Map<String, String> props = new HashMap<>();
    System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
    return load(props, System.getenv());
  }

  /** Settings from explicit maps (and the classpath's tool files), for tests and embedding. */
  public static EfSettings load(Map<String, String> systemProperties, Map<String, String> env) {
    return new SettingsLoader(systemProperties, env, ClasspathProperties::read).resolve();
  }

  /**
   * Only {@code ef.shard} and {@code ef.shard.timings} of this JVM (profile included): for the
   * discovery filter, which must not depend on the rest of the settings being valid. Unknown keys
   * are not looked for here: the run reports them when it starts.
   */
  public static ShardSettings loadShards() {
    Map<String, String> props = new HashMap<>();
    System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
    return loadShards(props, System.getenv());
  }

  public static ShardSettings loadShards(
      Map<String, String> systemProperties, Map<String, String> env) {
    SettingsLoader loader = new SettingsLoader(systemProperties, env, ClasspathProperties::read);
    loader
        .layers
        .lookup(Setting.PROFILE)
        .ifPresent(
            name -> loader.layers = loader.layers.withProfile(loader.readProfile(name).values()));
    return ShardSettings.read(loader.layers);
  }

  EfSettings resolve() {
    // A misspelt key is refused before anything else: it is the cause of whatever would follow.
    UnknownSettings.check(layers.systemProperties(), layers.environment());
    // The profile's own name and folder cannot come from the profile.
    Optional<String> profileName = layers.lookup(Setting.PROFILE);
    profileName.ifPresent(
        name -> {
          Profile profile = readProfile(name);
          UnknownSettings.checkProfile(profile.values(), profile.file());
          layers = layers.withProfile(profile.values());
        });

    URI server = layers.lookup(Setting.SERVER).map(SettingsLoader::parseServer).orElse(null);
    AuthMode auth = layers.lookup(Setting.AUTH).map(AuthMode::parse).orElse(AuthMode.SESSION);
    String user = layers.lookup(Setting.USER).orElse(DEFAULT_USER);
    Secret password = Secret.of(layers.lookup(Setting.PASSWORD).orElse(null));
    if (password.isEmpty()) {
      if (server != null) {
        throw new EfConfigException(
            Setting.PASSWORD, "is missing for server " + server + "; give the password of " + user);
      }
      // The embedded simulator gets a fresh random password each run: a distinctive secret that
      // the leak gate can search every output for without tripping over fixed test passwords.
      password = Secret.of(randomPassword());
    }
    TlsMode tls = layers.lookup(Setting.TLS).map(TlsMode::parse).orElse(TlsMode.STRICT);
    Path trustStorePath = layers.lookup(Setting.TRUSTSTORE).map(Path::of).orElse(null);
    Secret trustStorePassword = Secret.of(layers.lookup(Setting.TRUSTSTORE_PASSWORD).orElse(""));
    KeyStore trustStore =
        trustStorePath == null ? null : TrustStores.load(trustStorePath, trustStorePassword);
    Duration connect =
        layers
            .lookup(Setting.CONNECT_TIMEOUT)
            .map(raw -> parseTimeout(Setting.CONNECT_TIMEOUT, raw))
            .orElse(DEFAULT_CONNECT_TIMEOUT);
    Duration read =
        layers
            .lookup(Setting.READ_TIMEOUT)
            .map(raw -> parseTimeout(Setting.READ_TIMEOUT, raw))
            .orElse(DEFAULT_READ_TIMEOUT);
    int retries =
        layers.lookup(Setting.RETRIES).map(SettingsLoader::parseRetries).orElse(DEFAULT_RETRIES);
    PublishEndpointMode publishEndpoint =
        layers
            .lookup(Setting.PUBLISH_ENDPOINT)
            .map(PublishEndpointMode::parse)
            .orElse(PublishEndpointMode.AUTO);
    boolean failFlaky =
        layers
            .lookup(Setting.FAIL_FLAKY)
            .map(raw -> parseBoolean(Setting.FAIL_FLAKY, raw))
            .orElse(false);
    boolean assumptionsStrict =
        layers
            .lookup(Setting.ASSUMPTIONS_STRICT)
            .map(raw -> parseBoolean(Setting.ASSUMPTIONS_STRICT, raw))
            .orElse(false);
    String runId = layers.lookup(Setting.RUN_ID).orElseGet(SettingsLoader::newRunId);
    Path outputDir = layers.folder(Setting.OUTPUT_DIR).orElse(DEFAULT_OUTPUT_DIR);
    Path allureResultsDir =
        layers.folder(Setting.ALLURE_RESULTS_DIR).orElse(DEFAULT_ALLURE_RESULTS_DIR);
    UpgradeSettings upgrade = UpgradeSettings.read(layers, outputDir);
    TagFilter tags =
        TagFilter.resolve(
            layers.systemProperties(),
            layers.environment(),
            layers.classpathFile(TagFilter.JUNIT_PLATFORM_FILE));
    RunSettings run =
        new RunSettings(
            runId,
            profileName.orElse(null),
            failFlaky,
            assumptionsStrict,
            outputDir,
            allureResultsDir,
            upgrade,
            tags,
            staleSandboxes(server),
            ShardSettings.read(layers));
    return new EfSettings(
        server,
        auth,
        user,
        password,
        tls,
        trustStorePath,
        trustStore,
        connect,
        read,
        retries,
        publishEndpoint,
        run);
  }

  /**
   * Sweeping is on by default only with the embedded simulator: there every sandbox is ours by
   * construction, while on a real server a first report lets people see what would go.
   */
  private StaleSandboxes staleSandboxes(URI server) {
    Duration staleAfter =
        layers
            .lookup(Setting.SANDBOX_STALE_AFTER)
            .map(SettingsLoader::parseStaleAfter)
            .orElse(StaleSandboxes.DEFAULT_STALE_AFTER);
    boolean sweep =
        layers
            .lookup(Setting.SANDBOX_SWEEP)
            .map(raw -> parseBoolean(Setting.SANDBOX_SWEEP, raw))
            .orElse(server == null);
    return new StaleSandboxes(staleAfter, sweep);
  }

  /**
   * Zero is allowed (every marked sandbox of an earlier run is stale); hours are the usual unit.
   */
  static Duration parseStaleAfter(String raw) {
    String s = raw.trim().toLowerCase(Locale.ROOT);
    Duration d;
    if (s.endsWith("h") && !s.startsWith("pt")) {
      try {
        d =
            Duration.ofMinutes(
                Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 60));
      } catch (NumberFormatException e) {
        d = null;
      }
    } else {
      d = parseDuration(raw);
    }
    if (d == null || d.isNegative()) {
      throw new EfConfigException(
          Setting.SANDBOX_STALE_AFTER,
          "'" + raw + "' must be a duration of zero or more such as 24h, 90m, 30s or PT12H");
    }
    return d;
  }

  /** A profile's settings and the file they came from, for messages. */
  private record Profile(Properties values, Path file) {}

  private Profile readProfile(String name) {
    for (Path dir : profileDirs()) {
      Path file = dir.resolve(name + ".properties");
      try (InputStream in = Files.newInputStream(file)) {
        Properties p = new Properties();
        p.load(in);
        return new Profile(p, file);
      } catch (NoSuchFileException e) {
        // try the next folder
      } catch (IOException e) {
        throw new EfConfigException(Setting.PROFILE, "cannot read " + file + " (" + e + ")");
      }
    }
    throw new EfConfigException(
        Setting.PROFILE,
        "unknown profile '"
            + name
            + "': no "
            + name
            + ".properties in "
            + profileDirs()
            + "; create it there or set ef.profiles.dir");
  }

  /**
   * Explicit folder, else ./profiles, ../profiles (Maven runs tests in a module folder),
   * ~/.flowcheck/profiles.
   */
  private List<Path> profileDirs() {
    Optional<String> explicit = layers.lookup(Setting.PROFILES_DIR);
    if (explicit.isPresent()) {
      return List.of(Path.of(explicit.get()));
    }
    Path cwd = Path.of(layers.systemProperty("user.dir", ".")).toAbsolutePath();
    Path home = Path.of(layers.systemProperty("user.home", "."));
    return List.of(
        cwd.resolve("profiles"),
        cwd.resolveSibling("profiles"),
        home.resolve(".flowcheck").resolve("profiles"));
  }

  static URI parseServer(String raw) {
    String problem =
        "'" + raw + "' is not a valid server URL: use e.g. https://flow.example.com:8443";
    URI uri;
    try {
      uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
    } catch (URISyntaxException e) {
      throw new EfConfigException(Setting.SERVER, problem);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null
        || uri.getUserInfo() != null) {
      throw new EfConfigException(Setting.SERVER, problem);
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (!path.isEmpty() && !path.equals(EfSettings.API_PATH)) {
      throw new EfConfigException(
          Setting.SERVER,
          problem + " (give the server root; " + EfSettings.API_PATH + " is appended)");
    }
    return URI.create(scheme + "://" + uri.getRawAuthority());
  }

  static Duration parseTimeout(Setting setting, String raw) {
    Duration d = parseDuration(raw);
    if (d == null || d.isZero() || d.isNegative()) {
      throw new EfConfigException(
          setting, "'" + raw + "' must be a positive duration such as 30s, 500ms or PT1M");
    }
    return d;
  }

  static boolean parseBoolean(Setting setting, String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new EfConfigException(setting, "'" + raw + "' must be true or false");
    };
  }

  static int parseRetries(String raw) {
    try {
      int n = Integer.parseInt(raw.trim());
      if (n >= 0 && n <= MAX_RETRIES) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new EfConfigException(
        Setting.RETRIES, "'" + raw + "' must be a whole number from 0 to " + MAX_RETRIES);
  }

  private static Duration parseDuration(String raw) {
    String s = raw.trim().toLowerCase(Locale.ROOT);
    try {
      if (s.startsWith("pt") || s.startsWith("-pt")) {
        return Duration.parse(s.toUpperCase(Locale.ROOT));
      }
      if (s.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
      }
      if (s.endsWith("s")) {
        return Duration.ofMillis(
            Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 1000));
      }
      if (s.endsWith("m")) {
        return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1).trim()) * 60);
      }
      return Duration.ofSeconds(Long.parseLong(s)); // a bare number means seconds
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    StringBuilder sb = new StringBuilder("sim-");
    for (int i = 0; i < 20; i++) {
      sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String newRunId() {
    String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    return time + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
  }
}
