package io.flowcheck.steps;

import io.cucumber.cucumberexpressions.Argument;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;

/**
 * Step text matched the way Cucumber matches it: every {@code @ParameterType} method of a glue
 * class is registered under its name with its regex, and its capture groups become its arguments.
 */
final class StepText {
  private final ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);

  StepText(Object glue) {
    for (Method method : glue.getClass().getMethods()) {
      io.cucumber.java.ParameterType annotation =
          method.getAnnotation(io.cucumber.java.ParameterType.class);
      if (annotation != null) {
        String name = annotation.name().isEmpty() ? method.getName() : annotation.name();
        registry.defineParameterType(
            new io.cucumber.cucumberexpressions.ParameterType<>(
                name,
                annotation.value(),
                Object.class,
                (String[] groups) -> invoke(glue, method, groups)));
      }
    }
  }

  /**
   * The values the expression's parameters take for this text, or null when the text does not
   * match.
   */
  List<Object> match(String expression, String text) {
    List<Argument<?>> arguments =
        new ExpressionFactory(registry).createExpression(expression).match(text);
    return arguments == null ? null : arguments.stream().map(a -> (Object) a.getValue()).toList();
  }

  /** The one value of a one-parameter expression; fails when the text does not match. */
  Object value(String expression, String text) {
    List<Object> values = match(expression, text);
    if (values == null || values.size() != 1) {
      throw new AssertionError("'" + text + "' does not match '" + expression + "'");
    }
    return values.get(0);
  }

  private static Object invoke(Object glue, Method method, String[] groups) throws Throwable {
    try {
      return method.invoke(glue, (Object[]) groups);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
