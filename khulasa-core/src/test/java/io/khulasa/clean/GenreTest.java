package io.khulasa.clean;

import io.khulasa.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GenreTest {

    private static final String BODY = "<p>The county board voted on Tuesday to close the old river bridge to heavy trucks "
            + "after inspectors found cracks in two of its piers.</p><p>Engineers said repairs would take at least "
            + "six months and cost about 4 million dollars.</p>";

    private static boolean opinion(Article a) {
        CleanedDocument d = new ArticleCleaner().clean(List.of(a)).get(0);
        return Genre.OPINION.equals(d.metadata().get(Genre.KEY));
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
    void aSitesNoteThatItDoesNotShareItsWritersOrCommentersViewsIsNoOpinion() {
        assertThat(opinionHtml("", "")).isFalse();
        String footer = "<footer><p>التعليقات المنشورة لا تعبر بالضرورة عن رأي صحيفة الأفق</p></footer>"
                + "<p>المواد المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع</p>";
        assertThat(opinion(Article.builder("r.html").html("<html><body><article><h1>Bridge closed to trucks</h1>" + BODY
                + "</article>" + footer + "</body></html>").build())).isFalse();
        assertThat(opinion(Article.ofText("r.txt", "Bridge closed to trucks\n\n"
                + "The county board voted on Tuesday to close the old river bridge to heavy trucks.\n\n"
                + "المواد المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع\n"))).isFalse();
    }

    @Test
    void aPageSaysItIsOpinionInItsSectionItsUrlItsKickerOrItsTitle() {
        assertThat(opinionHtml("<meta property='article:section' content='Opinion'>", "")).isTrue();
        assertThat(opinionHtml("<meta name='section' content='مقالات رأي'>", "")).isTrue();
        assertThat(opinionHtml("", "<div class='section-label'>مقالات الرأي</div>")).isTrue();
        assertThat(opinionHtml("<link rel='canonical' href='https://example.org/opinion/2026/05/bridge/'>", "")).isTrue();
        assertThat(opinion(Article.builder("l.html").html("<html><head><title>Letters: The bridge, the trucks and who pays</title></head>"
                + "<body><h1>Letters: The bridge, the trucks and who pays</h1>" + BODY + "</body></html>").build())).isTrue();
        assertThat(opinion(Article.builder("o.html").html("<html><head><title>Op-Ed | Fixing the bridge - The Ledger</title></head>"
                + "<body><h1>Fixing the bridge</h1>" + BODY + "</body></html>").build())).isTrue();
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
        assertThat(column.metadata()).containsEntry(Genre.KEY, Genre.OPINION);
        // the label as one field of a row above the title
        CleanedDocument row = new ArticleCleaner().clean(List.of(Article.ofText("r.txt", "رأي | الخميس 20 نوفمبر 2025\n" + report))).get(0);
        assertThat(row.metadata()).containsEntry(Genre.KEY, Genre.OPINION);
        assertThat(column.dropped()).anyMatch(x -> x.text().equals("مقالات رأي") && x.reason().equals("section-label"));
        // a menu above the page, far from the headline: the label is dropped, the report is a report
        String menu = "الرئيسية\nأخبار\nرأي\nرياضة\nاقتصاد\nمنوعات\nاتصل بنا\n\n";
        CleanedDocument page = new ArticleCleaner().clean(List.of(Article.ofText("b.txt", menu + "الخميس 14 مايو 2026\n\n" + report))).get(0);
        assertThat(page.metadata()).doesNotContainKey(Genre.KEY);
    }

    @Test
    void anAnalysisKickerAboveTheHeadlineMakesAnAnalysis() {
        String piece = "Halvik is the latest in a long line of deadly port disasters\nBy Ruth Caddow\n\n"
                + "In August 2009, fertilizer stored for six years in a shed at the port of Sarnavo exploded after a welding fire.\n\n"
                + "The blast killed 187 people and destroyed much of the waterfront.\n";
        assertThat(genre("ANALYSIS\n" + piece)).isEqualTo(Genre.ANALYSIS);
        assertThat(genre("تحليل\n" + piece)).isEqualTo(Genre.ANALYSIS);
        // without it the page is a report; and "analysis" in a sentence is a word
        assertThat(genre(piece)).isNull();
        // below the title it may be a menu's item beside a news story
        String title = piece.substring(0, piece.indexOf('\n') + 1);
        assertThat(genre(title + "Analysis\n" + piece.substring(title.length()))).isNull();
        assertThat(genre(piece + "\nAnalysis of the samples will take two weeks, the fire brigade said.\n")).isNull();
    }

    @Test
    void aMenuOfTheSitesSectionsBesideTheHeadlineIsNoOpinionLabel() {
        String report = "County shuts river bridge to heavy trucks\nBy Jo Reed\n\n"
                + "The county board voted on Tuesday to close the old river bridge to heavy trucks after inspectors found cracks.\n\n"
                + "Engineers said repairs would take at least six months.\n";
        assertThat(genre("Harbour Ledger\nHome | World | Business | Climate | Opinion\n" + report)).isNull();
        // a breadcrumb down into the opinion section, or the label as the row's first field, still says so
        assertThat(genre("Harbour Ledger\nHome | Opinion | Columnists\n" + report)).isEqualTo(Genre.OPINION);
        assertThat(genre("Harbour Ledger\nOpinion | Thursday 20 November 2025\n" + report)).isEqualTo(Genre.OPINION);
    }

    @Test
    void aRecapOfTheNewsSoFarIsNoExplainer() {
        String body = "\n\nHow many homes were lost?\n\nFire officials say 112 structures have been destroyed, including 71 homes.\n";
        assertThat(genre(Article.ofText("q.txt", "Ridge Fire: What we know so far" + body))).isNull();
        assertThat(genre(Article.ofText("r.txt", "Everything we know about the Ridge Fire" + body))).isNull();
        // a guide stays one
        assertThat(genre(Article.ofText("g.txt", "Ridge Fire: what you need to know" + body))).isEqualTo(Genre.EXPLAINER);
    }

    @Test
    void aWireSidebarIsBackground() {
        String story = "Ferry disasters: a long record of overloaded boats\n%s\nBy MARIA SOTO\n\n"
                + "   PORT ELLIS (AP) _ More than 900 people have died in ferry accidents in the islands since 1995.\n";
        assertThat(genre(Article.ofText("s.txt", story.formatted("Eds: Moving as a sidebar to BC-Ferry-Sinking."))))
                .isEqualTo(Genre.BACKGROUND);
        // the main story's note to editors says nothing of the kind
        assertThat(genre(Article.ofText("m.txt", story.formatted("Eds: UPDATES with new toll, captain detained.")))).isNull();
    }

    private static String genre(Article a) {
        return new ArticleCleaner().clean(List.of(a)).get(0).metadata().get(Genre.KEY);
    }

    @Test
    void aLivePageSaysSoInItsSchemaOrItsTitle() {
        assertThat(genre(Article.builder("l.html").html("<html><head><script type='application/ld+json'>{\"@type\":"
                + "\"LiveBlogPosting\"}</script><title>Bridge closed to trucks</title></head><body><h1>Bridge closed to trucks"
                + "</h1>" + BODY + "</body></html>").build())).isEqualTo(Genre.LIVE);
        assertThat(genre(Article.builder("m.html").html("<html><head><title>LIVE: Bridge closed to trucks | The Ledger</title>"
                + "</head><body>" + BODY + "</body></html>").build())).isEqualTo(Genre.LIVE);
        assertThat(genre(Article.ofText("n.txt", "مباشر | إغلاق الجسر القديم أمام الشاحنات الثقيلة\n\n"
                + "أغلق مجلس المحافظة الثلاثاء جسر النهر القديم أمام الشاحنات الثقيلة بعد أن عثر المفتشون على تشققات.\n")))
                .isEqualTo(Genre.LIVE);
        // "live" inside a headline is no label
        assertThat(genre(Article.ofText("o.txt", "Residents live in fear after the bridge closure\n\n"
                + "Residents of the river towns said they feared for their businesses after the bridge closed.\n"))).isNull();
    }

    @Test
    void aForumPageSaysSoInItsMarkupOrItsSchema() {
        String post = "<article class='message'><div class='message-user'><h4>night_ferry</h4><div>Posts: 1,234</div></div>"
                + "<div class='message-content'><div class='bbWrapper'>Heard the ballots were found in a van outside the armory."
                + "</div></div></article>";
        assertThat(genre(Article.builder("f.html").html("<html><head><title>RECOUNT THREAD | Talk</title></head><body><h1>RECOUNT "
                + "THREAD</h1>" + post + post.replace("van", "truck") + "</body></html>").build())).isEqualTo(Genre.FORUM);
        assertThat(genre(Article.builder("g.html").html("<html><head><title>Bridge thread</title></head><body>"
                + "<div itemscope itemtype='https://schema.org/DiscussionForumPosting'><h1>Bridge thread</h1>" + BODY
                + "</div></body></html>").build())).isEqualTo(Genre.FORUM);
        // a news page with a comment section is a report
        assertThat(genre(Article.builder("h.html").html("<html><head><title>Bridge closed to trucks</title></head><body><article>"
                + "<h1>Bridge closed to trucks</h1>" + BODY + "</article><section class='comments'><div class='comment-body'>"
                + "About time.</div><div class='comment-body'>Too long.</div></section></body></html>").build())).isNull();
    }

    @Test
    void anExplainerSaysSoInItsTitle() {
        String body = "\n\nThe county board voted on Tuesday to close the old river bridge to heavy trucks.\n";
        for (String title : List.of("What the bridge closure means for your commute", "Bridge closure: what happens next?",
                "ما هي الكوليرا؟ وكيف تنتقل؟ دليلك الكامل", "The bridge closure explained")) {
            assertThat(genre(Article.ofText("e.txt", title + body))).as(title).isEqualTo(Genre.EXPLAINER);
        }
        assertThat(genre(Article.ofText("r.txt", "County closes old river bridge to heavy trucks" + body))).isNull();
        for (String news : List.of("WHO declares cholera outbreak a global emergency", "How the fire spread through the valley",
                "Death toll rises to 40: was the dam checked?", "Direct-to-consumer sales soar after the bridge closure")) {
            assertThat(genre(Article.ofText("n.txt", news + body))).as(news).isNull();
        }
    }

    @Test
    void aQuestionTitleOverAQuestioningTextIsAnAnalysis() {
        String questions = "\n\nThe county board voted on Tuesday to close the old river bridge to heavy trucks.\n\n"
                + "Was the bridge ever inspected as it should have been? Who will pay for the repairs?\n";
        assertThat(genre(Article.ofText("a.txt", "Was the river bridge built for this traffic?" + questions))).isEqualTo(Genre.ANALYSIS);
        // a question in the headline of a report alone
        assertThat(genre(Article.ofText("b.txt", "Death toll rises to 40: was the dam checked?\n\n"
                + "The death toll from the dam failure rose to 40 on Tuesday, officials said.\n"))).isNull();
        // nor do the site's prompts to the reader make a report one
        assertThat(genre(Article.ofText("c.txt", "Death toll rises to 40: was the dam checked?\n\n"
                + "The death toll from the dam failure rose to 40 on Tuesday, officials said.\n\n"
                + "What do you think? Tell us in the comments\n\nHave you been affected? Share your story\n"))).isNull();
    }

    private static String genre(String text) {
        return new ArticleCleaner().clean(List.of(Article.ofText("t.txt", text))).get(0).metadata().get(Genre.KEY);
    }

    @Test
    void aForumThreadIsKnownByItsPostsFurniture() {
        String thread = """
                Riverside Talk - the town's unofficial forum
                Home > Forums > Local news > Bridge shut to lorries??

                RiverRat77
                Senior Member  |  Posts: 2,318
                Posted 09:12

                Just drove past, there are barriers at both ends and a crane on the east side. Anyone know what happened

                Quote   Reply   Like 4   Report

                MillLaneMo
                Member  |  Posts: 52
                Posted 09:20

                My cousin works for the council and says it could be shut for a year.

                Quote   Reply   Like 9   Report
                """;
        assertThat(genre(thread)).isEqualTo(Genre.FORUM);
        String arabic = """
                منتدى أبناء الوادي
                الرئيسية > المنتديات > أخبار المدينة

                أبو خالد
                عضو منذ 2019 | المشاركات 1,204

                شفت الحواجز عند الجسر من الصبح، في أحد يعرف إيش صار؟

                رد   اقتباس   إعجاب 3
                """;
        assertThat(genre(arabic)).isEqualTo(Genre.FORUM);
    }

    @Test
    void readersCommentsUnderAReportLeaveItAReport() {
        String report = "Bridge closed to heavy trucks\n\n"
                + "The county board voted on Tuesday to close the old river bridge to heavy trucks after inspectors found cracks.\n\n"
                + "Comments (2)\n\nRiverRat77\nMember | Posts: 2,318\n\nAbout time too.\n\nQuote   Reply   Like 4   Report\n\n"
                + "MillLaneMo\nMember | Posts: 52\n\nA year is too long.\n\nQuote   Reply   Like 9   Report\n";
        assertThat(genre(report)).isNull();
    }

    @Test
    void aShareBarOrAHeadlineWithPostsIsNoForum() {
        String bar = "Like 24   Share\n\n";
        CleanedDocument d = new ArticleCleaner().clean(List.of(Article.ofText("t.txt", "Tesla posts 20% jump in quarterly deliveries\n\n"
                + bar + "The carmaker delivered 20% more vehicles in the quarter than a year earlier, it said on Monday.\n\n"
                + "Analysts had expected a smaller rise after price cuts in Europe.\n\n" + bar))).get(0);
        assertThat(d.metadata().get(Genre.KEY)).isNull();
        assertThat(d.title()).isEqualTo("Tesla posts 20% jump in quarterly deliveries");
        assertThat(genre("Council shake-up\n\nSmith joined in 2019 | council\n\nThe council named a new chair on Monday after a vote.\n")).isNull();
    }
}
