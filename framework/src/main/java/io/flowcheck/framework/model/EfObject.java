package io.flowcheck.framework.model;

import java.util.Map;

/** Any ElectricFlow object the client returns: its typed record plus every field as sent. */
public interface EfObject {
  /** Every field of the answer, as the server sent it (EF scalars are strings). */
  Map<String, String> fields();
}
