package io.flowcheck.cli;

import io.flowcheck.features.catalogue.CatalogueFiles;
import io.flowcheck.features.catalogue.CatalogueMarkdown;
import io.flowcheck.features.catalogue.GlueClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code steps}: the step catalogue (Markdown) of our glue, and of the user's if given. */
@Command(
    name = "steps",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Prints the step catalogue (Markdown): every step phrase of the bundled glue, plus --glue"
            + " packages from --classpath, with an example line from the features.")
final class StepsCommand implements Callable<Integer> {
  @Mixin SuiteOptions suite;

  @Override
  public Integer call() {
    SuiteLaunch.Selection selection = suite.selection(null);
    GlueJars.add(selection.classpath());
    List<Class<?>> more = new ArrayList<>();
    for (String pkg : selection.glue()) {
      List<Class<?>> found = GlueClasses.inPackage(pkg, ClassLoader.getSystemClassLoader());
      if (found.isEmpty()) {
        throw new FlowcheckCli.UsageProblem(
            "flowcheck: --glue " + pkg + ": no class of that package on --classpath");
      }
      more.addAll(found);
    }
    System.out.print(CatalogueMarkdown.render(CatalogueFiles.build(more, selection.features())));
    System.out.flush();
    return FlowcheckCli.PASSED;
  }
}
