package io.flowcheck.features.catalogue;

import io.flowcheck.steps.ScenarioContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the catalogue of flowcheck's glue and writes step-catalogue.md and .json into a folder.
 */
public final class CatalogueFiles {
  /** The features in the source tree, as the build sees them from the features module. */
  public static final Path FEATURES = Path.of("src/main/resources/features");

  /** The features folder on the classpath: target/classes in the build, the jar outside it. */
  static final String BUNDLED_FEATURES = "features";

  private CatalogueFiles() {}

  /** Our glue, with example lines from the bundled features. */
  public static StepCatalogue build() {
    return build(GlueClasses.of(ScenarioContext.class), List.of());
  }

  /**
   * Our glue plus {@code moreGlue}, with example lines from the bundled features and {@code
   * moreFeatures}.
   */
  public static StepCatalogue build(List<Class<?>> moreGlue, List<Path> moreFeatures) {
    List<Class<?>> glue = new ArrayList<>(GlueClasses.of(ScenarioContext.class));
    moreGlue.stream().filter(c -> !glue.contains(c)).forEach(glue::add);
    List<FeatureLines.Line> lines = new ArrayList<>(bundledFeatureLines());
    moreFeatures.forEach(folder -> lines.addAll(FeatureLines.read(folder)));
    return StepCatalogue.build(glue, lines);
  }

  private static List<FeatureLines.Line> bundledFeatureLines() {
    URL url = CatalogueFiles.class.getClassLoader().getResource(BUNDLED_FEATURES);
    if (url == null) {
      throw new IllegalStateException("No " + BUNDLED_FEATURES + " folder on the classpath");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return FeatureLines.read(Path.of(url.toURI()));
      }
      // jar:file:/.../flowcheck.jar!/features
      Path jarFile = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
      try (FileSystem jar = FileSystems.newFileSystem(jarFile)) {
        return FeatureLines.read(jar.getPath("/" + BUNDLED_FEATURES));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled features at " + url, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the bundled features at " + url, e);
    }
  }

  /** Writes both files; returns the Markdown. */
  public static String write(StepCatalogue catalogue, Path dir) throws IOException {
    String markdown = CatalogueMarkdown.render(catalogue);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("step-catalogue.md"), markdown, StandardCharsets.UTF_8);
    JsonMapper.builder()
        .build()
        .writerWithDefaultPrettyPrinter()
        .writeValue(dir.resolve("step-catalogue.json").toFile(), catalogue);
    return markdown;
  }
}
