package io.khulasa;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.AnalyzedDocument;
import io.khulasa.analyze.ClusterAnalyzer;
import io.khulasa.analyze.Sentence;
import io.khulasa.clean.ArticleCleaner;
import io.khulasa.clean.CleanedDocument;
import io.khulasa.clean.Genre;
import io.khulasa.order.SentenceOrderer;
import io.khulasa.read.ArticleReader;
import io.khulasa.read.ReadResult;
import io.khulasa.select.Corroboration;
import io.khulasa.select.Selected;
import io.khulasa.select.Summarizer;
import io.khulasa.select.Summarizers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Summarizes a cluster of news articles about one story: read, clean, analyze, select, order.
 *
 * <pre>{@code
 * Khulasa khulasa = Khulasa.builder()
 *         .method("centroid")          // any of Summarizers.names()
 *         .budget(Budget.words(100))   // words, chars, bytes or sentences
 *         .language("auto")            // or "ar", "en", ...
 *         .summaryLanguage("auto")     // the language quoted: the main one, or "ar", "en", ...
 *         .build();
 * Summary summary = khulasa.summarize(Path.of("examples/ar-cluster"));
 * for (SummarySentence s : summary.sentences()) {
 *     System.out.println(s.document() + " [" + s.start() + "," + s.end() + ") " + s.text());
 * }
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe; build it once and reuse it.
 */
public final class Khulasa {
    private final String method;
    private final Summarizer summarizer;
    private final Budget budget;
    private final String language;
    private final String summaryLanguage;
    private final String summaryCode; // canonical code of summaryLanguage, null for auto
    private final boolean verbatim;
    private final ArticleReader reader = new ArticleReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ClusterAnalyzer analyzer;
    private final SentenceOrderer orderer = new SentenceOrderer();
    /** Genres whose sentences are not quoted while the cluster holds reports. */
    private static final java.util.Set<String> NOT_REPORTS = java.util.Set.of(Genre.OPINION, Genre.EXPLAINER,
            Genre.ANALYSIS, Genre.FORUM, Genre.BACKGROUND);

    private Khulasa(Builder b) {
        this.method = b.method;
        this.budget = b.budget;
        this.language = b.language;
        this.summaryLanguage = b.summaryLanguage;
        this.summaryCode = ClusterAnalyzer.forcedLanguage(summaryLanguage);
        this.verbatim = b.verbatim;
        this.analyzer = new ClusterAnalyzer(verbatim);
        this.summarizer = Summarizers.create(method); // an unknown method fails here, not per call
    }

    public static Builder builder() {
        return new Builder();
    }

    public String method() { return method; }
    public Budget budget() { return budget; }
    public String language() { return language; }
    public String summaryLanguage() { return summaryLanguage; }
    public boolean verbatim() { return verbatim; }

    /** Reads articles from a directory, a {@code .jsonl} file or a single article file. */
    public ReadResult read(Path path) {
        return reader.read(path);
    }

    /**
     * Reads and summarizes; unreadable files are listed in {@link Summary#skipped()}, inputs read but not as written
     * in {@link Summary#warnings()}.
     */
    public Summary summarize(Path path) {
        ReadResult read = read(path);
        List<String> skipped = new ArrayList<>();
        for (InputException e : read.skipped()) skipped.add(e.getMessage());
        return summarize(read.articles(), skipped, read.warnings());
    }

    /** Summarizes articles already in memory. */
    public Summary summarize(List<Article> articles) {
        return summarize(articles, List.of(), List.of());
    }

    private Summary summarize(List<Article> articles, List<String> skipped, List<String> warnings) {
        if (articles.isEmpty()) throw new InputException("input", "no articles to summarize");
        List<CleanedDocument> cleaned = cleaner.clean(articles);
        AnalyzedCluster cluster = analyzer.analyze(cleaned, language);
        // A summary is written in one language: the one asked for, or the cluster's main one. Articles in others
        // are reported, not quoted, so the same fact is not told twice in two languages.
        String quoted = summaryCode != null ? summaryCode : cluster.mainLanguage();
        AnalyzedCluster source = cluster.inLanguage(quoted);
        if (source.documents().isEmpty()) {
            List<String> found = new ArrayList<>();
            cluster.documentsByLanguage().forEach((l, n) -> found.add(l + " (" + n + ")"));
            throw new InputException("input", "no article in " + quoted + "; languages found: " + String.join(", ", found));
        }
        // Columns are their authors' views, explainers background and advice, analyses questions to the reader, forum
        // threads readers' reactions: while there are reports to quote, a summary of the news quotes those.
        AnalyzedCluster reports = source.keep(d -> !NOT_REPORTS.contains(d.cleaned().metadata().getOrDefault(Genre.KEY, "")));
        if (!reports.documents().isEmpty()) source = reports;
        List<Selected> ordered = orderer.order(source, summarizer.select(source, budget));
        List<List<Sentence>> alsoIn = Corroboration.of(source, ordered);
        List<SummarySentence> sentences = new ArrayList<>();
        for (int k = 0; k < ordered.size(); k++) {
            Selected sel = ordered.get(k);
            Sentence s = sel.sentence();
            List<Excerpt> receipts = new ArrayList<>();
            for (Sentence o : alsoIn.get(k)) receipts.add(new Excerpt(source.document(o).id(), o.start(), o.end()));
            sentences.add(new SummarySentence(SummarySentence.oneLine(s.text()), source.document(s).id(), s.start(), s.end(),
                    s.omitted(), sel.score(), receipts));
        }
        List<DocumentReport> docs = new ArrayList<>();
        for (AnalyzedDocument d : cluster.documents()) {
            CleanedDocument c = d.cleaned();
            docs.add(new DocumentReport(c.id(), d.language(), c.title(), c.text(), c.url(), c.published(),
                    d.sentences().size(), c.dropped(), c.metadata()));
        }
        return new Summary(summarizer.name(), budget, sentences, docs, skipped, warnings);
    }

    /**
     * Builds a {@link Khulasa}; defaults: the default method, 100 words, language detected, summary in the main
     * language.
     */
    public static final class Builder {
        private String method = Summarizers.DEFAULT;
        private Budget budget = Budget.words(100);
        private String language = "auto";
        private String summaryLanguage = "auto";
        private boolean verbatim;

        private Builder() {}

        /** A method name from {@link Summarizers#names()}. */
        public Builder method(String method) { this.method = Objects.requireNonNull(method); return this; }
        public Builder budget(Budget budget) { this.budget = Objects.requireNonNull(budget); return this; }
        /** {@code auto} to detect per document, or an ISO 639-1 code to force. */
        public Builder language(String language) { this.language = Objects.requireNonNull(language); return this; }

        /**
         * The language the summary is written in: only articles in it are quoted; the others are still reported
         * in {@link Summary#documents()}. {@code auto} (the default) takes the cluster's main language, the one
         * most articles are in; an ISO 639-1 code (case and region ignored: {@code en-US} is {@code en}) chooses
         * one, and {@code summarize} then throws an {@link InputException} naming the languages found when no
         * article of the cluster is in it.
         */
        public Builder summaryLanguage(String summaryLanguage) {
            this.summaryLanguage = Objects.requireNonNull(summaryLanguage);
            return this;
        }

        /**
         * True to quote every sentence whole. By default a summary leaves relative days out of the sentences it
         * quotes ("said on Tuesday" becomes "said"), since a summary of articles written on different days cannot
         * say which Tuesday, and a sentence's opening connective ("But", "However,", «كما»), which ties it to a
         * sentence the summary does not quote; each sentence lists what it left out in {@link SummarySentence#omitted()}.
         */
        public Builder verbatim(boolean verbatim) { this.verbatim = verbatim; return this; }

        public Khulasa build() { return new Khulasa(this); }
    }
}
