package io.flowcheck.features.catalogue;

import io.flowcheck.steps.ScenarioContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the catalogue of flowcheck's glue and writes step-catalogue.md and .json into a folder.
 */
public final class CatalogueFiles {
  public static final Path FEATURES = Path.of("src/test/resources/features");

  private CatalogueFiles() {}

  public static StepCatalogue build() {
    return StepCatalogue.build(GlueClasses.of(ScenarioContext.class), FeatureLines.read(FEATURES));
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
