package io.khulasa.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutTest {

    @Test
    void aFieldIsALabelAColonAndASpaceOrTheLinesEnd() {
        assertThat(Layout.isField("Category: Local")).isTrue();
        assertThat(Layout.isField("رقم الخبر: 417")).isTrue();
        // the label alone, its value on the next line
        assertThat(Layout.isField("Category:")).isTrue();
        assertThat(Layout.isField("رقم الخبر:")).isTrue();
        // a clock time, an address, a ratio: no label
        assertThat(Layout.isField("10:30 the council meets again")).isFalse();
        assertThat(Layout.isField("http://example.org/news/417")).isFalse();
        assertThat(Layout.isField("Score:3 to 1 after extra time")).isFalse();
    }
}
