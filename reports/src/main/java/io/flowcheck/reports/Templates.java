package io.flowcheck.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report's own HTML pages, from the Mustache templates in {@code src/main/resources/templates}.
 * Every {@code {{value}}} is HTML-escaped, so text from a run (a server's message, a scenario name)
 * never becomes markup; the templates use no triple mustaches. A scope is a record whose accessors
 * the template names.
 */
final class Templates {

  private static final MustacheFactory MUSTACHE = new DefaultMustacheFactory("templates");

  private Templates() {}

  /**
   * @param name the template's file name without {@code .mustache}, e.g. "coverage"
   */
  static String render(String name, Object scope) {
    StringWriter out = new StringWriter();
    MUSTACHE.compile(name + ".mustache").execute(out, scope);
    return out.toString();
  }

  /** Renders into {@code file}, creating its folder. */
  static void write(String name, Object scope, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, render(name, scope), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }
}
