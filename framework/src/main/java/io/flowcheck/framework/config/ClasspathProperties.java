package io.flowcheck.framework.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

/** A properties file at the root of the classpath, as the tool that owns it reads it. */
final class ClasspathProperties {
  private ClasspathProperties() {}

  /** The first such file on the classpath; empty when there is none. */
  static Properties read(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    URL url =
        (loader == null ? ClasspathProperties.class.getClassLoader() : loader).getResource(name);
    Properties p = new Properties();
    if (url == null) {
      return p;
    }
    try (InputStream in = url.openStream()) {
      p.load(in); // as JUnit and Allure load them
      return p;
    } catch (IOException e) {
      throw new EfConfigException(name + ": cannot read " + url + " (" + e.getMessage() + ")");
    }
  }
}
