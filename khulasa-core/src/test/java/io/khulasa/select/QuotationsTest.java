package io.khulasa.select;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuotationsTest {

    @Test
    void aReportedFactHasNoQuotedWords() {
        assertThat(Quotations.share("The council closed the bridge to lorries after inspectors found cracks.")).isZero();
    }

    @Test
    void countsTheWordsInsideEachKindOfMark() {
        // 4 of 7 words: "We were very fortunate" / the mayor said
        assertThat(Quotations.share("“We were very fortunate,” the mayor said.")).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(Quotations.share("\"We were very fortunate,\" the mayor said.")).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(Quotations.share("``We were very fortunate,'' the mayor said.")).isCloseTo(4 / 7.0, within(1e-9));
        // 3 of 6: «لن نوقع الآن» / قالت الوزيرة أمس
        assertThat(Quotations.share("قالت الوزيرة أمس «لن نوقع الآن»")).isCloseTo(3 / 6.0, within(1e-9));
    }

    @Test
    void aQuoteRunningOnFromTheSentenceBeforeCountsFromTheStart() {
        // the opening mark was in the previous sentence: "Nobody was hurt" is quoted, 3 of 6
        assertThat(Quotations.share("Nobody was hurt,” he told reporters.")).isCloseTo(3 / 6.0, within(1e-9));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(Quotations.share("The port’s owner said the ship's crew were safe.")).isZero();
    }
}
