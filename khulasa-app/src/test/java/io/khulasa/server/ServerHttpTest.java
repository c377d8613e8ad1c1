package io.khulasa.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khulasa.InputException;
import io.khulasa.cli.Main;
import io.khulasa.select.Summarizers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.khulasa.server.Fixtures.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint, limit and error of the HTTP API, over real HTTP against a server on a free port. */
class ServerHttpTest {
    private static final long MAX_BODY = 64 * 1024;
    private static final int MAX_DOCUMENTS = 5;

    private static KhulasaServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        ServerConfig config = ServerConfig.defaults().withPort(0).withMaxBodyBytes(MAX_BODY).withMaxDocuments(MAX_DOCUMENTS);
        server = new KhulasaServer(config).start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    // ---------------------------------------------------------------- helpers

    private static URI at(KhulasaServer s, String path) {
        return s.uri().resolve(path);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(at(server, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST /api/summarize on {@code s} with {@code body} declared as {@code contentType}. */
    private static HttpRequest summarize(KhulasaServer s, String contentType, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(at(s, "api/summarize")).header("Content-Type", contentType).POST(body).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postJson(KhulasaServer s, String body) throws IOException, InterruptedException {
        return send(summarize(s, "application/json", HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> postJson(String body) throws IOException, InterruptedException {
        return postJson(server, body);
    }

    private static HttpResponse<String> postMultipart(Fixtures.Multipart m) throws IOException, InterruptedException {
        return send(summarize(server, m.contentType(), HttpRequest.BodyPublishers.ofByteArray(m.body())));
    }

    /** A body handed over as a stream, so the request carries no Content-Length. */
    private static HttpRequest.BodyPublisher streamed(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return MAPPER.readTree(r.body());
    }

    /** Asserts a 200 (showing the body when not) and returns the JSON it carries. */
    private static JsonNode ok(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    /** The error shape, exactly: two fields, a code, one line of detail, and nothing that looks like a trace. */
    private static JsonNode assertError(HttpResponse<String> r, int status, String code) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode n = json(r);
        assertThat(fieldNames(n)).containsExactlyInAnyOrder("error", "detail");
        assertThat(n.get("error").asText()).isEqualTo(code);
        String detail = n.get("detail").asText();
        assertThat(detail).isNotBlank().doesNotContain("\n");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("io.khulasa.");
        return n;
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode cliJson(Path input, String... options) throws IOException {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("summarize", input.toString(), "--format", "json"));
        args.addAll(List.of(options));
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute(args.toArray(String[]::new));
        assertThat(code).isZero();
        return MAPPER.readTree(out.toString());
    }

    private static String doc(String id, String text) {
        return MAPPER.createObjectNode().put("id", id).put("text", text).toString();
    }

    private static final String TEXT = "Bridge opens\n\nThe minister said on Monday that the new bridge will open next spring after years of delays."
            + " Officials expect traffic in the old city centre to fall by a third once it opens.";

    /** A request of one document, TEXT, and no options. */
    private static final String ONE_DOCUMENT = "{\"documents\": [" + doc("a", TEXT) + "]}";

    // ---------------------------------------------------------------- endpoints

    @Test
    void healthSaysOkWithAVersion() throws Exception {
        JsonNode n = ok(get("api/health"));
        assertThat(n.get("status").asText()).isEqualTo("ok");
        assertThat(n.get("version").asText()).isNotBlank();
    }

    @Test
    void methodsListsEveryMethodWithExactlyOneDefault() throws Exception {
        JsonNode n = ok(get("api/methods"));
        List<String> names = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        for (JsonNode m : n) {
            names.add(m.get("name").asText());
            assertThat(m.get("description").asText()).isNotBlank();
            if (m.get("default").asBoolean()) defaults.add(m.get("name").asText());
        }
        assertThat(names).containsExactlyElementsOf(Summarizers.names());
        assertThat(defaults).containsExactly(Summarizers.DEFAULT);
    }

    @Test
    void openApiDescribesEveryEndpointAndWhatTheServerReallyReturns() throws Exception {
        JsonNode spec = ok(get("openapi.json"));
        assertThat(spec.get("openapi").asText()).startsWith("3.0");
        assertThat(fieldNames(spec.get("paths"))).containsExactlyInAnyOrder("/api/summarize", "/api/health", "/api/methods", "/openapi.json");
        JsonNode schemas = spec.at("/components/schemas");

        // Every field of a real response is documented, and every documented required field is there.
        JsonNode summary = json(postJson(Fixtures.jsonRequest(Fixtures.arabicCluster()).toString()));
        assertDocumented(schemas, "Summary", summary);
        assertDocumented(schemas, "SummarySentence", summary.get("sentences").get(0));
        assertDocumented(schemas, "DocumentReport", summary.get("documents").get(0));
        assertDocumented(schemas, "Health", json(get("api/health")));
        assertDocumented(schemas, "Method", json(get("api/methods")).get(0));
        assertDocumented(schemas, "Error", json(get("api/nope")));
        // Every path the description names answers (POST /api/summarize is exercised above).
        for (String p : List.of("api/health", "api/methods", "openapi.json")) assertThat(get(p).statusCode()).isEqualTo(200);
    }

    private static void assertDocumented(JsonNode schemas, String name, JsonNode actual) {
        JsonNode schema = schemas.get(name);
        assertThat(schema).as(name).isNotNull();
        assertThat(fieldNames(schema.get("properties"))).as(name).containsAll(fieldNames(actual));
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(x -> required.add(x.asText()));
        assertThat(fieldNames(actual)).as(name).containsAll(required);
    }

    @Test
    void pageIsServedWithSecurityHeadersAndNoInlineCode() throws Exception {
        HttpResponse<String> r = get("");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        String html = r.body();
        assertThat(html).contains("<script src=\"app.js\"").contains("href=\"app.css\"").contains("name=\"viewport\"");
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=").doesNotContain("<style")
                .doesNotContainPattern("\\son[a-z]+=").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void assetsHaveTheirTypesAndApiResponsesCarryTheHeadersToo() throws Exception {
        assertThat(get("app.js").headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(get("app.css").headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(get("favicon.svg").headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        for (HttpResponse<String> r : List.of(get("api/health"), get("api/missing"), postJson("{"))) {
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(get("api/health").headers().firstValue("Server")).isEmpty();
    }

    @Test
    void scriptNeverPutsArticleTextIntoHtml() throws Exception {
        String js = get("app.js").body();
        assertThat(js).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(");
    }

    // ---------------------------------------------------------------- summarize

    @Test
    void jsonRequestGivesTheCliJson() throws Exception {
        Path cluster = Fixtures.arabicCluster();
        HttpResponse<String> r = postJson(Fixtures.jsonRequest(cluster).toString());
        JsonNode api = ok(r);
        assertThat(api).isEqualTo(cliJson(cluster));
        assertThat(api.get("sentences")).isNotEmpty();
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void jsonRequestWithMethodBudgetAndLanguageGivesTheCliJsonForTheSameOptions() throws Exception {
        Path cluster = Fixtures.arabicCluster();
        ObjectNode req = Fixtures.jsonRequest(cluster);
        req.putObject("budget").put("sentences", 2);
        req.put("method", "lexrank").put("language", "ar");
        JsonNode api = json(postJson(req.toString()));
        assertThat(api).isEqualTo(cliJson(cluster, "--sentences", "2", "--method", "lexrank", "--language", "ar"));
        assertThat(api.get("sentences")).hasSize(2);
        assertThat(api.get("method").asText()).isEqualTo("lexrank");

        // The response's own budget shape is accepted back.
        req.set("budget", api.get("budget"));
        assertThat(json(postJson(req.toString()))).isEqualTo(api);
    }

    /** The documents a summary quotes. */
    private static Set<String> quoted(JsonNode summary) {
        Set<String> out = new TreeSet<>();
        for (JsonNode s : summary.get("sentences")) out.add(s.get("document").asText());
        return out;
    }

    @Test
    void summaryLanguageChoosesTheArticlesQuoted() throws Exception {
        // Three Arabic articles and one English one: Arabic is the main language.
        ObjectNode req = Fixtures.jsonRequest(Fixtures.arabicCluster());
        ((ArrayNode) req.get("documents")).addObject().put("id", "en").put("text", TEXT);
        JsonNode main = json(postJson(req.toString()));
        assertThat(main.get("documents").findValuesAsText("language")).containsExactly("ar", "ar", "ar", "en");
        assertThat(quoted(main)).isNotEmpty().doesNotContain("en");
        req.put("summaryLanguage", "auto");
        assertThat(json(postJson(req.toString()))).isEqualTo(main);
        req.put("summaryLanguage", "EN");
        JsonNode english = json(postJson(req.toString()));
        assertThat(quoted(english)).containsExactly("en");
        assertThat(english.get("documents")).isEqualTo(main.get("documents"));

        req.put("summaryLanguage", "fr");
        assertThat(assertError(postJson(req.toString()), 400, "unusable-input").get("detail").asText())
                .isEqualTo("input: no article in fr; languages found: ar (3), en (1)");

        // The form field does the same for uploads.
        Fixtures.Multipart m = new Fixtures.Multipart().field("summaryLanguage", "en").file("files", "en.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        m.files(Fixtures.arabicCluster());
        assertThat(quoted(json(postMultipart(m)))).containsExactly("en.txt");
    }

    @Test
    void verbatimQuotesTheRelativeDayTheDefaultLeavesOut() throws Exception {
        String ok = "{\"documents\": [" + doc("a", TEXT) + "], \"budget\": {\"sentences\": 1}";
        JsonNode cut = json(postJson(ok + "}")).get("sentences").get(0);
        assertThat(cut.get("text").asText()).startsWith("The minister said that the new bridge");
        int day = TEXT.indexOf(" on Monday");
        assertThat(cut.get("omitted").toString()).isEqualTo("[{\"start\":" + day + ",\"end\":" + (day + 10) + "}]");

        JsonNode whole = json(postJson(ok + ", \"verbatim\": true}")).get("sentences").get(0);
        assertThat(whole.get("text").asText()).startsWith("The minister said on Monday that");
        assertThat(whole.get("omitted")).isEmpty();
        assertThat(json(postJson(ok + ", \"verbatim\": false}")).get("sentences").get(0)).isEqualTo(cut);

        // A checkbox's "on" does the same for uploads.
        Fixtures.Multipart m = new Fixtures.Multipart().field("verbatim", "on").field("sentences", "1")
                .file("files", "a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(json(postMultipart(m)).get("sentences").get(0).get("text").asText()).startsWith("The minister said on Monday");
        assertError(postJson(ok + ", \"verbatim\": \"yes\"}"), 400, "wrong-type");
        assertError(postMultipart(new Fixtures.Multipart().field("verbatim", "maybe").file("files", "a.txt", TEXT.getBytes(StandardCharsets.UTF_8))),
                400, "wrong-type");
    }

    @Test
    void uploadedFilesGiveTheCliJson() throws Exception {
        Path cluster = Fixtures.arabicCluster();
        Fixtures.Multipart m = new Fixtures.Multipart().field("chars", "400").field("method", "centroid").files(cluster);
        assertThat(ok(postMultipart(m))).isEqualTo(cliJson(cluster, "--chars", "400"));
    }

    @Test
    void uploadsWithTheSameNameKeepDistinctIds() throws Exception {
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        Fixtures.Multipart m = new Fixtures.Multipart().file("files", "dir/a.txt", text).file("files", "other\\a.txt", text);
        JsonNode n = json(postMultipart(m));
        assertThat(n.get("documents").findValuesAsText("id")).containsExactly("a.txt", "a.txt#2");
    }

    @Test
    void missingIdsDefaultToTheirPosition() throws Exception {
        String body = "{\"documents\": [{\"text\": " + MAPPER.writeValueAsString(TEXT) + "}, {\"id\": \"  \", \"text\": "
                + MAPPER.writeValueAsString(TEXT.replace("Monday", "Tuesday")) + "}], \"budget\": {\"sentences\": 3}}";
        JsonNode n = json(postJson(body));
        assertThat(n.get("documents").findValuesAsText("id")).containsExactly("doc-1", "doc-2");
        for (JsonNode s : n.get("sentences")) assertThat(s.get("document").asText()).isIn("doc-1", "doc-2");
    }

    @Test
    void offsetsPointIntoTheReturnedText() throws Exception {
        JsonNode n = json(postJson(Fixtures.jsonRequest(Fixtures.arabicCluster()).toString()));
        for (JsonNode s : n.get("sentences")) {
            JsonNode d = null;
            for (JsonNode x : n.get("documents")) if (x.get("id").equals(s.get("document"))) d = x;
            assertThat(d).isNotNull();
            assertThat(d.get("text").asText().substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
    }

    @Test
    void aBudgetNoSentenceFitsGivesAnEmptySummaryNotAnError() throws Exception {
        ObjectNode req = Fixtures.jsonRequest(Fixtures.arabicCluster());
        req.putObject("budget").put("chars", 3);
        assertThat(ok(postJson(req.toString())).get("sentences")).isEmpty();
    }

    // ---------------------------------------------------------------- 400s

    static Stream<Arguments> badJson() {
        String ok = doc("a", TEXT);
        return Stream.of(
                Arguments.of("{\"documents\": [", "malformed-json", "line 1"),
                Arguments.of("", "malformed-json", "empty"),
                Arguments.of("{\"documents\": []} trailing", "malformed-json", "not valid JSON"),
                Arguments.of("[1, 2]", "wrong-type", "request body: expected a JSON object, got array"),
                Arguments.of("{\"documents\": \"all of them\"}", "wrong-type", "documents: expected an array, got string"),
                Arguments.of("{\"documents\": [7]}", "wrong-type", "documents[0]: expected an object, got number"),
                Arguments.of("{\"documents\": [{\"text\": 5}]}", "wrong-type", "documents[0].text: expected a string, got number"),
                Arguments.of("{\"documents\": [" + ok + ", {\"id\": 2, \"text\": \"x\"}]}", "wrong-type", "documents[1].id"),
                Arguments.of("{\"documents\": [" + ok + "], \"budget\": {\"words\": \"ten\"}}", "wrong-type", "budget.words: expected a positive integer, got string"),
                Arguments.of("{\"documents\": [" + ok + "], \"budget\": {\"words\": 2.5}}", "wrong-type", "budget.words"),
                Arguments.of("{\"documents\": [" + ok + "], \"budget\": 100}", "wrong-type", "budget: expected an object"),
                Arguments.of("{\"documents\": [" + ok + "], \"method\": 3}", "wrong-type", "method: expected a string, got number"),
                Arguments.of("{\"documents\": [" + ok + "], \"budget\": {\"lines\": 3}}", "unknown-budget-unit", "unknown unit 'lines'"),
                Arguments.of("{\"documents\": [" + ok + "], \"budget\": {\"unit\": \"pages\", \"limit\": 3}}", "unknown-budget-unit", "'pages'"),
                Arguments.of("{\"documents\": [" + ok + "], \"budget\": {\"words\": 0}}", "invalid-budget", "budget.words: must be a positive integer, was 0"),
                Arguments.of("{\"documents\": [" + ok + "], \"budget\": {\"words\": 5, \"chars\": 9}}", "invalid-budget", "exactly one"),
                Arguments.of("{\"documents\": [" + ok + "], \"method\": \"fancy\"}", "unknown-method",
                        "unknown method 'fancy' (known: " + String.join(", ", Summarizers.names()) + ")"),
                Arguments.of("{\"documents\": [" + ok + "], \"language\": \"arabic!\"}", "invalid-language", "language"),
                Arguments.of("{\"documents\": [" + ok + "], \"summaryLanguage\": \"arabic!\"}", "invalid-summary-language",
                        "summaryLanguage: 'arabic!' is neither auto nor an ISO 639-1 code"),
                Arguments.of("{\"documents\": [" + ok + "], \"summaryLanguage\": 2}", "wrong-type", "summaryLanguage: expected a string, got number"),
                Arguments.of("{\"documents\": [" + ok + "], \"budjet\": {\"words\": 5}}", "unknown-field",
                        "budjet: unknown field (known: documents, budget, method, language, summaryLanguage, verbatim)"),
                Arguments.of("{\"budget\": {\"words\": 5}}", "missing-field", "documents: required"),
                Arguments.of("{\"documents\": []}", "no-documents", "documents: empty"),
                Arguments.of("{\"documents\": [" + ok + ", {\"id\": \"b\", \"title\": \"t\"}]}", "missing-text", "documents[1] (id 'b'): no text or html"),
                Arguments.of("{\"documents\": [" + ok + ", {\"id\": \"b\", \"text\": \"  \\n \"}]}", "missing-text", "documents[1] (id 'b')"),
                Arguments.of("{\"documents\": [{\"text\": \"x\", \"html\": \"<p>x</p>\"}]}", "invalid-document", "documents[0] (id 'doc-1'): give text or html, not both"),
                Arguments.of("{\"documents\": [" + ok + ", " + ok + "]}", "duplicate-id", "documents[1].id: 'a' is already the id of documents[0]"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("badJson")
    void badJsonRequestsGet400WithACodeAndALineNamingTheField(String body, String code, String detailPart) throws Exception {
        JsonNode n = assertError(postJson(body), 400, code);
        assertThat(n.get("detail").asText()).contains(detailPart);
    }

    /** A form of one file, a.txt, holding TEXT: its other fields are added after it. */
    private static Fixtures.Multipart aTxt() {
        return new Fixtures.Multipart().file("files", "a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badFormsGet400() throws Exception {
        assertThat(assertError(postMultipart(new Fixtures.Multipart().field("words", "10")), 400, "no-documents")
                .get("detail").asText()).startsWith("files:");
        assertThat(assertError(postMultipart(aTxt().field("words", "ten")), 400, "wrong-type")
                .get("detail").asText()).isEqualTo("words: expected a positive integer, got 'ten'");
        assertThat(assertError(postMultipart(aTxt().field("lines", "3")), 400, "unknown-field")
                .get("detail").asText()).startsWith("lines:");
        assertError(postMultipart(aTxt().field("words", "3").field("chars", "9")), 400, "invalid-budget");
        assertError(postMultipart(aTxt().field("method", "fancy")), 400, "unknown-method");
        assertThat(assertError(postMultipart(aTxt().field("summaryLanguage", "english")),
                400, "invalid-summary-language").get("detail").asText()).startsWith("summaryLanguage: 'english'");
        assertThat(assertError(postMultipart(aTxt().file("files", "empty.txt", new byte[0])),
                400, "missing-text").get("detail").asText()).isEqualTo("files[1] 'empty.txt': empty file");
        assertError(postMultipart(new Fixtures.Multipart().file("article", "a.txt", TEXT.getBytes(StandardCharsets.UTF_8))), 400, "unknown-field");
    }

    @Test
    void otherContentTypesGet415() throws Exception {
        HttpResponse<String> r = send(summarize(server, "text/plain", HttpRequest.BodyPublishers.ofString(TEXT)));
        assertThat(assertError(r, 415, "unsupported-media-type").get("detail").asText()).contains("application/json");
    }

    // ---------------------------------------------------------------- 413s

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        String body = "{\"documents\": [" + doc("a", "x".repeat((int) MAX_BODY)) + "]}";
        JsonNode n = assertError(postJson(body), 413, "body-too-large");
        assertThat(n.get("detail").asText()).contains(Long.toString(MAX_BODY));
    }

    @Test
    void aStreamedBodyWithoutLengthIsBoundedToo() throws Exception {
        byte[] body = ("{\"documents\": [" + doc("a", "x".repeat((int) MAX_BODY)) + "]}").getBytes(StandardCharsets.UTF_8);
        assertError(send(summarize(server, "application/json", streamed(body))), 413, "body-too-large");
    }

    @Test
    void anUploadOverTheLimitGets413() throws Exception {
        Fixtures.Multipart m = new Fixtures.Multipart().file("files", "big.txt", "x".repeat((int) MAX_BODY).getBytes(StandardCharsets.UTF_8));
        assertError(postMultipart(m), 413, "body-too-large");
    }

    @Test
    void aStreamedUploadWithoutLengthIsBoundedToo() throws Exception {
        // Each file within the limit, together over it: the total is what must be caught.
        byte[] part = "x".repeat((int) (MAX_BODY * 6 / 10)).getBytes(StandardCharsets.UTF_8);
        Fixtures.Multipart m = new Fixtures.Multipart().file("files", "a.txt", part).file("files", "b.txt", part);
        byte[] body = m.body();
        assertError(send(summarize(server, m.contentType(), streamed(body))), 413, "body-too-large");
    }

    @Test
    void aBrokenMultipartBodyIs400() throws Exception {
        assertError(send(summarize(server, "multipart/form-data; boundary=zzz", HttpRequest.BodyPublishers.ofString("garbage"))),
                400, "malformed-multipart");
    }

    @Test
    void moreDocumentsThanTheLimitGet413() throws Exception {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i <= MAX_DOCUMENTS; i++) docs.add(doc("d" + i, TEXT));
        JsonNode n = assertError(postJson("{\"documents\": [" + String.join(",", docs) + "]}"), 413, "too-many-documents");
        assertThat(n.get("detail").asText()).isEqualTo("documents: 6 given, at most 5 allowed");

        Fixtures.Multipart m = new Fixtures.Multipart();
        for (int i = 0; i <= MAX_DOCUMENTS; i++) m.file("files", i + ".txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertError(postMultipart(m), 413, "too-many-documents");
    }

    // ---------------------------------------------------------------- 404, 405

    @Test
    void unknownRoutesGet404Json() throws Exception {
        assertThat(assertError(get("api/nothing-here"), 404, "not-found").get("detail").asText()).isEqualTo("no such endpoint: GET /api/nothing-here");
        assertError(get("index.php"), 404, "not-found");
        assertError(send(HttpRequest.newBuilder(at(server, "api/other")).POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 404, "not-found");
        assertError(get("api/summarize"), 405, "method-not-allowed");
    }

    // ---------------------------------------------------------------- 503s and 500

    @Test
    void aSummaryPastTheTimeBoundGets503Timeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SummaryEngine stuck = (articles, options) -> {
            try {
                release.await(); // until the test has its answer: the server must not wait for us
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("should have been abandoned");
        };
        ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofMillis(300));
        try (KhulasaServer s = new KhulasaServer(config, stuck).start()) {
            HttpResponse<String> r = postJson(s, ONE_DOCUMENT);
            JsonNode n = assertError(r, 503, "timeout");
            assertThat(n.get("detail").asText()).contains("300 ms");
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        } finally {
            release.countDown();
        }
    }

    @Test
    void requestsBeyondTheConcurrencyBoundGet503BusyAndTheRunningOneFinishes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SummaryEngine real = SummaryEngine.khulasa();
        SummaryEngine gated = (articles, options) -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.summarize(articles, options);
        };
        ServerConfig config = ServerConfig.defaults().withPort(0).withMaxConcurrent(1).withQueueWait(Duration.ofMillis(100))
                .withTimeout(Duration.ofSeconds(60));
        try (KhulasaServer s = new KhulasaServer(config, gated).start()) {
            String body = ONE_DOCUMENT;
            CompletableFuture<HttpResponse<String>> first = http.sendAsync(
                    summarize(s, "application/json", HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(30, TimeUnit.SECONDS)).as("first request reached the summarizer").isTrue();
            JsonNode n = assertError(postJson(s, body), 503, "busy");
            assertThat(n.get("detail").asText()).contains("1 summarization slots").contains("100 ms");
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(postJson(s, body).statusCode()).as("the slot is free again").isEqualTo(200);
        } finally {
            release.countDown();
        }
    }

    @Test
    void internalErrorsSayLittleAndShowNoTrace() throws Exception {
        SummaryEngine broken = (articles, options) -> {
            throw new NullPointerException("secret internals");
        };
        try (KhulasaServer s = new KhulasaServer(ServerConfig.defaults().withPort(0), broken).start()) {
            HttpResponse<String> r = postJson(s, ONE_DOCUMENT);
            assertError(r, 500, "internal");
            assertThat(r.body()).doesNotContain("secret").doesNotContain("NullPointer");
        }
    }

    @Test
    void unusableInputFromTheSummarizerIs400() throws Exception {
        SummaryEngine picky = (articles, options) -> {
            throw new InputException("doc-1", "no sentences in it");
        };
        try (KhulasaServer s = new KhulasaServer(ServerConfig.defaults().withPort(0), picky).start()) {
            JsonNode n = assertError(postJson(s, ONE_DOCUMENT), 400, "unusable-input");
            assertThat(n.get("detail").asText()).isEqualTo("doc-1: no sentences in it");
        }
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }
}
