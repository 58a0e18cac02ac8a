package io.flowcheck.framework.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One JUnit XML from the shards' Cucumber JUnit XML files, for the CI servers that read it: one
 * {@code testsuite} holding every {@code testcase} (grouped by feature, each feature's in the order
 * the shards gave them), its {@code tests}, {@code failures}, {@code errors} and {@code skipped}
 * the sums of the shards' and its {@code time} their total.
 */
final class JunitXmlMerge {
  static final String FILE = "cucumber-reports/cucumber-junit.xml";
  private static final List<String> COUNTS = List.of("tests", "failures", "errors", "skipped");

  private JunitXmlMerge() {}

  static void merge(List<ResultFolder> folders, Path out) {
    List<Document> docs = new ArrayList<>();
    for (ResultFolder f : folders) {
      if (f.has(FILE)) {
        docs.add(parse(f.file(FILE)));
      }
    }
    if (docs.isEmpty()) {
      return;
    }
    Document merged = builder().newDocument();
    Element suite = merged.createElement("testsuite");
    merged.appendChild(suite);
    Element first = docs.get(0).getDocumentElement();
    suite.setAttribute("name", first.getAttribute("name"));
    long[] counts = new long[COUNTS.size()];
    double time = 0;
    List<Element> cases = new ArrayList<>();
    for (Document d : docs) {
      Element root = d.getDocumentElement();
      for (int i = 0; i < COUNTS.size(); i++) {
        counts[i] += number(root.getAttribute(COUNTS.get(i)));
      }
      time += decimal(root.getAttribute("time"));
      NodeList children = root.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        Node n = children.item(i);
        if (n instanceof Element e && e.getTagName().equals("testcase")) {
          cases.add((Element) merged.importNode(e, true));
        }
      }
    }
    for (int i = 0; i < COUNTS.size(); i++) {
      suite.setAttribute(COUNTS.get(i), Long.toString(counts[i]));
    }
    suite.setAttribute("time", String.format(Locale.ROOT, "%.3f", time));
    // A stable sort: the shards' order within one feature is kept.
    cases.sort(Comparator.comparing(e -> e.getAttribute("classname")));
    cases.forEach(suite::appendChild);
    write(merged, out.resolve(FILE));
  }

  private static long number(String s) {
    try {
      return s.isBlank() ? 0 : Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double decimal(String s) {
    try {
      return s.isBlank() ? 0 : Double.parseDouble(s.trim().replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder();
    } catch (Exception e) {
      throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
    }
  }

  private static Document parse(Path file) {
    try {
      return builder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalArgumentException(
          "cannot read " + file + " as JUnit XML (" + e.getMessage() + ")");
    }
  }

  private static void write(Document doc, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.transform(new DOMSource(doc), new StreamResult(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
