package io.flowcheck.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a {@link CoverageReport} as one self-contained HTML page (inline CSS, no scripts, no external assets). */
public final class CoverageHtml {

    private static final String CSS = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;background:#fafafa}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
        .summary{font-size:15px;margin:8px 0 16px}.note{color:#8a5a00;background:#fff4d6;padding:6px 10px;border-radius:4px}
        .bar{height:10px;background:#e3e3e3;border-radius:5px;max-width:480px;overflow:hidden}
        .bar span{display:block;height:100%;background:#4caf50}
        table{border-collapse:collapse;background:#fff;width:100%;font-size:13px}
        th,td{border:1px solid #ddd;padding:5px 8px;text-align:left;vertical-align:top}
        th{background:#f0f0f0}td.num{text-align:right}
        .verb{font-family:monospace;font-weight:bold}.path{font-family:monospace}
        .s{display:inline-block;border-radius:3px;padding:0 5px;margin:1px;font-family:monospace}
        .s2{background:#dff3df}.s3{background:#e0ecff}.s4{background:#ffe9c2}.s5{background:#ffd3d3}
        ul{margin:0;padding-left:18px}.muted{color:#777}
        """;

    private CoverageHtml() {
    }

    public static String render(CoverageReport report, String sourceLabel) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<title>ElectricFlow API coverage</title><style>").append(CSS).append("</style></head><body>\n")
            .append("<h1>ElectricFlow API coverage</h1>\n<div class=\"muted\">").append(esc(sourceLabel)).append("</div>\n");
        if (report.note() != null) {
            h.append("<p class=\"note\">").append(esc(report.note())).append("</p>\n");
        }
        if (report.available()) {
            appendSummary(h, report.totals());
            appendCalled(h, report);
            appendNeverCalled(h, report);
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    public static void write(CoverageReport report, String sourceLabel, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(report, sourceLabel));
        } catch (IOException e) {
            throw new ReportException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void appendSummary(StringBuilder h, CoverageReport.Totals t) {
        h.append("<p class=\"summary\" id=\"summary\">").append(esc(t.summary()));
        if (t.uncatalogued() > 0) {
            h.append("; ").append(t.uncatalogued()).append(" called operation(s) are not in the catalogue");
        }
        h.append("</p>\n");
        if (t.percent() != null) {
            h.append("<div class=\"bar\"><span style=\"width:").append(t.percent()).append("%\"></span></div>\n");
        }
    }

    private static void appendCalled(StringBuilder h, CoverageReport report) {
        h.append("<h2>Operations the run called (").append(report.called().size()).append(")</h2>\n")
            .append("<table id=\"called\"><thead><tr><th>Verb</th><th>Path template</th><th>Operation</th>")
            .append("<th>Calls</th><th>Status codes seen</th><th>Scenarios</th></tr></thead><tbody>\n");
        for (CoverageReport.Used u : report.called()) {
            h.append("<tr><td class=\"verb\">").append(esc(u.method())).append("</td><td class=\"path\">")
                .append(esc(u.pathTemplate())).append("</td><td>").append(esc(u.operation()));
            if (!u.inCatalogue()) {
                h.append(" <span class=\"muted\">(not in catalogue)</span>");
            }
            h.append("</td><td class=\"num\">").append(u.calls()).append("</td><td>")
                .append(statuses(u.statuses())).append("</td><td><ul>");
            u.scenarios().forEach(s -> h.append("<li>").append(esc(s.feature())).append(" &rsaquo; ")
                .append(esc(s.scenario())).append("</li>"));
            h.append("</ul></td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void appendNeverCalled(StringBuilder h, CoverageReport report) {
        h.append("<h2>Catalogue operations never called (").append(report.neverCalled().size()).append(")</h2>\n")
            .append("<table id=\"never-called\"><thead><tr><th>Verb</th><th>Path template</th><th>Operation</th>")
            .append("</tr></thead><tbody>\n");
        for (CoverageReport.Operation op : report.neverCalled()) {
            h.append("<tr><td class=\"verb\">").append(esc(op.method().toUpperCase())).append("</td><td class=\"path\">")
                .append(esc(op.pathTemplate())).append("</td><td>").append(esc(op.operation())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static String statuses(Map<String, Integer> statuses) {
        return statuses.entrySet().stream()
            .map(e -> "<span class=\"s s" + e.getKey().charAt(0) + "\">" + esc(e.getKey()) + " &times;" + e.getValue()
                + "</span>")
            .collect(Collectors.joining(" "));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
