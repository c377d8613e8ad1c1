package io.khulasa.server;

import io.khulasa.Article;
import io.khulasa.Khulasa;
import io.khulasa.Summary;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Produces a summary for the server. The default reuses one {@link Khulasa} per option set; tests substitute
 * their own to make a request slow on purpose.
 */
@FunctionalInterface
public interface SummaryEngine {

    /** Summarizes a validated, non-empty cluster. */
    Summary summarize(List<Article> articles, SummarizeOptions options);

    /** The real summarizer, with configured instances cached (they are immutable and thread-safe). */
    static SummaryEngine khulasa() {
        return new Cached();
    }

    /** Keeps configured instances so per-language analyzers are built once, not per request. */
    final class Cached implements SummaryEngine {
        // Budgets are user-chosen numbers, so the key space is open: stop caching past this many.
        private static final int MAX_CACHED = 1024;
        private final Map<SummarizeOptions, Khulasa> cache = new ConcurrentHashMap<>();

        @Override
        public Summary summarize(List<Article> articles, SummarizeOptions o) {
            Khulasa k = cache.get(o);
            if (k == null) {
                k = Khulasa.builder().method(o.method()).language(o.language()).summaryLanguage(o.summaryLanguage())
                        .budget(o.budget()).verbatim(o.verbatim()).build();
                if (cache.size() < MAX_CACHED) cache.putIfAbsent(o, k);
            }
            return k.summarize(articles);
        }
    }
}
