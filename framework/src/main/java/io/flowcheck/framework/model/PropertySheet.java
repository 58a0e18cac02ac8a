package io.flowcheck.framework.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A property sheet and the properties (and nested sheets) directly inside it. */
public record PropertySheet(
    String propertySheetId, List<Property> properties, Map<String, String> fields)
    implements EfObject {

  public PropertySheet {
    properties = List.copyOf(properties);
    fields = Map.copyOf(fields);
  }

  public Optional<Property> find(String name) {
    return properties.stream().filter(p -> name.equals(p.propertyName())).findFirst();
  }
}
