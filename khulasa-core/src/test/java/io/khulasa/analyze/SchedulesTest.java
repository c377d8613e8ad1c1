package io.khulasa.analyze;

import io.khulasa.Article;
import io.khulasa.clean.ArticleCleaner;
import io.khulasa.clean.CleanedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulesTest {

    /** A row of a table: {@code text} in {@code language} announces a plan. */
    private static Arguments plan(String text, String language) {
        return Arguments.of(text, language, true);
    }

    /** A row of a table: {@code text} in {@code language} announces no plan. */
    private static Arguments noPlan(String text, String language) {
        return Arguments.of(text, language, false);
    }

    static Stream<Arguments> readsPlansInFrenchAndSpanish() {
        return Stream.of(
                plan("Une réunion de négociation est prévue mardi à 14 heures à l'hôtel de région.", "fr"),
                plan("Les deux parties se retrouveront mardi à la préfecture.", "fr"),
                plan("Le vote aura lieu jeudi au conseil municipal.", "fr"),
                plan("La séance doit reprendre à 15 heures.", "fr"),
                // what happened, and a forecast of a figure
                noPlan("La réunion s'est tenue à 14 heures et s'est achevée sans accord.", "fr"),
                noPlan("La croissance est prévue à 2 % cette année.", "fr"),
                plan("La votación está prevista para el martes en el Congreso.", "es"),
                plan("El pleno se celebrará el jueves.", "es"),
                noPlan("El pleno se celebró el jueves sin incidentes.", "es"),
                noPlan("Une réunion est prévue mardi.", "de"),
                // a plan for a month is still to come a day later
                noPlan("Le procès aura lieu en juin devant le tribunal correctionnel.", "fr"),
                noPlan("La hausse des tarifs est prévue en septembre.", "fr"));
    }

    @ParameterizedTest(name = "{1}: {0} => {2}")
    @MethodSource
    void readsPlansInFrenchAndSpanish(String text, String language, boolean announces) {
        assertThat(Schedules.announces(text, language)).as(language + ": " + text).isEqualTo(announces);
    }

    static Stream<Arguments> readsPlansAndForecastsInEnglishAndArabic() {
        return Stream.of(
                plan("The summit is scheduled to end on Wednesday with a final statement.", "en"),
                plan("Sentencing was set for later this month.", "en"),
                // "will" and a day names no date: Friday may come after the newest report
                noPlan("Nepal's Parliament will vote Friday on the no-confidence motion.", "en"),
                plan("ومن المقرر أن يختتم المؤتمر أعماله بإعلان الحصيلة النهائية.", "ar"),
                plan("ومن المتوقع أن يختتم المؤتمر أعماله مساء الأربعاء.", "ar"),
                // a forecast of a figure is news, not a plan
                noPlan("ومن المتوقع أن ترتفع التعهدات مع انضمام دول أخرى.", "ar"),
                noPlan("وقال البنك في تقريره إنه يتوقع أن يبلغ النمو 3.2% هذا العام.", "ar"),
                noPlan("ويتوقع أن يصل عدد القتلى إلى مئة مع تقدم عمليات البحث.", "ar"),
                plan("ومن المتوقع أن تجرى الانتخابات الرئاسية الشهر المقبل.", "ar"),
                plan("ومن المتوقع أن تستضيف القاهرة القمة في الربيع.", "ar"),
                // a weekday to come, whatever the verb: a day later it is nearer, past or put off
                plan("وقال المتحدث إن موعد الاستفتاء لا يزال قائما يوم الأحد المقبل في كل المحافظات.", "ar"),
                plan("وتُستأنف المحادثات الثلاثاء القادم في العاصمة.", "ar"),
                noPlan("واستؤنفت المحادثات يوم الثلاثاء الماضي في العاصمة.", "ar"),
                // a case adjourned for its verdict
                plan("وحجزت المحكمة القضية للنطق بالحكم في جلسة 6 أبريل المقبل.", "ar"),
                noPlan("وقضت المحكمة بالسجن خمس سنوات بعد النطق بالحكم في القضية.", "ar"),
                noPlan("قضت المحكمة في الجلسة المخصصة للنطق بالحكم بالسجن عشر سنوات على الوزير الأسبق.", "ar"),
                // what happened, and a set of things
                noPlan("The summit ended on Wednesday with a final statement.", "en"),
                noPlan("The company set up a fund for the victims.", "en"),
                noPlan("واختتم المؤتمر أعماله بإعلان الحصيلة النهائية.", "ar"),
                // a cause, a past expectation, a purpose, a lasting forecast, "more than expected"
                noPlan("The crash was due to a failure of the left engine.", "en"),
                noPlan("The delay is due to a shortage of parts.", "en"),
                noPlan("The minister was expected to resign but kept his post.", "en"),
                noPlan("The fire was set to destroy evidence.", "en"),
                noPlan("The trial is expected to last six weeks.", "en"),
                noPlan("The closure is due to flooding on the coast road.", "en"),
                noPlan("The delay is due to staff shortages at the depot.", "en"),
                plan("The vote is due to take place on Friday.", "en"),
                plan("The verdict is expected to be delivered on Friday.", "en"),
                plan("The jury is expected to deliberate until Thursday.", "en"),
                plan("ويتوقع أن يعلن الوزير نتائج التحقيق الأسبوع المقبل.", "ar"),
                noPlan("ارتفعت الأسعار بأكثر من المتوقع خلال الشهر الماضي.", "ar"),
                noPlan("ونما الاقتصاد بأسرع من المتوقع في الربع الثالث.", "ar"));
    }

    @ParameterizedTest(name = "{1}: {0} => {2}")
    @MethodSource
    void readsPlansAndForecastsInEnglishAndArabic(String text, String language, boolean announces) {
        assertThat(Schedules.announces(text, language)).as(language + ": " + text).isEqualTo(announces);
    }

    @ParameterizedTest(name = "{1}: {0} => {2}")
    @MethodSource
    void readsWhatWasNotKnownYet(String text, String language, boolean open) {
        assertThat(Schedules.stillOpen(text, language)).as(language + ": " + text).isEqualTo(open);
    }

    static Stream<Arguments> readsWhatWasNotKnownYet() {
        return Stream.of(
                plan("The company said it did not yet know what caused the collapse.", "en"),
                plan("The cause of the fire was not immediately known.", "en"),
                plan("The identities of the victims have not been confirmed.", "en"),
                plan("It remains unclear how the hackers entered the network.", "en"),
                plan("ولم تعرف بعد أسباب انهيار الجسر.", "ar"),
                plan("ولم يتضح حتى الآن عدد المحاصرين تحت الأنقاض.", "ar"),
                plan("ولا تزال أسباب الحريق مجهولة.", "ar"),
                // a condition, a release, what is known
                noPlan("If the sailors are not released, Britain will move into a different phase.", "en"),
                noPlan("The cause of the fire was a faulty heater, investigators said.", "en"),
                noPlan("وعرفت أسباب الحريق بعد تحقيق استمر أسبوعين.", "ar"),
                // not knowing someone, or being unknown to someone, is a fact, not a question the news may answer
                noPlan("Police said the gunman did not know any of his victims.", "en"),
                noPlan("The attacker was not known to the security services, the interior minister said.", "en"),
                noPlan("Residents said they did not know the plant stored ammonium nitrate.", "en"),
                plan("The cause of the collapse was not known.", "en"),
                plan("Police did not know whether the gunman had acted alone.", "en"),
                // «بعد» before a noun, past other words, is "after"; ending its clause, or right after the verb, "yet"
                noPlan("ولم يكشف الجيش عن خسائره بعد المعركة التي استمرت يومين.", "ar"),
                plan("ولم تتضح أسباب الحريق بعد.", "ar"),
                plan("ولم يكشف الجيش عن خسائره بعد، بحسب مراسلنا.", "ar"));
    }

    @Test
    void whatWasNotKnownADayBeforeTheNewestReportIsOutdated() {
        Map<String, Boolean> o = outdated(
                "2025-03-03", "Roof collapse\n\nFourteen miners were trapped by a roof collapse at the colliery. "
                        + "The company said it did not yet know what caused the collapse.\n",
                "2025-03-05", "Miners rescued\n\nThe last seven miners were brought out alive. "
                        + "The cause of the collapse was not immediately known.\n");
        assertThat(o).containsEntry("The company said it did not yet know what caused the collapse.", true)
                // the newest report's own open question is news of its hour
                .containsEntry("The cause of the collapse was not immediately known.", false)
                .containsEntry("Fourteen miners were trapped by a roof collapse at the colliery.", false);
    }

    @Test
    void onlyADocumentKeptForTheSummaryMakesAPlanOutdated() {
        List<CleanedDocument> docs = new ArticleCleaner().clean(List.of(
                Article.builder("old.txt").published("2025-03-03").text("Harbour talks open\n\n"
                        + "The talks are expected to end on Wednesday with a vote by the members.\n").build(),
                Article.builder("column.txt").published("2025-03-06").text("Why the harbour matters\n\n"
                        + "The harbour has fed this town for two hundred years and deserves better.\n").build()));
        AnalyzedCluster all = new ClusterAnalyzer().analyze(docs, "en");
        assertThat(all.sentences()).filteredOn(Sentence::outdated).hasSize(1);
        // without the newer document (another language, a column), nothing tells what came of the plan
        AnalyzedCluster reports = all.keep(d -> d.cleaned().id().equals("old.txt"));
        assertThat(reports.sentences()).noneMatch(Sentence::outdated);
    }

    @Test
    void aPartOfAClusterKeptOnItsOwnSettlesItsPlansAnew() {
        String vague = "A state funeral is expected next week, a government spokeswoman said.";
        String day = "The state funeral is scheduled for Friday 14 March at St Aldric's Cathedral, the government announced.";
        List<CleanedDocument> docs = new ArticleCleaner().clean(List.of(
                Article.builder("morning.txt").published("2025-03-04T08:00Z").text("Tributes\n\n" + vague + "\n").build(),
                Article.builder("evening.txt").published("2025-03-04T18:00Z").text("Funeral set\n\n" + day + "\n").build(),
                Article.builder("later.txt").published("2025-03-07").text("أعلنت الحكومة الحداد الرسمي ثلاثة أيام على الرئيس الراحل.\n").build()));
        AnalyzedCluster all = new ClusterAnalyzer().analyze(docs, "auto");
        // the evening report dates the morning's plan, and the report three days on has overtaken both
        assertThat(outdatedByText(all)).containsEntry(vague, true).containsEntry(day, true);
        // in English alone the evening report is the newest: its plan is news, and it still dates the morning's
        assertThat(outdatedByText(all.inLanguage("en"))).containsEntry(vague, true).containsEntry(day, false);
        // without the evening report nothing dates the morning's plan
        assertThat(outdatedByText(all.keep(d -> d.cleaned().id().equals("morning.txt")))).containsEntry(vague, false);
    }

    private static Map<String, Boolean> outdatedByText(AnalyzedCluster cluster) {
        return cluster.sentences().stream().collect(Collectors.toMap(Sentence::text, Sentence::outdated, (a, b) -> a || b));
    }

    private static Map<String, Boolean> outdated(String... datedTexts) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int k = 0; k < datedTexts.length; k += 2) {
            articles.add(Article.builder("a" + k + ".txt").text(datedTexts[k + 1]).published(datedTexts[k]).build());
        }
        List<CleanedDocument> docs = new ArticleCleaner().clean(articles);
        return outdatedByText(new ClusterAnalyzer().analyze(docs, "en"));
    }

    @Test
    void aPlanToldADayBeforeTheNewestReportIsOutdated() {
        Map<String, Boolean> o = outdated(
                "2025-03-03", "Harbour talks open\n\nUnion and port owners met for the first time in weeks. "
                        + "The talks are expected to end on Wednesday with a vote by the members.\n",
                "2025-03-05", "Harbour strike ends\n\nMembers voted to accept the offer and end the strike. "
                        + "Another round of talks is scheduled to begin next month on pensions.\n");
        assertThat(o).containsEntry("The talks are expected to end on Wednesday with a vote by the members.", true)
                // the newest report's own plans are news, and so is what the older one says happened
                .containsEntry("Another round of talks is scheduled to begin next month on pensions.", false)
                .containsEntry("Union and port owners met for the first time in weeks.", false);
    }

    @Test
    void aPlanWithoutItsDayIsOutdatedByADatedReportThatGivesTheDay() {
        String vague = "A state funeral is expected next week, a government spokeswoman said.";
        String day = "Funeral set\n\nThe state funeral will be held at St Aldric's Cathedral on Friday 14 March, the government announced.\n";
        // an undated copy's vague plan beside the dated report of the day
        assertThat(outdated(null, "Tributes\n\n" + vague + "\n", "2025-03-04", day)).containsEntry(vague, true);
        // a later report that still has no day may tell of a plan put off; among undated reports none is the later
        assertThat(outdated("2025-03-06", "Tributes\n\n" + vague + "\n", "2025-03-04", day)).containsEntry(vague, false);
        assertThat(outdated(null, "Tributes\n\n" + vague + "\n", null, day)).containsEntry(vague, false);
        // a day for another event says nothing of this one, though told by the same speaker
        assertThat(outdated(null, "Fuel\n\nThe government will unveil new fuel subsidies next week, the finance minister said.\n",
                "2025-03-04", "Talks\n\nThe finance minister met union leaders on 3 March to discuss wages.\n"))
                .containsEntry("The government will unveil new fuel subsidies next week, the finance minister said.", false);
        assertThat(outdated(null, "Tributes\n\n" + vague + "\n", "2025-03-04",
                "Markets\n\nThe central bank will meet on Friday 14 March to set rates.\n")).containsEntry(vague, false);
    }

    @Test
    void nearnessAndAStoryToldInThePastAreNoPlanWithoutItsDay() {
        // «قريبا من» is "near"; "within days" and «في وقت لاحق» tell what followed as often as what will
        String near = "انفجرت سيارة مفخخة قريبا من مقر الشرطة في وسط بغداد، ما أدى إلى مقتل خمسة أشخاص.";
        assertThat(outdated(null, "انفجار في بغداد\n\n" + near + "\n", "2025-03-04",
                "بغداد\n\nأعلنت الشرطة يوم الأحد 2 مارس اعتقال مشتبه به في تفجير السيارة المفخخة قرب مقرها في بغداد.\n"))
                .containsEntry(near, false);
        String spread = "Within days, the virus had spread to hospitals in 12 provinces, the health ministry said.";
        assertThat(outdated(null, "Outbreak\n\n" + spread + "\n", "2025-03-04",
                "Outbreak\n\nThe health ministry said on 3 March that hospitals in the capital were full.\n"))
                .containsEntry(spread, false);
        String later = "أعلنت وزارة الداخلية في وقت لاحق أن عدد القتلى في الاحتجاجات ارتفع إلى سبعة.";
        assertThat(outdated(null, "الاحتجاجات\n\n" + later + "\n", "2025-03-04",
                "الاحتجاجات\n\nقالت وزارة الداخلية يوم الاثنين 3 مارس إن الاحتجاجات تواصلت أمام البرلمان.\n"))
                .containsEntry(later, false);
        // in a plan they still leave the day to another report
        String plan = "A date for the state funeral will be announced within days, a spokeswoman said.";
        assertThat(outdated(null, "Funeral\n\n" + plan + "\n", "2025-03-04", "Funeral set\n\nThe state funeral will be held "
                + "at St Aldric's Cathedral on Friday 14 March, the government announced.\n")).containsEntry(plan, true);
        String arabicPlan = "وستعلن الرئاسة في وقت لاحق موعد الجنازة الرسمية للرئيس الراحل.";
        assertThat(outdated(null, "الجنازة\n\n" + arabicPlan + "\n", "2025-03-04",
                "الجنازة\n\nأعلنت الرئاسة أن الجنازة الرسمية للرئيس الراحل ستقام يوم الجمعة 14 مارس.\n"))
                .containsEntry(arabicPlan, true);
    }

    @Test
    void reportsOfOneDayOrUndatedAreNeverOutdated() {
        Map<String, Boolean> sameDay = outdated(
                "2025-03-05T09:00Z", "Harbour talks\n\nThe talks are expected to end tonight with a vote by the members.\n",
                "2025-03-05T18:00Z", "Harbour strike ends\n\nMembers voted to accept the offer and end the strike.\n");
        assertThat(sameDay).containsEntry("The talks are expected to end tonight with a vote by the members.", false);
        Map<String, Boolean> undated = outdated(
                null, "Harbour talks\n\nThe talks are expected to end on Wednesday with a vote by the members.\n",
                "2025-03-05", "Harbour strike ends\n\nMembers voted to accept the offer and end the strike.\n");
        assertThat(undated).containsEntry("The talks are expected to end on Wednesday with a vote by the members.", false);
    }
}
