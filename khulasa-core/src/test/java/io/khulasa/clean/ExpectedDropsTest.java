package io.khulasa.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dropped lines of each fixture and example cluster are exactly the furniture listed in
 * {@code fixtures/expected/<cluster>.tsv} (document, reason, text): one more dropped line means an article
 * sentence was lost, one fewer means furniture got through. Independently of that list, every line that reads
 * as a statement (six words or more, ending in a full stop; questions may be teaser headlines) must be inside a kept block.
 */
class ExpectedDropsTest {
    private static final Pattern SENTENCE_LINE = Pattern.compile("[^©](?:\\S*\\s+){5,}\\S*[.!][\"'”»)]*");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fixture, ar-scraped", "fixture, en-scraped", "example, ar-cluster", "example, en-cluster"})
    void droppedLinesAreExactlyTheExpectedFurniture(String kind, String cluster) throws IOException {
        Path dir = kind.equals("fixture") ? Fixtures.fixture(cluster) : Fixtures.example(cluster);
        List<CleanedDocument> docs = Fixtures.clean(dir);
        List<String> actual = new ArrayList<>();
        for (CleanedDocument d : docs) {
            for (DroppedLine x : d.dropped()) actual.add(d.id() + "\t" + x.reason() + "\t" + x.text());
        }
        List<String> expected = Files.readAllLines(Fixtures.fixture("expected/" + cluster + ".tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fixture, ar-scraped", "fixture, en-scraped", "fixture, dup", "example, ar-cluster", "example, en-cluster"})
    void everySentenceLineIsKept(String kind, String cluster) {
        Path dir = kind.equals("fixture") ? Fixtures.fixture(cluster) : Fixtures.example(cluster);
        for (CleanedDocument d : Fixtures.clean(dir)) {
            if (d.blocks().isEmpty()) continue; // a duplicate article, tested elsewhere
            String kept = String.join("\n", Fixtures.keptTexts(d));
            d.text().lines().map(String::strip)
                    .filter(l -> SENTENCE_LINE.matcher(l).matches())
                    .forEach(l -> assertThat(kept).as("%s keeps a sentence line", d.id()).contains(strippedDateline(l)));
        }
    }

    /** A dateline prefix ("CHIOS (Reuters) - ") is metadata, not part of the sentence. */
    private static String strippedDateline(String line) {
        return line.replaceFirst("^[^()]{2,30}\\([^()]{2,30}\\)\\s*[-–—]\\s*", "");
    }
}
