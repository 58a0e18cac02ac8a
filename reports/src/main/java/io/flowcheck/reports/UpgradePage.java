package io.flowcheck.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server upgrade check's page: features/target/upgrade/summary.md (written by a compare run,
 * see scripts/upgrade.sh) rendered as one self-contained HTML page, with the summary files beside it.
 * Only the little markdown the summary uses is understood: headings, bold, code, lists and tables.
 */
public final class UpgradePage {

    static final String HREF = "upgrade/index.html";

    private static final String CSS = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;background:#fafafa}
        h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:24px 0 8px}
        table{border-collapse:collapse;background:#fff;font-size:13px;margin:8px 0}
        th,td{border:1px solid #ddd;padding:5px 8px;text-align:left}th{background:#f0f0f0}
        code{font-family:monospace;background:#f0f0f0;padding:0 3px;border-radius:3px}
        ul{margin:4px 0 12px;padding-left:20px}.muted{color:#777}
        """;
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private UpgradePage() {
    }

    /** The summary of the features run's upgrade comparison, or null when the run made none. */
    public static Path summaryIn(Path featuresTarget) {
        Path md = featuresTarget.resolve("upgrade").resolve("summary.md");
        return Files.isRegularFile(md) ? md : null;
    }

    /** The summary's first line without the "#": "ElectricFlow upgrade check: FAILED". */
    public static String headline(Path summaryMd) {
        List<String> lines = read(summaryMd).lines().limit(3).toList();
        String title = lines.isEmpty() ? "" : lines.get(0).replaceFirst("^#\\s*", "");
        String counts = lines.size() > 2 ? lines.get(2).replaceAll("\\*\\*", "").replaceFirst(" exchanges.*", "") : "";
        return counts.isEmpty() ? title : title + " (" + counts + ")";
    }

    /** Writes index.html plus summary.md and summary.json (when present) into {@code dir}. */
    public static void write(Path summaryMd, String sourceLabel, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("index.html"), render(read(summaryMd), sourceLabel));
            Files.copy(summaryMd, dir.resolve("summary.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path json = summaryMd.resolveSibling("summary.json");
            if (Files.isRegularFile(json)) {
                Files.copy(json, dir.resolve("summary.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ReportException("Could not write the upgrade page into " + dir + ": " + e.getMessage(), e);
        }
    }

    static String render(String markdown, String sourceLabel) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<title>ElectricFlow upgrade check</title><style>").append(CSS).append("</style></head><body>\n");
        boolean inList = false;
        boolean inTable = false;
        for (String line : markdown.split("\n", -1)) {
            if (inList && !line.startsWith("- ")) {
                h.append("</ul>\n");
                inList = false;
            }
            if (inTable && !line.startsWith("|")) {
                h.append("</table>\n");
                inTable = false;
            }
            if (line.startsWith("# ")) {
                h.append("<h1>").append(inline(line.substring(2))).append("</h1>\n<div class=\"muted\">")
                    .append(CoverageHtml.esc(sourceLabel)).append(" &middot; <a href=\"summary.json\">summary.json</a>")
                    .append(" &middot; <a href=\"summary.md\">summary.md</a></div>\n");
            } else if (line.startsWith("## ")) {
                h.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
            } else if (line.startsWith("- ")) {
                h.append(inList ? "" : "<ul>\n").append("<li>").append(inline(line.substring(2))).append("</li>\n");
                inList = true;
            } else if (line.startsWith("|")) {
                inTable = tableRow(h, line, inTable);
            } else if (!line.isBlank()) {
                h.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        h.append(inList ? "</ul>\n" : "").append(inTable ? "</table>\n" : "").append("</body></html>\n");
        return h.toString();
    }

    private static boolean tableRow(StringBuilder h, String line, boolean inTable) {
        if (line.matches("\\|[-| ]+\\|")) {
            return inTable; // the header separator
        }
        String tag = inTable ? "td" : "th";
        h.append(inTable ? "" : "<table>\n").append("<tr>");
        String inner = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0));
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            h.append('<').append(tag).append('>').append(inline(cell.trim().replace("\\|", "|")))
                .append("</").append(tag).append('>');
        }
        h.append("</tr>\n");
        return true;
    }

    /** Escapes, then turns `code` and **bold** into tags (code first: its text stays literal). */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = CODE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(bold(CoverageHtml.esc(text.substring(last, m.start()))))
                .append("<code>").append(CoverageHtml.esc(m.group(1))).append("</code>");
            last = m.end();
        }
        return out.append(bold(CoverageHtml.esc(text.substring(last)))).toString();
    }

    private static String bold(String escaped) {
        return BOLD.matcher(escaped).replaceAll("<b>$1</b>");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
