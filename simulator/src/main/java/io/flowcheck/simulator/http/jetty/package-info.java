/**
 * The one place that touches Jetty and the servlet API, which wiremock-standalone ships shaded
 * ({@code wiremock.org.eclipse.jetty}, {@code wiremock.jakarta.servlet}). WireMock's public API has
 * no hook for the answers Jetty writes itself (a request line its parser refuses, an exception
 * while WireMock reads a request), and without one those would be HTML pages instead of
 * ElectricFlow error envelopes. We keep wiremock-standalone rather than the thin {@code
 * org.wiremock:wiremock} with unshaded Jetty because the thin one puts Jackson 2 (with a
 * jackson-annotations too old for Jackson 3) and json-schema-validator 1.x on the classpath of
 * everything that embeds the simulator, where they clash with the versions the feature suite uses.
 * These imports tie this package to WireMock 3.x with Jetty 11: a WireMock upgrade that moves them
 * breaks the build here and nowhere else.
 */
package io.flowcheck.simulator.http.jetty;
