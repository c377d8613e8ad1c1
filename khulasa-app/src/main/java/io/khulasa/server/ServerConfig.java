package io.khulasa.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the server listens and the limits it enforces on every request.
 *
 * @param host          the address to bind; loopback unless the operator says otherwise
 * @param port          the port, or 0 for any free one (tests)
 * @param maxBodyBytes  largest request body accepted, JSON or multipart; larger ones get 413
 * @param maxDocuments  most articles in one request; more get 413
 * @param timeout       how long one request may take, waiting included; longer ones get 503 {@code timeout}
 * @param maxConcurrent most summarizations running at once
 * @param queueWait     how long a request waits for a free summarization slot before 503 {@code busy}
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int maxDocuments, Duration timeout,
                           int maxConcurrent, Duration queueWait) {

    /** Default body limit: 10 MiB. */
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
    /** Default document limit. */
    public static final int DEFAULT_MAX_DOCUMENTS = 500;
    /** Default per-request time bound. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Default wait for a summarization slot. */
    public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(2);

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(queueWait, "queueWait");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("max body must be positive, was " + maxBodyBytes);
        if (maxDocuments <= 0) throw new IllegalArgumentException("max documents must be positive, was " + maxDocuments);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        if (maxConcurrent <= 0) throw new IllegalArgumentException("max concurrent must be positive, was " + maxConcurrent);
        if (queueWait.isNegative()) throw new IllegalArgumentException("queue wait must not be negative, was " + queueWait);
    }

    /** Loopback, port 8080, and the default limits (concurrency: twice the available cores). */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, DEFAULT_MAX_BODY, DEFAULT_MAX_DOCUMENTS, DEFAULT_TIMEOUT,
                2 * Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE_WAIT);
    }

    public ServerConfig withHost(String h) { return new ServerConfig(h, port, maxBodyBytes, maxDocuments, timeout, maxConcurrent, queueWait); }
    public ServerConfig withPort(int p) { return new ServerConfig(host, p, maxBodyBytes, maxDocuments, timeout, maxConcurrent, queueWait); }
    public ServerConfig withMaxBodyBytes(long b) { return new ServerConfig(host, port, b, maxDocuments, timeout, maxConcurrent, queueWait); }
    public ServerConfig withMaxDocuments(int d) { return new ServerConfig(host, port, maxBodyBytes, d, timeout, maxConcurrent, queueWait); }
    public ServerConfig withTimeout(Duration t) { return new ServerConfig(host, port, maxBodyBytes, maxDocuments, t, maxConcurrent, queueWait); }
    public ServerConfig withMaxConcurrent(int c) { return new ServerConfig(host, port, maxBodyBytes, maxDocuments, timeout, c, queueWait); }
    public ServerConfig withQueueWait(Duration w) { return new ServerConfig(host, port, maxBodyBytes, maxDocuments, timeout, maxConcurrent, w); }
}
