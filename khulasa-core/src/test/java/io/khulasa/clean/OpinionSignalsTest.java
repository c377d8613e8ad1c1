package io.khulasa.clean;

import io.khulasa.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpinionSignalsTest {

    private static final String BODY = "<p>The county board voted on Tuesday to close the old river bridge to heavy trucks "
            + "after inspectors found cracks in two of its piers.</p><p>Engineers said repairs would take at least "
            + "six months and cost about 4 million dollars.</p>";

    private static boolean opinion(Article a) {
        CleanedDocument d = new ArticleCleaner().clean(List.of(a)).get(0);
        return OpinionSignals.OPINION.equals(d.metadata().get(OpinionSignals.GENRE));
    }

    private static boolean opinionHtml(String head, String beforeTitle) {
        return opinion(Article.builder("p.html").html("<html><head>" + head + "<title>Bridge closed to trucks</title></head><body>"
                + "<nav><ul><li><a href='/news/'>News</a></li><li><a href='/opinion/'>Opinion</a></li></ul></nav>"
                + "<article>" + beforeTitle + "<h1>Bridge closed to trucks</h1>" + BODY + "</article></body></html>").build());
    }

    @Test
    void aReportWithAnOpinionLinkInItsMenuIsNoOpinion() {
        assertThat(opinionHtml("", "")).isFalse();
        assertThat(opinionHtml("<meta property='article:section' content='Local news'>", "<p class='kicker'>Local</p>")).isFalse();
    }

    @Test
    void aPageSaysItIsOpinionInItsSectionItsUrlItsKickerOrItsTitle() {
        assertThat(opinionHtml("<meta property='article:section' content='Opinion'>", "")).isTrue();
        assertThat(opinionHtml("<meta name='section' content='مقالات رأي'>", "")).isTrue();
        assertThat(opinionHtml("<link rel='canonical' href='https://example.org/opinion/2026/05/bridge/'>", "")).isTrue();
        assertThat(opinionHtml("", "<p class='kicker'>Opinion</p>")).isTrue();
        assertThat(opinion(Article.builder("t.html").html("<html><head><title>Opinion | Bridge closed to trucks - The Ledger"
                + "</title></head><body><h1>Bridge closed to trucks</h1>" + BODY + "</body></html>").build())).isTrue();
    }

    @Test
    void aDisclaimerOrAnOpinionUrlMakesAnyArticleOpinion() {
        assertThat(opinion(Article.ofText("c.txt", "جسر النهر القديم بين الإصلاح والإهمال\n\n"
                + "أعتقد أن إغلاق الجسر أمام الشاحنات جاء متأخراً، فقد حذر المهندسون منذ سنوات من التشققات.\n\n"
                + "المقالات المنشورة تعبر عن رأي كتّابها ولا تعبر بالضرورة عن رأي الصحيفة\n"))).isTrue();
        assertThat(opinion(Article.builder("j:1").url("https://example.org/ra2y/2026/05/bridge")
                .text("I believe the county waited too long to close the bridge.").build())).isTrue();
        assertThat(opinion(Article.builder("j:2").url("https://example.org/news/2026/05/bridge")
                .text("The county closed the bridge to heavy trucks on Tuesday.").build())).isFalse();
    }

    @Test
    void aSectionLabelMakesOpinionOnlyNextToTheHeadline() {
        String report = "الجسر القديم يغلق أمام الشاحنات الثقيلة بعد اكتشاف تشققات\n"
                + "بقلم: سامي العلي\n\n"
                + "أغلق مجلس المحافظة الثلاثاء جسر النهر القديم أمام الشاحنات الثقيلة بعد أن عثر المفتشون على تشققات.\n\n"
                + "وقال المهندسون إن الإصلاحات ستستغرق ستة أشهر على الأقل.\n";
        CleanedDocument column = new ArticleCleaner().clean(List.of(Article.ofText("a.txt", "مقالات رأي\n" + report))).get(0);
        assertThat(column.metadata()).containsEntry(OpinionSignals.GENRE, OpinionSignals.OPINION);
        assertThat(column.dropped()).anyMatch(x -> x.text().equals("مقالات رأي") && x.reason().equals("section-label"));
        // a menu above the page, far from the headline: the label is dropped, the report is a report
        String menu = "الرئيسية\nأخبار\nرأي\nرياضة\nاقتصاد\nمنوعات\nاتصل بنا\n\n";
        CleanedDocument page = new ArticleCleaner().clean(List.of(Article.ofText("b.txt", menu + "الخميس 14 مايو 2026\n\n" + report))).get(0);
        assertThat(page.metadata()).doesNotContainKey(OpinionSignals.GENRE);
    }
}
