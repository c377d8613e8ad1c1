package io.khulasa.clean;

import io.khulasa.read.ArticleReader;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the test fixture clusters and the shipped example clusters, read and cleaned. */
final class Fixtures {
    private Fixtures() {}

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/fixtures/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's examples folder (tests run in the khulasa-core directory). */
    static Path example(String name) {
        return Path.of("..", "examples", name).toAbsolutePath().normalize();
    }

    static List<CleanedDocument> clean(Path dir) {
        return new ArticleCleaner().clean(new ArticleReader().read(dir).articles());
    }

    /** One article of plain text, cleaned on its own. */
    static CleanedDocument cleanText(String name, String text) {
        return new ArticleCleaner().clean(List.of(io.khulasa.Article.ofText(name, text))).get(0);
    }

    /** One article of HTML, cleaned on its own. */
    static CleanedDocument cleanHtml(String name, String html) {
        return new ArticleCleaner().clean(List.of(io.khulasa.Article.builder(name).html(html).build())).get(0);
    }

    static CleanedDocument doc(List<CleanedDocument> docs, String id) {
        return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    static List<String> keptTexts(CleanedDocument d) {
        return d.blocks().stream().map(b -> d.text().substring(b.start(), b.end())).toList();
    }

    static String reasonOf(CleanedDocument d, String droppedText) {
        return d.dropped().stream().filter(x -> x.text().equals(droppedText)).map(DroppedLine::reason)
                .findFirst().orElse(null);
    }

    /** Asserts that each of {@code lines} was dropped from {@code d} for {@code reason}. */
    static void assertDropped(CleanedDocument d, String reason, String... lines) {
        for (String line : lines) assertThat(reasonOf(d, line)).as(line).isEqualTo(reason);
    }

    /** Asserts that no line of {@code d} was dropped for {@code reason}: the look-alike is left to the text. */
    static void assertNoneDropped(CleanedDocument d, String reason) {
        assertThat(d.dropped()).as("dropped for " + reason).noneMatch(x -> x.reason().equals(reason));
    }

    /** Asserts that for each of {@code openings} a kept block of {@code d} starts with it. */
    static void assertKeptOpening(CleanedDocument d, String... openings) {
        for (String opening : openings) assertThat(keptTexts(d)).as(opening).anyMatch(t -> t.startsWith(opening));
    }
}
