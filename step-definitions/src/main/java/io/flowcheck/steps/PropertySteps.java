package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.PropertiesApi;
import io.flowcheck.framework.model.Property;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.framework.model.PropertySheet;

/**
 * Reading and writing properties, in the sandbox project or in a named one.
 *
 * <p>Plain reads send {@code expand=0} and give the value as stored; the "as the server expands it"
 * steps leave the server to resolve {@code $[...]} references, as it does by default. In values
 * written to or compared with the sandbox, a reference may name the scenario's own properties as
 * {@code {name}} and the sandbox project as {@code <sandbox>}: {@code "the sky is $[{colour}]"},
 * {@code "$[/projects/<sandbox>/{colour}]"} (see {@link SandboxReferences}).
 */
public class PropertySteps {
  private final ScenarioContext ctx;

  public PropertySteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  private PropertiesApi properties() {
    return ctx.client().properties();
  }

  private PropertiesApi admin() {
    return ctx.runClient().properties();
  }

  /**
   * Inside a {@code $[...]} reference in the value, {@code {colour}} becomes the scenario-unique
   * name of the sandbox property "colour" and {@code <sandbox>} the sandbox project's name, so
   * {@code "the sky is $[{colour}]"} refers to the "colour" this scenario created.
   */
  @Given("a property {string} with value {value} in the sandbox project")
  public void aSandboxProperty(String name, PropertyValue value) {
    PropertyRef ref = ctx.inSandbox(name);
    ctx.undoLater("property " + ref, () -> admin().delete(ref));
    admin().set(ref, resolved(value));
  }

  /** The value's text with the sandbox placeholders inside {@code $[...]} filled in. */
  private String resolved(PropertyValue value) {
    return SandboxReferences.resolve(value.text(), ctx::unique, ctx.run().sandbox().projectName());
  }

  @Given("a property sheet {string} in the sandbox project")
  public void aSandboxSheet(String name) {
    PropertyRef ref = ctx.inSandbox(name);
    ctx.undoLater("property sheet " + ref, () -> admin().delete(ref));
    admin().createSheet(ref);
  }

  /**
   * Makes sure a shared property exists and that this scenario leaves it as it found it: an
   * existing value is restored afterwards, a property the run had to create is deleted again.
   */
  @Given("the property {string} exists in project {string}")
  public void sharedPropertyExists(String name, String project) {
    PropertyRef ref = PropertyRef.inProject(project, name);
    if (!ctx.guard(ref.toString())) {
      return;
    }
    try {
      String original = admin().get(ref).value();
      ctx.undoLater("restore " + ref + " to its original value", () -> admin().set(ref, original));
    } catch (EfApiException e) {
      if (!"NoSuchProperty".equals(e.code())) {
        throw e;
      }
      ctx.undoLater("property " + ref + " (created by this run)", () -> admin().delete(ref));
      admin().set(ref, "PythonRestApi");
    }
  }

  /** The value as stored ({@code expand=0}): references stay as written. */
  @When("the user reads the property {string} of the sandbox project")
  public void readSandbox(String name) {
    ctx.attempt(() -> properties().get(ctx.inSandbox(name)));
  }

  /** The same read as above, for scenarios that make a point of it. */
  @When("the user reads the property {string} of the sandbox project without expansion")
  public void readSandboxRaw(String name) {
    readSandbox(name);
  }

  /** No {@code expand} parameter: the server resolves {@code $[...]} references, as by default. */
  @When("the user reads the property {string} of the sandbox project as the server expands it")
  public void readSandboxExpanded(String name) {
    ctx.attempt(() -> properties().getExpanded(ctx.inSandbox(name)));
  }

  @When("the user reads the property {string} of project {string}")
  public void readInProject(String name, String project) {
    ctx.attempt(() -> properties().get(PropertyRef.inProject(project, name)));
  }

  @When("the user reads the property {string} of the sandbox project by its absolute path")
  public void readByAbsolutePath(String name) {
    ctx.attempt(() -> properties().get(PropertyRef.absolute(ctx.inSandbox(name).absolutePath())));
  }

  @When("the user reads the property {string} of the sandbox project {int} times")
  public void readRepeatedly(String name, int times) {
    for (int i = 0; i < times; i++) {
      readSandbox(name);
      ctx.answer(Property.class);
    }
  }

  @When("the user sets the property {string} of the sandbox project to {value}")
  public void setInSandbox(String name, PropertyValue value) {
    PropertyRef ref = ctx.inSandbox(name);
    ctx.undoLater("property " + ref, () -> admin().delete(ref));
    ctx.attempt(() -> properties().set(ref, resolved(value)));
  }

  @When("the user sets the property {string} of project {string} to {value}")
  public void setInProject(String name, String project, PropertyValue value) {
    PropertyRef ref = PropertyRef.inProject(project, name);
    if (!ctx.isGuarded(ref.toString())) {
      throw new IllegalStateException(
          "Test setup problem: add 'Given the property \""
              + name
              + "\" exists in project \""
              + project
              + "\"' first, so the run can restore it");
    }
    ctx.attempt(() -> properties().set(ref, value.text()));
  }

  @When("the user creates the property {string} with value {value} in the sandbox project")
  public void createInSandbox(String name, PropertyValue value) {
    PropertyRef ref = ctx.inSandbox(name);
    ctx.undoLater("property " + ref, () -> admin().delete(ref));
    ctx.attempt(() -> properties().create(ref, resolved(value)));
  }

  @When("the user deletes the property {string} of the sandbox project")
  public void deleteInSandbox(String name) {
    ctx.attempt(() -> properties().delete(ctx.inSandbox(name)));
  }

  @When("the user lists the sheet {string} of the sandbox project")
  public void listSheet(String name) {
    ctx.attempt(
        () -> {
          Property sheet = properties().get(ctx.inSandbox(name));
          return properties().sheet(sheet.propertySheetId());
        });
  }

  /** Placeholders inside {@code $[...]} in the expected value are filled in as when writing. */
  @Then("the property value is {value}")
  public void valueIs(PropertyValue expected) {
    assertThat(ctx.answer(Property.class).value(), equalTo(resolved(expected)));
  }

  @Then("reading the property {string} of the sandbox project gives {value}")
  public void sandboxReadGives(String name, PropertyValue expected) {
    readSandbox(name);
    valueIs(expected);
  }

  @Then(
      "reading the property {string} of the sandbox project as the server expands it gives {value}")
  public void sandboxExpandedReadGives(String name, PropertyValue expected) {
    readSandboxExpanded(name);
    valueIs(expected);
  }

  @Then("reading the property {string} of project {string} gives {value}")
  public void projectReadGives(String name, String project, PropertyValue expected) {
    readInProject(name, project);
    valueIs(expected);
  }

  @Then("the sheet lists the property {string}")
  public void sheetLists(String name) {
    PropertySheet sheet = ctx.answer(PropertySheet.class);
    assertThat(
        "sheet " + sheet.propertySheetId() + " lists " + name,
        sheet.find(name).isPresent(),
        equalTo(true));
  }
}
