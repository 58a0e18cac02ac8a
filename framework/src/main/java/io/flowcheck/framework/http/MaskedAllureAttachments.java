package io.flowcheck.framework.http;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.attachment.AttachmentContent;
import io.qameta.allure.attachment.http.HttpRequestAttachment;
import io.qameta.allure.attachment.http.HttpResponseAttachment;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Cookie;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.MultiPartSpecification;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Allure's REST Assured request/response attachments, masked. The stock {@code AllureRestAssured}
 * hides blacklisted headers only; EF secrets also travel in the URL ({@code ?password=}), in JSON
 * bodies ({@code "sessionId"}) and in cookies. Runs last ({@link Integer#MAX_VALUE}) so it records
 * exactly what goes on the wire, and stays silent outside an Allure test. JSON bodies are indented
 * after masking (only masked text is ever parsed), and the templates ({@code
 * tpl/flowcheck-http-*.ftl}) wrap long lines so a property value or URL does not need sideways
 * scrolling.
 */
public final class MaskedAllureAttachments implements OrderedFilter {
  // Parsed once for every client: a run makes a client per scenario that logs in on its own.
  private static final CachedTemplateRenderer REQUEST =
      new CachedTemplateRenderer("flowcheck-http-request.ftl");
  private static final CachedTemplateRenderer RESPONSE =
      new CachedTemplateRenderer("flowcheck-http-response.ftl");

  private final SecretMasker masker;

  public MaskedAllureAttachments(SecretMasker masker) {
    this.masker = masker;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext ctx) {
    // The lifecycle of this moment (the run's plugin may install its own after the client was
    // made): the one that knows the current test is the one the attachment goes to.
    AllureLifecycle allure = Allure.getLifecycle();
    if (allure.getCurrentTestCase().isEmpty()) {
      return ctx.next(request, responseSpec);
    }
    String target = request.getMethod() + " " + masker.mask(request.getDerivedPath());
    HttpRequestAttachment.Builder req =
        HttpRequestAttachment.Builder.create("Request " + target, masker.mask(request.getURI()))
            .setMethod(request.getMethod())
            .setHeaders(headers(request.getHeaders()))
            .setCookies(cookies(request.getCookies()));
    Object body = request.getBody();
    if (body != null) {
      req.setBody(JsonBodies.pretty(masker.mask(String.valueOf(body))));
    } else if (!request.getMultiPartParams().isEmpty()) {
      req.setBody(form(request.getMultiPartParams()));
    }
    HttpRequestAttachment sent = req.build();
    attach(allure, sent.getName(), REQUEST.render(sent));

    Response response = ctx.next(request, responseSpec);

    HttpResponseAttachment res =
        HttpResponseAttachment.Builder.create("Response " + response.getStatusLine())
            .setResponseCode(response.getStatusCode())
            .setHeaders(headers(response.getHeaders()))
            .setBody(JsonBodies.pretty(masker.mask(response.getBody().asString())))
            .build();
    attach(allure, res.getName(), RESPONSE.render(res));
    return response;
  }

  /**
   * A multipart form, one part a line: text fields masked by name and value (the session id of a
   * publish travels as {@code commanderSessionId}), files by name and size only, never their bytes.
   */
  private String form(List<MultiPartSpecification> parts) {
    StringBuilder text = new StringBuilder();
    for (MultiPartSpecification part : parts) {
      Object content = part.getContent();
      text.append(part.getControlName()).append('=');
      if (content instanceof File file) {
        text.append('@')
            .append(masker.mask(part.getFileName()))
            .append(" (")
            .append(file.length())
            .append(" bytes)");
      } else if (content instanceof String value) {
        text.append(masker.maskFormField(part.getControlName(), value));
      } else {
        text.append("(").append(content == null ? "nothing" : "binary").append(")");
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static void attach(AllureLifecycle allure, String name, AttachmentContent content) {
    allure.addAttachment(
        name,
        content.getContentType(),
        content.getFileExtension(),
        content.getContent().getBytes(StandardCharsets.UTF_8));
  }

  private Map<String, String> headers(Iterable<Header> headers) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Header h : headers) {
      out.put(h.getName(), masker.maskHeader(h.getName(), h.getValue()));
    }
    return out;
  }

  private Map<String, String> cookies(Iterable<Cookie> cookies) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Cookie c : cookies) {
      out.put(c.getName(), masker.maskCookie(c.getName(), c.getValue()));
    }
    return out;
  }

  @Override
  public int getOrder() {
    return Integer.MAX_VALUE;
  }
}
