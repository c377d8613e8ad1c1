package io.khulasa.select;

import io.khulasa.analyze.Sentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidatesTest {

    private static Sentence sentence(String text, boolean title) {
        String[] terms = text.toLowerCase().split("\\W+");
        return new Sentence(0, 1, 0, text.length(), text, terms, title, text.split("\\s+").length);
    }

    @Test
    void acceptsAPlainStatement() {
        assertThat(Candidates.accept(sentence("The ministry said the dam would be inspected on Monday.", false))).isTrue();
    }

    @Test
    void rejectsTitlesQuestionsFragmentsAndCutQuotes() {
        assertThat(Candidates.accept(sentence("Ministry says the dam will be inspected on Monday", true))).isFalse();
        assertThat(Candidates.accept(sentence("Will the dam hold through another winter of storms?", false))).isFalse();
        assertThat(Candidates.accept(sentence("هل كانت السلطات على علم بحالة السد قبل الانهيار؟", false))).isFalse();
        assertThat(Candidates.accept(sentence("Officials said on Monday.", false))).isFalse();
        assertThat(Candidates.accept(sentence("The minister said in a statement \"we will not accept delays in the", false))).isFalse();
        assertThat(Candidates.accept(sentence("The minister said «we will rebuild the dam within a year", false))).isFalse();
        assertThat(Candidates.accept(sentence("The minister said «we will rebuild the dam within a year».", false))).isTrue();
        assertThat(Candidates.accept(sentence("\"The crew were calm and told us exactly what to do.\"", false))).isFalse();
        assertThat(Candidates.accept(sentence("وأضافت: \"لم نر شيئاً كهذا منذ ثلاثين عاماً في هذه المدينة\".", false))).isFalse();
        assertThat(Candidates.accept(sentence("\"We will rebuild,\" the minister told reporters in the capital.", false))).isTrue();
    }
}
