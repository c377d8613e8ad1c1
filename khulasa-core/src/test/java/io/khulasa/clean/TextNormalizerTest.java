package io.khulasa.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void foldsArabicSpellingsLowerCasesAndCollapsesNonLetters() {
        assertThat(TextNormalizer.normalize("  أيضاً — إقرأ المزيد!! ")).isEqualTo("ايضا اقرا المزيد");
        assertThat(TextNormalizer.normalize("Read MORE: Reuters / AFP")).isEqualTo("read more reuters afp");
    }

    @Test
    void keepsDigitsAsWritten() {
        assertThat(TextNormalizer.normalize("٣ تعليقات")).isEqualTo("٣ تعليقات");
        assertThat(TextNormalizer.normalize("3 comments")).isEqualTo("3 comments");
    }
}
