package io.flowcheck.simulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A named bag of properties; entries keep their creation order, like a server listing. */
public final class PropertySheet {
  private final String id;
  private final Audit audit;
  private final Map<String, Property> entries = new LinkedHashMap<>();

  public PropertySheet(String id, Audit audit) {
    this.id = id;
    this.audit = audit;
  }

  public static PropertySheet createdBy(String user) {
    return new PropertySheet(Ids.newId(), Audit.createdBy(user));
  }

  public String id() {
    return id;
  }

  public Audit audit() {
    return audit;
  }

  public Optional<Property> get(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  public void put(Property property) {
    entries.put(property.name(), property);
  }

  public Optional<Property> remove(String name) {
    return Optional.ofNullable(entries.remove(name));
  }

  public List<Property> entries() {
    return new ArrayList<>(entries.values());
  }

  /** Depth-first search through nested sheets; ids are unique so the first hit is the only one. */
  public Optional<PropertySheet> findSheet(String sheetId) {
    if (id.equals(sheetId)) {
      return Optional.of(this);
    }
    for (Property entry : entries.values()) {
      if (entry.isSheet()) {
        Optional<PropertySheet> found = entry.sheet().findSheet(sheetId);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
