package io.khulasa.order;

import io.khulasa.Article;
import io.khulasa.Budget;
import io.khulasa.Khulasa;
import io.khulasa.Summary;
import io.khulasa.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceOrdererTest {

    /** A live page's entries under their time stamps, in the order given. */
    private static String livePage(String... stampsAndEntries) {
        StringBuilder b = new StringBuilder("<html><head><title>مباشر | سيول الوادي</title></head><body><article><h1>مباشر | سيول الوادي</h1>");
        for (int k = 0; k < stampsAndEntries.length; k += 2) {
            b.append("<p>").append(stampsAndEntries[k]).append("</p><p>").append(stampsAndEntries[k + 1]).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    private static List<String> lead(String html) {
        Summary s = Khulasa.builder().method("lead").budget(Budget.words(200)).build()
                .summarize(List.of(Article.builder("live.html").html(html).build()));
        assertThat(s.documents().get(0).metadata()).containsEntry("genre", "live");
        return s.sentences().stream().map(SummarySentence::text).toList();
    }

    private static final String FIRST = "أعلن الدفاع المدني وفاة ثلاثة أشخاص جرفت السيول سيارتهم في الوادي الشرقي للمدينة.";
    private static final String SECOND = "وارتفع عدد ضحايا السيول إلى سبعة قتلى بعد انتشال أربع جثث من مجرى الوادي الشرقي.";
    private static final String THIRD = "وأعلن المحافظ تعطيل الدراسة في جميع مدارس المدينة حتى إشعار آخر بسبب الأمطار.";

    @Test
    void aLivePageWrittenNewestFirstIsReadFromTheBottomUp() {
        // its greeting, the oldest entry, is no news
        assertThat(lead(livePage("16:10", THIRD, "١٢:٠٥", SECOND, "٠٨:٢٠", FIRST, "٠٨:٠٠",
                "مرحباً بكم في التغطية المباشرة لتطورات السيول في مدينة الوادي وضواحيها.")))
                .containsExactly(FIRST, SECOND, THIRD);
        // written oldest first, it is read as written, past noon too
        assertThat(lead(livePage("11:40 a.m.", FIRST, "12:50 p.m.", SECOND, "1:25 p.m.", THIRD))).containsExactly(FIRST, SECOND, THIRD);
        assertThat(lead(livePage("08:20", FIRST, "12:05", SECOND, "16:10", THIRD))).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aSummaryOfSeveralArticlesOpensOnItsBestLede() {
        String detail = "Under the plan approved by the council, watering lawns with sprinklers will be banned across the city.";
        String firstLede = "The city council of Kesterfield voted to ration water as the main reservoir fell to 31 percent.";
        String laterLede = "Water rationing in Kesterfield will start from June 7, two days earlier than planned, the water authority said.";
        String laterDetail = "Fines for breaking the rules will start at 150 dollars for a first violation of the ban.";
        io.khulasa.analyze.AnalyzedCluster cluster = new io.khulasa.analyze.ClusterAnalyzer().analyze(new io.khulasa.clean.ArticleCleaner().clean(List.of(
                Article.builder("monday.txt").published("2025-06-02").text("Council votes to ration water\n\n" + firstLede + " " + detail + "\n").build(),
                Article.builder("thursday.txt").published("2025-06-05").text("Rationing brought forward\n\n" + laterLede + " " + laterDetail + "\n").build())), "en");
        java.util.Map<String, io.khulasa.analyze.Sentence> byText = new java.util.HashMap<>();
        cluster.sentences().forEach(t -> byText.put(t.text(), t));
        java.util.function.BiFunction<String, Double, io.khulasa.select.Selected> chosen = (t, score) -> new io.khulasa.select.Selected(byText.get(t), score);
        SentenceOrderer orderer = new SentenceOrderer();
        // the older report's detail would open a summary told in date order: the better lede goes first
        assertThat(orderer.order(cluster, List.of(chosen.apply(detail, 2.0), chosen.apply(laterLede, 3.0), chosen.apply(laterDetail, 1.0)))
                .stream().map(x -> x.sentence().text())).containsExactly(laterLede, detail, laterDetail);
        // a summary told in date order that opens on a lede stands
        assertThat(orderer.order(cluster, List.of(chosen.apply(laterLede, 3.0), chosen.apply(firstLede, 2.0), chosen.apply(laterDetail, 1.0)))
                .stream().map(x -> x.sentence().text())).containsExactly(firstLede, laterLede, laterDetail);
        // without a lede the date order stands
        assertThat(orderer.order(cluster, List.of(chosen.apply(laterDetail, 3.0), chosen.apply(detail, 1.0)))
                .stream().map(x -> x.sentence().text())).containsExactly(detail, laterDetail);
    }
}
