package io.khulasa.select;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CasualtyCountsTest {

    @Test
    void readsTheTollInArabicWordsOrDigitsWhateverTheSpelling() {
        assertThat(CasualtyCounts.of("لقي أربعة أشخاص حتفهم وفُقد اثنان آخران إثر أمطار طوفانية.")).containsExactly(2, 4);
        assertThat(CasualtyCounts.of("ارتفاع حصيلة ضحايا الفيضانات إلى اربعه قتلى في المدينة.")).containsExactly(4);
        assertThat(CasualtyCounts.of("أسفر الانفجار عن مقتل ١٢ شخصاً وإصابة 30 آخرين.")).containsExactly(12, 30);
        assertThat(CasualtyCounts.of("وأصيب خمسة أشخاص بجروح طفيفة.")).containsExactly(5);
    }

    @Test
    void readsTheTollInEnglish() {
        assertThat(CasualtyCounts.of("Hurricane Mitch killed 9,000 people in Central America.")).containsExactly(9000);
        assertThat(CasualtyCounts.of("Four people died and two were missing after the storm.")).containsExactly(2, 4);
        assertThat(CasualtyCounts.of("At least 12 people were injured, officials said.")).containsExactly(12);
    }

    @Test
    void numbersFarFromACasualtyWordOrYearsAreNoToll() {
        assertThat(CasualtyCounts.of("The storm, the worst since 1998, killed hundreds of farm animals.")).isEmpty();
        assertThat(CasualtyCounts.of("Rescuers searched 14 villages along the river on Sunday for those missing.")).isEmpty();
        assertThat(CasualtyCounts.of("The dam, built in 1975 with 3 turbines, was closed.")).isEmpty();
        assertThat(CasualtyCounts.of("وعقد الوزير اجتماعاً مع أربعة محافظين لبحث الأضرار.")).isEmpty();
    }
}
