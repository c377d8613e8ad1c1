package io.khulasa.read;

import io.khulasa.Article;
import io.khulasa.InputException;

import java.util.List;

/**
 * What a read produced: the articles in a stable order, and the inputs that were skipped with why.
 * A file that cannot be read does not stop the others; the caller decides whether skips are fatal.
 */
public record ReadResult(List<Article> articles, List<InputException> skipped) {
    public ReadResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
