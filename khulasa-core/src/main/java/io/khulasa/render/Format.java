package io.khulasa.render;

import java.util.Locale;

/** Output formats of a summary. */
public enum Format {
    /** One sentence a line. */
    TEXT,
    /** The full record: summary, sentences with offsets, documents with dropped lines. */
    JSON,
    /** A readable report with numbered sources. */
    MARKDOWN;

    public static Format parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (text, json, markdown)");
        }
    }

    /** The renderer for this format. */
    public SummaryRenderer renderer() {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case JSON -> new JsonRenderer();
            case MARKDOWN -> new MarkdownRenderer();
        };
    }
}
