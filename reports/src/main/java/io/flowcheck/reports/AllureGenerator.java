package io.flowcheck.reports;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Allure 2's report generator, run in this JVM instead of as {@code allure generate} in JVMs of its
 * own: a JVM start and a cold generator cost more than the generation itself, and the single-file
 * report, generated second, finds the generator loaded and warm.
 *
 * <p>The unpacked command line's {@code lib/*.jar} get a class loader of their own whose parent is
 * the platform class loader, so Allure's libraries (its Jackson 2, logback, commons) and ours never
 * see each other. Allure is not on this module's class path, so the calls are reflective; they are
 * the ones {@code allure generate} makes (the plugins named in {@code config/allure.yml}, loaded
 * from {@code plugins/}, on top of the bundled extensions), with one difference: Allure's usage
 * analytics, which the command line skips only when {@code ALLURE_NO_ANALYTICS} is in its
 * environment, is left out. Allure's log goes to a file, never to the console.
 */
public final class AllureGenerator implements AutoCloseable {

  static final String REPORT_NAME = "flowcheck: ElectricFlow REST API";

  /** Sends a usage event to Google Analytics on every generation unless left out. */
  static final String ANALYTICS = "io.qameta.allure.ga.GaPlugin";

  private static final String BUILDER = "io.qameta.allure.ConfigurationBuilder";

  private final Path home;
  private final Path log;
  private final URLClassLoader loader;
  private final Object configuration;
  private final Object generator;

  /**
   * Loads the generator of the command line unpacked at {@code home}, with Allure's log going to
   * {@code log}.
   */
  public AllureGenerator(Path home, Path log) {
    this.home = home;
    this.log = log;
    this.loader = new URLClassLoader(jars(home), ClassLoader.getPlatformClassLoader());
    try {
      Object[] loaded = inAllure(this::load);
      this.configuration = loaded[0];
      this.generator = loaded[1];
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The multi-file report of {@code results} into {@code out}, which is emptied first. */
  public void generate(Path results, Path out) {
    generate(results, out, "generate");
  }

  /** The one-file report ({@code out/index.html}) of {@code results}; {@code out} is emptied. */
  public void generateSingleFile(Path results, Path out) {
    generate(results, out, "generateSingleFile");
  }

  /** The class names of the extensions a generation runs, bundled and from the plugins. */
  List<String> extensionNames() {
    return ((List<?>) call(configuration, "getExtensions"))
        .stream().map(e -> e.getClass().getName()).toList();
  }

  /** The class loader Allure runs in. */
  ClassLoader classLoader() {
    return loader;
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      // only open jar files are at stake, closed when the JVM ends anyway
    }
  }

  private void generate(Path results, Path out, String method) {
    Dirs.delete(out); // allure generate --clean
    try {
      inAllure(() -> call(generator, method, out, List.of(results)));
    } catch (ReportException e) {
      throw new ReportException(
          "Allure could not generate " + out + ": " + e.getMessage() + " (log: " + log + ")", e);
    }
    if (!Files.isRegularFile(out.resolve("index.html"))) {
      throw new ReportException(
          "Allure generated no " + out.resolve("index.html") + " (log: " + log + ")");
    }
  }

  private Object[] load() {
    logToFile();
    Object commandLine = create("io.qameta.allure.Commands", home);
    Object settings =
        call(commandLine, "getConfig", create("io.qameta.allure.option.ConfigOptions"));
    Object pluginLoader = create("io.qameta.allure.plugin.DefaultPluginLoader");
    List<Object> plugins = new ArrayList<>();
    for (Object name : (List<?>) call(settings, "getPlugins")) {
      Path dir = home.resolve("plugins").resolve(name.toString());
      ((Optional<?>) call(pluginLoader, "loadPlugin", loader, dir)).ifPresent(plugins::add);
    }
    Object builder = callStatic(BUILDER, "bundled");
    withoutAnalytics(builder);
    call(builder, "withPlugins", plugins);
    call(builder, "withReportName", REPORT_NAME);
    Object built = call(builder, "build");
    return new Object[] {built, create("io.qameta.allure.ReportGenerator", built)};
  }

  /** The builder's own list of extensions, copied from the bundled ones, loses the analytics. */
  private void withoutAnalytics(Object builder) {
    try {
      Field extensions = builder.getClass().getDeclaredField("extensions");
      extensions.setAccessible(true);
      ((List<?>) extensions.get(builder)).removeIf(e -> e.getClass().getName().equals(ANALYTICS));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ReportException(
          "Cannot leave Allure's analytics out of the generator in "
              + home
              + " (not the Allure version this build unpacks?): "
              + e,
          e);
    }
  }

  /** Allure's logback, configured as its own logback.xml does, but into {@code log}. */
  private void logToFile() {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new ReportException("Cannot create the folder of " + log + ": " + e.getMessage(), e);
    }
    Object context = callStatic("org.slf4j.LoggerFactory", "getILoggerFactory");
    call(context, "reset");
    Object encoder = create("ch.qos.logback.classic.encoder.PatternLayoutEncoder");
    call(encoder, "setContext", context);
    call(encoder, "setPattern", "%-5level %msg%n");
    call(encoder, "start");
    Object file = create("ch.qos.logback.core.FileAppender");
    call(file, "setContext", context);
    call(file, "setName", "file");
    call(file, "setFile", log.toAbsolutePath().toString());
    call(file, "setAppend", false);
    call(file, "setEncoder", encoder);
    call(file, "start");
    Object root = call(context, "getLogger", "ROOT");
    call(root, "setLevel", constant("ch.qos.logback.classic.Level", "INFO"));
    call(root, "addAppender", file);
  }

  /**
   * Runs {@code work} with Allure's class loader as the thread's context loader, which some of its
   * libraries look classes up in.
   */
  private <T> T inAllure(java.util.function.Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static URL[] jars(Path home) {
    Path lib = home.resolve("lib");
    if (!Files.isDirectory(lib)) {
      throw new ReportException(
          "Allure command line not found at "
              + home
              + ": the maven-dependency-plugin unpack-allure-cli execution did not run");
    }
    try (Stream<Path> files = Files.list(lib)) {
      List<URL> urls = new ArrayList<>();
      for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
      return urls.toArray(URL[]::new);
    } catch (IOException e) {
      throw new ReportException("Cannot list " + lib + ": " + e.getMessage(), e);
    }
  }

  private Class<?> type(String name) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new ReportException("The Allure command line in " + home + " lacks " + name, e);
    }
  }

  private Object create(String type, Object... args) {
    Constructor<?> c = matching(type(type).getConstructors(), "<init>", args);
    return invoke(c, () -> c.newInstance(args));
  }

  private Object callStatic(String type, String method, Object... args) {
    Method m = matching(type(type).getMethods(), method, args);
    return invoke(m, () -> m.invoke(null, args));
  }

  private Object constant(String type, String field) {
    try {
      return type(type).getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new ReportException("The Allure command line in " + home + " lacks " + field, e);
    }
  }

  private static Object call(Object target, String method, Object... args) {
    Method m = matching(target.getClass().getMethods(), method, args);
    return invoke(m, () -> m.invoke(target, args));
  }

  /** The public method or constructor of that name whose parameters take {@code args}. */
  private static <E extends Executable> E matching(E[] candidates, String name, Object[] args) {
    for (E e : candidates) {
      if ((e instanceof Constructor<?> || e.getName().equals(name))
          && !e.isVarArgs()
          && accepts(e.getParameterTypes(), args)) {
        return e;
      }
    }
    throw new ReportException(
        "Allure's generator has no "
            + name
            + Arrays.stream(args).map(a -> a.getClass().getSimpleName()).toList()
            + " (not the Allure version this build unpacks?)");
  }

  private static boolean accepts(Class<?>[] parameters, Object[] args) {
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      Class<?> p = parameters[i] == boolean.class ? Boolean.class : parameters[i];
      if (!p.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private interface Reflective {
    Object run() throws ReflectiveOperationException;
  }

  /** Allure's own failure, unwrapped into one line. */
  private static Object invoke(Executable what, Reflective call) {
    try {
      return call.run();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new ReportException(
          what.getDeclaringClass().getSimpleName()
              + "."
              + what.getName()
              + " failed: "
              + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage().strip()),
          cause);
    } catch (ReflectiveOperationException e) {
      throw new ReportException("Cannot call Allure's " + what + ": " + e, e);
    }
  }
}
