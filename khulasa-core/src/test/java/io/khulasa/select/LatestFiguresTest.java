package io.khulasa.select;

import io.khulasa.Article;
import io.khulasa.Budget;
import io.khulasa.Khulasa;
import io.khulasa.Summary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatestFiguresTest {
    private static final String MORNING = "Three people were killed when a fire broke out at a textile factory in the port city "
            + "of Valmora early on Monday, the civil defence said.\n\n"
            + "Firefighters brought the blaze under control after four hours, and the factory was evacuated.\n\n"
            + "The cause of the fire at the textile factory was not yet known, officials in Valmora said.\n";
    private static final String NOON = "A fire at a textile factory in Valmora killed three workers on Monday morning and "
            + "injured at least twenty others, the regional governor said.\n\n"
            + "The governor said prosecutors had opened an investigation into the fire at the factory.\n\n"
            + "Workers said the emergency exits of the textile factory had been locked during the night shift.\n";
    private static final String EVENING = "The death toll from Monday's fire at a textile factory in Valmora rose to "
            + "seven after rescuers recovered four more bodies from the rubble, the civil defence said.\n\n"
            + "Prosecutors questioned the factory's owner about locked emergency exits on Monday evening.\n";

    private static Summary summarize(String method, String... texts) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) articles.add(Article.ofText("a" + i + ".txt", texts[i]));
        return Khulasa.builder().method(method).language("en").budget(Budget.words(60)).build().summarize(articles);
    }

    @Test
    void aSummaryGivesTheLatestDeathTollOnce() {
        for (String method : List.of("centroid", "mmr", "ilp")) {
            String text = summarize(method, MORNING, NOON, EVENING).text();
            assertThat(text).as(method).contains("rose to seven").doesNotContain("Three people were killed")
                    .doesNotContain("killed three workers");
        }
    }

    @Test
    void aNewerCountOfTheRescuedReplacesTheOlderOne() {
        String first = "A total of 40 people were rescued from the collapsed apartment building in Valmora, the civil defence said.\n\n"
                + "Engineers said the building had been declared unsafe two years ago.\n";
        String second = "Firefighters worked through the night at the collapsed apartment building in Valmora.\n\n"
                + "The number of people rescued from the collapsed apartment building in Valmora has risen to 57, the civil defence said.\n";
        String text = centroid60(List.of(published("a.txt", first, "2025-03-10T08:00:00Z"),
                published("b.txt", second, "2025-03-11T08:00:00Z")));
        assertThat(text).contains("risen to 57").doesNotContain("A total of 40 people were rescued");
    }

    @Test
    void oneArticlesFiguresAreToldTogetherAndNoneReplacesAnother() {
        // a week's new cases and the total they raise: both the article's, neither out of date
        String article = "The health ministry launched a vaccination campaign against cholera in two northern provinces after "
                + "37 new infections were recorded last week, officials said.\n\n"
                + "The ministry received half a million doses of oral vaccine through the World Health Organization.\n\n"
                + "Experts blame the spread of the disease on failing water and sewage networks across the region.\n\n"
                + "The number of infections recorded since the outbreak began in October has risen to 1,248, the ministry said.\n";
        String text = centroid60(List.of(Article.ofText("one.txt", article)));
        assertThat(text).contains("37 new infections");
    }

    @Test
    void anArticleUpdatedInPlaceGivesItsLaterTollGivenAsRisen() {
        // the lede kept the first count; a later paragraph tells the rise
        String article = "Three people were killed when a fire broke out at a textile factory in the port city of Valmora "
                + "early on Monday, the civil defence said.\n\n"
                + "Firefighters brought the blaze under control after four hours, and the factory was evacuated.\n\n"
                + "Workers said the emergency exits of the textile factory had been locked during the night shift.\n\n"
                + "By the evening the death toll from the fire at the textile factory had risen to seven, after rescuers "
                + "recovered four more bodies from the rubble.\n";
        String text = centroid60(List.of(Article.ofText("one.txt", article)));
        assertThat(text).contains("had risen to seven").doesNotContain("Three people were killed");
    }

    @Test
    void anArticlesWiderCountGivenAsRisenLeavesItsOwnTollAlone() {
        // the season's or the year's toll is the article's background, not a later count of its event
        String english = "Flash floods swept through three villages in the northern province of Karvel, killing 12 people "
                + "and destroying more than 200 homes, the regional governor said.\n\n"
                + "Rescue teams used boats to reach families stranded on rooftops in the village of Ostrava Mala.\n\n"
                + "The governor said the army had been asked to help clear roads blocked by mud and fallen trees.\n\n"
                + "The death toll from this year's monsoon rains has risen to 143 since June, according to the disaster "
                + "management agency.\n";
        assertThat(centroid60(List.of(Article.ofText("en.txt", english)))).contains("killing 12 people");
        String arabic = "لقي تسعة أشخاص حتفهم وأصيب خمسة عشر آخرون في انهيار مبنى سكني من خمسة طوابق في حي الشرفة وسط "
                + "العاصمة، بحسب الدفاع المدني.\n\n"
                + "وقال مسؤول في الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض باستخدام الكلاب المدربة.\n\n"
                + "وأمر المحافظ بفتح تحقيق عاجل في أسباب الانهيار وإخلاء المباني المجاورة.\n\n"
                + "وبذلك ترتفع حصيلة ضحايا انهيار المباني في البلاد منذ بداية العام إلى 47 قتيلا، وفق إحصاءات وزارة الإسكان.\n";
        assertThat(centroid60(List.of(Article.ofText("ar.txt", arabic)))).contains("لقي تسعة أشخاص حتفهم");
    }

    @Test
    void aHigherFigureNotGivenAsAnUpdateReplacesNothing() {
        // Without "rose to" the higher figure may be an early estimate revised down: the chosen toll stays.
        String estimate = EVENING.replace("The death toll from Monday's fire at a textile factory in Valmora rose to seven",
                "Monday's fire at a textile factory in Valmora may have killed seven");
        String text = summarize("centroid", MORNING, NOON, estimate).text();
        assertThat(text).doesNotContain("may have killed seven");
    }

    /** Two outlets lead with three dead; a third adds, low in its story, a later figure. */
    private static List<Article> dated(String third, String firstTime, String thirdTime) {
        return dated("Three people were killed when a fire broke out at a textile factory in the port city of Valmora "
                + "early on Monday, the civil defence said.\n\n", third, firstTime, thirdTime);
    }

    /** Two outlets lead with {@code lede}; a third adds {@code third}, low in its story. */
    private static List<Article> dated(String lede, String third, String firstTime, String thirdTime) {
        String third3 = "Union representatives complained that overtime rules had been ignored for months.\n\n"
                + "The owner promised to cooperate fully with any inquiry, according to his lawyer.\n\n" + third;
        return List.of(
                published("a.txt", lede + "Firefighters brought the blaze under control after four hours.\n", firstTime),
                published("b.txt", lede + "Prosecutors opened an investigation into the fire at the factory.\n", firstTime),
                published("c.txt", third3, thirdTime));
    }

    /** Articles a.txt, b.txt, … of the texts given, each followed by its publication time. */
    private static List<Article> ofArticles(String... textsAndTimes) {
        List<Article> out = new java.util.ArrayList<>();
        for (int i = 0; i < textsAndTimes.length; i += 2) {
            out.add(published((char) ('a' + i / 2) + ".txt", textsAndTimes[i], textsAndTimes[i + 1]));
        }
        return out;
    }

    private static Article published(String id, String text, String published) {
        return Article.builder(id).text(text).published(published).build();
    }

    private static String centroid60(List<Article> articles) {
        return Khulasa.builder().language("en").budget(Budget.words(60)).build().summarize(articles).text();
    }

    @Test
    void aLaterDatedArticlesHigherTollReplacesTheChosenOneWhateverItsWording() {
        String nine = "Nine people died in the blaze, the civil defence said late on Monday.\n";
        assertThat(centroid60(dated(nine, "2025-06-02T08:00:00+02:00", "2025-06-02T21:00:00+02:00")))
                .contains("Nine people died").doesNotContain("Three people were killed");
        // Dated earlier than the chosen toll's articles, the higher figure is an estimate since revised, even
        // when worded as an update.
        String earlier = "The death toll from the blaze rose to nine, a hospital spokeswoman said.\n";
        assertThat(centroid60(dated(earlier, "2025-06-02T20:00:00+02:00", "2025-06-02T06:00:00+02:00")))
                .contains("Three people were killed").doesNotContain("rose to nine");
    }

    @Test
    void aFigureRepeatedInALaterArticleIsAsOldAsItsFirstReport() {
        // The morning's three dead, told again two days later in a follow-up's background, are still the morning's
        // figure: the evening's "rose to nine" is newer than it.
        String background = "Three people were killed when a fire broke out at a textile factory in the port city of Valmora "
                + "on Monday, and the province has since ordered inspections of every textile factory.\n\n"
                + "Factory owners in Valmora said the inspections would halt production for weeks.\n";
        String evening = "Union representatives complained that overtime rules had been ignored for months.\n\n"
                + "The death toll from the blaze rose to nine, a hospital spokeswoman said.\n";
        List<Article> articles = ofArticles(
                background, "2025-06-04T10:00:00+02:00",
                background.replace("and the province", "and the governor"), "2025-06-04T12:00:00+02:00",
                "Three people were killed when a fire broke out at a textile factory in Valmora early on "
                        + "Monday, the civil defence said.\n\nFirefighters brought the blaze under control after four hours.\n",
                "2025-06-02T08:00:00+02:00",
                evening, "2025-06-02T20:00:00+02:00");
        assertThat(centroid60(articles)).contains("rose to nine").doesNotContain("Three people were killed");
    }

    /** A protest's midday report, with its count of the arrested. */
    private static final String MIDDAY_ARRESTS = "Thousands of people marched through central Tervola against the sale of the "
            + "city's bus company.\n\n"
            + "Police say 12 people have been arrested, most of them near the town hall.\n\n"
            + "Organisers said the march was the largest the city had seen in a decade.\n";

    /** {@code first} on 10 May at 13:00, a copy with {@code from} said as {@code to} at 13:30, then {@code later} at {@code laterAt}. */
    private static List<Article> twoCopiesThen(String first, String from, String to, String later, String laterAt) {
        return ofArticles(first, "2025-05-10T13:00:00+02:00", first.replace(from, to), "2025-05-10T13:30:00+02:00", later, laterAt);
    }

    /** The midday report twice, then {@code later} at {@code laterAt}. */
    private static List<Article> afterMidday(String later, String laterAt) {
        return twoCopiesThen(MIDDAY_ARRESTS, "Thousands of people", "Several thousand people", later, laterAt);
    }

    @Test
    void aLaterHigherCountOfTheArrestedReplacesTheChosenOneAndItsOldFigureIsNotAddedBack() {
        String evening = "Clashes broke out outside the town hall in Tervola as a day of protest against the bus company's sale ended.\n\n"
                + "Police said 31 people had been arrested by the evening, after officers used tear gas on the town hall steps.\n\n"
                + "By early afternoon police had made 12 arrests.\n";
        List<Article> articles = afterMidday(evening, "2025-05-10T21:00:00+02:00");
        assertThat(centroid60(articles)).contains("31 people had been arrested").doesNotContain("12 people")
                .doesNotContain("12 arrests");
    }

    @Test
    void aCountOfTheFreedIsNoLaterCountOfTheArrested() {
        // the next day's 30 freed are no later figure of the 12 arrested
        String freed = "The protests in Tervola against the sale of the bus company continued for a second day.\n\nIn a gesture "
                + "to the protesters, the city released 30 detainees held since last year's strike at the bus company.\n";
        assertThat(centroid60(afterMidday(freed, "2025-05-11T10:00:00+02:00"))).contains("12 people have been arrested");
    }

    @Test
    void aChosenSentenceWhoseFiguresTheNewcomerGivesStaysWhenItsWordsAreOthers() {
        // "7.2" is in both; the quake's dawn, the coast and the villages are the first sentence's own
        String first = "A 7.2-magnitude earthquake struck off the coast of Valmora at dawn, flattening fishing villages and "
                + "cutting roads to the north.\n\n"
                + "Rescue teams from the capital reached the coast by the afternoon.\n\n"
                + "At least 40 people were killed, the civil defence said.\n";
        String next = "Rescuers dug through the rubble of fishing villages on the Valmora coast for a second day.\n\n"
                + "The death toll from the 7.2-magnitude earthquake rose to 112, the civil defence said.\n";
        assertThat(centroid60(twoCopiesThen(first, "At least 40", "Forty", next, "2025-05-11T10:00:00+02:00"))).contains("rose to 112").contains("flattening fishing villages");
    }

    @Test
    void aMarketsCloseUpdatesTheRateAndTakesThePlaceOfTheOlderFigureItSaysAgain() {
        String first = "هبط الجنيه بنحو 27 في المئة أمام الدولار في ختام تعاملات أول يوم للتعويم، ليسجل 21.60 جنيه للدولار "
                + "في البنوك الحكومية، بعد ساعات من قرار البنك المركزي تحرير سعر الصرف.\n\n"
                + "وقال تجار إن سعر الدولار في السوق السوداء تراجع إلى 25 جنيها بعد القرار.\n";
        String third = "وسجل الجنيه 24.30 للدولار في تعاملات الأحد، وهو أدنى مستوى في تاريخه أمام الدولار.\n\n"
                + "استرد الجنيه جزءا من خسائره أمام الدولار في ختام تعاملات الاثنين، ليغلق عند 22.90 جنيه للدولار، "
                + "مقابل 24.30 جنيه في ختام جلسة الأحد.\n";
        List<Article> articles = ofArticles(
                first, "2025-03-06T20:00:00+02:00",
                first.replace("هبط الجنيه", "تراجع الجنيه"), "2025-03-06T21:00:00+02:00",
                third, "2025-03-10T16:00:00+02:00");
        String text = Khulasa.builder().language("ar").budget(Budget.words(60)).build().summarize(articles).text();
        assertThat(text).contains("ليغلق عند 22.90").doesNotContain("21.60").doesNotContain("وسجل الجنيه 24.30");
    }

    @Test
    void aLivePagesOldEntryIsAsOldAsItsTimeStampNotAsTheLastUpdate() {
        String live = "LIVE: Valmora factory fire, latest updates\n\nLast updated 9:30 p.m. Tuesday\n\n"
                + "9:30 p.m. Tue, June 3\n\nOwner questioned\n\n"
                + "Prosecutors questioned the factory's owner about locked emergency exits for a second day.\n\n"
                + "2:10 p.m. Tue, June 3\n\nInquiry opened\n\n"
                + "The regional governor ordered an inquiry into safety inspections at textile factories across the province.\n\n"
                + "7:05 a.m. Mon, June 2\n\nFire breaks out\n\n"
                + "Three people were killed when a fire broke out at a textile factory in the port city of Valmora, the civil defence said.\n";
        String evening = "Factory fire toll rises in Valmora\n\nThe death toll from the fire at a textile factory in Valmora rose to "
                + "nine after rescuers recovered six more bodies from the rubble, the civil defence said.\n\n"
                + "Workers said the emergency exits of the textile factory had been locked during the night shift.\n";
        // the live page was last updated on Tuesday night; its first entry, with three dead, is Monday morning's
        List<Article> articles = List.of(
                published("live", live, "2025-06-03T21:30:00+02:00"),
                published("b", evening, "2025-06-02T20:00:00+02:00"));
        assertThat(centroid60(articles)).contains("rose to nine").doesNotContain("Three people were killed");
        io.khulasa.analyze.AnalyzedCluster c = new io.khulasa.analyze.ClusterAnalyzer(false)
                .analyze(new io.khulasa.clean.ArticleCleaner().clean(articles), "en");
        LatestFigures.ReportDates dates = new LatestFigures.ReportDates(c);
        java.util.function.Function<String, java.time.Instant> when = start -> dates.of(
                c.sentences().stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow());
        assertThat(when.apply("Three people")).isEqualTo(java.time.Instant.parse("2025-06-02T05:05:00Z"));
        assertThat(when.apply("Prosecutors questioned")).isEqualTo(java.time.Instant.parse("2025-06-03T19:30:00Z"));
        assertThat(when.apply("The death toll")).isEqualTo(java.time.Instant.parse("2025-06-02T18:00:00Z"));
    }

    @Test
    void aDateLineInTheTextDatesTheArticle() {
        // No published field: the pages' own date lines say the third article is a day later.
        String nine = "Nine people died in the blaze, the civil defence said late on Monday.\n";
        List<Article> undated = dated(nine, null, null);
        List<Article> withDateLines = new java.util.ArrayList<>();
        String[] lines = {"Monday 2 June 2025", "Monday 2 June 2025", "Tuesday 3 June 2025"};
        for (int i = 0; i < 3; i++) {
            withDateLines.add(Article.ofText(undated.get(i).id(), "Factory fire in Valmora\n\n" + lines[i] + "\n\n" + undated.get(i).text()));
        }
        assertThat(centroid60(withDateLines)).contains("Nine people died").doesNotContain("Three people were killed");
    }

    @Test
    void aLongerUpdateMakesRoomByDroppingTheWeakestOtherSentence() {
        String longUpdate = "The death toll from Monday's fire at a textile factory in the port city of Valmora rose to "
                + "seven on Monday evening after rescuers searching the collapsed storage wing of the factory recovered four "
                + "more bodies from the rubble, the regional civil defence said in a statement.\n";
        Summary s = Khulasa.builder().language("en").budget(Budget.words(55)).build()
                .summarize(dated(longUpdate, "2025-06-02T08:00:00+02:00", "2025-06-02T21:00:00+02:00"));
        assertThat(s.text()).contains("rose to seven").doesNotContain("Three people were killed");
        assertThat(Budget.countWords(s.text())).isLessThanOrEqualTo(55);
    }

    @Test
    void anOlderCountOfTheMissingGoesWithTheOlderToll() {
        String lede = "Three people were killed when a fire broke out at a textile factory in the port city of Valmora "
                + "early on Monday, the civil defence said.\n\n"
                + "Two workers are missing after the blaze, rescuers at the scene said.\n\n";
        String text = centroid60(dated(lede, "The death toll from the blaze rose to seven on Tuesday, with one missing.\n",
                "2025-06-02T08:00:00+02:00", "2025-06-03T09:00:00+02:00"));
        assertThat(text).contains("rose to seven, with one missing")
                .doesNotContain("Three people were killed", "Two workers are missing");
    }

    @Test
    void aMeasureGivenAsAnUpdateInAnotherArticleReplacesTheOlderFigure() {
        String lede = "Ministers from fourteen countries agreed in Valmora on Tuesday to set up a joint fuel fund of "
                + "5 billion dollars to steady fuel prices and support weak currencies.\n\n";
        String later = "Union representatives complained that fuel prices had doubled since January.\n\n"
                + "Protesters gathered outside the conference centre for a second day.\n\n"
                + "On Wednesday the joint fund was raised to 8 billion dollars after new pledges overnight.\n";
        List<Article> articles = List.of(
                Article.ofText("a.txt", lede + "The fund will be based in Valmora and start paying out in July.\n"),
                Article.ofText("b.txt", lede + "Ministers said the fund's rules would be agreed on Wednesday.\n"),
                Article.ofText("c.txt", later));
        String text = centroid60(articles);
        assertThat(text).contains("raised to 8 billion dollars").doesNotContain("5 billion dollars");
        // Another sum, for another purpose, is no update of the fund: both stay possible.
        String aid = later.replace("the joint fund was raised to 8 billion dollars after new pledges overnight",
                "the city's mayor raised the budget for road repairs to 8 million dollars");
        assertThat(centroid60(List.of(articles.get(0), articles.get(1), Article.ofText("c.txt", aid))))
                .contains("5 billion dollars");
    }

    @Test
    void aHigherCountOfTheInjuredOrInfectedReplacesTheChosenOneWhileTheDeadStayTheSame() {
        String lede = "Health officials said 215 people were infected in the cholera outbreak in the river valley, "
                + "and five people died.\n\n";
        String later = "Volunteers handed out water purification tablets in the villages.\n\n"
                + "Doctors said the clinics were coping with the number of patients.\n\n"
                + "By Wednesday, 340 people were infected in the outbreak and five had died, the ministry said.\n";
        String text = centroid60(List.of(
                published("a.txt", lede + "The ministry opened nine treatment centres in the valley.\n", "2026-05-25"),
                published("b.txt", lede + "A contaminated well is suspected to be the source.\n", "2026-05-25"),
                published("c.txt", later, "2026-05-27")));
        assertThat(text).contains("340 people were infected").doesNotContain("215 people were infected");
    }

    @Test
    void aSentenceGivingTheReplacedFigureGoesWithItAndTheRoomIsFilled() {
        String first = "Part of the roof caved in at Kestrel Park on Saturday evening, injuring 14 people and forcing the "
                + "evacuation of the stadium before the match.\n\n"
                + "The city fire and rescue service said 14 people had been taken to hospital, most of them with cuts.\n\n"
                + "The club said the match against Northgate Town had been postponed until further notice.\n";
        String later = "Engineers began checking the remaining stands on Sunday morning.\n\n"
                + "Supporters left flowers at the main gate of the stadium.\n\n"
                + "The number of injured rose to 31 late on Saturday, the city fire and rescue service said.\n";
        Summary s = Khulasa.builder().language("en").budget(Budget.words(60)).build().summarize(List.of(
                Article.ofText("a.txt", first), Article.ofText("b.txt", first.replace("Saturday evening", "Saturday night")),
                Article.ofText("c.txt", later)));
        assertThat(s.text()).contains("rose to 31").doesNotContain("14 people");
        // the room the two older sentences left is used
        assertThat(Budget.countWords(s.text())).isGreaterThan(40).isLessThanOrEqualTo(60);
    }

    @Test
    void aLaterFigureSetAgainstTheChosenOneReplacesIt() {
        String lede = "The county council voted on Monday to close 46 struggling libraries across the county by the end "
                + "of June to save money.\n\n";
        String later = "Readers' groups collected signatures outside the town hall on Thursday.\n\n"
                + "Budget papers published on Thursday show the council will close 52 libraries, six more than the 46 "
                + "it announced on Monday.\n";
        String text = centroid60(ofArticles(
                lede + "Librarians said the closures would hit rural villages hardest.\n", "2026-03-02",
                lede + "The council leader said the decision had been painful but necessary.\n", "2026-03-02",
                later, "2026-03-05"));
        assertThat(text).contains("close 52 libraries").doesNotContain("46 struggling libraries");
    }
}
