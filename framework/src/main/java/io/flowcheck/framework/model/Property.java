package io.flowcheck.framework.model;

import java.util.Map;

/**
 * A property, or a nested property sheet (which has a {@code propertySheetId} and no value).
 *
 * @param value null for a sheet, or a property with no value set
 * @param fields every field of the answer, as the server sent it (scalars are strings in EF)
 */
public record Property(
    String propertyId,
    String propertyName,
    String value,
    String propertySheetId,
    String description,
    Map<String, String> fields)
    implements EfObject {

  public Property {
    fields = Map.copyOf(fields);
  }

  /** EF clients tell a sheet from a string property by the presence of propertySheetId. */
  public boolean isSheet() {
    return propertySheetId != null && !propertySheetId.isEmpty();
  }
}
