package io.flowcheck.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The server dialect page: features/target/server-dialect.json (written at the end of every features
 * run) as one self-contained HTML page. For each guess the suite makes about a real server it shows
 * whether this server confirmed it, refuted it (with the server's real answer) or never exercised it,
 * and how the run itself found the version and logged out. Every text from the file is escaped.
 */
public final class DialectPage {

    static final String HREF = "dialect/index.html";
    static final String FILE_NAME = "server-dialect.json";

    private static final String CSS = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;background:#fafafa}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
        .summary{font-size:15px;margin:8px 0 16px}
        table{border-collapse:collapse;background:#fff;width:100%;font-size:13px}
        th,td{border:1px solid #ddd;padding:5px 8px;text-align:left;vertical-align:top}th{background:#f0f0f0}
        .v{display:inline-block;border-radius:3px;padding:0 6px;white-space:nowrap}
        .confirmed{background:#dff3df}.refuted{background:#ffd3d3}.not-exercised{background:#eee}
        .name{font-family:monospace;white-space:nowrap}code{font-family:monospace;background:#f0f0f0;padding:0 3px}
        ul{margin:0;padding-left:18px}.muted{color:#777}
        """;

    private DialectPage() {
    }

    /** The run's server-dialect.json, or null when there is none. */
    public static Path fileIn(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? file : null;
    }

    /** "9 confirmed, 2 refuted, 0 not exercised", for the Overview's Environment widget. */
    public static String headline(Path json) {
        JsonNode counts = read(json).path("counts");
        return counts.path("confirmed").asInt() + " confirmed, " + counts.path("refuted").asInt() + " refuted, "
            + counts.path("not exercised").asInt() + " not exercised";
    }

    /** Writes index.html and a copy of the JSON into {@code dir}. */
    public static void write(Path json, String sourceLabel, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("index.html"), render(read(json), sourceLabel), StandardCharsets.UTF_8);
            Files.copy(json, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ReportException("Could not write the server dialect page into " + dir + ": " + e.getMessage(), e);
        }
    }

    static String render(JsonNode d, String sourceLabel) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<title>ElectricFlow server dialect</title><style>").append(CSS).append("</style></head><body>\n")
            .append("<h1>ElectricFlow server dialect</h1>\n<div class=\"muted\">").append(esc(sourceLabel))
            .append(" &middot; <a href=\"").append(FILE_NAME).append("\">").append(FILE_NAME).append("</a></div>\n");
        JsonNode counts = d.path("counts");
        h.append("<p class=\"summary\" id=\"summary\">").append(esc(text(d, "server"))).append(", version ")
            .append(esc(text(d, "serverVersion"))).append(": <b>").append(counts.path("confirmed").asInt())
            .append(" confirmed, ").append(counts.path("refuted").asInt()).append(" refuted, ")
            .append(counts.path("not exercised").asInt()).append(" not exercised</b>. ")
            .append(d.path("strict").asBoolean()
                ? "Strict: scenarios that were not confirmed failed the run (ef.assumptions.strict=true)."
                : "Scenarios that were not confirmed were reported, not failed (ef.assumptions.strict=false).")
            .append("</p>\n");
        appendAssumptions(h, d.path("assumptions"));
        appendRun(h, d.path("run"));
        return h.append("</body></html>\n").toString();
    }

    private static void appendAssumptions(StringBuilder h, JsonNode assumptions) {
        h.append("<h2>What the suite assumes about the server</h2>\n<table id=\"assumptions\"><thead><tr>")
            .append("<th>Assumption</th><th>Verdict</th><th>What we expect</th><th>Why we think so</th>")
            .append("<th>Missing evidence</th><th>What this run saw</th></tr></thead><tbody>\n");
        for (JsonNode a : assumptions) {
            String verdict = text(a, "verdict");
            h.append("<tr id=\"").append(esc("assumption-" + text(a, "name"))).append("\"><td class=\"name\">")
                .append(esc(text(a, "name"))).append("</td><td><span class=\"v ").append(esc(verdict.replace(' ', '-')))
                .append("\">").append(esc(verdict)).append("</span></td><td>").append(esc(text(a, "expectation")))
                .append("</td><td>").append(esc(text(a, "evidence"))).append("</td><td>")
                .append(esc(text(a, "missingEvidence"))).append("</td><td>");
            appendSeen(h, a);
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void appendSeen(StringBuilder h, JsonNode a) {
        h.append("<ul>");
        for (JsonNode r : a.path("refutedBy")) {
            h.append("<li>").append(esc(text(r, "source"))).append(": <code>").append(esc(text(r, "method")))
                .append(' ').append(esc(text(r, "target"))).append("</code> answered ");
            if (r.path("status").asInt() != 0) {
                h.append("HTTP ").append(r.path("status").asInt()).append(' ');
            }
            h.append(esc(text(r, "code")));
            if (!text(r, "message").isEmpty()) {
                h.append(": ").append(esc(text(r, "message")));
            }
            h.append("</li>");
        }
        for (JsonNode c : a.path("confirmedBy")) {
            h.append("<li>confirmed by ").append(esc(c.asString(""))).append("</li>");
        }
        for (JsonNode f : a.path("failedForOtherReasons")) {
            h.append("<li class=\"muted\">failed for another reason: ").append(esc(f.asString(""))).append("</li>");
        }
        h.append("</ul>");
    }

    private static void appendRun(StringBuilder h, JsonNode run) {
        h.append("<h2>What the run itself saw</h2>\n<table id=\"run\"><tbody>\n");
        JsonNode v = run.path("version");
        if (!v.isMissingNode()) {
            h.append("<tr><th>Server version</th><td>").append(esc(text(v, "version"))).append(" (from ")
                .append(esc(text(v, "source"))).append(")");
            for (JsonNode note : v.path("notes")) {
                h.append("<br><span class=\"muted\">").append(esc(note.asString(""))).append("</span>");
            }
            h.append("</td></tr>\n");
        }
        h.append("<tr><th>REST logout at the end</th><td>").append(esc(text(run.path("logout"), "outcome")))
            .append("</td></tr>\n</tbody></table>\n");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asString("");
    }

    private static String esc(String s) {
        return CoverageHtml.esc(s);
    }

    private static JsonNode read(Path json) {
        try {
            return new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ReportException("Could not read " + json + ": " + e.getMessage(), e);
        }
    }
}
