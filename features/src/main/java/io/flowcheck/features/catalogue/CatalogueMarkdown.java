package io.flowcheck.features.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** The catalogue as the Markdown committed as docs/steps.md. */
public final class CatalogueMarkdown {
  private CatalogueMarkdown() {}

  public static String render(StepCatalogue catalogue) {
    StringBuilder md = new StringBuilder();
    md.append("# Step catalogue\n\n")
        .append(
            "Every step flowcheck's glue (`io.flowcheck.steps`) offers, with one line of the features that\n")
        .append(
            "uses it. Generated from the glue classes by `StepCatalogueTest` in `features`; do not edit by\n")
        .append("hand. After changing a step, regenerate it with\n")
        .append(
            "`mvn -pl features test -Dtest=StepCatalogueTest -Dflowcheck.catalogue.update=true`.\n\n")
        .append("## Parameter types\n\n")
        .append("| Parameter | Matches | Java type | Defined in |\n| --- | --- | --- | --- |\n");
    for (StepCatalogue.ParameterInfo p : catalogue.parameterTypes()) {
      md.append("| `{")
          .append(p.name())
          .append("}` | ")
          .append(
              p.definedIn().equals("Cucumber") ? cell(p.matches()) : "`" + cell(p.matches()) + "`")
          .append(" | ")
          .append(p.javaType())
          .append(" | ")
          .append(p.definedIn())
          .append(" |\n");
    }
    String currentClass = null;
    for (StepCatalogue.Step s : catalogue.steps()) {
      if (!s.className().equals(currentClass)) {
        currentClass = s.className();
        md.append("\n## ")
            .append(simpleName(currentClass))
            .append("\n\n`")
            .append(currentClass)
            .append("`\n\n")
            .append("| Step | Parameters | Example |\n| --- | --- | --- |\n");
      }
      md.append("| ")
          .append(s.keyword())
          .append(" ")
          .append(code(s.expression()))
          .append(" | ")
          .append(parameters(s.parameters()))
          .append(" | ")
          .append(
              s.example() == null
                  ? "no feature uses it yet"
                  : code(s.example().text())
                      + " ("
                      + s.example().file()
                      + ":"
                      + s.example().line()
                      + ")")
          .append(" |\n");
    }
    List<StepCatalogue.Step> unused = catalogue.withoutExample();
    md.append("\n## Steps no feature uses\n\n");
    if (unused.isEmpty()) {
      md.append("None: every step has an example above.\n");
    } else {
      for (StepCatalogue.Step s : unused) {
        md.append("- ")
            .append(simpleName(s.className()))
            .append(": ")
            .append(s.keyword())
            .append(" ")
            .append(code(s.expression()))
            .append('\n');
      }
    }
    return md.toString();
  }

  private static String parameters(List<StepCatalogue.Parameter> parameters) {
    if (parameters.isEmpty()) {
      return "";
    }
    return parameters.stream()
        .map(
            p ->
                (p.type().startsWith("{") ? "`" + p.type() + "`" : p.type())
                    + " as "
                    + cell(p.javaType()))
        .collect(Collectors.joining(", "));
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** Inline code that survives a table cell, even when the text holds a backtick or a bar. */
  private static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    String pad = text.contains("`") ? " " : "";
    return fence + pad + cell(text) + pad + fence;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
