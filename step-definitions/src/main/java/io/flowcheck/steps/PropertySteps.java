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

/** Reading and writing properties, in the sandbox project or in a named one. */
public class PropertySteps {
  private final ScenarioContext ctx;

  public PropertySteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  private PropertiesApi properties() {
    return ctx.client().properties();
  }

  private PropertiesApi admin() {
    return ctx.run().client().properties();
  }

  @Given("a property {string} with value {value} in the sandbox project")
  public void aSandboxProperty(String name, PropertyValue value) {
    PropertyRef ref = ctx.inSandbox(name);
    ctx.undoLater("property " + ref, () -> admin().delete(ref));
    admin().set(ref, value.text());
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

  @When("the user reads the property {string} of the sandbox project")
  public void readSandbox(String name) {
    ctx.attempt(() -> properties().get(ctx.inSandbox(name)));
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
    ctx.attempt(() -> properties().set(ref, value.text()));
  }

  @When("the user sets the property {string} of project {string} to {value}")
  public void setInProject(String name, String project, PropertyValue value) {
    PropertyRef ref = PropertyRef.inProject(project, name);
    if (!ctx.isGuarded(ref.toString())) {
      throw new IllegalStateException("Test setup problem: add 'Given the property \"" + name
          + "\" exists in project \"" + project + "\"' first, so the run can restore it");
    }
    ctx.attempt(() -> properties().set(ref, value.text()));
  }

  @When("the user creates the property {string} with value {value} in the sandbox project")
  public void createInSandbox(String name, PropertyValue value) {
    PropertyRef ref = ctx.inSandbox(name);
    ctx.undoLater("property " + ref, () -> admin().delete(ref));
    ctx.attempt(() -> properties().create(ref, value.text()));
  }

  @When("the user deletes the property {string} of the sandbox project")
  public void deleteInSandbox(String name) {
    ctx.attempt(() -> properties().delete(ctx.inSandbox(name)));
  }

  @When("the user lists the sheet {string} of the sandbox project")
  public void listSheet(String name) {
    ctx.attempt(() -> {
      Property sheet = properties().get(ctx.inSandbox(name));
      return properties().sheet(sheet.propertySheetId());
    });
  }

  @Then("the property value is {value}")
  public void valueIs(PropertyValue expected) {
    assertThat(ctx.answer(Property.class).value(), equalTo(expected.text()));
  }

  @Then("reading the property {string} of the sandbox project gives {value}")
  public void sandboxReadGives(String name, PropertyValue expected) {
    readSandbox(name);
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
    assertThat("sheet " + sheet.propertySheetId() + " lists " + name,
        sheet.find(name).isPresent(), equalTo(true));
  }
}
