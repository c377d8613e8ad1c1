package io.khulasa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.khulasa.InputException;
import io.khulasa.Summary;
import io.khulasa.render.JsonRenderer;
import io.khulasa.select.Summarizers;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Khulasa over HTTP: {@code POST /api/summarize} (JSON or multipart uploads), {@code GET /api/health},
 * {@code GET /api/methods}, {@code GET /openapi.json} and the web page at {@code /}.
 *
 * <pre>{@code
 * try (KhulasaServer server = new KhulasaServer(ServerConfig.defaults().withPort(0)).start()) {
 *     URI base = server.uri();   // http://127.0.0.1:<port>/
 * }
 * }</pre>
 *
 * <p>Every error is JSON {@code {"error": code, "detail": one line}}; no response ever carries a stack trace.
 */
public final class KhulasaServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KhulasaServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Sent with every response; the page needs nothing but its own origin. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> STATIC = Map.of(
            "/", "web/index.html",
            "/app.css", "web/app.css",
            "/app.js", "web/app.js",
            "/favicon.svg", "web/favicon.svg");

    private final ServerConfig config;
    private final SummaryEngine engine;
    private final RequestParser parser;
    private final SummarizeGate gate;
    private final String version;
    private final byte[] methodsJson;
    private final Javalin app;

    /** A server with the real summarizer. */
    public KhulasaServer(ServerConfig config) {
        this(config, SummaryEngine.khulasa());
    }

    /** A server whose summaries come from {@code engine} (tests use a slow one to exercise the time bound). */
    public KhulasaServer(ServerConfig config, SummaryEngine engine) {
        this.config = Objects.requireNonNull(config);
        this.engine = Objects.requireNonNull(engine);
        this.parser = new RequestParser(config.maxDocuments());
        this.gate = new SummarizeGate(config.maxConcurrent(), config.queueWait(), config.timeout());
        this.version = version();
        this.methodsJson = methodsJson();
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.http.prefer405over404 = true;
            cfg.router.ignoreTrailingSlashes = true;
            // Requests past the summarization slots wait on the gate, where the wait is bounded and answered
            // with 503 busy; so give them threads to wait on rather than an unbounded Jetty queue.
            int maxThreads = Math.max(48, 16 * config.maxConcurrent()) + 8;
            QueuedThreadPool pool = new QueuedThreadPool(maxThreads, 4, 60_000);
            pool.setName("khulasa-http");
            cfg.jetty.threadPool = pool;
            cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxFileSize(config.maxBodyBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            cfg.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
        });
        routes();
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
            ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        });
        app.get("/api/health", ctx -> {
            ObjectNode n = MAPPER.createObjectNode().put("status", "ok").put("version", version);
            json(ctx, 200, MAPPER.writeValueAsBytes(n));
        });
        app.get("/api/methods", ctx -> json(ctx, 200, methodsJson));
        app.post("/api/summarize", this::summarize);
        byte[] openapi = resource("api/openapi.json");
        app.get("/openapi.json", ctx -> json(ctx, 200, openapi));
        for (Map.Entry<String, String> e : STATIC.entrySet()) {
            byte[] body = resource(e.getValue());
            String type = contentType(e.getValue());
            app.get(e.getKey(), ctx -> {
                ctx.header("Cache-Control", "no-cache");
                ctx.status(200).contentType(type).result(body);
            });
        }

        app.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 503) ctx.header("Retry-After", "1");
            error(ctx, e.status(), e.code(), e.detail());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            switch (e.getStatus()) {
                case 404 -> error(ctx, 404, "not-found", "no such endpoint: " + ctx.method() + " " + ctx.path());
                case 405 -> error(ctx, 405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path());
                case 413 -> error(ctx, 413, "body-too-large", "request body is larger than the limit of "
                        + config.maxBodyBytes() + " bytes");
                default -> error(ctx, e.getStatus(), "http-" + e.getStatus(), RequestParser.oneLine(e.getMessage()));
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            // Our bug, not the client's: the trace goes to the log, never into the response.
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (!isJsonError(ctx)) error(ctx, 404, "not-found", "no such endpoint: " + ctx.method() + " " + ctx.path());
        });
    }

    private void summarize(Context ctx) {
        long start = System.nanoTime();
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        long declared = ctx.req().getContentLengthLong();
        if (declared > config.maxBodyBytes()) throw bodyTooLarge(declared);
        RequestParser.Parsed req;
        if (type.startsWith("multipart/form-data")) {
            req = multipart(ctx);
        } else if (type.isEmpty() || type.startsWith("application/json") || type.contains("+json")) {
            req = parser.fromJson(readBody(ctx));
        } else {
            throw new ApiException(415, "unsupported-media-type", "Content-Type " + RequestParser.clip(ctx.contentType())
                    + " is not accepted; send application/json or multipart/form-data");
        }
        Summary summary;
        try {
            summary = gate.run(() -> engine.summarize(req.articles(), req.options()), start);
        } catch (InputException e) {
            throw ApiException.badRequest("unusable-input", RequestParser.oneLine(e.getMessage()));
        }
        try {
            ctx.header("Cache-Control", "no-store");
            json(ctx, 200, MAPPER.writeValueAsBytes(JsonRenderer.toTree(summary)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RequestParser.Parsed multipart(Context ctx) {
        Map<String, List<UploadedFile>> files;
        Map<String, List<String>> fields;
        try {
            files = ctx.uploadedFileMap();
            fields = ctx.formParamMap();
        } catch (Exception e) { // Kotlin lets Jetty's checked IOException through undeclared
            // Jetty reports an over-size stream (no Content-Length to check up front) as "... exceeds max ...".
            String m = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
            if (m.contains("exceeds max")) throw bodyTooLarge(-1);
            throw ApiException.badRequest("malformed-multipart", "request body is not valid multipart/form-data");
        }
        // Jetty bounds a streamed body while it parses, but may not notice an overrun in its last bytes;
        // the parts themselves must fit in any case.
        long size = 0;
        for (List<UploadedFile> l : files.values()) for (UploadedFile f : l) size += f.size();
        for (List<String> l : fields.values()) for (String v : l) size += v.length();
        if (size > config.maxBodyBytes()) throw bodyTooLarge(-1);
        return parser.fromMultipart(fields, files);
    }

    /** The body, read up to one byte past the limit so a stream without Content-Length is bounded too. */
    private byte[] readBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
            if (b.length > config.maxBodyBytes()) throw bodyTooLarge(-1);
            return b;
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable-body", "request body could not be read: " + RequestParser.oneLine(e.getMessage()));
        }
    }

    private ApiException bodyTooLarge(long size) {
        return new ApiException(413, "body-too-large", "request body " + (size >= 0 ? "is " + size + " bytes" : "is larger than the limit")
                + "; at most " + config.maxBodyBytes() + " bytes allowed");
    }

    private static boolean isJsonError(Context ctx) {
        String t = ctx.res().getContentType();
        return t != null && t.startsWith("application/json");
    }

    private static void error(Context ctx, int status, String code, String detail) {
        ObjectNode n = MAPPER.createObjectNode().put("error", code).put("detail", detail);
        try {
            json(ctx, status, MAPPER.writeValueAsBytes(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }

    private byte[] methodsJson() {
        ArrayNode a = MAPPER.createArrayNode();
        for (String name : Summarizers.names()) {
            a.addObject().put("name", name).put("description", Summarizers.create(name).description())
                    .put("default", name.equals(Summarizers.DEFAULT));
        }
        try {
            return MAPPER.writeValueAsBytes(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = KhulasaServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource missing from the build: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        return "application/octet-stream";
    }

    /** The version Maven recorded in the jar, or {@code development} when run from classes. */
    static String version() {
        String v = KhulasaServer.class.getPackage().getImplementationVersion();
        if (v != null) return v;
        try (InputStream in = KhulasaServer.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/io.khulasa/khulasa-app/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                if (p.getProperty("version") != null) return p.getProperty("version");
            }
        } catch (IOException e) {
            // fall through to the placeholder
        }
        return "development";
    }

    /** Binds and starts serving; returns this. */
    public KhulasaServer start() {
        app.start(config.host(), config.port());
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + h + ":" + port() + "/");
    }

    public ServerConfig config() {
        return config;
    }

    /** Stops serving and ends the summarization workers. */
    public void stop() {
        app.stop();
        gate.close();
    }

    @Override
    public void close() {
        stop();
    }
}
