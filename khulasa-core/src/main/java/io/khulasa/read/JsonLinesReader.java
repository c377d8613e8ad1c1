package io.khulasa.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khulasa.Article;
import io.khulasa.InputException;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the decoded text of a JSON Lines file into articles: one JSON object a line with {@code id},
 * {@code title}, {@code text} or {@code html}, {@code url}, {@code source}, {@code published}. Only the text
 * or the html is required (text wins when both are given); a missing id becomes {@code <file>:<line>}. Scrapers
 * name some fields otherwise, and the common names are read too: the text as {@code content} or {@code body},
 * the title as {@code headline}, the URL as {@code link}, the source as {@code publisher}, {@code source_name} or
 * {@code site}, the date as {@code date}, {@code published_at}, {@code publishedAt}, {@code datePublished},
 * {@code pubDate}, {@code time} or {@code timestamp} (an ISO date, a date as written, or seconds or milliseconds
 * since 1970). A text field that holds a page's markup (WordPress's {@code content.rendered}, an RSS
 * {@code content:encoded}) is read as html, or gives way to the html field when there is one.
 * A bad line is skipped with its place ({@code file:line}) and does not stop the others; blank lines are ignored.
 * A record whose id an earlier one has is renamed {@code id#2} ({@code #3}, …), with a warning, so each sentence of
 * a summary names one document. A file that is one JSON array is refused as such, not as one bad line after another.
 */
final class JsonLinesReader {
    /** Made on first use: building an ObjectMapper costs a fifth of a second of start-up, wasted on .txt input. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    void read(String fileName, String content, List<Article> out, List<InputException> skipped, List<String> warnings) {
        if (isJsonArray(content)) {
            skipped.add(new InputException(fileName, "a JSON array, not JSON Lines (one object per line)"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (Article a : out) ids.add(a.id());
        int lineNo = 0;
        int pos = 0;
        while (pos <= content.length()) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 ? content.length() : nl;
            String line = content.substring(pos, end).strip();
            lineNo++;
            pos = end + 1;
            if (!line.isEmpty()) readLine(fileName, lineNo, line, out, skipped, warnings, ids);
            if (nl < 0) break;
        }
    }

    private void readLine(String file, int lineNo, String line, List<Article> out, List<InputException> skipped,
                          List<String> warnings, Set<String> ids) {
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
        String text = untruncated(field(node, TEXT), false);
        String html = field(node, HTML);
        if (isBlank(text) && isBlank(html)) {
            // a feed's teaser when it has nothing else: RSS's description, a news API's when its content is null
            text = untruncated(field(node, TEASER), true);
        }
        String given = field(node, "id", "doc_id", "article_id", "uid");
        if (isBlank(text) && isBlank(html)) {
            String record = isBlank(given) ? "record" : "record '" + given.strip() + "'";
            String present = present(node);
            skipped.add(new InputException(where, present != null
                    ? record + " has an empty " + present + " and no other text or html"
                    : record + " has neither text nor html (read from " + String.join(", ", TEXT) + ", "
                            + String.join(", ", HTML) + ", " + String.join(", ", TEASER) + ")"));
            return;
        }
        String id = isBlank(given) ? where : given.strip();
        String base = id;
        for (int k = 2; !ids.add(id); k++) id = base + "#" + k;
        if (!id.equals(base)) warnings.add(where + ": id '" + base + "' is an earlier record's too; read as '" + id + "'");
        Article.Builder b = Article.builder(id)
                .title(entities(field(node, "title", "headline")))
                .url(field(node, "url", "link"))
                .source(source(node))
                .published(published(node));
        if (!isBlank(text) && !isMarkup(text)) b.text(entities(BR.matcher(text).replaceAll("\n"))); else b.html(isBlank(html) ? text : html);
        out.add(b.build());
    }

    /** The first text, html or teaser field the record has, blank as it is; null when it has none. */
    private static String present(JsonNode node) {
        for (String[] names : new String[][] {TEXT, HTML, TEASER}) {
            for (String name : names) if (node.has(name)) return "'" + name + "'";
        }
        return null;
    }

    private static final String[] TEXT = {"text", "content", "body"};
    private static final String[] HTML = {"html", "content_html", "body_html", "raw_html", "content:encoded"};
    /** A feed's teaser, read only when a record has no text: its first sentences, or a cut-off excerpt. */
    private static final String[] TEASER = {"description", "summary", "abstract"};

    /**
     * The outlet: a field named for it, or the {@code name} of a news API's {@code source} object
     * ({@code {"id": "reuters", "name": "Reuters"}}).
     */
    private static String source(JsonNode node) {
        JsonNode s = node.get("source");
        if (s != null && s.isObject()) {
            String name = field(s, "name", "title", "id");
            if (!isBlank(name)) return name;
        }
        return field(node, "source", "publisher", "source_name", "site", "outlet", "domain", "dc:creator");
    }

    /** Character references in a plain-text field ("&#8220;an insult&#8221;", "&amp;"), read as the characters they name. */
    private static String entities(String text) {
        if (text == null || text.indexOf('&') < 0 || !ENTITY.matcher(text).find()) return text;
        return org.jsoup.parser.Parser.unescapeEntities(text, false);
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{2,6}|#x[0-9A-Fa-f]{2,5}|[A-Za-z]{2,8});");

    /**
     * {@code text} without a news API's cut ("… the union said. [+2345 chars]", "… harbour m… Continue reading…") and
     * the unfinished sentence before it; a {@code teaser} also loses an excerpt's trailing "..." or "…" cut mid-word.
     * Null when no whole sentence is left.
     */
    private static String untruncated(String text, boolean teaser) {
        if (isBlank(text)) return text;
        Matcher cut = TRUNCATION.matcher(text);
        boolean marked = cut.find();
        if (!marked && !(teaser && ELLIPSIS_END.matcher(text).find())) return text;
        String kept = marked ? text.substring(0, cut.start()) : ELLIPSIS_END.matcher(text).replaceFirst("");
        int end = -1;
        for (Matcher m = SENTENCE_END.matcher(kept); m.find(); ) end = m.end();
        // a marker after a whole sentence ("… said. [+2345 chars]") leaves it whole
        if (end < 0) return null;
        return kept.substring(0, end).strip();
    }

    private static final Pattern TRUNCATION = Pattern.compile(
            "\\s*(?:…|\\.\\.\\.)?\\s*(?:\\[\\+\\d+ chars\\]|Continue reading\\s*(?:…|\\.\\.\\.)?)\\s*$");
    private static final Pattern ELLIPSIS_END = Pattern.compile("\\s*(?:…|\\.\\.\\.)\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟](?:[\"”’'»)]+)?(?=\\s|$)");
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

    /** A tag: an opening or closing slash, its name, then attributes, within one pair of angle brackets. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");

    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\r]*\n");

    /**
     * Whether a text field holds markup rather than text: the end of a paragraph or div, a line break, or three tags
     * of any name. A text that mentions "a < b", "<3", "the <p> tag" or one {@code <title>} is text; so is one set in
     * paragraphs by blank lines whatever its line breaks (an address "Blue Line<br>Harbour Road 4"), which become newlines.
     */
    private static boolean isMarkup(String text) {
        boolean paragraphs = BLANK_LINE.matcher(text).find();
        int tags = 0;
        for (Matcher m = TAG.matcher(text); m.find(); ) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (paragraphs && name.equals("br")) continue;
            boolean paragraph = name.equals("br") || !m.group(1).isEmpty() && (name.equals("p") || name.equals("div"));
            if (paragraph || ++tags >= 3) return true;
        }
        return false;
    }

    /**
     * Whether the file is one JSON array (pretty-printed, or all on one line) rather than JSON Lines: it opens with
     * "[" and its first line is no JSON value of its own, or is its only line.
     */
    private static boolean isJsonArray(String content) {
        String s = content.strip();
        if (!s.startsWith("[")) return false;
        int nl = s.indexOf('\n');
        if (nl < 0) return true;
        try {
            Json.MAPPER.readTree(s.substring(0, nl));
            return false;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

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
