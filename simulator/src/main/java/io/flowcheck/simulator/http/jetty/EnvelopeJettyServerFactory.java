package io.flowcheck.simulator.http.jetty;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.flowcheck.simulator.endpoints.ArtifactPublishing;
import io.flowcheck.simulator.http.AdminToken;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * The simulator's only way into WireMock's Jetty (see package-info for why it exists at all):
 * WireMock's own Jetty 11 server, with {@link EnvelopeErrorHandler} wherever Jetty would otherwise
 * write an HTML error page: at server level (parser errors) and on the stub context (exceptions
 * inside WireMock's request handling). The admin context keeps WireMock's pages. Every connector
 * also reports its requests to the {@link TrafficLog}, and every request passes the {@link
 * FrontDoor} first (the admin token, artifact publishing).
 */
public final class EnvelopeJettyServerFactory implements HttpServerFactory {
  private final TrafficLog traffic;
  private final ArtifactPublishing publishing;
  private final AdminToken adminToken;

  public EnvelopeJettyServerFactory(
      TrafficLog traffic, ArtifactPublishing publishing, AdminToken adminToken) {
    this.traffic = traffic;
    this.publishing = publishing;
    this.adminToken = adminToken;
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      // These hooks run inside the super constructor, so they may use only their arguments and
      // this factory's fields (javac sets an anonymous class's outer reference before super()).
      @Override
      protected Handler createHandler(
          Options serverOptions, AdminRequestHandler adminHandler, StubRequestHandler stubHandler) {
        return new FrontDoor(
            super.createHandler(serverOptions, adminHandler, stubHandler), publishing, adminToken);
      }

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
