package io.khulasa.clean;

import io.khulasa.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DUC-style text: hard-wrapped at about 70 columns, no boilerplate; nothing may be lost. */
class HardWrappedTextTest {

    @Test
    void everyWrappedLineIsKept() {
        String text = """
                The finance ministers of the region agreed on Tuesday to set up a joint
                fund for small farmers hit by the drought, officials said. The fund
                will start with 200 million dollars
                and grow over five years. ``We cannot wait for the rains,'' one of the
                ministers told reporters after the meeting, which lasted two days
                in the capital. Farmers' groups welcomed the decision but said the
                money would arrive too late for this year's harvest.
                """;
        CleanedDocument d = new ArticleCleaner().clean(List.of(Article.ofText("D1.txt", text))).get(0);
        assertThat(d.dropped()).isEmpty();
        assertThat(d.blocks()).hasSize(7);
        assertThat(Layout.wrapWidth(text, Layout.lines(text))).isBetween(60, 80);
    }

    @Test
    void theWrappedExampleLosesOnlyItsDatelineAndByline() {
        CleanedDocument d = Fixtures.doc(Fixtures.clean(Fixtures.example("en-cluster")), "03-wire-report.txt");
        assertThat(d.dropped()).extracting(DroppedLine::reason).containsExactly("dateline", "byline");
        long lines = d.text().lines().filter(l -> !l.isBlank()).count();
        assertThat(d.blocks()).hasSize((int) lines - 1); // all but the byline line; the dateline line keeps its rest
        assertThat(d.metadata()).containsEntry("dateline", "CHIOS").containsEntry("source", "Reuters");
    }
}
