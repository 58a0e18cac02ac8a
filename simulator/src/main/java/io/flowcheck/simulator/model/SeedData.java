package io.flowcheck.simulator.model;

import java.time.Instant;
import java.util.List;

/**
 * The data a fresh server holds in the KB article KBEC-00383: project Default with the string
 * property PythonProperty = PythonRestApi. Ids and times are fixed (the property ones are the
 * article's own) so that a reset always yields byte-identical state dumps.
 */
final class SeedData {
  static final String INSTALLER = "admin";

  private SeedData() {}

  static List<Project> seed() {
    Instant installed = Times.parse("2017-11-27T16:30:00.000Z");
    PropertySheet sheet =
        new PropertySheet("5a1cf3b2-d390-11e7-832b-005056330fc3", audit(installed));
    Project defaultProject =
        new Project(
            "5a1cf3b1-d390-11e7-832b-005056330fc3",
            "Default",
            "Default project created during installation.",
            audit(installed),
            sheet);
    Instant propertyTime = Times.parse("2017-11-27T16:34:26.271Z");
    sheet.put(
        new Property(
            "d527401a-d390-11e7-832b-005056330fc3",
            "PythonProperty",
            audit(propertyTime),
            null,
            "PythonRestApi",
            ""));
    return List.of(defaultProject);
  }

  private static Audit audit(Instant when) {
    return new Audit(INSTALLER, when, INSTALLER, when);
  }
}
