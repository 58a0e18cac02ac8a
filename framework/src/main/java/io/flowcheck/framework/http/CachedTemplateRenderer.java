package io.flowcheck.framework.http;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.qameta.allure.attachment.AttachmentData;
import io.qameta.allure.attachment.AttachmentRenderException;
import io.qameta.allure.attachment.AttachmentRenderer;
import io.qameta.allure.attachment.DefaultAttachmentContent;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * Allure's HTML attachment renderer with the template parsed once. Allure's own {@code
 * FreemarkerAttachmentRenderer} sets a template update delay of 0, so every request and response
 * looks the template up in its jar again; under 8 scenario threads that lookup was the most
 * frequent place a worker was seen blocked (the jar's zip file is read under a lock). A parsed
 * {@link Template} is safe to use from many threads at once.
 */
final class CachedTemplateRenderer implements AttachmentRenderer<AttachmentData> {
  private final Template template;

  CachedTemplateRenderer(String templateName) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_23);
    configuration.setLocalizedLookup(false);
    configuration.setClassLoaderForTemplateLoading(
        CachedTemplateRenderer.class.getClassLoader(), "tpl");
    try {
      this.template = configuration.getTemplate(templateName);
    } catch (IOException e) {
      throw new IllegalStateException("attachment template " + templateName + " is missing", e);
    }
  }

  @Override
  public DefaultAttachmentContent render(AttachmentData data) {
    StringWriter out = new StringWriter();
    try {
      template.process(Map.of("data", data), out);
    } catch (TemplateException | IOException e) {
      throw new AttachmentRenderException("could not render the http attachment", e);
    }
    return new DefaultAttachmentContent(out.toString(), "text/html", ".html");
  }
}
