package io.flowcheck.features.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The classes of a glue package (and its sub-packages), found where a class of it was loaded from:
 * a classes folder in the build, or the step-definitions jar.
 */
public final class GlueClasses {
  private GlueClasses() {}

  public static List<Class<?>> of(Class<?> anchor) {
    String pkg = anchor.getPackageName();
    java.security.CodeSource source = anchor.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      // A class loader that keeps no code source (Maven's exec:java): ask it for the package.
      return inPackage(pkg, anchor.getClassLoader());
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) {
        return load(location, pkg);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return load(jar.getPath("/"), pkg);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the glue classes of " + pkg, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the glue classes of " + pkg, e);
    }
  }

  /**
   * The classes of a glue package wherever {@code loader} finds it: a team's own glue, given to the
   * cli as a package and a jar.
   */
  public static List<Class<?>> inPackage(String pkg, ClassLoader loader) {
    List<Class<?>> classes = new ArrayList<>();
    try {
      for (java.net.URL url :
          java.util.Collections.list(loader.getResources(pkg.replace('.', '/')))) {
        if (url.getProtocol().equals("file")) {
          Path dir = Path.of(url.toURI());
          Path root = dir;
          for (int i = 0; i < pkg.split("\\.").length; i++) {
            root = root.getParent();
          }
          classes.addAll(load(root, pkg, loader));
        } else if (url.getProtocol().equals("jar")) {
          java.net.JarURLConnection jar = (java.net.JarURLConnection) url.openConnection();
          try (FileSystem fs = FileSystems.newFileSystem(Path.of(jar.getJarFileURL().toURI()))) {
            classes.addAll(load(fs.getPath("/"), pkg, loader));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the glue classes of " + pkg, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the glue classes of " + pkg, e);
    }
    return classes;
  }

  private static List<Class<?>> load(Path root, String pkg) throws IOException {
    return load(root, pkg, GlueClasses.class.getClassLoader());
  }

  private static List<Class<?>> load(Path root, String pkg, ClassLoader loader) throws IOException {
    Path dir = root.resolve(pkg.replace('.', '/'));
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String name =
            relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        try {
          classes.add(Class.forName(name, false, loader));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("Cannot load glue class " + name, e);
        }
      }
    }
    return classes;
  }
}
