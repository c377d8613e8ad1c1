package io.khulasa.select;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.AnalyzedDocument;
import io.khulasa.analyze.Sentence;
import io.khulasa.clean.CleanedDocument;
import io.khulasa.clean.Genre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.khulasa.select.OneSentenceDocuments.vectors;
import static org.assertj.core.api.Assertions.assertThat;

class RedundancyTest {

    /** Terms of a sentence of another fact (prosecutors open an inquiry into the fire); a new array for each case. */
    private static String[] inquiry() {
        return new String[] {"فتحت", "النيابة", "تحقيقا", "أسباب", "الحريق", "واستدعت", "مدير", "المصنع"};
    }

    /** A first sentence, the same fact retold in other terms, and a sentence of another fact, each under its case. */
    static Stream<Arguments> oneFactRetoldAndAnother() {
        return Stream.of(
                // "participation" left as مشارك in one outlet and مشاركت in another; "Syria" as سور and سوريا.
                Arguments.of("light-stem variants count as one word",
                        new String[] {"اعلنت", "تعليق", "مشارك", "مباحث", "ثنائ", "موسكو", "سور", "اشنطن"},
                        new String[] {"اعلنت", "تعليق", "مشاركت", "محادث", "ثنائ", "روسيا", "سوريا", "متحد"},
                        new String[] {"مجلس", "امن", "يناقش", "مشروع", "قرار", "فرنس", "حلب", "طيران"}),
                // Few words in common; the toll (four dead) is read from the sentences' text. Six injured is another fact.
                Arguments.of("the same toll told in other words is one fact",
                        new String[] {"لقي", "أربعة", "أشخاص", "حتفهم", "إثر", "أمطار", "طوفانية", "صفاقس"},
                        new String[] {"أعلنت", "السلطات", "ارتفاع", "حصيلة", "ضحايا", "الفيضانات", "أربعة", "قتلى"},
                        new String[] {"أعلن", "الدفاع", "المدني", "إصابة", "ستة", "أشخاص", "بجروح", "الوادي"}),
                // Three dead in the morning, five by the evening: a summary gives one figure, not both.
                Arguments.of("two death tolls are one fact counted at two moments",
                        new String[] {"لقي", "ثلاثة", "أشخاص", "مصرعهم", "حريق", "مصنع", "النسيج", "صباحا"},
                        new String[] {"ارتفعت", "حصيلة", "الحريق", "إلى", "خمسة", "قتلى", "مساء", "الاثنين"},
                        inquiry()),
                Arguments.of("two counts of the missing are one fact",
                        new String[] {"تراجع", "عدد", "المفقودين", "إلى", "ستة", "أشخاص", "بعد", "العثور"},
                        new String[] {"فرق", "الغوص", "تواصل", "البحث", "عن", "اثنين", "مفقودين", "ليلا"},
                        inquiry()),
                Arguments.of("two counts of the injured are one fact",
                        new String[] {"استقر", "عدد", "المصابين", "عند", "52", "مصابا", "غادر", "معظمهم"},
                        new String[] {"ارتفع", "عدد", "الجرحى", "إلى", "53", "جريحا", "مساء", "الاثنين"},
                        inquiry()));
    }

    /** Sentence 0 and 1 state one fact; sentence 2 states another. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void oneFactRetoldAndAnother(String label, String[] first, String[] retold, String[] other) {
        Redundancy r = new Redundancy(vectors(first, retold, other));
        assertThat(r.sameFact(0, 1)).as(label + ": first and retold").isTrue();
        assertThat(r.sameFact(0, 2)).as(label + ": first and other").isFalse();
        assertThat(r.sameFact(1, 2)).as(label + ": retold and other").isFalse();
    }

    @Test
    void aProcliticTheStemmerLeftOnDoesNotHideTheWord() {
        // "لتمويل" is "تمويل" with "for"; "زراء" is what the stemmer made of "وزراء" when it took و for "and".
        TermVectors v = vectors(new String[] {"لتمويل", "زراء"}, new String[] {"تمويل", "وزراء"});
        assertThat(TermVectors.sharedTerms(v.rootIds(0), v.rootIds(1))).isEqualTo(2);
    }

    @Test
    void aVerbInTheImperfectSharesTheRootOfItsPerfect() {
        // «يعلن» / «اعلن» (announces / announced, folded), «يقرر» / «قرر» (decides / decided); «تعليم» is no verb of «عليم»
        TermVectors v = vectors(new String[] {"يعلن", "يقرر", "تعليم"}, new String[] {"اعلن", "قرر", "عليم"});
        assertThat(TermVectors.sharedTerms(v.rootIds(0), v.rootIds(1))).isEqualTo(2);
    }

    // "وبكتاب" (and with a book), "بكتاب" (with a book), "كتاب" (book), and the same for other words:
    // every form shares the bare word's root, whatever order the terms were met in.
    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource({"وبكتاب, بكتاب, كتاب", "ولمدرسة, لمدرسة, مدرسة", "وبسلام, بسلام, سلام", "ولحكومة, لحكومة, حكومة"})
    void twoProcliticsLeadToTheSameRootAsOne(String twoProclitics, String oneProclitic, String bare) {
        String[] c = {twoProclitics, oneProclitic, bare};
        for (int[] order : new int[][] {{0, 1, 2}, {2, 1, 0}, {1, 0, 2}, {1, 2, 0}}) {
            TermVectors v = vectors(new String[] {c[order[0]]}, new String[] {c[order[1]]}, new String[] {c[order[2]]});
            assertThat(v.rootIds(0)).as(String.join(",", c) + " in order " + java.util.Arrays.toString(order))
                    .isEqualTo(v.rootIds(1)).isEqualTo(v.rootIds(2));
        }
    }

    @Test
    void oneCountOfTheArrestedGivenAsRisenInDigitsOrWords() {
        Redundancy r = sentences("ارتفع عدد الموقوفين في قضية تزوير الشهادات إلى تسعة أشخاص بحسب النيابة",
                "بعد أن ارتفع عدد المعتقلين إلى ٩ أشخاص حددت الوزارة موعدا جديدا للامتحان",
                "وقالت الشرطة إن تسعة موقوفين نقلوا إلى السجن المركزي");
        assertThat(r.sameFact(0, 1)).as("nine, risen to, twice").isTrue();
        // a count alone recurs in a sentence that tells another fact
        assertThat(r.sameFact(2, 0)).isFalse();
    }

    @Test
    void aSourceTwoSentencesNameIsNoFactTheyShare() {
        io.khulasa.analyze.AnalyzedCluster c = TextClusters.of("ar",
                "أعلنت الهيئة العامة للطيران المدني في الزبيرة إغلاق مطار الزبيرة الدولي ومطار سهيل بسبب العاصفة الرملية.\n",
                "ارتفع عدد الرحلات الملغاة في مطاري الزبيرة وسهيل إلى 112 رحلة، وفق الهيئة العامة للطيران المدني.\n");
        Redundancy r = new Redundancy(TermVectors.of(c));
        // the authority's long name makes most of their words one; without it, what each says is its own
        assertThat(r.sameWords(1, 0)).isTrue();
        assertThat(r.sameContent(1, 0)).isFalse();
    }

    /** A cluster of one-sentence documents whose texts (read for figures) are the sentences themselves. */
    private static Redundancy sentences(String... texts) {
        String[][] terms = new String[texts.length][];
        for (int i = 0; i < texts.length; i++) terms[i] = texts[i].toLowerCase().replaceAll("[^\\p{L}\\p{N} .]", "").split(" ");
        return new Redundancy(vectors(terms));
    }

    @Test
    void aCountOverTheYearOrOfAnotherYearIsNotTheStorysToll() {
        // background in a report on one collapse: two death counts, two facts
        Redundancy r = sentences("Six people were killed when the building collapsed in Harwick.",
                "The nine collapses since January killed 27 people across the province.");
        assertThat(r.sameFact(0, 1)).as("the story's toll after the year's count").isFalse();
        // another year's disaster: chosen first it keeps the story's toll out of nothing; the other way it stays out
        Redundancy y = sentences("At least 19 people died when the ferry sank off Porto Vale.",
                "In 2009 more than 300 people died when the Princess Orla sank in the strait.");
        assertThat(y.sameFact(0, 1)).as("the story's toll after another year's").isFalse();
        assertThat(y.sameFact(1, 0)).as("another year's toll after the story's").isTrue();
    }

    /** Two sentences of one document of {@code genre} (none when null), with their analysed terms. */
    private static Redundancy onePage(String genre, String[] texts, String[][] terms) {
        Map<String, String> meta = genre == null ? Map.of() : Map.of(Genre.KEY, genre);
        String doc = texts[0] + " " + texts[1];
        CleanedDocument c = new CleanedDocument("live", doc, null, List.of(), List.of(), meta, null, null);
        List<Sentence> s = List.of(
                new Sentence(0, 0, 0, texts[0].length(), texts[0], List.of(), terms[0], false, 12, false),
                new Sentence(0, 1, texts[0].length() + 1, doc.length(), texts[1], List.of(), terms[1], false, 12, false));
        return new Redundancy(new TermVectors(new AnalyzedCluster(List.of(new AnalyzedDocument(0, c, "en", s)))));
    }

    @Test
    void oneArticlesSentencesThatDevelopAFactAreNotRepeats() {
        // cosine 0.44 (one shared word, twice in each): across outlets that would be a copy, within one article it is the
        // story going on
        Redundancy r = onePage(null,
                new String[] {"The dam burst at dawn, the dam's keeper near the village said.", "Water from the dam and the dam's lake reached farms by noon."},
                new String[][] {{"dam", "dam", "burst", "dawn", "keeper", "near", "villag"}, {"dam", "dam", "water", "lake", "reach", "farm", "noon"}});
        assertThat(r.vectors().cosine(0, 1)).isBetween(Redundancy.COSINE, Redundancy.SAME_ARTICLE_COSINE);
        assertThat(r.sameFact(0, 1)).isFalse();
    }

    @Test
    void aLivePagesFiguresForOneMeasuredThingAreOneFactAndAReportsAreTwo() {
        String[] texts = {"With 104 of 112 precincts recounted, the lead stands at 71 votes.",
                "The lead is 59 votes, down from 187 when the count was certified."};
        String[][] terms = {{"precinct", "recount", "lead", "stand", "vote"},
                {"lead", "vote", "down", "count", "certifi", "canvass", "friday"}};
        for (String genre : new String[] {Genre.LIVE, null}) {
            // entries of a live page are hours apart: one measure updated; a report's two figures are two facts
            assertThat(onePage(genre, texts, terms).sameFact(0, 1)).as(String.valueOf(genre)).isEqualTo(genre != null);
        }
    }

    @Test
    void aLivePagesFiguresForOneThingAreOneFactOnlyWhenOneIsGivenAsAnUpdate() {
        // two counties' counts on one live page: the same thing counted, two facts
        String[] texts = {"Kern County health officials reported 52 cases on Monday.",
                "In Fresno, clinics confirmed 40 cases overnight."};
        String[][] terms = {{"kern", "counti", "health", "offici", "report", "case", "mondai"},
                {"fresno", "clinic", "confirm", "case", "overnight"}};
        assertThat(onePage(Genre.LIVE, texts, terms).sameFact(0, 1)).isFalse();
        // the later count given as one
        String[] updated = {texts[0], "In Kern, the number of cases rose to 61 by evening."};
        String[][] updatedTerms = {terms[0], {"kern", "number", "case", "rose", "evening"}};
        assertThat(onePage(Genre.LIVE, updated, updatedTerms).sameFact(0, 1)).isTrue();
        // another county's count given as the present state is still another county's
        String[] other = {texts[0], "Fresno County now lists 40 cases at its clinics."};
        String[][] otherTerms = {terms[0], {"fresno", "counti", "list", "case", "clinic"}};
        assertThat(onePage(Genre.LIVE, other, otherTerms).sameFact(0, 1)).isFalse();
    }

    @Test
    void twoOutletsFiguresGivenAsUpdatesOfDifferentThingsAreTwoFacts() {
        // both read "%has" once: the auxiliary before the verb is not what rose
        Redundancy r = sentences("Official figures published on Friday show that unemployment has climbed to 8 percent",
                "Pollsters now expect that turnout in the referendum has risen to 55 percent");
        assertThat(r.sameFact(0, 1)).isFalse();
        // nor is "down" what a share counts
        Redundancy down = sentences("Official figures published on Friday put unemployment at 8 percent down from 9 percent",
                "Pollsters expect turnout in the referendum of 55 percent down from 61 percent");
        assertThat(down.sameFact(0, 1)).isFalse();
    }

    @Test
    void sumsInEgyptianPoundsAreMoney() {
        // two donors' sums: money, so one measure only when told in the same words
        Redundancy r = sentences("تبرعت شركة النيل للمقاولات بمبلغ 180 مليون جنيه",
                "وخصصت الحكومة 350 مليون جنيه لإغاثة المتضررين من السيول");
        assertThat(r.sameFact(0, 1)).isFalse();
    }

    @Test
    void twoOutletsFiguresForOneMeasuredThingAreOneFact() {
        Redundancy r = sentences("The Cedar Ridge Fire has burned 14,200 acres and is 40 percent contained",
                "The blaze near Pine Hollow kept charging, charring roughly 8,900 acres overnight",
                "Crews from four states have joined more than 1,100 firefighters on the lines");
        assertThat(r.sameFact(0, 1)).isTrue();
        assertThat(r.sameFact(0, 2)).isFalse();
    }

    @Test
    void twoOutletsSentencesWithTwoFiguresInCommonAreOneFact() {
        Redundancy r = sentences("Yes won 51.8 percent of valid votes against 48.2 percent for No the commission said",
                "The Yes side scraped home with 51.8 per cent in the nail biting referendum while No got 48.2 per cent",
                "Turnout was 63.4 percent of about 8.9 million registered voters and 51.8 percent of them were women");
        assertThat(r.sameFact(0, 1)).isTrue();
        assertThat(r.sameFact(0, 2)).isFalse(); // one figure in common
        // whole numbers recur as identifiers and background: two facts about flight 447 with 228 aboard
        Redundancy flight = sentences("Flight 447 with 228 people aboard was reported missing over the Atlantic",
                "Searchers found a seat and a life jacket from flight 447 which carried 228 passengers");
        assertThat(flight.sameFact(0, 1)).isFalse();
    }

    @Test
    void oneCountGivenRoughlyAndExactlyIsOneFact() {
        Redundancy r = sentences("More than 350 passengers and crew were evacuated from the burning Greek ferry",
                "All 353 people on board the ferry were evacuated the Greek coast guard said",
                "Its new ship can carry 360 cars in two decks");
        assertThat(r.sameFact(0, 1)).isTrue();
        assertThat(r.sameFact(1, 2)).isFalse(); // 353 and 360 are 2% apart, but the sentences share no word
    }

    @Test
    void sumsOfMoneyAreOneFactOnlyWhenToldInTheSameWords() {
        Redundancy r = sentences("Norway raised its donation to 180 million dollars",
                "The Bush administration pledged 350 million dollars in aid for relief",
                "The Bush administration raised its aid pledge for relief to 500 million dollars");
        assertThat(r.sameFact(0, 1)).isFalse(); // two donors
        assertThat(r.sameFact(1, 2)).isTrue();  // one pledge, enlarged
    }

    @Test
    void shortTermsAreNotRootsOfLongerOnes() {
        TermVectors v = vectors(new String[] {"ab", "abcdef"}, new String[] {"abc", "abcd"});
        assertThat(v.rootIds(0)).hasSize(2); // "ab" is too short to stand for "abcdef"
        assertThat(v.rootIds(1)).hasSize(1); // "abcd" begins with "abc"
    }

    @Test
    void aShortSentenceThatOnlyRepeatsAnotherOutletsCountIsTheSameFact() {
        assertThat(sentences("وبلغ عدد العائلات النازحة 3500 عائلة",
                "ونزحت 3,500 عائلة إلى 14 مركز إيواء وتضرر نحو 620 منزلا في القرى الثلاث").sameFact(0, 1)).isTrue();
        // longer sentences say more than their count
        assertThat(sentences("The council said 3,500 families had left the valley after the dam broke and the water rose",
                "Relief groups set up kitchens for 3,500 families in four schools near the town of Harwick").sameFact(0, 1)).isFalse();
    }
}
