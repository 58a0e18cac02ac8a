package io.flowcheck.features.catalogue;

import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step catalogue: every step the glue offers (its words, parameters and class) with one line of
 * the features that uses it, read from the glue classes themselves so it cannot drift from them.
 * Expressions are matched the way Cucumber matches them: with Cucumber's own expression parser and
 * a registry that knows the glue's custom parameter types.
 */
public record StepCatalogue(List<ParameterInfo> parameterTypes, List<Step> steps) {

  private static final List<String> KEYWORDS = List.of("Given", "When", "Then", "And", "But");
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]*)}");

  /** A parameter type a step expression may use: "{string}" or one of the glue's own. */
  public record ParameterInfo(String name, String matches, String javaType, String definedIn) {}

  /** One parameter of a step: its type in the expression and the Java type the method receives. */
  public record Parameter(String type, String javaType) {}

  /** Where a feature uses a step. */
  public record Example(String file, int line, String text) {}

  public record Step(
      String keyword,
      String expression,
      String className,
      String method,
      List<Parameter> parameters,
      Example example) {}

  /** Cucumber's built-in parameter types, as a step writer needs to know them. */
  private static final List<ParameterInfo> BUILT_IN =
      List.of(
          new ParameterInfo(
              "string", "text in \"double\" or 'single' quotes", "String", "Cucumber"),
          new ParameterInfo("word", "one word without spaces", "String", "Cucumber"),
          new ParameterInfo("int", "a whole number, e.g. 42 or -1", "Integer", "Cucumber"),
          new ParameterInfo("long", "a whole number", "Long", "Cucumber"),
          new ParameterInfo("float", "a decimal number, e.g. 3.6", "Float", "Cucumber"),
          new ParameterInfo("double", "a decimal number", "Double", "Cucumber"),
          new ParameterInfo("", "anything ({} is the anonymous type)", "Object", "Cucumber"));

  /**
   * Builds the catalogue from the glue classes (those with step annotations become steps; those
   * with {@code @ParameterType} methods contribute parameter types) and the feature lines.
   */
  public static StepCatalogue build(List<Class<?>> glue, List<FeatureLines.Line> featureLines) {
    List<ParameterInfo> custom = new ArrayList<>();
    ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
    for (Class<?> type : glue) {
      for (Method m : type.getDeclaredMethods()) {
        io.cucumber.java.ParameterType p = m.getAnnotation(io.cucumber.java.ParameterType.class);
        if (p != null) {
          String name = p.name().isEmpty() ? m.getName() : p.name();
          custom.add(
              new ParameterInfo(
                  name,
                  p.value(),
                  m.getReturnType().getSimpleName(),
                  type.getSimpleName() + "#" + m.getName()));
          registry.defineParameterType(
              new ParameterType<>(name, p.value(), Object.class, (String[] groups) -> groups));
        }
      }
    }
    custom.sort(Comparator.comparing(ParameterInfo::name));
    List<ParameterInfo> all = new ArrayList<>(BUILT_IN);
    all.addAll(custom);

    ExpressionFactory factory = new ExpressionFactory(registry);
    List<Step> steps = new ArrayList<>();
    for (Class<?> type : glue) {
      for (Method m : type.getDeclaredMethods()) {
        for (Annotation a : m.getAnnotations()) {
          String keyword = a.annotationType().getSimpleName();
          if (!a.annotationType().getPackageName().equals("io.cucumber.java.en")
              || !KEYWORDS.contains(keyword)) {
            continue;
          }
          String text = expressionOf(a);
          Expression expression = factory.createExpression(text);
          Example example =
              featureLines.stream()
                  .filter(line -> expression.match(line.text()) != null)
                  .findFirst()
                  .map(
                      line ->
                          new Example(
                              line.file(), line.number(), line.keyword() + " " + line.written()))
                  .orElse(null);
          steps.add(
              new Step(keyword, text, type.getName(), m.getName(), parameters(text, m), example));
        }
      }
    }
    steps.sort(
        Comparator.comparing(Step::className)
            .thenComparing(s -> KEYWORDS.indexOf(s.keyword()))
            .thenComparing(Step::expression));
    return new StepCatalogue(all, steps);
  }

  /** The steps no feature uses yet. */
  public List<Step> withoutExample() {
    return steps.stream().filter(s -> s.example() == null).toList();
  }

  private static String expressionOf(Annotation a) {
    try {
      return (String) a.annotationType().getMethod("value").invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read the expression of " + a, e);
    }
  }

  /**
   * The expression's {types} in order, then what else the method takes (a data table, a doc
   * string).
   */
  private static List<Parameter> parameters(String expression, Method m) {
    List<Parameter> out = new ArrayList<>();
    Class<?>[] javaTypes = m.getParameterTypes();
    Matcher matcher = PARAMETER.matcher(expression);
    int i = 0;
    while (matcher.find()) {
      String javaType = i < javaTypes.length ? javaTypes[i].getSimpleName() : "?";
      out.add(new Parameter("{" + matcher.group(1) + "}", javaType));
      i++;
    }
    for (; i < javaTypes.length; i++) {
      // "java.util.List<io.flowcheck.steps.ParameterTypes$VersionRow>" reads
      // "List<ParameterTypes.VersionRow>".
      String javaType =
          m.getGenericParameterTypes()[i]
              .getTypeName()
              .replaceAll("\\b[a-z]\\w*\\.", "")
              .replace('$', '.');
      out.add(new Parameter(javaTypes[i] == String.class ? "doc string" : "data table", javaType));
    }
    return out;
  }
}
