package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * Keeps WireMock from loading (or saving) stub files from the working directory: a stray {@code
 * ./mappings} folder must not change how the simulator answers.
 */
public final class NoStubFiles implements MappingsSource {
  @Override
  public void loadMappingsInto(StubMappings stubMappings) {}

  @Override
  public void save(List<StubMapping> stubMappings) {}

  @Override
  public void save(StubMapping stubMapping) {}

  @Override
  @SuppressWarnings("removal") // still abstract in WireMock 3.13, so it must be implemented
  public void remove(StubMapping stubMapping) {}

  @Override
  public void removeAll() {}
}
