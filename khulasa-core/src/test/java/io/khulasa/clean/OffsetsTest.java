package io.khulasa.clean;

import io.khulasa.Article;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Offsets of blocks and dropped lines point into the document text, in order, without overlap. */
class OffsetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar-scraped", "en-scraped", "dup"})
    void fixtureOffsetsPointIntoTheText(String cluster) {
        Fixtures.clean(Fixtures.fixture(cluster)).forEach(OffsetsTest::assertOffsets);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar-cluster", "en-cluster"})
    void exampleOffsetsPointIntoTheText(String cluster) {
        Fixtures.clean(Fixtures.example(cluster)).forEach(OffsetsTest::assertOffsets);
    }

    @Property(tries = 300)
    void anyTextCleansWithValidOffsets(@ForAll @StringLength(max = 400) String text) {
        List<CleanedDocument> docs = new ArticleCleaner().clean(List.of(Article.ofText("p.txt", text)));
        assertOffsets(docs.get(0));
        assertThat(docs.get(0).text()).isSameAs(text);
    }

    static void assertOffsets(CleanedDocument d) {
        String t = d.text();
        int last = 0;
        for (TextBlock b : d.blocks()) {
            assertThat(b.start()).isGreaterThanOrEqualTo(last).isLessThan(b.end());
            assertThat(b.end()).isLessThanOrEqualTo(t.length());
            String s = t.substring(b.start(), b.end());
            assertThat(s).isEqualTo(s.strip()).doesNotContain("\n");
            last = b.end();
        }
        for (DroppedLine x : d.dropped()) {
            assertThat(t.substring(x.start(), x.end())).isEqualTo(x.text());
            for (TextBlock b : d.blocks()) {
                assertThat(x.end() <= b.start() || x.start() >= b.end()).as("dropped %s overlaps a block", x.text()).isTrue();
            }
        }
    }
}
