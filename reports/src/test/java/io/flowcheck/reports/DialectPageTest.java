package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectPageTest {

  private static final Path FIXTURE =
      Path.of(System.getProperty("reports.fixtures", "src/test/resources/fixtures"))
          .resolve("server-dialect.json");

  @TempDir Path tmp;

  private static String rendered() throws Exception {
    return DialectPage.render(DialectPage.read(FIXTURE), "From <the> fixtures");
  }

  @Test
  void everyAssumptionIsARowWithItsVerdict() throws Exception {
    String html = rendered();
    assertTrue(html.contains("<tr id=\"assumption-logout-path\">"), html);
    assertTrue(html.contains("<span class=\"v refuted\">refuted</span>"));
    assertTrue(html.contains("<span class=\"v confirmed\">confirmed</span>"));
    assertTrue(html.contains("<span class=\"v not-exercised\">not exercised</span>"));
    assertTrue(html.contains("<code>DELETE /sessions</code> answered HTTP 501 NotImplemented"));
    assertTrue(
        html.contains(
            "confirmed by properties.feature &gt; Creating a property that already exists is refused"));
    assertTrue(
        html.contains("not available (HTTP 501 NotImplemented)"), "the run's own logout is shown");
    assertTrue(html.contains("1 confirmed, 1 refuted, 1 not exercised"));
  }

  @Test
  void textFromTheFileIsEscaped() throws Exception {
    String html = rendered();
    assertFalse(html.contains("<script>"), "a server message must not become markup");
    assertTrue(
        html.contains("Unknown path &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
    assertTrue(html.contains("409 Duplicate&lt;Type&gt;Name"));
    assertTrue(html.contains("From &lt;the&gt; fixtures"));
  }

  @Test
  void writesThePageBesideACopyOfTheJson() {
    DialectPage.write(FIXTURE, "fixtures", tmp.resolve("dialect"));
    assertTrue(Files.isRegularFile(tmp.resolve("dialect/index.html")));
    assertTrue(Files.isRegularFile(tmp.resolve("dialect/server-dialect.json")));
    assertEquals("1 confirmed, 1 refuted, 1 not exercised", DialectPage.headline(FIXTURE));
  }

  @Test
  void anUnreadableFileIsOneLineNamingIt() throws Exception {
    Path bad = tmp.resolve("server-dialect.json");
    Files.writeString(bad, "{ not json");
    ReportException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ReportException.class, () -> DialectPage.headline(bad));
    assertTrue(e.getMessage().startsWith("Could not read " + bad), e.getMessage());
  }
}
