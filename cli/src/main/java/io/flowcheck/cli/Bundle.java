package io.flowcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What the build put into the jar besides classes: the bundled Allure command line's version. */
final class Bundle {
  static final String ALLURE_ZIP = "io/flowcheck/cli/allure-commandline.zip";
  private static final String PROPERTIES = "io/flowcheck/cli/bundle.properties";

  private Bundle() {}

  static String allureVersion() {
    Properties p = new Properties();
    try (InputStream in = Bundle.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("This jar lacks " + PROPERTIES + ": rebuild it");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("allure.version");
  }

  /** {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Bundle.class.getPackage().getImplementationVersion();
      return new String[] {
        "flowcheck " + (version == null ? "(development build)" : version),
        "Allure command line " + allureVersion() + " (bundled)"
      };
    }
  }
}
