package io.khulasa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetTest {

    @Test
    void countsEachUnit() {
        assertThat(Budget.words(10).cost("Hun Sen  said\non Friday.")).isEqualTo(5);
        assertThat(Budget.chars(10).cost("سد وادي")).isEqualTo(7);
        assertThat(Budget.bytes(10).cost("سد")).isEqualTo(4);
        assertThat(Budget.sentences(2).cost("Anything at all.")).isEqualTo(1);
    }

    @Test
    void separatorsCountForCharsAndBytesOnly() {
        assertThat(Budget.chars(10).addCost(5, 0)).isEqualTo(5);
        assertThat(Budget.chars(10).addCost(5, 1)).isEqualTo(6);
        assertThat(Budget.words(10).addCost(5, 1)).isEqualTo(5);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Budget.words(0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> Budget.parseUnit("lines")).hasMessageContaining("lines").hasMessageContaining("words");
        assertThat(Budget.parseUnit(" Bytes ")).isEqualTo(Budget.Unit.BYTES);
    }
}
