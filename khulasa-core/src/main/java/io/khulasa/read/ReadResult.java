package io.khulasa.read;

import io.khulasa.Article;
import io.khulasa.InputException;

import java.util.List;

/**
 * What a read produced: the articles in a stable order, the inputs that were skipped with why, and warnings about
 * inputs that were read but not as written (a line's bad bytes replaced, a repeated id renamed), one line each
 * naming the place ({@code file:line: problem}). A file that cannot be read does not stop the others; the caller
 * decides whether skips are fatal.
 */
public record ReadResult(List<Article> articles, List<InputException> skipped, List<String> warnings) {
    public ReadResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
