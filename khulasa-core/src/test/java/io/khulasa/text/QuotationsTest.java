package io.khulasa.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuotationsTest {

    @Test
    void aReportedFactHasNoQuotedWords() {
        assertThat(Quotations.share("The council closed the bridge to lorries after inspectors found cracks.")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // 4 of 7 words: "We were very fortunate" / the mayor said
            "“We were very fortunate,” the mayor said.",
            "\"We were very fortunate,\" the mayor said.",
            "``We were very fortunate,'' the mayor said.",
            // 4 of 7: «لن نوقع على الاتفاق» / قالت الوزيرة أمس
            "قالت الوزيرة أمس «لن نوقع على الاتفاق»"})
    void countsTheWordsInsideEachKindOfMark(String fourOfSevenQuoted) {
        assertThat(Quotations.share(fourOfSevenQuoted)).as(fourOfSevenQuoted).isCloseTo(4 / 7.0, within(1e-9));
    }

    @Test
    void aNameInQuotationMarksIsNoSpeech() {
        assertThat(Quotations.share("أعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الهجوم على «فندق النخيل» في المدينة.")).isZero();
        assertThat(Quotations.share("Delegates adopted the so-called \"Bali Roadmap\" after two weeks of talks.")).isZero();
    }

    @Test
    void spansRunFromTheOpeningMarkPastTheClosingOne() {
        String s = "He said ``we won'' and “it is over” today.";
        assertThat(Quotations.spans(s)).containsExactly(
                new Quotations.Span(s.indexOf("``"), s.indexOf("''") + 2),
                new Quotations.Span(s.indexOf('“'), s.indexOf('”') + 1));
        assertThat(Quotations.inside(Quotations.spans(s), s.indexOf("won"))).isTrue();
        assertThat(Quotations.inside(Quotations.spans(s), s.indexOf("today"))).isFalse();
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(Quotations.share("The port’s owner said the ship's crew were safe.")).isZero();
        assertThat(Quotations.spans("The port’s owner said the ship's crew were safe.")).isEmpty();
    }

    @Test
    void aQuotationLeftOpenIsUnbalanced() {
        assertThat(Quotations.unbalanced("“We will rebuild, the mayor said.")).isTrue();
        assertThat(Quotations.unbalanced("\"We will rebuild,\" the mayor said.")).isFalse();
        assertThat(Quotations.unbalanced("قال «سنعيد البناء» أمس.")).isFalse();
    }

    @Test
    void aHeightInFeetAndInchesIsNotAQuotationMark() {
        String s = "The 6'5\" centre said \"we won this game together\" after the final whistle.";
        assertThat(Quotations.spans(s)).containsExactly(new Quotations.Span(s.indexOf("\"we"), s.indexOf(" after")));
        assertThat(Quotations.openAfter("The 6'5\" centre signed on Friday.", false)).isFalse();
        assertThat(Quotations.unbalanced("The 6'5\" centre signed on Friday.")).isFalse();
        assertThat(Quotations.spans("The 6'5\" centre signed for 8\" more pay.")).isEmpty();
        // after a figure, the mark closes a quotation that is open: "Title 42" is a name in quotation marks
        String t = "The administration ended the \"Title 42\" policy in May.";
        assertThat(Quotations.spans(t)).containsExactly(new Quotations.Span(t.indexOf("\"T"), t.indexOf(" policy")));
        assertThat(Quotations.openAfter(t, false)).isFalse();
        assertThat(Quotations.unbalanced(t)).isFalse();
    }

    @Test
    void anInchMarkInsideAQuotationDoesNotCloseIt() {
        assertThat(Quotations.unbalanced("\"We got 22\" of snow overnight and it is still coming down,\" the county executive said.")).isFalse();
        assertThat(Quotations.unbalanced("\"He's 6'8\" and can shoot from anywhere,\" the coach said.")).isFalse();
    }
}
