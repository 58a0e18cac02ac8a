package io.flowcheck.steps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a hook shows in the Allure report, instead of its code location: Cucumber's hook
 * annotations have no name, and Allure's Cucumber plugin names each set-up and tear-down entry
 * after the hook method's signature. {@link FixtureNames} applies it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReportName {
  String value();
}
