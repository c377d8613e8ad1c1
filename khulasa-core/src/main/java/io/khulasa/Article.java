package io.khulasa;

import java.util.Objects;

/**
 * One news article as it was read, before cleaning: the decoded text of a plain-text file, the markup of
 * an HTML page, or one record of a JSON Lines file.
 *
 * <p>Exactly one of {@link #text()} and {@link #html()} is set. Sentence offsets in a summary refer to the
 * document's text: for a plain-text article that is {@link #text()} exactly as decoded; for an HTML article
 * it is the main text extracted from the page (reported as the document's {@code text}).
 *
 * <pre>{@code
 * Article a = Article.builder("001.txt").text("Title\n\nFirst sentence. Second one.").build();
 * }</pre>
 */
public final class Article {
    private final String id;
    private final String title;
    private final String text;
    private final String html;
    private final String url;
    private final String source;
    private final String published;

    private Article(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        if ((b.text == null) == (b.html == null)) {
            throw new IllegalArgumentException("article " + b.id + ": exactly one of text and html must be given");
        }
        this.title = blankToNull(b.title);
        this.text = b.text;
        this.html = b.html;
        this.url = blankToNull(b.url);
        this.source = blankToNull(b.source);
        this.published = blankToNull(b.published);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Starts an article with the given id (a file name, or the {@code id} of a JSON Lines record). */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Shorthand for a plain-text article. */
    public static Article ofText(String id, String text) {
        return builder(id).text(text).build();
    }

    public String id() { return id; }
    /** The title given apart from the text (JSON Lines, HTML {@code <title>}), or null. */
    public String title() { return title; }
    /** The plain text, or null for an HTML article. */
    public String text() { return text; }
    /** The HTML markup, or null for a plain-text article. */
    public String html() { return html; }
    public String url() { return url; }
    public String source() { return source; }
    /** The publication date as given (ISO-8601 preferred), or null. */
    public String published() { return published; }

    @Override
    public String toString() {
        return "Article[" + id + "]";
    }

    /** Builds an {@link Article}. */
    public static final class Builder {
        private final String id;
        private String title, text, html, url, source, published;

        private Builder(String id) { this.id = id; }

        public Builder title(String title) { this.title = title; return this; }
        public Builder text(String text) { this.text = text; return this; }
        public Builder html(String html) { this.html = html; return this; }
        public Builder url(String url) { this.url = url; return this; }
        public Builder source(String source) { this.source = source; return this; }
        public Builder published(String published) { this.published = published; return this; }
        public Article build() { return new Article(this); }
    }
}
