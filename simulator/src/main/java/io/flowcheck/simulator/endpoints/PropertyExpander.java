package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.http.EfCall;
import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.model.Artifact;
import io.flowcheck.simulator.model.ArtifactVersion;
import io.flowcheck.simulator.model.EfStore;
import io.flowcheck.simulator.model.Project;
import io.flowcheck.simulator.model.Property;
import io.flowcheck.simulator.model.PropertySheet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Property expansion as the server does it on getProperty/getProperties (KBEC-00262, ec-perl
 * getProperty documentation): every {@code $[path]} in a value is replaced by the value it names,
 * recursively, and a reference that names nothing fails the read with NoSuchProperty.
 *
 * <ul>
 *   <li>An absolute path ({@code /projects/P/a/b}, {@code /artifacts/g:k/a}, {@code
 *       /artifactVersions/g:k:v/a}) names a property anywhere.
 *   <li>A relative path ({@code colour}, {@code settings/timeout}) is looked up in the sheet that
 *       holds the value being expanded, then in the top sheet of the project that owns that sheet.
 *   <li>A referenced value is expanded in its own place: the sheet that holds it and its project.
 *   <li>A reference inside a reference ({@code $[/projects/$[name]/x]}) is expanded first.
 *   <li>A reference that names a sheet, or that comes back to a value being expanded (a cycle), or
 *       that nests deeper than {@value #MAX_DEPTH} levels, fails like a missing one.
 *   <li>An unterminated {@code $[} is plain text.
 * </ul>
 *
 * One expander serves one request, inside the store's read lock; it remembers each property's
 * expansion, so a listing that refers to the same property many times does the work once.
 */
final class PropertyExpander {
  static final int MAX_DEPTH = 50;

  /** Characters a single read may substitute: a guard against values that double at every level. */
  static final int MAX_SUBSTITUTED = 4_000_000;

  private static final String OPEN = "$[";

  private final EfStore store;
  private final Map<Property, String> expanded = new IdentityHashMap<>();
  private final Map<Property, Boolean> inProgress = new IdentityHashMap<>();
  private final Map<PropertySheet, Optional<PropertySheet>> projectSheets = new IdentityHashMap<>();
  private long substituted;

  PropertyExpander(EfStore store) {
    this.store = store;
  }

  /** Expansion is on unless the call says {@code expand=0} or {@code expand=false} (any case). */
  static boolean requested(EfCall call) {
    String expand = call.arg("expand");
    return expand == null
        || !(expand.equals("0") || expand.toLowerCase(Locale.ROOT).equals("false"));
  }

  /** A sheet's listing as the call asks for it: values expanded unless expand=0/false. */
  static Map<String, Object> listing(EfStore store, PropertySheet sheet, EfCall call) {
    if (!requested(call)) {
      return JsonViews.sheet(sheet, Property::value);
    }
    PropertyExpander expander = new PropertyExpander(store);
    return JsonViews.sheet(sheet, entry -> expander.valueOf(entry, sheet));
  }

  /**
   * The value of a string property held by {@code sheet}, expanded; a sheet's null value stays
   * null.
   */
  String valueOf(Property property, PropertySheet sheet) {
    if (property.isSheet()) {
      return null;
    }
    return expandProperty(property, sheet, property.name(), 0);
  }

  private String expandProperty(
      Property property, PropertySheet sheet, String reference, int depth) {
    String done = expanded.get(property);
    if (done != null) {
      return done;
    }
    if (inProgress.containsKey(property) || depth > MAX_DEPTH) {
      throw noSuchProperty(reference);
    }
    inProgress.put(property, Boolean.TRUE);
    String value = expandText(property.value(), sheet, depth);
    inProgress.remove(property);
    expanded.put(property, value);
    return value;
  }

  private String expandText(String text, PropertySheet sheet, int depth) {
    if (!text.contains(OPEN)) {
      return text;
    }
    if (depth > MAX_DEPTH) {
      throw noSuchProperty(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (from < text.length()) {
      int start = text.indexOf(OPEN, from);
      int end = start < 0 ? -1 : closingBracket(text, start + OPEN.length());
      if (end < 0) {
        out.append(
            text, from, text.length()); // no (complete) reference left: the rest is plain text
        break;
      }
      out.append(text, from, start);
      String inner = text.substring(start + OPEN.length(), end);
      String reference = expandText(inner, sheet, depth + 1);
      String value = resolve(reference, sheet, depth + 1);
      substituted += value.length();
      if (substituted > MAX_SUBSTITUTED) {
        throw EfError.badRequest(
            "InvalidArgument",
            "Expanding property references would produce more than "
                + MAX_SUBSTITUTED
                + " characters; read the raw value with expand=0");
      }
      out.append(value);
      from = end + 1;
    }
    return out.toString();
  }

  /** The index of the ']' that closes a reference whose content starts at {@code from}, or -1. */
  private static int closingBracket(String text, int from) {
    int open = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        open++;
      } else if (c == ']' && --open == 0) {
        return i;
      }
    }
    return -1;
  }

  private String resolve(String reference, PropertySheet sheet, int depth) {
    Found found = locate(reference, sheet).orElseThrow(() -> noSuchProperty(reference));
    return expandProperty(found.property(), found.sheet(), reference, depth);
  }

  private Optional<Found> locate(String reference, PropertySheet sheet) {
    List<String> segments = segments(reference);
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    if (reference.startsWith("/")) {
      return absoluteRoot(segments)
          .flatMap(root -> walk(root, segments.subList(2, segments.size())));
    }
    return walk(sheet, segments)
        .or(() -> projectSheetOf(sheet).flatMap(top -> walk(top, segments)));
  }

  private Optional<PropertySheet> absoluteRoot(List<String> segments) {
    if (segments.size() < 3) {
      return Optional.empty();
    }
    String name = segments.get(1);
    return switch (segments.get(0)) {
      case "projects" -> store.project(name).map(Project::sheet);
      case "artifacts" -> store.artifact(name).map(Artifact::sheet);
      case "artifactVersions" -> artifactVersionSheet(name);
      default -> Optional.empty();
    };
  }

  private Optional<PropertySheet> artifactVersionSheet(String versionName) {
    int lastColon = versionName.lastIndexOf(':');
    if (lastColon < 0) {
      return Optional.empty();
    }
    return store
        .artifact(versionName.substring(0, lastColon))
        .flatMap(artifact -> artifact.version(versionName.substring(lastColon + 1)))
        .map(ArtifactVersion::sheet);
  }

  /**
   * The string property at the end of the path, with the sheet that holds it; a sheet is no value.
   */
  private static Optional<Found> walk(PropertySheet from, List<String> segments) {
    PropertySheet sheet = from;
    for (String segment : segments.subList(0, segments.size() - 1)) {
      Optional<Property> step = sheet.get(segment);
      if (step.isEmpty() || !step.get().isSheet()) {
        return Optional.empty();
      }
      sheet = step.get().sheet();
    }
    PropertySheet holder = sheet;
    return sheet
        .get(segments.get(segments.size() - 1))
        .filter(p -> !p.isSheet())
        .map(p -> new Found(p, holder));
  }

  /** The top sheet of the project whose tree holds this sheet; empty for artifact sheets. */
  private Optional<PropertySheet> projectSheetOf(PropertySheet sheet) {
    return projectSheets.computeIfAbsent(
        sheet,
        s ->
            store.projects().stream()
                .map(Project::sheet)
                .filter(top -> top == s || top.findSheet(s.id()).isPresent())
                .findFirst());
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /** The server's words (KBEC-00262 shows the same code and "No such property: '...'"). */
  static EfError noSuchProperty(String reference) {
    return EfError.notFound(
        "NoSuchProperty", "Invalid property path: No such property: '" + reference + "'");
  }

  private record Found(Property property, PropertySheet sheet) {}
}
