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

    /** An invented wire story under the agency's header: slug, headline, notes to editors, date, byline. */
    private static String wireStory(String notes) {
        return "BC-Bridge-Collapse, 2nd Ld-Writethru,0433\n"
                + "Toll in Corvale bridge collapse rises to nine; engineer questioned\n"
                + notes
                + "Tuesday, October 6, 2026\n"
                + "By LENA MARCHETTI\n"
                + "Associated Press Writer\n"
                + "\n"
                + "   CORVALE, Isla Verde Province (AP) _ Rescuers pulled two more bodies\n"
                + "from the river under a collapsed road bridge on Tuesday, raising the\n"
                + "death toll to nine, the provincial fire service said.\n"
                + "   The bridge, built in 1971, had been closed to trucks since March\n"
                + "after inspectors found cracks in two of its piers, officials said.\n"
                + "   ``We heard a noise like thunder and then the road was gone,'' said\n"
                + "a driver who stopped his car a few meters from the edge.\n"
                + "   The site engineer was being questioned by police, who said he had\n"
                + "allowed a convoy of loaded trucks across on the morning of the collapse.\n";
    }

    @Test
    void aWireHeadersLinesAreEachTheirOwnNotOneParagraph() {
        // the note to editors runs on over two sentences and ends in the quoted pickup, no stop after it
        String notes = "Eds: UPDATES with new toll, engineer questioned. Picks up 5th graf pvs, `The bridge ...'\n";
        CleanedDocument d = Fixtures.cleanText("w.txt", wireStory(notes));
        assertThat(d.title()).isEqualTo("Toll in Corvale bridge collapse rises to nine; engineer questioned");
        assertThat(Fixtures.reasonOf(d, "BC-Bridge-Collapse, 2nd Ld-Writethru,0433")).isEqualTo("wire-slug");
        assertThat(Fixtures.reasonOf(d, notes.strip())).isEqualTo("editor-note");
        assertThat(Fixtures.reasonOf(d, "Tuesday, October 6, 2026")).isEqualTo("date-line");
        assertThat(d.published()).isEqualTo("2026-10-06");
        // the header no longer counts as the first paragraph: the dateline under it is cut
        assertThat(Fixtures.reasonOf(d, "CORVALE, Isla Verde Province (AP) _")).isEqualTo("dateline");
        assertThat(Fixtures.keptTexts(d).get(1)).isEqualTo("Rescuers pulled two more bodies");

        // the AP's note on how a story was reported, longer than a short line, under a headline that fills the width
        String note = "EDITOR'S NOTE _ AP correspondent Lena Marchetti reached Corvale by boat on Monday and spoke to "
                + "drivers who escaped the collapse and to relatives of the dead at the town's hospital.\n";
        CleanedDocument n = Fixtures.cleanText("n.txt", wireStory(note));
        assertThat(n.title()).isEqualTo("Toll in Corvale bridge collapse rises to nine; engineer questioned");
        assertThat(Fixtures.reasonOf(n, note.strip())).isEqualTo("editor-note");

        // without notes the date still stands apart from the headline
        CleanedDocument b = Fixtures.cleanText("b.txt", wireStory(""));
        assertThat(b.title()).isEqualTo("Toll in Corvale bridge collapse rises to nine; engineer questioned");
        assertThat(b.published()).isEqualTo("2026-10-06");
    }

    @Test
    void aParagraphEndingInADateOrOpeningWithCapitalsAndAHyphenStaysWhole() {
        String text = "   The council will vote on the new budget for the harbour district on\n"
                + "Tuesday, October 6, 2026.\n"
                + "   BC-based shipping firms, which run most of the ferries, said they would\n"
                + "raise fares by a tenth if the harbour dues went up as planned this year.\n"
                + "   Editors of the town's two newspapers wrote a joint letter asking the\n"
                + "council to publish the full accounts of the harbour before the vote.\n"
                + "   The mayor said the accounts would be published next week, after the\n"
                + "auditors had finished their review of the last three years.\n";
        CleanedDocument d = Fixtures.cleanText("c.txt", text);
        assertThat(d.dropped()).isEmpty();
        assertThat(String.join(" ", Fixtures.keptTexts(d))).contains("district on Tuesday, October 6, 2026.")
                .contains("BC-based shipping firms");
    }
}
