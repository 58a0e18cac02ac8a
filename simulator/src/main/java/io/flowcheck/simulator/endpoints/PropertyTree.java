package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.http.EfError;
import io.flowcheck.simulator.model.Property;
import io.flowcheck.simulator.model.PropertySheet;
import java.util.Optional;
import java.util.Set;

/** Reading and changing properties along a path. Call inside the store's lock. */
final class PropertyTree {
  /** The server refuses these as property names (documented reserved words). */
  private static final Set<String> RESERVED_NAMES = Set.of("properties", "project");

  private PropertyTree() {}

  /** The property at the location, given the sheet that holds it ({@link #existingParent}). */
  static Property get(PropertyLocation location, PropertySheet holder) {
    return holder.get(location.name()).orElseThrow(location::noSuchProperty);
  }

  /**
   * setProperty: updates the value (and description) or creates a string property, along with any
   * missing sheets on the way, as plugins rely on PUT to register brand-new properties.
   */
  static Property set(PropertyLocation location, String value, String description, String user) {
    PropertySheet sheet = parentCreatingSheets(location, user);
    Optional<Property> existing = sheet.get(location.name());
    if (existing.isEmpty()) {
      if (value == null) {
        throw EfError.missingArgument("value");
      }
      checkNotReserved(location.name());
      Property created = Property.string(location.name(), value, orEmpty(description), user);
      sheet.put(created);
      return created;
    }
    Property property = existing.get();
    if (property.isSheet() && value != null) {
      throw EfError.badRequest(
          "InvalidArgument",
          "Property '" + location.displayPath() + "' is a property sheet and has no value");
    }
    if (value == null && description == null) {
      return property;
    }
    if (value != null) {
      property.setValue(value);
    }
    if (description != null) {
      property.setDescription(description);
    }
    property.audit().touch(user);
    return property;
  }

  /** createProperty: a new string property or sheet; fails if the name is taken. */
  static Property create(
      PropertyLocation location, String type, String value, String description, String user) {
    boolean sheetType = "sheet".equals(type);
    if (type != null && !type.isEmpty() && !sheetType && !"string".equals(type)) {
      throw EfError.badRequest(
          "InvalidArgument", "'propertyType' must be 'string' or 'sheet', not '" + type + "'");
    }
    PropertySheet parent = parentCreatingSheets(location, user);
    checkNotReserved(location.name());
    if (parent.get(location.name()).isPresent()) {
      throw EfError.conflict(
          "DuplicatePropertyName",
          "Property '" + location.displayPath() + "' already exists" + location.where());
    }
    Property created =
        sheetType
            ? Property.sheet(location.name(), orEmpty(description), user)
            : Property.string(location.name(), orEmpty(value), orEmpty(description), user);
    parent.put(created);
    return created;
  }

  /** deleteProperty: a sheet goes with its whole subtree. */
  static void delete(PropertyLocation location) {
    existingParent(location).remove(location.name()).orElseThrow(location::noSuchProperty);
  }

  /**
   * The sheet that holds the location's last segment; NoSuchProperty if a sheet on the way is
   * missing.
   */
  static PropertySheet existingParent(PropertyLocation location) {
    PropertySheet sheet = location.root();
    for (String segment : location.parentSegments()) {
      Property step = sheet.get(segment).orElseThrow(location::noSuchProperty);
      if (!step.isSheet()) {
        throw location.noSuchProperty();
      }
      sheet = step.sheet();
    }
    return sheet;
  }

  private static PropertySheet parentCreatingSheets(PropertyLocation location, String user) {
    PropertySheet sheet = location.root();
    for (String segment : location.parentSegments()) {
      Optional<Property> step = sheet.get(segment);
      if (step.isEmpty()) {
        checkNotReserved(segment);
        Property created = Property.sheet(segment, "", user);
        sheet.put(created);
        step = Optional.of(created);
      }
      if (!step.get().isSheet()) {
        throw EfError.badRequest(
            "InvalidPropertyPath",
            "Invalid property path '"
                + location.displayPath()
                + "': '"
                + segment
                + "' is not a property sheet");
      }
      sheet = step.get().sheet();
    }
    return sheet;
  }

  private static void checkNotReserved(String name) {
    if (RESERVED_NAMES.contains(name)) {
      throw EfError.badRequest(
          "InvalidPropertyName",
          "'" + name + "' is a reserved word and cannot be used as a property name");
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
