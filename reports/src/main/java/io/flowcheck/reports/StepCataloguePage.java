package io.flowcheck.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The step catalogue page: features/target/step-catalogue.json (written from the glue by the
 * features build's StepCatalogueTest) as one HTML page, from {@code templates/steps.mustache}:
 * every step a feature writer can use, its parameters, its class and one line of a feature that
 * uses it.
 */
public final class StepCataloguePage {

  static final String HREF = "steps/index.html";
  static final String FILE_NAME = "step-catalogue.json";

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private StepCataloguePage() {}

  /** The build's step-catalogue.json, or null when there is none. */
  public static Path fileIn(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? file : null;
  }

  /** "74 steps in 7 classes, 1 without an example", for the Overview's Environment widget. */
  public static String headline(Path json) {
    return read(json).headline();
  }

  /** Writes index.html and a copy of the JSON into {@code dir}. */
  public static void write(Path json, Path dir) {
    Templates.write("steps", read(json), dir.resolve("index.html"));
    try {
      Files.copy(json, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ReportException(
          "Could not write the step catalogue page into " + dir + ": " + e.getMessage(), e);
    }
  }

  static String render(Catalogue catalogue) {
    return Templates.render("steps", catalogue);
  }

  static Catalogue read(Path json) {
    try {
      return JSON.readValue(Files.readString(json, StandardCharsets.UTF_8), Catalogue.class);
    } catch (JacksonException e) {
      throw new ReportException("Could not read " + json + ": " + e.getOriginalMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new ReportException("Could not read " + json + ": " + e.getMessage(), e);
    }
  }

  /** step-catalogue.json. */
  record Catalogue(List<ParameterType> parameterTypes, List<Step> steps) {
    Catalogue {
      parameterTypes = parameterTypes == null ? List.of() : parameterTypes;
      steps = steps == null ? List.of() : steps;
    }

    /** The steps by the class that defines them, in the file's order. */
    List<StepClass> classes() {
      Map<String, List<Step>> byClass = new LinkedHashMap<>();
      steps.forEach(s -> byClass.computeIfAbsent(s.className(), k -> new ArrayList<>()).add(s));
      return byClass.entrySet().stream().map(e -> new StepClass(e.getKey(), e.getValue())).toList();
    }

    List<Step> withoutExample() {
      return steps.stream().filter(s -> s.example() == null).toList();
    }

    String headline() {
      int without = withoutExample().size();
      return steps.size()
          + " steps in "
          + classes().size()
          + " classes"
          + (without == 0 ? ", every one with an example" : ", " + without + " without an example");
    }
  }

  record ParameterType(String name, String matches, String javaType, String definedIn) {
    /** "{authMode}", as a step expression writes it. */
    String display() {
      return "{" + name + "}";
    }
  }

  record StepClass(String className, List<Step> steps) {
    String simpleName() {
      return className.substring(className.lastIndexOf('.') + 1);
    }
  }

  record Parameter(String type, String javaType) {}

  record Example(String file, int line, String text) {}

  record Step(
      String keyword,
      String expression,
      String className,
      String method,
      List<Parameter> parameters,
      Example example) {
    String parameterList() {
      return parameters == null
          ? ""
          : parameters.stream()
              .map(p -> p.type() + " as " + p.javaType())
              .collect(Collectors.joining(", "));
    }
  }
}
