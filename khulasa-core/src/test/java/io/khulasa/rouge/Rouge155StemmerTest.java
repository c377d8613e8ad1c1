package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Rouge155StemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"went, go", "children, child", "mice, mouse", "better, good", "lying, lie"})
    void wordNetExceptionsWinOverPorter(String token, String base) {
        assertThat(Rouge155Stemmer.stem(token)).isEqualTo(base);
    }

    @ParameterizedTest
    @CsvSource({"men", "was", "ran", "cat"})
    void tokensOfThreeCharactersOrFewerAreLeftAlone(String token) {
        // "men", "was" and "ran" are in the exception list, but ROUGE only stems tokens longer than 3.
        assertThat(Rouge155Stemmer.stem(token)).isEqualTo(token);
    }

    @Test
    void otherTokensGetThePorterStem() {
        assertThat(Rouge155Stemmer.stem("agreements")).isEqualTo("agreem");
        assertThat(Rouge155Stemmer.stem("cats")).isEqualTo("cat");
    }

    @Test
    void shippedTablesHaveTheExpectedSizes() {
        assertThat(Rouge155Stemmer.exceptions()).hasSize(5930);
        // 598 lines, of which "may" and "would" appear twice
        assertThat(StopWords.all()).hasSize(596).contains("the", "of", "reuters");
    }
}
