package io.khulasa.select;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CasualtyCountsTest {

    @Test
    void anAgeAfterANameCountsNoOneATollOpeningItsSentenceCountsFarFromItsFigure() {
        assertThat(CasualtyCounts.read("Vance, 61, died at Mercy Regional Medical Center, raising the death toll from the derailment to five.").deaths())
                .isEqualTo(5);
        assertThat(CasualtyCounts.of("Curtis Vance, 61, a signal maintainer, died in hospital.")).isEmpty();
        assertThat(CasualtyCounts.read("The death toll from a freight train derailment that released chlorine gas in a small northern Ohio town rose to four.").deaths())
                .isEqualTo(4);
        // not a toll's figure when the sentence is about something else
        assertThat(CasualtyCounts.of("The number of schools closed across the county since the chlorine leak forced evacuations in the town rose to four.")).isEmpty();
        // a comma ends the toll's phrase; a rise of another count is not the toll's
        assertThat(CasualtyCounts.read("The death toll stood at five on Tuesday, while the number of residents evacuated from the area rose to 3,000.").deaths())
                .isEqualTo(5);
        assertThat(CasualtyCounts.of("The toll of the blaze on farmers was severe, and the price of feed in the region rose to 300.")).isEmpty();
    }

    @Test
    void readsAFrenchToll() {
        assertThat(CasualtyCounts.read("Deux personnes sont mortes dans la nuit dans le Gard.").deaths()).isEqualTo(2);
        assertThat(CasualtyCounts.read("Le bilan des inondations s'est alourdi à cinq morts, a annoncé la préfecture.").deaths()).isEqualTo(5);
        assertThat(CasualtyCounts.read("L'accident a fait 12 blessés, dont deux graves.").hurt()).isEqualTo(12);
        assertThat(CasualtyCounts.reportsUpdate("Le bilan s'est alourdi à cinq morts dans le Gard.")).isTrue();
        // a figure near no casualty word is none
        assertThat(CasualtyCounts.read("Les pompiers ont évacué 800 habitants dans la vallée.").deaths()).isZero();
        // numbers in words, French and Spanish; the English adverb "once" is none
        assertThat(CasualtyCounts.numberWords("Cinq morts, dos heridos y six leaders")).containsExactlyInAnyOrder(5.0, 2.0, 6.0);
        assertThat(CasualtyCounts.numberWords("The bridge was once the city's pride.")).isEmpty();
    }

    @Test
    void readsTheTollInArabicWordsOrDigitsWhateverTheSpelling() {
        assertThat(CasualtyCounts.of("لقي أربعة أشخاص حتفهم وفُقد اثنان آخران إثر أمطار طوفانية.")).containsExactly(2, 4);
        // the verb before the number, its «حتفهم» after an aside
        assertThat(CasualtyCounts.read("لقي ثلاثة أشخاص، بينهم طفلان، حتفهم بعد أن جرفت السيول سيارتهم.").deaths()).isEqualTo(3);
        // "claimed the lives of", "took the souls of"
        assertThat(CasualtyCounts.read("وفتحت النيابة تحقيقا في الحادث الذي أودى بحياة 11 شخصا.").deaths()).isEqualTo(11);
        assertThat(CasualtyCounts.read("حصد الانهيار أرواح ستة أشخاص بينهم طفلان.").deaths()).isEqualTo(6);
        assertThat(CasualtyCounts.read("لقي ثلاثة أشخاص ترحيبا حارا في القرية التي زاروها بعد الفيضان.").deaths()).isZero();
        assertThat(CasualtyCounts.of("ارتفاع حصيلة ضحايا الفيضانات إلى اربعه قتلى في المدينة.")).containsExactly(4);
        assertThat(CasualtyCounts.of("أسفر الانفجار عن مقتل ١٢ شخصاً وإصابة 30 آخرين.")).containsExactly(12, 30);
        assertThat(CasualtyCounts.of("وأصيب خمسة أشخاص بجروح طفيفة.")).containsExactly(5);
    }

    @Test
    void readsNumbersOfTwoWords() {
        // «اثني عشر» is twelve, not «عشر» (ten); the updated toll is read across the sentence
        CasualtyCounts.Toll t = CasualtyCounts.read("أعلنت السلطات أن عدد القتلى جراء الفيضانات منذ يوم الثلاثاء ارتفع إلى اثني عشر شخصاً.");
        assertThat(t.deaths()).isEqualTo(12);
        assertThat(CasualtyCounts.read("لقي ثلاثة عشر شخصا مصرعهم في الحادث.").deaths()).isEqualTo(13);
        assertThat(CasualtyCounts.read("قتل خمسة وعشرون شخصا في الهجوم.").deaths()).isEqualTo(25);
        assertThat(CasualtyCounts.read("قتل عشرون شخصا في الهجوم.").deaths()).isEqualTo(20);
        CasualtyCounts.Toll e = CasualtyCounts.read("Twenty-five people were killed and fourteen were injured.");
        assertThat(e.deaths()).isEqualTo(25);
        assertThat(e.hurt()).isEqualTo(14);
    }

    @Test
    void theRescuedAreCountedApartFromTheCasualties() {
        CasualtyCounts.Toll t = CasualtyCounts.read("A total of 228 people were rescued and four people were killed.");
        assertThat(t.rescued()).isEqualTo(228);
        assertThat(t.counts()).containsExactly(4);
        assertThat(CasualtyCounts.read("وتم إنقاذ 17 بحارا من أصل 22.").rescued()).isEqualTo(17);
        assertThat(CasualtyCounts.read("Trente-huit survivants ont été hospitalisés, dont onze dans un état critique.").rescued()).isEqualTo(38);
        // another year's toll is a wider count
        assertThat(CasualtyCounts.read("Le maire évoquait une catastrophe comparable à celle de 2002, lorsque des crues avaient fait vingt-trois morts.").wider()).isTrue();
    }

    @Test
    void readsTheTollInEnglish() {
        assertThat(CasualtyCounts.of("Hurricane Mitch killed 9,000 people in Central America.")).containsExactly(9000);
        assertThat(CasualtyCounts.of("Four people died and two were missing after the storm.")).containsExactly(2, 4);
        assertThat(CasualtyCounts.of("At least 12 people were injured, officials said.")).containsExactly(12);
        // every form of the words: "killing 60 people and injuring 162 others" is 60 dead, 162 hurt
        CasualtyCounts.Toll t = CasualtyCounts.read("A fire turned a dance hall into a deathtrap, killing 60 people and injuring 162 others.");
        assertThat(t.deaths()).isEqualTo(60);
        assertThat(t.hurt()).isEqualTo(162);
        assertThat(CasualtyCounts.read("The storm caused 4 fatalities and 31 injuries.").deaths()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The storm, the worst since 1998, killed hundreds of farm animals.",
            "Rescuers searched 14 villages along the river on Sunday for those missing.",
            "The dam, built in 1975 with 3 turbines, was closed.",
            "وعقد الوزير اجتماعاً مع أربعة محافظين لبحث الأضرار."})
    void numbersFarFromACasualtyWordOrYearsAreNoToll(String text) {
        assertThat(CasualtyCounts.of(text)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            لقي ثلاثة أشخاص مصرعهم وأصيب 41 آخرون إثر الحريق. => 3
            ارتفع عدد الضحايا إلى ستة قتلى و52 مصاباً. => 6
            # On a tie the word after wins: two are missing, four died.
            Four people died and two were missing after the storm. => 4
            At least 12 people were injured, officials said. => 0
            # the auxiliaries of a perfect or passive take no room between a count and its participle
            At least 30 people have been killed in the blast. => 30
            # words of approximation between "to" and the figure
            The death toll rose to at least 40, officials said. => 40
            The death toll from the quake rose to more than 300. => 300
            ارتفعت حصيلة القتلى إلى أكثر من 40 شخصا. => 40
            # an update's figure counts what rose, whatever casualty word follows it
            The death toll rose to 112 after the injured died in hospital. => 112
            # another count's rise in the same sentence
            Two people were killed and the number of homes without power rose to 40,000. => 2
            The number of dead rose to 40, officials said. => 40
            # the whole the toll is part of
            ارتفاع حصيلة الضحايا إلى 112 قتيلا من أصل 150 شخصا كانوا على متنها. => 112
            The crash killed 112 out of the 150 people on board. => 112
            # a whole that is itself a toll is the toll, its part a share of it
            Among the dead were 12 children out of the 45 killed in the strike. => 45
            وبين القتلى 12 طفلا من إجمالي 45 قتيلا سقطوا في الغارة. => 45
            """)
    void theDeathTollIsTheCountNearestAWordForTheDead(String text, int deaths) {
        assertThat(CasualtyCounts.read(text).deaths()).as(text).isEqualTo(deaths);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Police say 12 people have been arrested, most of them near City Hall. => 12
            By early afternoon police had made 12 arrests. => 12
            Police detained 31 people after the clashes. => 31
            وأعلنت الشرطة اعتقال 31 شخصا بعد المواجهات. => 31
            ألقت الشرطة القبض على 31 شخصا. => 31
            Four people died and two were missing after the storm. => 0
            # the freed are no count of the arrested
            The city released 30 detainees held since last year's strike. => 0
            أفرجت السلطات عن 30 معتقلا يوم الثلاثاء. => 0
            Police released 5 of the 12 people arrested on Monday. => 12
            """)
    void readsTheCountOfTheArrestedApartFromTheCasualties(String text, int arrested) {
        CasualtyCounts.Toll t = CasualtyCounts.read(text);
        assertThat(t.arrested()).as(text).isEqualTo(arrested);
        // a group named by its size ("the 15 sailors held") joins no two facts as a shared casualty count would
        if (arrested > 0) assertThat(t.counts()).as(text).isEmpty();
    }

    @Test
    void anUpdatedTollIsReadAfterToEvenFarFromItsCasualtyWord() {
        String update = "أعلنت السلطات ارتفاع عدد قتلى حريق العبّـارة «النجمة» في خليج السويس إلى سبعة أشخاص.";
        assertThat(CasualtyCounts.read(update).deaths()).isEqualTo(7);
        assertThat(CasualtyCounts.reportsUpdate(update)).isTrue();
        assertThat(CasualtyCounts.reportsUpdate("The death toll from the ferry fire rose to 9 on Monday.")).isTrue();
        assertThat(CasualtyCounts.reportsUpdate("لقي ثلاثة أشخاص مصرعهم إثر الحريق.")).isFalse();
        assertThat(CasualtyCounts.reportsUpdate("A fire that killed 67 of them.")).isFalse();
    }

    @Test
    void aPartOfTheTollIsNoToll() {
        assertThat(CasualtyCounts.read("One of the dead was a volunteer firefighter, the mayor said.").deaths()).isZero();
        assertThat(CasualtyCounts.of("Two of the injured remain in critical condition.")).isEmpty();
        assertThat(CasualtyCounts.read("وكان ثلاثة من القتلى من عمال الميناء.").deaths()).isZero();
        assertThat(CasualtyCounts.of("وأسفر الحريق عن سبعة قتلى، من بينهم طفلان.")).containsExactly(7);
        assertThat(CasualtyCounts.read("The fire killed 12 people, including three children.").counts()).containsExactly(12);
        // "من" and "of" before what is not a casualty word: the toll itself
        assertThat(CasualtyCounts.read("قتل 12 من الجنود في هجوم على الحاجز.").deaths()).isEqualTo(12);
        assertThat(CasualtyCounts.read("Gunmen killed 30 of the passengers on the bus.").deaths()).isEqualTo(30);
        // "من" before the number is no part: "أكثر من 50 قتيلاً" is the toll.
        assertThat(CasualtyCounts.read("سقط أكثر من 50 قتيلاً في القصف.").deaths()).isEqualTo(50);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "لقوا حتفهم في 26 كانون الأول في تسونامي المحيط الهندي.",
            "Those killed on 14 October were buried on Friday.",
            // Moroccan and Persian month names: the same list the cleaner reads date lines with.
            "وشيعت جثامين ضحايا فيضانات 14 غشت بالمدينة.",
            "مراسم یادبود کشته‌شدگان ۱۰ دی برگزار شد."})
    void aDayOfTheMonthIsNoToll(String text) {
        assertThat(CasualtyCounts.of(text)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            تراجع عدد المفقودين إلى ستة أشخاص بعد العثور على أحد الركاب. => true
            Four people died and two were missing after the storm. => true
            At least 12 people were injured, officials said. => false
            لقي ثلاثة أشخاص مصرعهم وأصيب 41 آخرون. => false
            """)
    void tellsTheMissingFromTheDeadAndTheInjured(String text, boolean missing) {
        assertThat(CasualtyCounts.read(text).missing()).as(text).isEqualTo(missing);
    }

    @Test
    void oneMissingIsACountOfTheMissingButNoSharedCount() {
        CasualtyCounts.Toll t = CasualtyCounts.read("لتستقر الحصيلة عند سبعة قتلى و53 مصاباً، مع استمرار البحث عن مفقود واحد.");
        assertThat(t.deaths()).isEqualTo(7);
        assertThat(t.injured()).isTrue();
        assertThat(t.missing()).isTrue();
        assertThat(t.counts()).containsExactly(7, 53);
    }

    @Test
    void readsAPersianTollAndItsUpdate() {
        String t = "شمار جان‌باختگان سیل استان سبزدشت تا شامگاه شنبه به ۱۷ نفر رسید و ۲ نفر همچنان مفقودند.";
        assertThat(CasualtyCounts.read(t).deaths()).isEqualTo(17);
        assertThat(CasualtyCounts.reportsUpdate(t)).isTrue();
        assertThat(CasualtyCounts.read("سیل سبزدشت؛ ۱۴ کشته و بیش از ۳ هزار آواره").deaths()).isEqualTo(14);
        assertThat(CasualtyCounts.read("شمار مصدومان به ۳۸ نفر رسیده است.").injured()).isTrue();
    }
}
