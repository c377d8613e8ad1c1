package io.khulasa.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlMainTextTest {
    private final CleanedDocument e2 = Fixtures.doc(Fixtures.clean(Fixtures.fixture("en-scraped")), "e2.html");

    @Test
    void aDateThePageShowsWithoutMetadataDatesIt() {
        String body = "<p>El Partido Renovador obtuvo la mayoría absoluta en las elecciones autonómicas con 56 escaños.</p>"
                + "<p>La participación fue del 58 por ciento, cuatro puntos más que en las anteriores elecciones.</p>";
        assertThat(HtmlMainText.extract("<html><body><h1>Mayoría absoluta</h1><span class='fecha'>Domingo, 6 de diciembre "
                + "de 2026, 22:05</span><article>" + body + "</article></body></html>", null).published()).isEqualTo("2026-12-06T22:05");
        assertThat(HtmlMainText.extract("<html><body><h1>العجز</h1><div class='post-info'>بقلم: فريق التحرير • الاثنين ١٥ ديسمبر "
                + "٢٠٢٥ - ١١:٠٥ ص</div><article>" + body + "</article></body></html>", null).published()).isEqualTo("2025-12-15T11:05");
        // the site's top bar and another story's teaser are not the article's
        assertThat(HtmlMainText.extract("<html><body><div id='top-bar'><span class='date'>الأحد 14 ديسمبر 2025</span></div>"
                + "<h1>Mayoría absoluta</h1><article>" + body + "</article></body></html>", null).published()).isNull();
        assertThat(HtmlMainText.extract("<html><body><ul><li><span class='date'>12 March 2024</span> Old story</li></ul>"
                + "<h1>Mayoría absoluta</h1><article>" + body + "</article></body></html>", null).published()).isNull();
        // a date in the text is some event's, not the page's
        assertThat(HtmlMainText.extract("<html><body><h1>Mayoría absoluta</h1><article><p>Las elecciones del 6 de diciembre "
                + "de 2026 dieron la mayoría al Partido Renovador con 56 escaños.</p>" + body + "</article></body></html>", null)
                .published()).isNull();
    }

    @Test
    void pageChromeIsNotInTheText() {
        assertThat(e2.text()).doesNotContain("NAV-TEXT", "SCRIPT-TEXT", "ASIDE-TEXT", "FOOTER-TEXT", "FORM-TEXT",
                "NOSCRIPT-TEXT", "IFRAME-TEXT", "color: #333");
    }

    @Test
    void inlineElementsSideBySideAreSetApartButWordsInsideInlineMarkupStayWhole() {
        String html = "<html><body><article><h1>Ship runs aground</h1>"
                + "<div class='gallery'><span class='counter'>1 من 6</span><span class='credit'>تصوير: سامر الخطيب</span></div>"
                + "<p>جنحت سفينة الشحن <b>نجمة الشمال</b> على الشعاب المرجانية قبالة الساحل فجر الاثنين، وأنقذت فرق خفر السواحل طاقمها.</p>"
                + "<p>The ship was <i>re</i>floated on Tuesday, the port authority said in a statement.</p></article></body></html>";
        String text = HtmlMainText.extract(html, null).text();
        assertThat(text).contains("1 من 6 تصوير: سامر الخطيب", "الشحن نجمة الشمال على", "was refloated on");
        String figures = HtmlMainText.extract("<html><body><p>Shares fell <b>12</b><span>%</span> to <span>$</span><b>4</b> after "
                + "Kestrel<span>'s</span> recall was widened on Wednesday to cover more models.</p></body></html>", null).text();
        assertThat(figures).contains("fell 12% to $4 after Kestrel's recall");
    }

    @Test
    void textNeverContainsMarkupAndEntitiesAreDecoded() {
        assertThat(e2.text()).doesNotContain("<", ">", "&amp;").contains("40 vessels & their cargo");
    }

    @Test
    void articleParagraphsAreKeptAsBlankLineSeparatedLines() {
        List<String> kept = Fixtures.keptTexts(e2);
        assertThat(kept).hasSize(5);
        assertThat(kept.get(1)).startsWith("Dock workers at the port of Walvis Bay").contains("a 7 percent pay rise");
        assertThat(kept.get(3)).contains("they will be heard").doesNotContain("href");
        assertThat(e2.blocks()).allMatch(TextBlock::paragraphStart);
    }

    @Test
    void titleComesFromTheHeadingWithoutTheSiteName() {
        assertThat(e2.title()).isEqualTo("Port workers end three-day strike");
        assertThat(e2.blocks().get(0).title()).isTrue();
    }

    @Test
    void inArticleFurnitureIsCleanedLikePlainText() {
        String html = "<html><head><title>Quake shakes coastal town | Valley Post</title></head><body>"
                + "<div><p>Share this article</p>"
                + "<p>A magnitude 5.1 earthquake shook the coastal town early on Tuesday, damaging several old houses.</p>"
                + "<p>No one was hurt, the civil defence said, but schools were closed for inspection.</p>"
                + "<p>Follow us on Facebook</p></div></body></html>";
        CleanedDocument d = Fixtures.cleanHtml("q.html", html);
        assertThat(d.title()).isEqualTo("Quake shakes coastal town");
        assertThat(d.dropped()).extracting(DroppedLine::reason).contains("site-tagline", "share-prompt", "follow-prompt");
        assertThat(Fixtures.keptTexts(d)).hasSize(3);
    }

    @Test
    void embeddedPostsAndAmpAdsAreNotInTheText() {
        String html = "<html><body><article>"
                + "<p>أعلنت وزارة النقل تعليق رحلات القطارات بين المدينتين حتى إشعار آخر بعد انهيار جزء من الجسر.</p>"
                + "<blockquote class=\"twitter-tweet\"><p>فرق الصيانة في الموقع الآن. <a href=\"https://t.co/x\">pic.twitter.com/Ab12Cd</a></p>"
                + "&mdash; وزارة النقل (@Transport_Min) <a href=\"https://twitter.com/x/status/1\">March 3, 2026</a></blockquote>"
                + "<amp-ad width=\"300\" height=\"250\"><div fallback>إعلان</div></amp-ad>"
                + "<p>وقال المتحدث باسم الوزارة إن الخبراء سيقدمون تقريرهم الأول خلال أسبوع من بدء الفحص.</p>"
                + "</article></body></html>";
        CleanedDocument d = Fixtures.cleanHtml("t.html", html);
        assertThat(d.text()).doesNotContain("pic.twitter.com", "@Transport_Min", "March 3, 2026", "فرق الصيانة", "إعلان");
        assertThat(Fixtures.keptTexts(d)).hasSize(2);
    }

    @Test
    void aStandfirstIsMetadataNotText() {
        for (String tag : List.of("<p class=\"dek\">", "<p class=\"standfirst\">", "<h2 class=\"article-subtitle\">")) {
            String close = tag.startsWith("<h2") ? "</h2>" : "</p>";
            String html = "<html><body><article><h1>Ferry crossings to reopen after storm repairs</h1>" + tag
                    + "Operator restores three of five routes; pier repairs took eleven days" + close
                    + "<p>Three of the five ferry crossings will run again from Friday, the operator said on Thursday.</p>"
                    + "<p>Repairs to the storm-damaged pier took eleven days, the operator said in a statement.</p>"
                    + "</article></body></html>";
            CleanedDocument d = Fixtures.cleanHtml("s.html", html);
            assertThat(d.text()).as(tag).doesNotContain("Operator restores");
            assertThat(d.metadata()).containsEntry("standfirst", "Operator restores three of five routes; pier repairs took eleven days");
        }
    }

    @Test
    void photoCaptionsAreNotInTheText() {
        String html = "<html><body><article>"
                + "<p>Three of the five ferry crossings will run again from Friday, the operator said on Thursday.</p>"
                + "<figure><img src=\"a.jpg\"><figcaption>The damaged pier on Tuesday. <span>Photo: AP</span></figcaption></figure>"
                + "<div class=\"photo\"><p class=\"caption\">Engineers at the pier (AFP)</p></div>"
                + "<div class=\"gallery-caption\">Passengers queue at the ticket desk</div>"
                + "<p>Repairs to the storm-damaged pier took eleven days, the operator said in a statement.</p>"
                + "</article></body></html>";
        CleanedDocument d = Fixtures.cleanHtml("c.html", html);
        assertThat(d.text()).doesNotContain("damaged pier on Tuesday", "Engineers at the pier", "Passengers queue");
        assertThat(Fixtures.keptTexts(d)).hasSize(2);
    }

    @Test
    void relatedLinksInAParagraphPullQuotesAndSignUpBoxesAreNotInTheText() {
        String html = "<html><body><article>"
                + "<p>Voters chose on Sunday to keep the ferry service, by 58 percent to 42 percent. "
                + "<span class=\"inline-related\">Related: <a href=\"/x\">How the ferry campaign was fought</a></span></p>"
                + "<blockquote class=\"pullquote\">“The crossing is our main street.”<cite>— the mayor</cite></blockquote>"
                + "<p>The mayor said the crossing was the towns' main street, and thanked the volunteers who ran it.</p>"
                + "<section class=\"newsletter-box\"><p>Our editors' pick of the day's stories, delivered to your inbox.</p>"
                + "<p>By signing up you agree to our Terms of Use and Privacy Policy.</p></section>"
                + "</article></body></html>";
        CleanedDocument d = Fixtures.cleanHtml("r.html", html);
        assertThat(d.text()).doesNotContain("Related:", "How the ferry campaign", "— the mayor", "“The crossing is our main street.”",
                "editors' pick", "By signing up");
        assertThat(Fixtures.keptTexts(d)).hasSize(2);
    }

    @Test
    void anArticleWhoseClassNamesRelatedStoriesIsStillTheArticle() {
        String html = "<html><body class=\"single has-newsletter-popup\"><article class=\"post related-posts-enabled\">"
                + "<p>Voters chose on Sunday to keep the ferry service, by 58 percent to 42 percent.</p>"
                + "<p>The mayor said the crossing was the towns' main street, and thanked the volunteers who ran it.</p>"
                + "<div class=\"related-stories\"><p>Ferry fares to rise in spring, operator says</p></div>"
                + "</article></body></html>";
        CleanedDocument d = Fixtures.cleanHtml("k.html", html);
        assertThat(Fixtures.keptTexts(d)).containsExactly(
                "Voters chose on Sunday to keep the ferry service, by 58 percent to 42 percent.",
                "The mayor said the crossing was the towns' main street, and thanked the volunteers who ran it.");
    }

    @Test
    void paragraphsSetAsDivsAreTheBodyAndAnAuthorsBioIsNot() {
        StringBuilder body = new StringBuilder();
        String[] paragraphs = {
                "HARBOURTON, May 3 (Wire) - The city's ferry crews walked off the job at dawn, halting every crossing on the bay.",
                "About 1,800 commuters a day use the three routes, the harbour authority said, and buses were added on the bridge.",
                "The crews' union wants a 6% raise; the operator has offered 3% and said talks would resume on Friday."};
        for (int i = 0; i < paragraphs.length; i++) body.append("<div data-role='para-").append(i).append("'>").append(paragraphs[i]).append("</div>");
        String html = "<html><body><article><h1>Ferry crews strike in Harbourton</h1>"
                + "<div class='story'>" + body + "</div>"
                + "<div class='bio'><p>Mara Quill covers transport and the waterfront for the wire from Harbourton.</p></div>"
                + "</article></body></html>";
        String text = HtmlMainText.extract(html, null).text();
        assertThat(text).contains(paragraphs).doesNotContain("Mara Quill");
        assertThat(text.split("\n\n")).hasSize(1 + paragraphs.length);
    }

    @Test
    void readerCommentsInPlainDivsDoNotOutweighAnArticleInParagraphs() {
        String html = "<html><body><div class='page'><div class='article'><h1>Mill to close</h1><div class='body'>"
                + "<p>The Dunmore paper mill will close in March after 90 years, its owner said on Monday, citing the cost of energy.</p>"
                + "<p>About 300 workers will lose their jobs; the owner said it would offer some of them posts at its plant in Ravensby.</p>"
                + "<p>The town's mayor called the closure a heavy blow and asked the regional government for help.</p></div></div>"
                + "<div class='comments'><h3>Comments (4)</h3>"
                + "<div class='c'>Nobody in this town is surprised. They stopped investing in that mill ten years ago and everyone knew it.</div>"
                + "<div class='c'>My father and my grandfather both worked there. It is a sad day for Dunmore and for all the families.</div>"
                + "<div class='c'>Energy costs are an excuse. The owners made a fortune and now they are moving the work somewhere cheaper.</div>"
                + "<div class='c'>Ravensby is an hour away by car. Who is going to drive that every day for the same wages they had here?</div>"
                + "</div></div></body></html>";
        String text = HtmlMainText.extract(html, null).text();
        assertThat(text).contains("The Dunmore paper mill will close", "The town's mayor").doesNotContain("Nobody in this town");
    }
}
