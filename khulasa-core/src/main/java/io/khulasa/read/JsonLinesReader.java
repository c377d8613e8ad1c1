package io.khulasa.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khulasa.Article;
import io.khulasa.InputException;

import java.util.List;

/**
 * Turns the decoded text of a JSON Lines file into articles: one JSON object a line with {@code id},
 * {@code title}, {@code text} or {@code html}, {@code url}, {@code source}, {@code published}. Only the text
 * or the html is required (text wins when both are given); a missing id becomes {@code <file>:<line>}. Scrapers
 * name some fields otherwise, and the common names are read too: the text as {@code content} or {@code body},
 * the title as {@code headline}, the URL as {@code link}, the source as {@code publisher}, {@code source_name} or
 * {@code site}, the date as {@code date}, {@code published_at}, {@code publishedAt}, {@code datePublished},
 * {@code pubDate}, {@code time} or {@code timestamp} (an ISO date, a date as written, or seconds or milliseconds
 * since 1970).
 * A bad line is skipped with its place ({@code file:line}) and does not stop the others; blank lines are ignored.
 */
final class JsonLinesReader {
    /** Made on first use: building an ObjectMapper costs a fifth of a second of start-up, wasted on .txt input. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    void read(String fileName, String content, List<Article> out, List<InputException> skipped) {
        int lineNo = 0;
        int pos = 0;
        while (pos <= content.length()) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 ? content.length() : nl;
            String line = content.substring(pos, end).strip();
            lineNo++;
            pos = end + 1;
            if (!line.isEmpty()) readLine(fileName, lineNo, line, out, skipped);
            if (nl < 0) break;
        }
    }

    private void readLine(String file, int lineNo, String line, List<Article> out, List<InputException> skipped) {
        String where = file + ":" + lineNo;
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            skipped.add(new InputException(where, "not valid JSON (" + shortMessage(e) + ")"));
            return;
        }
        if (node == null || !node.isObject()) {
            skipped.add(new InputException(where, "not a JSON object"));
            return;
        }
        String text = field(node, TEXT);
        String html = field(node, HTML);
        if (isBlank(text) && isBlank(html)) {
            skipped.add(new InputException(where, "record has neither text nor html (read from "
                    + String.join(", ", TEXT) + ", " + String.join(", ", HTML) + ")"));
            return;
        }
        String id = field(node, "id", "doc_id", "article_id", "uid");
        Article.Builder b = Article.builder(isBlank(id) ? where : id.strip())
                .title(field(node, "title", "headline"))
                .url(field(node, "url", "link"))
                .source(field(node, "source", "publisher", "source_name", "site", "outlet", "domain"))
                .published(published(node));
        if (!isBlank(text)) b.text(text); else b.html(html);
        out.add(b.build());
    }

    private static final String[] TEXT = {"text", "content", "body"};
    private static final String[] HTML = {"html", "content_html", "body_html", "raw_html"};
    /** Fields of a date, given as it was written; then fields of a time, read only when they hold a date or an epoch. */
    private static final String[] DATES = {"published", "date", "published_at", "publishedAt", "datePublished", "pubDate"};
    private static final String[] PUBLISHED = java.util.stream.Stream.concat(java.util.Arrays.stream(DATES),
            java.util.stream.Stream.of("time", "timestamp")).toArray(String[]::new);

    /** The first of {@code names} the record has, not blank, as text; numbers (a numeric id) are accepted, objects and arrays are not. */
    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) return v.asText();
        }
        return null;
    }

    /**
     * The record's date: the first date field that holds a date, or a number of seconds since 1970 (milliseconds when
     * it has 13 digits; a fraction, as {@code time.time()} writes it, is dropped); else the first one given, as given.
     * A "time" of "10:30" or a reading time is no date, and must not hide one the text gives.
     */
    private static String published(JsonNode node) {
        for (String name : PUBLISHED) {
            JsonNode v = node.get(name);
            if (v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank()) continue;
            if (v.isNumber()) return Long.toString(v.asLong());
            if (io.khulasa.clean.PublicationDate.parse(v.asText(), false) != null || io.khulasa.clean.PublicationDate.epoch(v.asText()) != null) {
                return v.asText();
            }
        }
        return field(node, DATES);
    }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }

    private static String shortMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) m = e.getClass().getSimpleName();
        m = m.lines().findFirst().orElse(m);
        // Jackson names where an unclosed object began with its (redacted) source: noise on a one-line record.
        m = m.replaceAll("\\s*\\(start marker at \\[Source:.*$", "").replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
        if (m.length() > 100) m = m.substring(0, 100) + "…";
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return column > 0 ? m + ", column " + column : m;
    }
}
