package io.khulasa.analyze;

import io.khulasa.Article;
import io.khulasa.clean.ArticleCleaner;
import io.khulasa.clean.CleanedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulesTest {

    @Test
    void readsPlansInFrenchAndSpanish() {
        assertThat(Schedules.announces("Une réunion de négociation est prévue mardi à 14 heures à l'hôtel de région.", "fr")).isTrue();
        assertThat(Schedules.announces("Les deux parties se retrouveront mardi à la préfecture.", "fr")).isTrue();
        assertThat(Schedules.announces("Le vote aura lieu jeudi au conseil municipal.", "fr")).isTrue();
        assertThat(Schedules.announces("La séance doit reprendre à 15 heures.", "fr")).isTrue();
        // what happened, and a forecast of a figure
        assertThat(Schedules.announces("La réunion s'est tenue à 14 heures et s'est achevée sans accord.", "fr")).isFalse();
        assertThat(Schedules.announces("La croissance est prévue à 2 % cette année.", "fr")).isFalse();
        assertThat(Schedules.announces("La votación está prevista para el martes en el Congreso.", "es")).isTrue();
        assertThat(Schedules.announces("El pleno se celebrará el jueves.", "es")).isTrue();
        assertThat(Schedules.announces("El pleno se celebró el jueves sin incidentes.", "es")).isFalse();
        assertThat(Schedules.announces("Une réunion est prévue mardi.", "de")).isFalse();
        // a plan for a month is still to come a day later
        assertThat(Schedules.announces("Le procès aura lieu en juin devant le tribunal correctionnel.", "fr")).isFalse();
        assertThat(Schedules.announces("La hausse des tarifs est prévue en septembre.", "fr")).isFalse();
    }

    @Test
    void readsPlansAndForecastsInEnglishAndArabic() {
        assertThat(Schedules.announces("The summit is scheduled to end on Wednesday with a final statement.", "en")).isTrue();
        assertThat(Schedules.announces("Sentencing was set for later this month.", "en")).isTrue();
        // "will" and a day names no date: Friday may come after the newest report
        assertThat(Schedules.announces("Nepal's Parliament will vote Friday on the no-confidence motion.", "en")).isFalse();
        assertThat(Schedules.announces("ومن المقرر أن يختتم المؤتمر أعماله بإعلان الحصيلة النهائية.", "ar")).isTrue();
        assertThat(Schedules.announces("ومن المتوقع أن يختتم المؤتمر أعماله مساء الأربعاء.", "ar")).isTrue();
        // a forecast of a figure is news, not a plan
        assertThat(Schedules.announces("ومن المتوقع أن ترتفع التعهدات مع انضمام دول أخرى.", "ar")).isFalse();
        assertThat(Schedules.announces("وقال البنك في تقريره إنه يتوقع أن يبلغ النمو 3.2% هذا العام.", "ar")).isFalse();
        assertThat(Schedules.announces("ويتوقع أن يصل عدد القتلى إلى مئة مع تقدم عمليات البحث.", "ar")).isFalse();
        assertThat(Schedules.announces("ومن المتوقع أن تجرى الانتخابات الرئاسية الشهر المقبل.", "ar")).isTrue();
        assertThat(Schedules.announces("ومن المتوقع أن تستضيف القاهرة القمة في الربيع.", "ar")).isTrue();
        // a case adjourned for its verdict
        assertThat(Schedules.announces("وحجزت المحكمة القضية للنطق بالحكم في جلسة 6 أبريل المقبل.", "ar")).isTrue();
        assertThat(Schedules.announces("وقضت المحكمة بالسجن خمس سنوات بعد النطق بالحكم في القضية.", "ar")).isFalse();
        assertThat(Schedules.announces("قضت المحكمة في الجلسة المخصصة للنطق بالحكم بالسجن عشر سنوات على الوزير الأسبق.", "ar")).isFalse();
        // what happened, and a set of things
        assertThat(Schedules.announces("The summit ended on Wednesday with a final statement.", "en")).isFalse();
        assertThat(Schedules.announces("The company set up a fund for the victims.", "en")).isFalse();
        assertThat(Schedules.announces("واختتم المؤتمر أعماله بإعلان الحصيلة النهائية.", "ar")).isFalse();
        // a cause, a past expectation, a purpose, a lasting forecast, "more than expected"
        for (String notAPlan : List.of("The crash was due to a failure of the left engine.", "The delay is due to a shortage of parts.",
                "The minister was expected to resign but kept his post.", "The fire was set to destroy evidence.",
                "The trial is expected to last six weeks.", "The closure is due to flooding on the coast road.",
                "The delay is due to staff shortages at the depot.")) {
            assertThat(Schedules.announces(notAPlan, "en")).as(notAPlan).isFalse();
        }
        assertThat(Schedules.announces("The vote is due to take place on Friday.", "en")).isTrue();
        assertThat(Schedules.announces("The verdict is expected to be delivered on Friday.", "en")).isTrue();
        assertThat(Schedules.announces("The jury is expected to deliberate until Thursday.", "en")).isTrue();
        assertThat(Schedules.announces("ويتوقع أن يعلن الوزير نتائج التحقيق الأسبوع المقبل.", "ar")).isTrue();
        assertThat(Schedules.announces("ارتفعت الأسعار بأكثر من المتوقع خلال الشهر الماضي.", "ar")).isFalse();
        assertThat(Schedules.announces("ونما الاقتصاد بأسرع من المتوقع في الربع الثالث.", "ar")).isFalse();
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

    private static Map<String, Boolean> outdated(String... datedTexts) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int k = 0; k < datedTexts.length; k += 2) {
            articles.add(Article.builder("a" + k + ".txt").text(datedTexts[k + 1]).published(datedTexts[k]).build());
        }
        List<CleanedDocument> docs = new ArticleCleaner().clean(articles);
        return new ClusterAnalyzer().analyze(docs, "en").sentences().stream()
                .collect(Collectors.toMap(Sentence::text, Sentence::outdated, (a, b) -> a || b));
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
