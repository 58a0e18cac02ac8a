package io.flowcheck.simulator.http.jetty;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * The simulator's only way into WireMock's Jetty (see package-info for why it exists at all):
 * WireMock's own Jetty 11 server, with {@link EnvelopeErrorHandler} wherever Jetty would otherwise
 * write an HTML error page: at server level (parser errors) and on the stub context (exceptions
 * inside WireMock's request handling). The admin context keeps WireMock's pages. Every connector
 * also reports its requests to the {@link TrafficLog}.
 */
public final class EnvelopeJettyServerFactory implements HttpServerFactory {
  private final TrafficLog traffic;

  public EnvelopeJettyServerFactory(TrafficLog traffic) {
    this.traffic = traffic;
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      // Both hooks run inside the super constructor, so they may use only their arguments.
      @Override
      protected void applyAdditionalServerConfiguration(Server jettyServer, Options serverOptions) {
        super.applyAdditionalServerConfiguration(jettyServer, serverOptions);
        jettyServer.setErrorHandler(new EnvelopeErrorHandler(null));
        for (Connector connector : jettyServer.getConnectors()) {
          connector.addBean(traffic); // Jetty tells HttpChannel.Listener beans of every request
        }
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.setErrorHandler(new EnvelopeErrorHandler(context.getErrorHandler()));
      }
    };
  }
}
