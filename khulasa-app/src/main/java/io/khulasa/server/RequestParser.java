package io.khulasa.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.UploadedFile;
import io.khulasa.Article;
import io.khulasa.Budget;
import io.khulasa.InputException;
import io.khulasa.read.ArticleReader;
import io.khulasa.select.Summarizers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a {@code POST /api/summarize} body, JSON or multipart, into articles and options, or into an
 * {@link ApiException} whose detail names the field or document at fault.
 */
final class RequestParser {
    /** The articles to summarize and how. */
    record Parsed(List<Article> articles, SummarizeOptions options) {}

    static final Budget DEFAULT_BUDGET = Budget.words(100);
    /** The fields a JSON request may have, in the order error messages list them. */
    private static final List<String> TOP_LEVEL = List.of("documents", "budget", "method", "language", "summaryLanguage", "verbatim");
    /** The text fields of a form upload besides the budget units. */
    private static final List<String> FORM_OPTIONS = List.of("method", "language", "summaryLanguage", "verbatim");
    private static final List<String> UNITS = List.of("words", "chars", "bytes", "sentences");
    private static final Pattern LANGUAGE = Pattern.compile("auto|[a-z]{2,3}");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final int maxDocuments;

    RequestParser(int maxDocuments) {
        this.maxDocuments = maxDocuments;
    }

    // ---------------------------------------------------------------- JSON

    Parsed fromJson(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiException.badRequest("malformed-json", "request body is not valid JSON" + where + ": " + jsonProblem(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) throw ApiException.badRequest("malformed-json", "request body is empty; send a JSON object");
        if (!root.isObject()) throw wrongType("request body", "a JSON object", root);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!TOP_LEVEL.contains(f)) {
                throw ApiException.badRequest("unknown-field", f + ": unknown field (known: " + String.join(", ", TOP_LEVEL) + ")");
            }
        }
        SummarizeOptions options = new SummarizeOptions(method(optString(root, "method")),
                language(optString(root, "language")), summaryLanguage(optString(root, "summaryLanguage")), budget(root.get("budget")),
                verbatim(root.get("verbatim")));

        JsonNode docs = root.get("documents");
        if (docs == null || docs.isNull()) throw ApiException.badRequest("missing-field", "documents: required, an array of articles");
        if (!docs.isArray()) throw wrongType("documents", "an array", docs);
        if (docs.isEmpty()) throw ApiException.badRequest("no-documents", "documents: empty; give at least one article");
        if (docs.size() > maxDocuments) throw tooManyDocuments(docs.size());
        List<Article> articles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String at = "documents[" + i + "]";
            JsonNode d = docs.get(i);
            if (!d.isObject()) throw wrongType(at, "an object", d);
            String id = optString(d, "id", at + ".id");
            if (id == null || id.isBlank()) id = "doc-" + (i + 1);
            id = id.strip();
            Integer before = seen.putIfAbsent(id, i);
            if (before != null) {
                throw ApiException.badRequest("duplicate-id", at + ".id: '" + id + "' is already the id of documents[" + before + "]");
            }
            String text = optString(d, "text", at + ".text");
            String html = optString(d, "html", at + ".html");
            String named = at + " (id '" + id + "')";
            boolean hasText = text != null && !text.isBlank();
            boolean hasHtml = html != null && !html.isBlank();
            if (hasText && hasHtml) throw ApiException.badRequest("invalid-document", named + ": give text or html, not both");
            if (!hasText && !hasHtml) throw ApiException.badRequest("missing-text", named + ": no text or html (or only whitespace)");
            Article.Builder b = Article.builder(id)
                    .title(optString(d, "title", at + ".title"))
                    .url(optString(d, "url", at + ".url"))
                    .source(optString(d, "source", at + ".source"))
                    .published(optString(d, "published", at + ".published"));
            articles.add((hasText ? b.text(text) : b.html(html)).build());
        }
        return new Parsed(articles, options);
    }

    private static Budget budget(JsonNode n) {
        if (n == null || n.isNull()) return DEFAULT_BUDGET;
        if (!n.isObject()) throw wrongType("budget", "an object such as {\"words\": 100}", n);
        // The response's own shape, {"unit": "words", "limit": 100}, is accepted too so a budget can round-trip.
        if (n.has("unit") || n.has("limit")) {
            if (n.size() != 2 || !n.has("unit") || !n.has("limit")) {
                throw ApiException.badRequest("invalid-budget", "budget: give {\"unit\": ..., \"limit\": N} or one of words, chars, bytes, sentences");
            }
            JsonNode unit = n.get("unit");
            if (!unit.isTextual()) throw wrongType("budget.unit", "a string", unit);
            return makeBudget(unit.asText(), "budget.limit", n.get("limit"));
        }
        if (n.size() != 1) {
            throw ApiException.badRequest("invalid-budget", "budget: give exactly one of words, chars, bytes, sentences (got "
                    + n.size() + " fields)");
        }
        String unit = n.fieldNames().next();
        return makeBudget(unit, "budget." + unit, n.get(unit));
    }

    private static Budget makeBudget(String unit, String field, JsonNode limit) {
        if (!UNITS.contains(unit)) throw unknownUnit(unit);
        if (!limit.isIntegralNumber() || !limit.canConvertToInt()) throw wrongType(field, "a positive integer", limit);
        return positive(unit, field, limit.intValue());
    }

    // ---------------------------------------------------------------- multipart

    /**
     * Reads uploaded article files the way the command line reads them: each is stored under its own name in a
     * private temporary directory and handed to {@link ArticleReader}, which is then deleted.
     */
    Parsed fromMultipart(Map<String, List<String>> fields, Map<String, List<UploadedFile>> files) {
        for (String f : fields.keySet()) {
            if (files.containsKey(f)) continue; // Javalin lists file parts among the fields too
            if (f.equals("files")) throw ApiException.badRequest("wrong-type", "files: expected file uploads, got a text field");
            if (!FORM_OPTIONS.contains(f) && !UNITS.contains(f)) {
                throw ApiException.badRequest("unknown-field", f + ": unknown form field (known: files, "
                        + String.join(", ", FORM_OPTIONS) + ", " + String.join(", ", UNITS) + ")");
            }
        }
        for (String f : files.keySet()) {
            if (!f.equals("files")) throw ApiException.badRequest("unknown-field", f + ": files must be sent in the field 'files'");
        }
        List<String> units = new ArrayList<>();
        for (String u : UNITS) if (fields.containsKey(u)) units.add(u);
        Budget budget = DEFAULT_BUDGET;
        if (units.size() > 1) {
            throw ApiException.badRequest("invalid-budget", "give one of words, chars, bytes, sentences, not " + String.join(" and ", units));
        }
        if (units.size() == 1) {
            String u = units.get(0);
            String v = single(fields, u).strip();
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("wrong-type", u + ": expected a positive integer, got '" + clip(v) + "'");
            }
            budget = positive(u, u, n);
        }
        SummarizeOptions options = new SummarizeOptions(method(optField(fields, "method")), language(optField(fields, "language")),
                summaryLanguage(optField(fields, "summaryLanguage")), budget, verbatim(optField(fields, "verbatim")));

        List<UploadedFile> uploads = files.getOrDefault("files", List.of());
        if (uploads.isEmpty()) throw ApiException.badRequest("no-documents", "files: no file uploaded; attach at least one article");
        if (uploads.size() > maxDocuments) throw tooManyDocuments(uploads.size());
        return new Parsed(readUploads(uploads), options);
    }

    private List<Article> readUploads(List<UploadedFile> uploads) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("khulasa-upload-");
            ArticleReader reader = new ArticleReader();
            List<Article> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < uploads.size(); i++) {
                UploadedFile u = uploads.get(i);
                String name = safeName(u.filename(), i);
                String at = "files[" + i + "] '" + name + "'";
                // One directory per upload: two files of the same name must not overwrite each other.
                Path file = Files.createDirectory(dir.resolve(Integer.toString(i))).resolve(name);
                try (InputStream in = u.content()) {
                    Files.copy(in, file);
                }
                if (Files.size(file) == 0) throw ApiException.badRequest("missing-text", at + ": empty file");
                List<Article> read;
                try {
                    read = reader.read(file).articles();
                } catch (InputException e) {
                    String problem = e.getMessage().startsWith(e.where() + ": ")
                            ? e.getMessage().substring(e.where().length() + 2) : e.getMessage();
                    throw ApiException.badRequest("unreadable-file", at + ": " + oneLine(problem));
                }
                for (Article a : read) {
                    String body = a.text() != null ? a.text() : a.html();
                    if (body.isBlank()) throw ApiException.badRequest("missing-text", at + ": no text in it");
                    String id = a.id();
                    for (int k = 2; !ids.add(id); k++) id = a.id() + "#" + k;
                    out.add(id.equals(a.id()) ? a : withId(a, id));
                    if (out.size() > maxDocuments) throw tooManyDocuments(out.size());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) deleteTree(dir);
        }
    }

    private static Article withId(Article a, String id) {
        Article.Builder b = Article.builder(id).title(a.title()).url(a.url()).source(a.source()).published(a.published());
        return (a.text() != null ? b.text(a.text()) : b.html(a.html())).build();
    }

    /** The last path segment of a client's file name, stripped of anything a file system could trip on. */
    static String safeName(String submitted, int index) {
        String s = submitted == null ? "" : submitted;
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        s = s.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (s.length() > 120) s = s.substring(s.length() - 120);
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) s = "upload-" + (index + 1) + ".txt";
        return s;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover temp file is not worth failing the request over.
        }
    }

    private static String optField(Map<String, List<String>> fields, String name) {
        return fields.containsKey(name) ? single(fields, name) : null;
    }

    private static String single(Map<String, List<String>> fields, String name) {
        List<String> v = fields.get(name);
        if (v.size() != 1) throw ApiException.badRequest("invalid-request", name + ": given " + v.size() + " times; give it once");
        return v.get(0);
    }

    // ---------------------------------------------------------------- shared

    private static String method(String m) {
        if (m == null || m.isBlank()) return Summarizers.DEFAULT;
        String name = m.strip().toLowerCase(Locale.ROOT);
        if (!Summarizers.names().contains(name)) {
            throw ApiException.badRequest("unknown-method", "method: unknown method '" + clip(m) + "' (known: "
                    + String.join(", ", Summarizers.names()) + ")");
        }
        return name;
    }

    private static String language(String l) {
        return language("language", "invalid-language", l);
    }

    private static String summaryLanguage(String l) {
        return language("summaryLanguage", "invalid-summary-language", l);
    }

    private static String language(String field, String code, String l) {
        if (l == null || l.isBlank()) return "auto";
        String lang = l.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(lang).matches()) {
            throw ApiException.badRequest(code, field + ": '" + clip(l) + "' is neither auto nor an ISO 639-1 code such as ar or en");
        }
        return lang;
    }

    /** The JSON field: absent or null is false; anything but a boolean is refused. */
    private static boolean verbatim(JsonNode v) {
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw wrongType("verbatim", "true or false", v);
        return v.booleanValue();
    }

    /** The form field: absent or empty is false; true, false, on (an HTML checkbox) or off. */
    private static boolean verbatim(String v) {
        if (v == null || v.isBlank()) return false;
        String b = v.strip().toLowerCase(Locale.ROOT);
        if (b.equals("true") || b.equals("on")) return true;
        if (b.equals("false") || b.equals("off")) return false;
        throw ApiException.badRequest("wrong-type", "verbatim: expected true or false, got '" + clip(v) + "'");
    }

    private static Budget positive(String unit, String field, int n) {
        if (n <= 0) throw ApiException.badRequest("invalid-budget", field + ": must be a positive integer, was " + n);
        return new Budget(Budget.parseUnit(unit), n);
    }

    private static String optString(JsonNode obj, String field) {
        return optString(obj, field, field);
    }

    private static String optString(JsonNode obj, String field, String path) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw wrongType(path, "a string", v);
        return v.asText();
    }

    private static ApiException wrongType(String field, String expected, JsonNode got) {
        return ApiException.badRequest("wrong-type", field + ": expected " + expected + ", got "
                + got.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    private static ApiException unknownUnit(String unit) {
        return ApiException.badRequest("unknown-budget-unit", "budget: unknown unit '" + clip(unit)
                + "' (known: words, chars, bytes, sentences)");
    }

    private ApiException tooManyDocuments(int n) {
        return new ApiException(413, "too-many-documents", "documents: " + n + " given, at most " + maxDocuments + " allowed");
    }

    /** User text echoed in a detail: one line, short. */
    static String clip(String s) {
        return clip(s, 60);
    }

    private static String clip(String s, int max) {
        String t = oneLine(s);
        return t.length() > max ? t.substring(0, max - 3) + "..." : t;
    }

    /** Jackson's message without its pointers into the source, which only repeat the location. */
    static String jsonProblem(String message) {
        String m = oneLine(message);
        int cut = m.indexOf(" (start marker at");
        if (cut < 0) cut = m.indexOf(" at [Source:");
        return clip(cut < 0 ? m : m.substring(0, cut), 160);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
