package io.khulasa.clean;

import io.khulasa.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static io.khulasa.clean.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per kind of furniture, on the invented scraped fixtures. */
class ArticleCleanerTest {
    static List<CleanedDocument> ar, en, dup;

    @BeforeAll
    static void cleanFixtures() {
        ar = clean(fixture("ar-scraped"));
        en = clean(fixture("en-scraped"));
        dup = clean(fixture("dup"));
    }

    @Test
    void siteTaglineIsCutFromTheTitle() {
        CleanedDocument a1 = doc(ar, "a1.txt");
        assertThat(a1.title()).isEqualTo("وزراء الطاقة المغاربيون يتفقون على ربط شبكات الكهرباء");
        assertThat(reasonOf(a1, "الشروق المغاربي")).isIn("site-tagline", "source-line");
        assertThat(a1.dropped()).anyMatch(x -> x.reason().equals("site-tagline") && x.text().equals("الشروق المغاربي"));
        TextBlock t = a1.blocks().get(0);
        assertThat(t.title()).isTrue();
        assertThat(a1.text().substring(t.start(), t.end())).isEqualTo(a1.title());

        CleanedDocument e1 = doc(en, "e1.txt");
        assertThat(e1.title()).isEqualTo("Dam operators warn of record low water in Lake Kariba");
        assertDropped(e1, "site-tagline", "Metro Ledger");
        assertThat(e1.metadata()).containsEntry("site", "Metro Ledger");
    }

    @Test
    void latinTaglineOnAnArabicTitleIsCut() {
        CleanedDocument d = cleanText("x.txt", "وزير الخارجية يصل إلى الرباط في زيارة رسمية - Maghreb Wire Now\n\n"
                + "وصل وزير الخارجية صباح اليوم إلى الرباط في زيارة رسمية تستمر يومين يلتقي خلالها نظيره المغربي.\n");
        assertThat(d.title()).isEqualTo("وزير الخارجية يصل إلى الرباط في زيارة رسمية");
        assertDropped(d, "site-tagline", "Maghreb Wire Now");
    }

    @Test
    void aSiteNameLineAboveTheHeadlineIsNotTheTitle() {
        CleanedDocument d = cleanText("x.txt", "شبكة الوادي الإخبارية\n"
                + "انقطاع الكهرباء عن ثلاث ولايات بعد عطل في محطة التحويل الرئيسية\n"
                + "منذ ساعتين\n\n"
                + "انقطع التيار الكهربائي مساء الثلاثاء عن ثلاث ولايات في الجنوب بعد عطل مفاجئ في محطة التحويل الرئيسية.\n"
                + "وقالت الشركة الوطنية للكهرباء إن فرقها تعمل على إعادة التيار خلال ساعات.\n");
        assertThat(d.title()).isEqualTo("انقطاع الكهرباء عن ثلاث ولايات بعد عطل في محطة التحويل الرئيسية");
        assertThat(keptTexts(d)).doesNotContain("شبكة الوادي الإخبارية");
        // A short headline with prose under it is still the title.
        assertThat(cleanText("y.txt", "Storm closes ports\n\n"
                + "Three ports on the northern coast closed on Tuesday as a storm brought winds of 120 km/h.\n").title())
                .isEqualTo("Storm closes ports");
    }

    @Test
    void aLongMenuAboveTheHeadlineDoesNotHideIt() {
        // Seven one- and two-word menu lines used to fill the lines looked at, so "أخبار" became the title.
        CleanedDocument d = cleanText("x.txt", "الرئيسية\nأخبار\nرأي\nرياضة\nاقتصاد\nمنوعات\nاتصل بنا\n\n"
                + "الجسر القديم يغلق أمام الشاحنات الثقيلة بعد اكتشاف تشققات\nبقلم: سامي العلي\n\n"
                + "أغلق مجلس المحافظة الثلاثاء جسر النهر القديم أمام الشاحنات الثقيلة بعد أن عثر المفتشون على تشققات.\n");
        assertThat(d.title()).isEqualTo("الجسر القديم يغلق أمام الشاحنات الثقيلة بعد اكتشاف تشققات");
        assertDropped(d, "navigation", "أخبار");
    }

    @Test
    void anAgencyTextsHeadlineIsTheLineUnderItsDateOverTheLede() {
        CleanedDocument d = cleanText("w.txt", "وكالة الرافد للأنباء - النشرة العربية\n"
                + "صحة / وادي السماق / عاجل\n"
                + "الاثنين 25 مايو 2026 - 14:20 بتوقيت عين الريحان\n\n"
                + "ارتفاع الإصابات بالمرض الشبيه بالكوليرا في وادي السماق إلى 215 والوفيات إلى خمس\n\n"
                + "عين الريحان (وكالة الرافد للأنباء) - ارتفع عدد الإصابات المؤكدة إلى 215 إصابة بالمرض الشبيه بالكوليرا "
                + "في محافظة وادي السماق، بحسب ما أعلنته وزارة الصحة اليوم الاثنين.\n");
        assertThat(d.title()).isEqualTo("ارتفاع الإصابات بالمرض الشبيه بالكوليرا في وادي السماق إلى 215 والوفيات إلى خمس");
        assertDropped(d, "masthead", "وكالة الرافد للأنباء - النشرة العربية");
    }

    @Test
    void theHeadlineIsTheLineABylineFollowsNotTheMastheadAboveIt() {
        CleanedDocument d = cleanText("x.txt", "THE VALLEY COURIER — Northern edition\n\n"
                + "Thursday 16 October 2025\n\n"
                + "Home › Business › Transport\n\n"
                + "Ferry operator restores three crossings after storm repairs\n\n"
                + "By Maria Lopes\n\n"
                + "The ferry operator said on Thursday that three of its five crossings would run again from Friday "
                + "after repairs to the storm-damaged pier were finished.\n");
        assertThat(d.title()).isEqualTo("Ferry operator restores three crossings after storm repairs");
        assertDropped(d, "masthead", "THE VALLEY COURIER — Northern edition");
    }

    @Test
    void aHeadingThatSaysMoreThanTheGivenTitleIsStillTheTitleLine() {
        String html = "<html><head><meta property=\"og:title\" content=\"Ferry operator restores crossings\"></head>"
                + "<body><article><h1>Ferry operator restores crossings; 4,000 travellers a day return</h1>"
                + "<p>The ferry operator said on Thursday that three of its five crossings would run again from Friday.</p>"
                + "<p>Repairs to the storm-damaged pier took eleven days, the operator said in a statement.</p>"
                + "</article></body></html>";
        CleanedDocument d = cleanHtml("h.html", html);
        assertThat(d.title()).isEqualTo("Ferry operator restores crossings");
        assertThat(d.blocks().get(0).title()).isTrue();
        assertThat(keptTexts(d).get(0))
                .isEqualTo("Ferry operator restores crossings; 4,000 travellers a day return");
    }

    @Test
    void anotherDocumentsHeadlineUnderAnAggregatorsMastheadIsNotBodyText() {
        String body = "The ferry operator said on Thursday that three of its five crossings would run again from Friday.\n\n"
                + "Repairs to the storm-damaged pier took eleven days, the operator said in a statement.\n";
        Article original = Article.ofText("a.txt", "Ferry operator restores three crossings after storm repairs\n\n" + body);
        Article copy = Article.ofText("b.txt", "Daily Digest — the best of the web in one place\n"
                + "Ferry operator restores three crossings after storm repairs\n"
                + "Rescuers found a second survivor near the pier on Thursday evening, the coast guard said.\n\n" + body);
        CleanedDocument b = new ArticleCleaner().clean(List.of(original, copy)).get(1);
        assertThat(reasonOf(b, "Ferry operator restores three crossings after storm repairs")).isIn("duplicate-title", "masthead");
        assertThat(keptTexts(b)).noneMatch(t -> t.startsWith("Ferry operator restores"));
    }

    @Test
    void titleRepeatedAsHeadingIsDroppedOnce() {
        CleanedDocument e1 = doc(en, "e1.txt");
        assertThat(e1.dropped()).filteredOn(x -> x.reason().equals("duplicate-title")).hasSize(1);
        assertThat(keptTexts(e1)).filteredOn(s -> s.equals(e1.title())).hasSize(1);
    }

    /** One line of furniture a case in the scraped fixtures, named by the kind it stands for. */
    static Stream<Arguments> fixtureFurniture() {
        return Stream.of(
                Arguments.of("breadcrumbs", "a1.txt", "breadcrumb", "الرئيسية » اقتصاد » طاقة"),
                Arguments.of("breadcrumbs", "e1.txt", "breadcrumb", "Home > World > Africa"),
                Arguments.of("share prompts", "a1.txt", "share-prompt", "شارك الخبر"),
                Arguments.of("share prompts", "e1.txt", "share-prompt", "Share"),
                Arguments.of("comment prompts", "a1.txt", "comment-prompt", "أضف تعليق"),
                Arguments.of("comment prompts", "e1.txt", "comment-prompt", "Comments"),
                Arguments.of("subscribe prompts", "a1.txt", "subscribe-prompt", "اشترك في النشرة البريدية ليصلك جديد الأخبار"),
                Arguments.of("subscribe prompts", "e1.txt", "subscribe-prompt", "Subscribe to our newsletter for the latest updates"),
                Arguments.of("follow prompts", "a1.txt", "follow-prompt", "تابعنا على فيسبوك"),
                Arguments.of("follow prompts", "a3.txt", "follow-prompt", "تابعونا على تويتر"),
                Arguments.of("follow prompts", "e1.txt", "follow-prompt", "Follow us on Instagram"),
                Arguments.of("photo credits", "a1.txt", "photo-credit", "Ryad Kramdi (AFP)"),
                Arguments.of("photo credits", "e1.txt", "photo-credit", "(Photo: Jane Doe/AP)"),
                Arguments.of("subheadings inside the body", "a1.txt", "subheading", "الطاقات المتجددة في قلب المشروع"),
                Arguments.of("subheadings inside the body", "e1.txt", "subheading", "What happens next?"),
                Arguments.of("navigation labels", "e1.txt", "navigation", "Advertisement"),
                Arguments.of("copyright lines", "e1.txt", "copyright", "© 2025 Metro Ledger. All rights reserved."));
    }

    @ParameterizedTest(name = "{0} are dropped: {1} \"{3}\"")
    @MethodSource("fixtureFurniture")
    void fixtureFurnitureIsDropped(String kind, String id, String reason, String line) {
        assertDropped(doc(id.startsWith("a") ? ar : en, id), reason, line);
    }

    @Test
    void relatedArticlesBlockRunsFromTheMarkerUntilProseResumes() {
        CleanedDocument a1 = doc(ar, "a1.txt");
        assertDropped(a1, "related-articles", "مقالات ذات صلة",
                "الجزائر تطلق أكبر محطة شمسية في البلاد",
                "هل يتحقق حلم السوق المغاربية المشتركة؟");
        // a marker inside the body ("read also: headline") takes its line only; the prose after it stays
        assertDropped(a1, "related-articles", "اقرأ أيضا: ارتفاع صادرات الغاز الجزائري إلى أوروبا");
        assertKeptOpening(a1, "وأوضح البيان الختامي");
        assertDropped(doc(en, "e1.txt"), "related-articles", "Read more: Zambia extends daily power cuts to 12 hours");
    }

    @Test
    void relatedBlockStopsAtProse() {
        CleanedDocument d = cleanText("r.txt", "Talks resume in Geneva\n\nDelegations met again on Monday after a week of deadlock over the agenda.\n\n"
                + "Read also\n\nMarkets rally as talks resume\n\nWho are the negotiators?\n\n"
                + "The next round is expected to start in two weeks, a spokesman for the mediators said.\n");
        assertThat(d.dropped()).extracting(DroppedLine::reason).containsOnly("related-articles").hasSize(3);
        assertThat(keptTexts(d)).contains("The next round is expected to start in two weeks, a spokesman for the mediators said.");
    }

    @Test
    void appPromotionsAreDroppedButASentenceAboutAnAppIsKept() {
        CleanedDocument d = cleanText("x.txt", "تظاهرات أمام البرلمان للمطالبة بتطبيق قانون الإيجار الجديد\n\n"
                + "تظاهر المئات أمام البرلمان صباح الأربعاء للمطالبة بتطبيق قانون الإيجار الذي أقر الشهر الماضي.\n\n"
                + "حمل المتظاهرون لافتات تطالب بتطبيق القانون على جميع العقود القديمة دون استثناء.\n\n"
                + "حمّل تطبيق الوادي نيوز لتصلك الأخبار العاجلة أولاً بأول\n\n"
                + "Download our app for breaking news alerts\n\n");
        assertDropped(d, "subscribe-prompt", "حمّل تطبيق الوادي نيوز لتصلك الأخبار العاجلة أولاً بأول",
                "Download our app for breaking news alerts");
        assertThat(keptTexts(d)).contains("حمل المتظاهرون لافتات تطالب بتطبيق القانون على جميع العقود القديمة دون استثناء.");
    }

    @Test
    void tagLinesReadingTimesMetaRowsAndRepublishingNoticesAreDropped() {
        CleanedDocument d = cleanText("x.txt", "Ferry operator restores three crossings after storm repairs\n\n"
                + "Maria Lopes · Thursday 16 October 2025 · 10:40 am\n\n"
                + "4 min read\n\n"
                + "The ferry operator said on Thursday that three of its five crossings would run again from Friday.\n\n"
                + "Repairs to the storm-damaged pier took eleven days, the operator said in a statement.\n\n"
                + "Subscribe to The Valley Courier from €1 a month — cancel anytime.\n\n"
                + "Tags: Ferries · Storms · Valley Bay\n\n"
                + "This article originally appeared on Coastal Wire and is republished here with permission.\n");
        assertDropped(d, "date-line", "Maria Lopes · Thursday 16 October 2025 · 10:40 am");
        assertDropped(d, "reading-time", "4 min read");
        assertDropped(d, "subscribe-prompt", "Subscribe to The Valley Courier from €1 a month — cancel anytime.");
        assertDropped(d, "tags", "Tags: Ferries · Storms · Valley Bay");
        assertDropped(d, "republished-notice", "This article originally appeared on Coastal Wire and is republished here with permission.");
        assertThat(keptTexts(d)).hasSize(3); // the title and the two sentences

        CleanedDocument e = cleanText("y.txt", "عودة الرحلات البحرية بين الضفتين بعد إصلاح الرصيف\n\n"
                + "قراءة 3 دقائق\n\n"
                + "أعلنت شركة النقل البحري أن ثلاثاً من رحلاتها الخمس ستعود يوم الجمعة بعد إصلاح الرصيف المتضرر.\n\n"
                + "الوسوم: النقل البحري، العواصف\n\n"
                + "نقلاً عن وكالة الساحل للأنباء\n");
        assertDropped(e, "reading-time", "قراءة 3 دقائق");
        assertDropped(e, "tags", "الوسوم: النقل البحري، العواصف");
        assertThat(reasonOf(e, "نقلاً عن وكالة الساحل للأنباء")).isNotNull();
        assertThat(keptTexts(e)).hasSize(2);
    }

    @Test
    void aHeadlineWrappedOnceInAHardWrappedTextIsTheTitleAndAMaghrebiDateIsADateLine() {
        CleanedDocument d = cleanText("x.txt", "صوت الأطلس - الموقع الإخباري\n"
                + "الثلاثاء 18 نونبر 2025 - 22:10\n\n"
                + "الرباط تحتضن ميلاد صندوق مغاربي للطاقة بأربعة مليارات ونصف المليار\n"
                + "دولار\n\n"
                + "صادق مجلس وزراء المالية لاتحاد المغرب العربي، في ختام أشغال دورته\n"
                + "الاستثنائية بالرباط يوم الثلاثاء، على إحداث الصندوق المغاربي المشترك\n"
                + "برأسمال قدره أربعة مليارات ونصف المليار دولار. وأوضح البيان أن\n"
                + "الصندوق سيمول مشاريع الربط الكهربائي على امتداد سبع سنوات.\n\n"
                + "وتساهم المملكة المغربية والجمهورية الجزائرية بمليار ومائتي مليون\n"
                + "دولار لكل منهما، وتساهم ليبيا بمليار دولار وتونس بسبعمائة مليون.\n");
        assertThat(d.title()).isEqualTo("الرباط تحتضن ميلاد صندوق مغاربي للطاقة بأربعة مليارات ونصف المليار دولار");
        assertDropped(d, "date-line", "الثلاثاء 18 نونبر 2025 - 22:10");
    }

    @Test
    void aCommentCueAfterAQuestionAndAnAppFollowPromptAreDropped() {
        CleanedDocument d = cleanText("x.txt", "عودة الرحلات البحرية بين الضفتين بعد إصلاح الرصيف\n\n"
                + "أعلنت شركة النقل البحري أن ثلاثاً من رحلاتها الخمس ستعود يوم الجمعة بعد إصلاح الرصيف المتضرر.\n\n"
                + "تابع آخر الأخبار عبر تطبيقنا\n\n"
                + "ما رأيك؟ شاركنا في التعليقات\n\n"
                + "What do you think? Tell us in the comments\n");
        assertDropped(d, "follow-prompt", "تابع آخر الأخبار عبر تطبيقنا");
        assertDropped(d, "comment-prompt", "ما رأيك؟ شاركنا في التعليقات",
                "What do you think? Tell us in the comments");
    }

    @Test
    void anEditorsNoteInBracketsAndARepeatOfTheFullHeadingAreDropped() {
        String html = "<html><head><meta property=\"og:title\" content=\"Valley votes to keep its ferry\"></head><body>"
                + "<article><h1>Valley votes to keep its ferry – live updates</h1><p>LIVE</p>"
                + "<h2>Valley votes to keep its ferry – live updates</h2>"
                + "<p>(Adds reaction from the mayor in paragraphs 4-5)</p>"
                + "<p>Voters in the valley chose on Sunday to keep the ferry service, by 58 percent to 42 percent.</p>"
                + "<p>The mayor said the result showed how much the crossing meant to the towns on both banks.</p>"
                + "</article></body></html>";
        CleanedDocument d = cleanHtml("v.html", html);
        assertDropped(d, "editor-note", "(Adds reaction from the mayor in paragraphs 4-5)");
        assertDropped(d, "duplicate-title", "Valley votes to keep its ferry – live updates");
        assertThat(keptTexts(d)).filteredOn(t -> t.startsWith("Valley votes")).hasSize(1);
    }

    @Test
    void wireNotesAndSlugPrefixesAreNotText() {
        CleanedDocument d = cleanText("w.txt", "UPDATE 2-Valley votes to keep its ferry; mayor thanks volunteers\n\n"
                + "(Adds mayor's reaction in paragraphs 4-5)\n\n"
                + "VALLEY BAY, June 9 (Reuters) - Voters chose on Sunday to keep the ferry service, by 58 percent to 42 percent.\n\n"
                + "The mayor said the crossing was the towns' main street, and thanked the volunteers who ran it.\n\n"
                + "(Reporting by Ana Lopes; Additional reporting by Piotr Hale; Editing by Mark Dunmore and Alison Reyes)\n");
        assertThat(d.title()).isEqualTo("Valley votes to keep its ferry; mayor thanks volunteers");
        assertDropped(d, "editor-note", "(Adds mayor's reaction in paragraphs 4-5)",
                "(Reporting by Ana Lopes; Additional reporting by Piotr Hale; Editing by Mark Dunmore and Alison Reyes)");
    }

    @Test
    void frenchAndPersianFurnitureIsDropped() {
        CleanedDocument f = cleanText("fr.txt", "Ouest Actu\n\n"
                + "Grève des cheminots : un train sur trois circule mardi dans la région\n\n"
                + "Publié le mardi 14 octobre 2025 à 09h15\n\n"
                + "Temps de lecture : 3 min\n\n"
                + "La compagnie ferroviaire prévoit un train sur trois mardi dans toute la région, selon ses prévisions.\n\n"
                + "Lire aussi : Les cars de substitution pris d'assaut à la gare\n\n"
                + "Les syndicats réclament le retrait du plan de suppression de postes annoncé en septembre.\n\n"
                + "Abonnés : accédez à tous nos articles à partir de 1 euro le premier mois\n\n"
                + "Partager cet article : Facebook - Twitter - E-mail\n\n"
                + "Vous devez être connecté pour commenter.\n\n"
                + "Tous droits réservés - Ouest Actu - 2025\n");
        assertThat(f.title()).isEqualTo("Grève des cheminots : un train sur trois circule mardi dans la région");
        assertThat(keptTexts(f)).containsExactly(f.title(),
                "La compagnie ferroviaire prévoit un train sur trois mardi dans toute la région, selon ses prévisions.",
                "Les syndicats réclament le retrait du plan de suppression de postes annoncé en septembre.");

        CleanedDocument p = cleanText("fa.txt", "آوای نیلوان\n"
                + "زمان انتشار: جمعه ۱۹ اردیبهشت ۱۴۰۴ ساعت ۱۱:۴۰\n"
                + "شمار جان‌باختگان سیل نیلوان به ۹ نفر رسید\n\n"
                + "استاندار سبزدشت صبح جمعه از افزایش شمار جان‌باختگان سیل شهرستان نیلوان به ۹ نفر خبر داد.\n\n"
                + "بیشتر بخوانید\n"
                + "هشدار نارنجی برای بارش‌های تازه در سبزدشت\n");
        assertThat(p.title()).isEqualTo("شمار جان‌باختگان سیل نیلوان به ۹ نفر رسید");
        assertDropped(p, "date-line", "زمان انتشار: جمعه ۱۹ اردیبهشت ۱۴۰۴ ساعت ۱۱:۴۰");
        assertDropped(p, "related-articles", "هشدار نارنجی برای بارش‌های تازه در سبزدشت");
    }

    @Test
    void wireBriefFurnitureIsDropped() {
        CleanedDocument d = cleanText("ap.txt", "BREAKING: Spillway fails at Tillman Lake Dam; 1,200 ordered to evacuate\n\n"
                + "DUNMORE SPRINGS, Ark. (AP) — A concrete spillway at the dam partially collapsed late Saturday after two days of rain.\n\n"
                + "Officials ordered about 1,200 people living downstream to leave their homes overnight.\n\n"
                + "This is a developing story. Check back for updates.\n\n"
                + "Stay with KDMS 4 News for updates on this developing story.\n\n"
                + "Associated Press writer Marcus Bell in Dunmore Springs contributed to this report.\n\n"
                + "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, "
                + "rewritten or redistributed without permission.\n");
        assertThat(d.title()).isEqualTo("Spillway fails at Tillman Lake Dam; 1,200 ordered to evacuate");
        assertDropped(d, "dateline", "DUNMORE SPRINGS, Ark. (AP) —");
        assertDropped(d, "update-notice", "This is a developing story. Check back for updates.",
                "Stay with KDMS 4 News for updates on this developing story.");
        assertDropped(d, "byline", "Associated Press writer Marcus Bell in Dunmore Springs contributed to this report.");
        assertThat(d.dropped()).anyMatch(x -> x.reason().equals("copyright") && x.text().startsWith("Copyright 2025"));
    }

    @Test
    void aNewspaperDatelineWithoutAnAgencyIsCutFromTheFirstSentenceOnly() {
        for (String dateline : List.of("PINE HOLLOW —", "WASHINGTON _", "ST. LOUIS, Mo. --", "Pine Hollow, Nevada –")) {
            CleanedDocument d = cleanText("x.txt", "Crews gain ground on the Cedar Ridge Fire\n\n" + dateline
                    + " Firefighters held the Cedar Ridge Fire at 14,200 acres on Friday as winds eased.\n\n"
                    + "NO CHANGE — the second paragraph keeps its capitals and its dash.\n");
            assertDropped(d, "dateline", dateline);
            assertThat(keptTexts(d).get(1)).startsWith("Firefighters held");
            assertThat(keptTexts(d).get(2)).startsWith("NO CHANGE —");
        }
        // An acronym opening an aside is no dateline.
        CleanedDocument nato = cleanText("z.txt", "Alliance meets\n\n"
                + "NATO — the Western military alliance — said on Friday that its ministers would meet next week.\n");
        assertNoneDropped(nato, "dateline");
        // A sentence that opens with an acronym and a dash is no dateline.
        CleanedDocument d = cleanText("y.txt", "Fire season outlook\n\n"
                + "UN — the agency said on Friday that fire seasons were lengthening across the region.\n");
        assertNoneDropped(d, "dateline");
        // Names in title case before a dash are a dateline only as a town and its region, the dash set apart
        for (String opening : List.of("Maria Lopez – The mayor said", "Lopez, Garcia and Smith – The three said")) {
            CleanedDocument t = cleanText("t.txt", "Fire season outlook\n\n"
                    + opening + " on Friday that fire seasons were lengthening across the region.\n");
            assertThat(t.dropped()).as(opening).noneMatch(x -> x.reason().equals("dateline"));
        }
    }

    @Test
    void aWrappedWiresHeadlineBylineAndCopyrightStandApart() {
        String text = "Ferry Toll Climbs to 11 as Questions Focus on Overloaded Car Deck\n"
                + "By JONATHAN R. WELLES\n"
                + "c.2010 N.Y. Times News Service\n\n"
                + "PORT ELLIS _ For the second day, the relatives came to the ferry\n"
                + "terminal at dawn, and for the second day most of them left without\n"
                + "news of the passengers still missing in the strait.\n\n"
                + "By Tuesday evening, officials said 11 people had died when the ferry\n"
                + "capsized in the strait, and 19 were still missing after the search.\n\n"
                + "(c) 2010 United Press International. All rights reserved.\n";
        CleanedDocument d = cleanText("w.txt", text);
        assertThat(d.title()).isEqualTo("Ferry Toll Climbs to 11 as Questions Focus on Overloaded Car Deck");
        assertDropped(d, "byline", "By JONATHAN R. WELLES");
        assertDropped(d, "copyright", "c.2010 N.Y. Times News Service",
                "(c) 2010 United Press International. All rights reserved.");
        assertThat(String.join(" ", keptTexts(d))).contains("By Tuesday evening, officials said 11 people");
    }

    @Test
    void aPressReleasesDatelineUnderItsSubheadAndItsFooterAreNotTheNews() {
        String text = "Harbor Appliances Announces Voluntary Recall of Toaster Ovens\n\n"
                + "Consumers should stop using recalled units and contact Harbor Appliances for a full refund\n\n"
                + "COLUMBUS, Ohio, March 11, 2025 /PRNewswire/ -- Harbor Appliances, Inc. today announced a voluntary recall "
                + "of approximately 1.2 million toaster ovens sold in the United States and Canada.\n\n"
                + "A thermal fuse in the affected units can fail, allowing the heating element to overheat.\n\n"
                + "The company has received 47 reports of units overheating, including six reports of minor burns.\n\n"
                + "About Harbor Appliances\n\n"
                + "Founded in 1968 and headquartered in Columbus, Ohio, Harbor Appliances designs kitchen appliances sold in 30 countries.\n\n"
                + "Forward-Looking Statements\n\n"
                + "This press release contains forward-looking statements that involve risks and uncertainties.\n\n"
                + "Media Contact:\n\nJordan Ellis\n\n+1 614-555-0142\n";
        CleanedDocument d = cleanText("r.txt", text);
        assertDropped(d, "dateline", "COLUMBUS, Ohio, March 11, 2025 /PRNewswire/ --");
        assertThat(d.published()).startsWith("2025-03-11"); // not the phone number
        String kept = String.join(" ", keptTexts(d));
        assertThat(kept).contains("47 reports of units overheating").doesNotContain("Founded in 1968", "forward-looking", "Jordan Ellis");
    }

    @Test
    void aBoxOfKeyPointsInHeadlineStyleIsNotText() {
        String text = "Recall widened\n\nThe company more than doubled its recall of air fryers to 2.9 million units on Wednesday.\n\n"
                + "Key points\n\nRecall expanded to 2.9 million units including UK and EU\n\n112 reports of overheating and 19 burn injuries\n\n"
                + "Regulators said they had opened an investigation into how long the company took to report the fault.\n";
        CleanedDocument d = cleanText("k.txt", text);
        assertDropped(d, "key-points", "112 reports of overheating and 19 burn injuries",
                "Key points");
        assertThat(keptTexts(d)).contains(
                "Regulators said they had opened an investigation into how long the company took to report the fault.");
    }

    @Test
    void aWiresDatelineLineOpensTheLedeRightUnderTheHeadlinesLine() {
        // hard-wrapped wire copy with no blank line between the headline and the lede
        String text = "Harbour pilots, port agree to talk through weekend\n"
                + "VELDHAVEN, Norland (Reuters) _ Harbour pilots and the port authority\n"
                + "failed to reach a deal by the government's deadline but agreed to\n"
                + "keep talking through the weekend, the transport ministry said.\n"
                + "\n"
                + "The port's director said talks would resume at the ministry at nine\n"
                + "in the morning, with a mediator appointed by the transport minister.\n"
                + "\n"
                + "About forty ships were waiting at anchor off the harbour mouth, and\n"
                + "the grain terminal had stopped loading for the third day running.\n";
        CleanedDocument d = cleanText("w.txt", text);
        assertThat(d.title()).isEqualTo("Harbour pilots, port agree to talk through weekend");
        assertDropped(d, "dateline", "VELDHAVEN, Norland (Reuters) _");
        assertThat(d.text().replaceAll("\\s+", " ")).contains("Harbour pilots and the port authority failed to reach a deal")
                .doesNotContain("weekend Harbour");
    }

    @Test
    void wireNotesToEditorsAreNotTextAndTheDatelineUnderThemIsStillCut() {
        String text = "Death toll rises to four in Nepal protests\n\n"
                + "EDS: UPDATES with death toll rising to four, curfew imposed. Rewrites top.\n\n"
                + "   KATHMANDU, Nepal (AP) _ The death toll from clashes between\n"
                + "police and opposition protesters in the capital rose to four on\n"
                + "Tuesday, and the government imposed a curfew on the old city.\n"
                + "   The finance minister resigned on Monday after auditors said a\n"
                + "lease had overcharged the state by $38 million over two years.\n"
                + "   (STORY CAN END HERE. OPTIONAL 2 GRAFS FOLLOW)\n"
                + "   Himal Airways, which flies to India and the Persian Gulf, has\n"
                + "lost money for six consecutive years, the auditors said in the report.\n";
        CleanedDocument d = cleanText("w.txt", text);
        assertDropped(d, "editor-note", "EDS: UPDATES with death toll rising to four, curfew imposed. Rewrites top.",
                "(STORY CAN END HERE. OPTIONAL 2 GRAFS FOLLOW)");
        assertDropped(d, "dateline", "KATHMANDU, Nepal (AP) _");
        assertThat(String.join(" ", keptTexts(d))).contains("Himal Airways, which flies").doesNotContain("GRAFS");
        // an interview's answers by someone called Ed are no note to editors
        String answer = "Ed: The water came up to the second step in under an hour. We carried the chairs upstairs and "
                + "then the photographs, and by midnight we were sitting on the landing listening to it.";
        CleanedDocument qa = cleanText("q.txt", "Baker recalls the night the river rose\n\n"
                + "Ed Lowe has run the bakery on Mill Street for thirty years. He spoke to the Courier on Monday.\n\n"
                + "Courier: How fast did the water come in?\n\n" + answer + "\n\n"
                + "The council said on Monday it would pay for flood barriers on the street.\n");
        assertThat(keptTexts(qa)).contains(answer);
    }

    @Test
    void theWritersNoteHowToReachTheNewsroomAndAListeningTeaserAreNotText() {
        String lede = "A crowded passenger ferry rolled over and sank in the harbour after leaving the pier on its last run.";
        String furniture = "Listen: Hear the full interview with the harbour master on our morning show.\n\n"
                + "Got a story? Text us on 80555 or email news@metroradio.example\n\n"
                + "Dev Raman covers transportation for the Courier.\n\n"
                + "Reach him at draman@courier.example or on Twitter @DevRamanEC.\n\n"
                + "Jane Okafor is a staff writer at the Harbour Times.\n";
        CleanedDocument d = cleanText("x.txt", "Ferry sinks in harbour\n\n" + lede
                + "\n\nThe coast guard said 228 people were rescued and thirteen remain missing after the sinking.\n\n"
                + furniture);
        assertThat(keptTexts(d)).containsExactly("Ferry sinks in harbour", lede,
                "The coast guard said 228 people were rescued and thirteen remain missing after the sinking.");
        assertDropped(d, "byline", "Dev Raman covers transportation for the Courier.");
        assertDropped(d, "contact-line", "Reach him at draman@courier.example or on Twitter @DevRamanEC.");
        for (String note : List.of("Correction: An earlier version of this story misstated the number of units recalled.",
                "This article was amended on 13 March 2025 to correct the size of the fine, which was $45m, not $40m.",
                "Good morning and welcome to our live coverage of the Kestrel recall as it unfolds today.",
                "We may earn a commission when you buy through links on our site.")) {
            CleanedDocument n = cleanText("n.txt", "Ferry sinks in harbour\n\n"
                    + lede + "\n\n" + note + "\n\nThe coast guard said thirteen people remain missing after the sinking.\n");
            assertDropped(n, "page-note", note);
        }
        CleanedDocument v = cleanText("v.txt", "Ferry sinks in harbour\n\n"
                + "View this email in your browser: https://courier.example/issues/212\n\n" + lede + "\n");
        assertDropped(v, "link", "View this email in your browser: https://courier.example/issues/212");
        // a report that quotes a handle and an address keeps them
        String story = "The group posted its demands on Twitter as @harbourwatch and urged supporters to email the port authority.";
        CleanedDocument s = cleanText("s.txt", "Ferry sinks in harbour\n\n" + lede
                + "\n\n" + story + "\n\nThe coast guard said thirteen people remain missing after the sinking.\n");
        assertThat(keptTexts(s)).contains(story);
    }

    @Test
    void aBylineRowWithADateAndItsClockTimeIsADateLine() {
        String body = "A crowded passenger ferry rolled over and sank in the harbour after leaving the pier on its last run.";
        CleanedDocument d = cleanText("x.txt", "Ferry sinks in harbour\n\n"
                + "Coastal Post staff Wednesday 5 May 2010 21:05 BST\n\n" + body + "\n");
        assertDropped(d, "date-line", "Coastal Post staff Wednesday 5 May 2010 21:05 BST");
        assertThat(d.published()).startsWith("2010-05-05");
        String row = "الجرف - خاص الخميس 13 نوفمبر 2025 - 10:35 م | آخر تحديث: الخميس 13 نوفمبر 2025 - 11:02 م";
        CleanedDocument a = cleanText("a.txt", "ارتفاع حصيلة السيول\n\n" + row
                + "\n\nارتفعت حصيلة السيول التي ضربت المحافظة إلى تسعة عشر قتيلا بحسب الدفاع المدني.\n");
        assertDropped(a, "date-line", row);
        assertThat(a.published()).startsWith("2025-11-13");
        // a sentence with a clock time stays
        String timed = "The ferry left Port Ellis on Wednesday 5 May 2010 at 21:05 with 258 people on board";
        CleanedDocument t = cleanText("t.txt", "Ferry sinks in harbour\n\n" + timed
                + "\n\n" + body + "\n");
        assertThat(keptTexts(t)).contains(timed);
    }

    @Test
    void aWireStorysBulletsAboveItsDatelineGo() {
        String bullets = "Key rate raised to 4.75% from 4.25%\n\nCommittee split 5-2, two members wanted smaller rise\n\n"
                + "Governor says bank \"not yet done\"\n\n";
        String lede = "The Central Bank of Aldessa raised its benchmark interest rate by half a percentage point to 4.75% on Thursday.";
        CleanedDocument d = cleanText("w.txt", "Aldessa central bank raises rates by half point\n\n" + bullets
                + "VELMARA, Nov 6 (Meridian Press) - " + lede + "\n");
        assertDropped(d, "key-point", "Key rate raised to 4.75% from 4.25%");
        assertDropped(d, "key-point", "Governor says bank \"not yet done\"");
        assertThat(keptTexts(d)).contains(lede);
        // without a wire's dateline below them, such lines are the article's own opening and stay
        CleanedDocument plain = cleanText("p.txt", "Aldessa central bank raises rates by half point\n\n" + bullets + lede + "\n");
        assertNoneDropped(plain, "key-point");
    }

    @Test
    void wireDatelinesWithADashBeforeTheAgencyOrTheNewYorkTimesWiresUnderscore() {
        for (String dateline : List.of("PORT ELLIS (AP) _", "دمشق - (سانا) -", "القاهرة – (أ ف ب) –", "القاهرة - رويترز -",
                "القاهرة - أ ش أ -", "الرباط - و.م.ع -", "الدوحة في 14 ديسمبر /قنا/", "أبوظبي في 3 مارس 2026 / وام /", "(وات) -",
                // a newspaper's own: a place and a dash
                "وادي الريحان –", "عين الصفا -",
                // and the outlet signing its report after the dash
                "عين الصفا - الراصد:", "وادي الريحان – بوابة الوادي:",
                // with the day and month, an agency known or not, «في» or not
                "وادي النخيل، 14 مارس (ساحل) –", "الرمانة 15 مارس /سنا/ -")) {
            boolean arabic = !dateline.startsWith("P");
            String body = arabic ? " أعلنت السلطات افتتاح جسر جديد فوق النهر بعد ثلاث سنوات من العمل."
                    : " A crowded passenger ferry rolled over and sank in the harbour after leaving the pier.";
            CleanedDocument d = cleanText("x.txt",
                    (arabic ? "افتتاح جسر جديد" : "Ferry sinks in harbour") + "\n\n" + dateline + body + "\n");
            assertDropped(d, "dateline", dateline);
            assertThat(keptTexts(d)).as(dateline).contains(body.strip());
        }
        // an opening phrase between dashes that names no agency stays
        CleanedDocument o = cleanText("o.txt", "افتتاح جسر جديد\n\n"
                + "في القاهرة - المدينة الأكبر - افتتحت السلطات جسرا جديدا فوق النهر بعد ثلاث سنوات.\n");
        assertNoneDropped(o, "dateline");
        CleanedDocument aside = cleanText("a.txt", "افتتاح جسر جديد\n\n"
                + "الوزير – الذي وصل صباحا – افتتح جسرا جديدا فوق النهر بعد ثلاث سنوات من العمل.\n");
        assertNoneDropped(aside, "dateline");
        // a speaker after the dash is no outlet: his words stay with him
        CleanedDocument speaker = cleanText("s.txt", "افتتاح جسر جديد\n\n"
                + "القاهرة - قال الوزير: افتتحنا اليوم جسرا جديدا فوق النهر بعد ثلاث سنوات من العمل.\n");
        assertThat(String.join("\n", keptTexts(speaker))).contains("قال الوزير: افتتحنا");
        // however long the aside, and closed by a comma
        for (String lede : List.of(
                "الرئيس – الذي عاد أمس من جولة خليجية استمرت أسبوعا كاملا زار خلالها ثلاث عواصم والتقى عددا من القادة – أكد أن الحوار الوطني سينطلق الشهر المقبل.",
                "وزارة التجارة – وهي الجهة المسؤولة عن مراقبة الأسعار منذ إعادة هيكلة القطاع قبل عامين، أعلنت رفع سعر الخبز بنسبة عشرة في المئة.",
                "الرئيس – العائد من جولة خليجية استمرت أسبوعا كاملا زار خلالها ثلاث عواصم والتقى عددا كبيرا من القادة – أكد أن الحوار سينطلق.")) {
            CleanedDocument longAside = cleanText("l.txt", "الحوار الوطني\n\n" + lede + "\n");
            assertThat(String.join("\n", keptTexts(longAside))).as(lede).contains(lede.substring(0, 12));
            assertNoneDropped(longAside, "dateline");
        }
        // a dateline on a line of its own, above the first paragraph
        CleanedDocument alone = cleanText("m.txt", "افتتاح جسر جديد\n\nالدار البيضاء - و م ع\n\n"
                + "أعلنت السلطات افتتاح جسر جديد فوق النهر بعد ثلاث سنوات من العمل.\n");
        assertDropped(alone, "dateline", "الدار البيضاء - و م ع");
        // a sentence with a month's other name between slashes is no Gulf dateline
        CleanedDocument k = cleanText("k.txt", "اشتباكات في الريف\n\n"
                + "قتل عشرون مدنيا في 14 ديسمبر 2024 /كانون الأول/ في اشتباكات عنيفة بريف المدينة الشرقي.\n");
        assertNoneDropped(k, "dateline");
        // a sentence with a date and a fraction is no Gulf dateline
        CleanedDocument g = cleanText("g.txt", "افتتاح جسر جديد\n\n"
                + "وقالت الوزارة في 14 ديسمبر إن 3/4 الطرق أعيد فتحها أمام حركة السير بعد السيول.\n");
        assertNoneDropped(g, "dateline");
    }

    @Test
    void aFrenchWiresPlaceInTitleCaseBeforeItsAgencyIsADateline() {
        CleanedDocument d = cleanText("f.txt", "Inondations dans le Gard\n\nNîmes (AFP) - Deux personnes sont mortes "
                + "dans les inondations qui ont frappé le Gard, a annoncé la préfecture.\n\nLes écoles sont fermées.\n");
        assertDropped(d, "dateline", "Nîmes (AFP) -");
        // a name in title case with an aside in brackets is no dateline: no agency
        CleanedDocument n = cleanText("n.txt", "Vote in the council\n\nMaria Lopez (Labour) - who chairs the "
                + "committee - voted against the plan on Tuesday, the council said.\n\nThe plan passed.\n");
        assertNoneDropped(n, "dateline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GENEVA, 10 March 2026 –", "BOSTON, March 10, 2026 —"})
    void aReleasesDatelineWithItsDateDatesTheArticle(String dateline) {
        CleanedDocument d = cleanText("r.txt", "Relief alliance launches quake appeal\n\n" + dateline
                + " The Global Relief Alliance launched an emergency appeal for 5 million dollars to help 40,000 people.\n\n"
                + "The appeal will fund shelter, water and health care for three months.\n");
        assertDropped(d, "dateline", dateline);
        assertThat(d.published()).as(dateline).isEqualTo("2026-03-10");
    }

    @Test
    void aWireDatelineWithAPlaceInCapitalsNeedNotNameAKnownAgency() {
        for (String dateline : List.of("HARBOUR TOWN (Coastal Press) —", "MILLBROOK, Nov 4 (Valley Wire Service) -",
                "DERVAN, Halvar, March 9 (Continental Press) -")) {
            CleanedDocument d = cleanText("x.txt", "Ferries resume after three-day storm halt\n\n" + dateline
                    + " Ferries between the two islands resumed on Tuesday after high seas halted crossings for three days.\n\n"
                    + "Operators said the first morning crossing was full.\n");
            assertDropped(d, "dateline", dateline);
            assertThat(keptTexts(d).get(1)).startsWith("Ferries between");
        }
        // an acronym spelled out in an aside, the sentence running on in lower case, is no dateline
        CleanedDocument aside = cleanText("y.txt", "Alliance ministers meet\n\n"
                + "NATO (North Atlantic Treaty Organization) — the alliance said on Friday that its ministers would meet.\n");
        assertNoneDropped(aside, "dateline");
        // nor is one in capitals before a sentence: the lede would lose which agency it speaks of
        CleanedDocument acronym = cleanText("w.txt", "Outbreak declared\n\n"
                + "WHO (World Health Organization) — The agency declared the outbreak an emergency on Friday.\n");
        assertNoneDropped(acronym, "dateline");
        // an Arabic place has no capitals to go by: a place of three words at most and a short parenthesis without
        // figures open the first paragraph as a dateline does (a photo's «(أرشيفية)» does not: see below)
        CleanedDocument ar = cleanText("z.txt", "استئناف رحلات العبارات بعد العاصفة\n\n"
                + "مرفأ الغيث (صوت الساحل) - استؤنفت رحلات العبارات بين الجزيرتين صباح الثلاثاء بعد توقف دام ثلاثة أيام.\n");
        assertDropped(ar, "dateline", "مرفأ الغيث (صوت الساحل) -");
        CleanedDocument aged = cleanText("y.txt", "وفاة الفنان الكبير\n\n"
                + "توفي الفنان سامي الخطيب (78 عاما) - بعد صراع طويل مع المرض في مستشفى العاصمة مساء الأحد.\n");
        assertNoneDropped(aged, "dateline");
    }

    @Test
    void wireDatelinesWithARegionOfSeveralWordsADayForThePlaceOrASpanishDay() {
        String lede = " Ferries between the two islands resumed on Tuesday after high seas halted crossings for three days.";
        for (String dateline : List.of("PORT LOUIS, Cape Verde Islands (AP) _", "SANTA RITA, Ilha Grande (Reuters) -",
                "Oct 6 (Harbour Wire) -", "Vigo, 6 oct (EFE).-", "Las Palmas, 6 oct (Atlántico Press).-")) {
            CleanedDocument d = cleanText("x.txt", "Ferries resume after storm\n\n" + dateline + lede + "\n");
            assertDropped(d, "dateline", dateline);
            assertThat(keptTexts(d).get(1)).as(dateline).isEqualTo(lede.strip());
        }
        // the day without its year takes the cluster's
        List<CleanedDocument> two = new ArticleCleaner().clean(List.of(
                Article.builder("a").title("Ferries resume").text("Vigo, 6 oct (EFE).- " + lede.strip()).build(),
                Article.builder("b").title("Ferries full").published("2026-10-07").text("The first crossing was full.").build()));
        assertThat(two.get(0).published()).isEqualTo("2026-10-06");
        // a day before a parenthesis that names no wire, or a place in title case without its day, is the sentence's
        for (String sentence : List.of("May 5 (local time) - The ferry left the harbour with 40 passengers aboard.",
                "Vigo (Spain) - The ferry left the harbour with 40 passengers aboard.")) {
            CleanedDocument k = cleanText("k.txt", "Ferries resume after storm\n\n" + sentence + "\n");
            assertThat(k.dropped()).as(sentence).noneMatch(x -> x.reason().equals("dateline"));
        }
    }

    @Test
    void aLiveEntrysTimeStampedHeadingIsDroppedAndATimeStampBeforeItsTextIsCut() {
        String longHeading = "8:55 p.m. — Council approves the transit levy 7 to 4 after a four-hour debate; mayor to sign it on Friday";
        CleanedDocument d = cleanText("live.txt", "Transit levy vote: live updates\n\n"
                + "Last updated: April 2, 2026, 9:12 p.m.\n\n"
                + longHeading + "\n\n"
                + "Members voted 7 to 4 to approve the levy after residents spoke for more than two hours.\n\n"
                + "8:10 p.m. — Mayor: \"This is a good night for riders\"\n\n"
                + "Mayor Alma Ruiz said the levy would pay for three new bus lines and longer evening service.\n\n"
                + "7:40 p.m. — The public comment period closed after 62 speakers.\n\n"
                + "19:20 GMT: Most of the speakers who signed up said they opposed the tax.\n\n"
                + "The vote had been delayed twice since January, when the council first took up the plan.\n");
        assertDropped(d, "entry-heading", longHeading,
                "8:10 p.m. — Mayor: \"This is a good night for riders\"");
        assertDropped(d, "time-stamp", "7:40 p.m. —",
                "19:20 GMT:");
        assertThat(keptTexts(d)).contains("The public comment period closed after 62 speakers.",
                "Most of the speakers who signed up said they opposed the tax.",
                "Members voted 7 to 4 to approve the levy after residents spoke for more than two hours.");

        CleanedDocument ar = cleanText("ar.txt", "تصويت المجلس البلدي على ضريبة النقل: تغطية مباشرة\n\n"
                + "الساعة 20:55 - المجلس يقر ضريبة النقل بسبعة أصوات مقابل أربعة بعد نقاش استمر أربع ساعات\n\n"
                + "صوت أعضاء المجلس بأغلبية سبعة أصوات لصالح الضريبة بعد أن تحدث السكان لأكثر من ساعتين.\n\n"
                + "الساعة 19:40 - أغلق باب المداخلات العامة بعد اثنين وستين متحدثا.\n\n"
                + "وكان التصويت قد تأجل مرتين منذ يناير حين طرحت الخطة أول مرة.\n");
        assertDropped(ar, "entry-heading", "الساعة 20:55 - المجلس يقر ضريبة النقل بسبعة أصوات مقابل أربعة بعد نقاش استمر أربع ساعات");
        assertDropped(ar, "time-stamp", "الساعة 19:40 -");
        assertThat(keptTexts(ar)).contains("أغلق باب المداخلات العامة بعد اثنين وستين متحدثا.");
    }

    @Test
    void aLivePagesTimeStampOnALineOfItsOwnAndTheHeadingUnderItAreDropped() {
        // a page's <time> element, then the entry's <h3>, then its text: the heading stands before the first prose
        CleanedDocument d = cleanHtml("live.html", """
                <html><head><title>Live: harbour flood</title></head><body><article>
                <h1>Live: harbour flood</h1>
                <time>3:05 p.m.</time><h3>Pumps restarted at the harbour; two streets reopen</h3>
                <p>Crews restarted the harbour pumps after the tide turned, and two streets reopened to traffic.</p>
                <time>1:40 p.m.</time><h3>Water still rising on Quay Street</h3>
                <p>The water on Quay Street rose another ten centimetres in an hour, the fire service said.</p>
                </article></body></html>""");
        assertDropped(d, "time-stamp", "3:05 p.m.");
        assertDropped(d, "entry-heading", "Pumps restarted at the harbour; two streets reopen");
        assertThat(keptTexts(d)).contains("Crews restarted the harbour pumps after the tide turned, and two streets reopened to traffic.");
    }

    @Test
    void aLivePagesStampsWithTheirDayFirstAreTimeStampsAndTheirHeadingsAreDropped() {
        CleanedDocument d = cleanText("live.txt", "Harbour flood: live updates\n\n"
                + "Key events | Show key events only | Please turn on JavaScript for a better experience\n\n"
                + "3 March, 15:05\nPumps restarted at the harbour\n"
                + "Crews restarted the harbour pumps after the tide turned, and two streets reopened to traffic.\n\n"
                + "3 March, 13:40\nWater still rising on Quay Street\n"
                + "The water on Quay Street rose another ten centimetres in an hour, the fire service said.\n\n"
                + "3 March, 09:15\nSchools closed\n"
                + "All schools in the harbour district were closed for the day, the council said.\n");
        assertDropped(d, "time-stamp", "3 March, 15:05");
        assertDropped(d, "entry-heading", "Pumps restarted at the harbour");
        assertDropped(d, "browser-notice", "Key events | Show key events only | Please turn on JavaScript for a better experience");
        // a report credited to a newsroom
        CleanedDocument credited = cleanText("c.txt", "Harbour pumps restarted\n\nFrom Meridian Press and Courier staff\n\n"
                + "Crews restarted the harbour pumps after the tide turned, and two streets reopened to traffic.\n");
        assertDropped(credited, "byline", "From Meridian Press and Courier staff");
        // a dated scene with its photographer's credit is a caption, in French too
        CleanedDocument captioned = cleanText("f.txt", "Crues dans le Gard\n\n"
                + "Les pluies ont fait cinq morts dans le département, selon la préfecture, qui a levé la vigilance rouge.\n\n"
                + "Une rue inondée dans le quartier Richelieu à Nîmes, le 8 décembre 2026. PASCAL GUYOT / AFP\n\n"
                + "Plus de mille trois cents personnes ont été évacuées dans le département depuis le début des pluies.\n");
        assertDropped(captioned, "photo-caption", "Une rue inondée dans le quartier Richelieu à Nîmes, le 8 décembre 2026. PASCAL GUYOT / AFP");
        // a headline in title case that ends on "Staff" is no credit, and a report on browsers is no notice to the reader
        CleanedDocument headline = cleanText("h.txt", "Pay Rise For Hospital Staff\n\n"
                + "Nurses and porters at the city's hospitals will get a 5 percent pay rise, the health board said.\n\n"
                + "Google said the new version of Chrome would warn users when sites ask them to enable JavaScript for tracking.\n");
        assertThat(headline.title()).isEqualTo("Pay Rise For Hospital Staff");
        assertThat(headline.dropped()).isEmpty();
        assertKeptOpening(d, "Crews restarted the harbour pumps", "The water on Quay Street", "All schools in the harbour");
        // one such line is an article's date, not a live entry's stamp
        CleanedDocument article = cleanText("a.txt", "Harbour pumps restarted\n\n3 March 2025, 15:05\n\n"
                + "Crews restarted the harbour pumps after the tide turned, and two streets reopened to traffic.\n");
        assertThat(article.dropped()).noneMatch(l -> l.reason().equals("time-stamp"));
    }

    @Test
    void timeStampedLinesWithoutStopsOneAfterAnotherAreEntriesNotHeadings() {
        // an Arabic live page whose entries end without a stop, and an English timeline
        CleanedDocument ar = cleanText("ar.txt", "فيضانات الوادي: تغطية مباشرة\n\n"
                + "10:45 ص\n\n"
                + "أعلنت وزارة الصحة ارتفاع عدد ضحايا الفيضانات في محافظة الوادي إلى 45 قتيلا و120 مصابا حتى ظهر اليوم\n\n"
                + "09:30 ص\n\n"
                + "قال الدفاع المدني إن فرقه أجلت أكثر من ثلاثمئة أسرة من القرى المحاذية لمجرى الوادي خلال الليل\n");
        assertKeptOpening(ar, "أعلنت وزارة الصحة ارتفاع عدد ضحايا الفيضانات", "قال الدفاع المدني إن فرقه أجلت");
        CleanedDocument en = cleanText("t.txt", "How the night unfolded\n\n"
                + "11:52 p.m. — A man enters the depot through an unlocked side door and climbs to the roof\n\n"
                + "12:10 a.m. — Guards call the police after the alarm on the roof sounds twice\n\n"
                + "12:31 a.m. — Officers bring the man down and take him to the station for questioning\n");
        assertThat(keptTexts(en)).anyMatch(k -> k.contains("A man enters the depot through an unlocked side door"))
                .anyMatch(k -> k.contains("Officers bring the man down"));
    }

    @Test
    void aTranscriptKeepsWhatItsJournalistsReportAndDropsUnattributedSpeech() {
        CleanedDocument d = cleanText("tv.txt", """
                WRVL 4 EVENING REPORT
                TRANSCRIPT — Thursday, May 7, 2026

                [19:02:40]

                MARIA OKONJO, WRVL 4 ANCHOR: Good evening. The county shut its main water plant today after inspectors found a crack in its largest filter tank. Our Paul Fenner is there. Paul?

                PAUL FENNER, WRVL 4 CORRESPONDENT: Maria, crews drained the tank this morning, and the county says tap water is safe.

                [BEGIN VIDEO CLIP]

                RUTH ALVAREZ, COUNTY WATER DIRECTOR: We caught this early. Nobody's water is at risk tonight.

                We expect the repairs to take about ten days.

                [END VIDEO CLIP]

                FENNER: The county will open two water stations at the fairgrounds on Friday.

                OKONJO: Thanks, Paul. Still ahead tonight: the weekend forecast.

                (COMMERCIAL BREAK)
                """);
        assertDropped(d, "speaker-label", "MARIA OKONJO, WRVL 4 ANCHOR:",
                "PAUL FENNER, WRVL 4 CORRESPONDENT:",
                "FENNER:");
        assertThat(keptTexts(d)).contains("The county will open two water stations at the fairgrounds on Friday.")
                .anyMatch(k -> k.startsWith("Good evening. The county shut its main water plant today"));
        assertDropped(d, "transcript-speech", "RUTH ALVAREZ, COUNTY WATER DIRECTOR: We caught this early. Nobody's water is at risk tonight.",
                "We expect the repairs to take about ten days.");
        for (String stage : List.of("[19:02:40]", "[BEGIN VIDEO CLIP]", "[END VIDEO CLIP]", "(COMMERCIAL BREAK)")) {
            assertThat(reasonOf(d, stage)).as(stage).isNotNull();
        }

        // capitals and a colon in ordinary copy: a wire's place, an update's label, a header's field
        CleanedDocument e = cleanText("e.txt", """
                Council delays vote on harbour plan

                Category: Politics

                UPDATE: The council voted 6 to 3 on Monday night to delay its decision on the harbour plan until June.

                WASHINGTON: The federal transport agency said it would review the plan's funding request this summer.

                Residents had filled the chamber for the third meeting in a row.
                """);
        assertThat(e.dropped()).noneMatch(x -> x.reason().equals("speaker-label") || x.reason().equals("transcript-speech"));
        assertThat(keptTexts(e)).contains(
                "UPDATE: The council voted 6 to 3 on Monday night to delay its decision on the harbour plan until June.",
                "WASHINGTON: The federal transport agency said it would review the plan's funding request this summer.");

        // a fact box, a credits block and a quoted exchange inside a story: labels, but no transcript
        for (String head : List.of("HOST TOWNS: Millbrook and Ashford Vale\n\nDATES: June 6-22, 2026\n\nREPORTER: Jane Whitfield\n\n",
                "HOST: Did you ever meet Mr. Carver at the depot?\n\nMILLER: I never met him, and I never saw the depot.\n\n")) {
            CleanedDocument f = cleanText("f.txt", "Games budget set at 1.2 billion\n\n"
                    + head + "The organisers said the budget would cover both venues and the athletes' village.\n\n"
                    + "Hours later, the regional government released the contracts for the two venues.\n");
            assertThat(f.dropped()).as(head).noneMatch(x -> x.reason().equals("transcript-speech"));
            assertThat(keptTexts(f)).as(head).contains("The organisers said the budget would cover both venues and the athletes' village.",
                    "Hours later, the regional government released the contracts for the two venues.");
        }
    }

    @Test
    void anAgencyHeadersFieldsAndItsRuledHeadlineAreReadInAHardWrappedText() {
        CleanedDocument d = cleanText("w.txt", """
                وكالة أنباء الوادي الموحدة (وادي)
                الخدمة العربية - النشرة المحلية
                رقم الخبر: WAD-20251012-0417
                التاريخ: 12/10/2025   الساعة: 10:52 بتوقيت الصافية
                التصنيف: محليات / قضاء
                =================================================================
                حكم بسجن وزير سابق وثلاثة رجال أعمال في قضية فساد بعقود الأشغال
                =================================================================

                الصافية، 12 - 10 (وكالة أنباء الوادي الموحدة) - أصدرت محكمة
                الجنايات المركزية في الصافية حكماً بالسجن سبعة أعوام بحق وزير
                الإعمار الأسبق، إثر إدانته في قضية فساد تتعلق بعقود الأشغال العامة.
                وقال مصدر في المحكمة إن الحكم شمل ثلاثة رجال أعمال متهمين معه في
                القضية نفسها، وإن المحكمة ألزمتهم برد الأموال إلى خزينة الدولة.
                """);
        assertThat(d.title()).isEqualTo("حكم بسجن وزير سابق وثلاثة رجال أعمال في قضية فساد بعقود الأشغال");
        assertDropped(d, "date-line", "التاريخ: 12/10/2025   الساعة: 10:52 بتوقيت الصافية");
        assertThat(d.published()).startsWith("2025-10-12");
        assertThat(keptTexts(d)).noneMatch(t -> t.contains("التصنيف") || t.contains("وكالة أنباء الوادي الموحدة (وادي)"));
    }

    @Test
    void aSlideshowsCaptionUnderItsCountersIsNoSentence() {
        CleanedDocument d = cleanText("s.txt", "تعليق المحادثات بين البلدية والنقابة بشأن الجسر القديم\n\n"
                + "  • 1/3\n  • 2/3\n  • 3/3\n\n"
                + "مجلس المدينة يفترض أن يناقش في ساعة متأخرة الاثنين مشروع قرار لإغلاق الجسر القديم\n\n"
                + "أعلن مجلس المدينة إغلاق الجسر القديم أمام الشاحنات الثقيلة بعد أن عثر المفتشون على تشققات.\n");
        assertDropped(d, "photo-caption", "مجلس المدينة يفترض أن يناقش في ساعة متأخرة الاثنين مشروع قرار لإغلاق الجسر القديم");
        assertKeptOpening(d, "أعلن مجلس المدينة إغلاق الجسر");
    }

    @Test
    void aHeadlineAboveTheFirstRuleOutranksTheLineTheRulesBox() {
        // no header between the headline and the rules: what they box is a standfirst, not the title
        CleanedDocument d = cleanText("r.txt", """
                Harbour board delays the new ferry terminal
                ==================================================
                Residents will be heard before any work resumes
                ==================================================

                The harbour board said on Monday that it would postpone work on the new ferry terminal until the \
                residents of the east quay had been consulted about the noise and the traffic.
                The board's chair told a public meeting that the design of the terminal could still change.
                """);
        assertThat(d.title()).isEqualTo("Harbour board delays the new ferry terminal");
        // a paper's name and tagline above the rules is no headline: the boxed line is
        CleanedDocument m = cleanText("m.txt", """
                The Millbrook Courier, serving the valley since 1898
                ==================================================
                Fire destroys historic theatre on Mill Street
                ==================================================

                A fire destroyed the historic theatre on Mill Street overnight, and nobody was inside when its                 roof fell in, the fire service said.
                Investigators will examine the building once the walls have been made safe.
                """);
        assertThat(m.title()).isEqualTo("Fire destroys historic theatre on Mill Street");
    }

    @Test
    void aShortLineGluedUnderAParagraphOfASpacedTextIsACaption() {
        String lede = "The harbour authority closed the northern channel on Friday after a cargo ship ran aground near the breakwater.";
        String caption = "The Nordic Star at Rotterdam in 2019.";
        String last = "Salvage teams expect to refloat the ship at high tide, the authority said in a statement.";
        String text = "Channel closed after ship runs aground\n\n" + lede + "\n" + caption + "\n\n"
                + "Pilots said the ship lost power in strong winds and drifted for twenty minutes before it struck the sand.\n\n"
                + last + "\n";
        CleanedDocument d = cleanText("c.txt", text);
        assertDropped(d, "caption", caption);
        assertThat(keptTexts(d)).contains(lede, last);
        // where lines follow each other without blank lines, a short line is a paragraph like any other
        CleanedDocument tight = cleanText("t.txt", text.replace("\n\n", "\n"));
        assertThat(keptTexts(tight)).contains(caption);
        // a longer line under a paragraph is a sentence the page broke off, not a caption
        String longer = "The authority said the ship had been carrying grain and fertiliser bound for Antwerp.";
        CleanedDocument l = cleanText("l.txt", text.replace(caption, longer));
        assertThat(keptTexts(l)).contains(longer);
        // unless it reads as a caption: in the present, counting nothing but the hour
        for (String present : List.of("Tugs gather near the upturned hull of the Nordic Star at 6 a.m. on Friday.",
                "The floating crane Titan II is towed into the harbour channel at dawn.")) {
            CleanedDocument p = cleanText("p.txt", text.replace(caption, present));
            assertDropped(p, "caption", present);
        }
    }

    /** Cleans a dated article around {@code line} (between two long paragraphs) and returns what was kept. */
    private static String keptAround(String title, String line, boolean arabic, boolean glued) {
        String date = arabic ? "الخميس 14 مارس 2024" : "Thursday, March 14, 2024";
        String before = arabic ? "أعلنت السلطات في المدينة فتح تحقيق في الحادث الذي وقع مساء الأربعاء في الحي القديم قرب السوق المركزي."
                : "Police in Marlow opened an investigation on Thursday into the attack near the old market, which left the town in shock.";
        String after = arabic ? "وقالت الشرطة إن التحقيقات ما زالت جارية وإنها تستمع إلى شهود عيان كانوا في المكان وقت الحادث."
                : "Officers said they were still questioning witnesses who had been near the market when the attack took place.";
        String more = arabic ? "وأكد المحافظ أن السلطات ستعلن نتائج التحقيق الأولية خلال الأيام المقبلة بعد استكمال جمع الأدلة."
                : "The mayor said the town would hold a vigil for the victims on Saturday evening outside the town hall.";
        String text = title + "\n\n" + date + "\n\n" + before + (glued ? "\n" : "\n\n") + line + "\n\n" + after + "\n\n" + more + "\n";
        return String.join("\n", keptTexts(cleanText("x.txt", text)));
    }

    /** Found by a review of the session's rules: each was dropped or cut. */
    static Stream<Arguments> reportsSentencesThatLookLikeFurniture() {
        return Stream.of(
                Arguments.of("Mr Karimov is the son of the former president, who died in 2016.", false, false),
                Arguments.of("Police released a photo of a third suspect, who escaped from custody in 2019.", false, false),
                Arguments.of("Medicare covers about 65 million Americans, most of them over 65.", false, false),
                Arguments.of("The ministry has set up a website, www.floodhelp.gov.uk, for affected families.", false, false),
                Arguments.of("Anyone with information should contact police at tips@marlow-police.gov.uk or call 101.", false, false),
                Arguments.of("Corrections — the state agency that runs the prisons — said the inmate had escaped.", false, false),
                Arguments.of("The operation, code-named ''Iron Shield'', killed at least 40 rebels in the valley.", false, false),
                Arguments.of("Two people are missing.", false, true),
                Arguments.of("The town mayor resigned.", false, true),
                Arguments.of("ونشرت وزارة الداخلية صورة للمرشح الذي فر من السجن في عام 2019.", true, false),
                Arguments.of("قال مصدر أمني - لوكالة رويترز - إن الاشتباكات اندلعت في المدينة بعد منتصف الليل.", true, false),
                Arguments.of("\"لن نغادر بيوتنا\" - هكذا قال أحد سكان الحي للصحفيين بعد انتهاء الاشتباكات.", true, false),
                Arguments.of("ولا يزال ثلاثة عشر عاملا في عداد المفقودين.", true, true));
    }

    @ParameterizedTest(name = "{0} (glued under a paragraph: {2})")
    @MethodSource("reportsSentencesThatLookLikeFurniture")
    void reportsSentencesThatLookLikeFurnitureStay(String line, boolean arabic, boolean glued) {
        assertThat(keptAround(arabic ? "هجوم في المدينة" : "Attack in Marlow", line, arabic, glued)).as(line).contains(line);
    }

    @Test
    void aCreditACrossheadAndABoxHeadingBesideReportsLeaveTheirText() {
        // a credit glued to a reported paragraph goes alone
        String credited = keptAround("Attack in Marlow",
                "The union said the strike would last 48 hours and warned of further action. Photo: Reuters", false, false);
        assertThat(credited).contains("warned of further action.").doesNotContain("Photo: Reuters");
        // a crosshead "About …" alone is no press release's footer
        assertThat(keptAround("Attack in Marlow", "About Face", false, false)).contains("Officers said they were still questioning");
        // a box has a few short headlines: long paragraphs after "In brief" are the story
        String box = keptAround("Attack in Marlow", "In brief\n\nThe council met late into the night to debate whether the market should stay closed until the investigation ends", false, false);
        assertThat(box).contains("The council met late into the night");
    }

    @Test
    void aShortLedeInThePresentUnderTheDateLineIsKept() {
        String caption = "Striking drivers picket outside the Harlow Street bus depot in Eastbridge.";
        String lede = "About 1,400 bus drivers and tram operators went on strike at 4 a.m., shutting down all 62 bus routes in the city.";
        String text = "Transit workers walk out\n\nTuesday, September 13, 2011\n\n" + caption + "\n\n" + lede + "\n\n"
                + "The union called the strike after talks on a new contract broke down late on Monday night in the city hall.\n\n"
                + "Transit officials said there was no timetable for new talks and urged commuters to find other ways to work.\n";
        CleanedDocument d = cleanText("c.txt", text);
        // it may be the opening picture's caption, or the lede in the present ("Heavy snow is expected across the
        // north this weekend."): without a sign of a picture it is kept
        assertThat(keptTexts(d)).contains(caption);
        // a short lede that reports stays
        String reported = "Bus drivers and tram operators walked off the job in Eastbridge at dawn.";
        CleanedDocument r = cleanText("r.txt", text.replace(caption, reported));
        assertThat(keptTexts(r)).contains(reported);
    }

    @Test
    void aFilePhotosCaptionDatedYearsBeforeTheReportIsDropped() {
        String caption = "The Nordic Star leaves Rotterdam harbour on March 28, 2016.";
        String fact = "The ship was built in Gdansk and entered service on 18 April 2005.";
        String text = "Channel closed after ship runs aground\n\nFriday, May 6, 2022\n\n" + caption
                + " The ship ran aground near the breakwater after losing power in strong winds.\n\n" + fact + "\n\n"
                + "Salvage teams expect to refloat the ship at high tide, the harbour authority said in a statement.\n";
        CleanedDocument d = cleanText("f.txt", text);
        assertThat(String.join(" ", keptTexts(d))).doesNotContain("leaves Rotterdam")
                .contains("The ship ran aground near the breakwater", fact);
        assertThat(d.dropped()).anyMatch(x -> x.text().equals(caption) && x.reason().equals("photo-caption"));
        // a report of that same year tells the day as news
        CleanedDocument same = cleanText("s.txt", text.replace("2022", "2016"));
        assertThat(String.join(" ", keptTexts(same))).contains("leaves Rotterdam");
    }

    @Test
    void aLineThatNamesAPictureAndEndsWithAnEarlierYearOrWithACreditIsACaption() {
        String body = "ارتفعت حصيلة السيول التي ضربت المحافظة إلى تسعة عشر قتيلا بحسب الدفاع المدني.";
        String old = "وادي السدر قرب قرية العين البيضاء في صورة التقطت في 3 أبريل 2019 .";
        String credited = "صورة جوية للسفينة نجمة الشمال على الشعاب. الصورة: رويترز";
        String text = "ارتفاع حصيلة السيول\n\nالخميس 13 نوفمبر 2025\n\n" + body + "\n\n" + old + "\n\n" + credited
                + "\n\nوقال الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن شخصين مفقودين في الوادي.\n";
        CleanedDocument d = cleanText("a.txt", text);
        assertDropped(d, "photo-caption", old,
                credited);
        assertThat(keptTexts(d)).contains(body);
        // a photo of this year is news, and so is a sentence about an old photo that goes on after its year
        CleanedDocument same = cleanText("s.txt", text.replace("2019", "2025"));
        assertThat(keptTexts(same)).contains(old.replace("2019", "2025"));
        String story = "نشرت الوزارة صورة التقطت في 3 أبريل 2019 تظهر تصدعا في جسم السد قبل انهياره.";
        CleanedDocument s = cleanText("t.txt", text.replace(old, story));
        assertThat(keptTexts(s)).contains(story);
    }

    @Test
    void aWikisSourceListAndItsCitationsAndALabelledCaptionAreNotText() {
        String body = "علقت شركة نسر الأطلس رحلات طائراتها من طراز ATR بعد حادث التحطم قرب نواذيبو.";
        String text = "نسر الأطلس تعلق رحلاتها\n\nالجمعة 14 مايو 2010\n\n" + body + "\n\n"
                + "وأثار القرار ارتباكا في رحلات الشركة الداخلية، إذ ألغيت 26 رحلة خلال يوم واحد.\n\n"
                + "وقالت الشركة إنها حجزت مقاعد لمسافريها على خطوط أخرى حتى انتهاء الفحص.\n\n"
                + "صورة: طائرة ATR 72 تابعة للشركة في مطار محمد الخامس\n\nالمصادر\n\n"
                + "«نسر الأطلس تعلق رحلات ATR» — هسبريس، 14 مايو 2010\n";
        CleanedDocument d = cleanText("w.txt", text);
        assertDropped(d, "photo-caption", "صورة: طائرة ATR 72 تابعة للشركة في مطار محمد الخامس");
        assertDropped(d, "related-articles", "«نسر الأطلس تعلق رحلات ATR» — هسبريس، 14 مايو 2010",
                "المصادر");
        assertThat(d.metadata()).doesNotContainValue("المصادر");
        // one cited source in English, under the text
        CleanedDocument e = cleanText("e.txt", "Strike ends\n\n"
                + "Members of the transit union voted to approve a new two-year contract, ending a three-day strike.\n\n"
                + "\"Transit strike paralyses Eastbridge\" — Eastbridge Courier, September 13, 2011\n");
        assertDropped(e, "related-articles", "\"Transit strike paralyses Eastbridge\" — Eastbridge Courier, September 13, 2011");
    }

    @ParameterizedTest(name = "caption {2} in a report of {1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "HMS Cornwall at Zeebrugge in 2006.                                                         | 2007 | true",
            "Air France A330-200 F-GZCP lands at Paris-Charles de Gaulle Airport on March 28, 2007.     | 2010 | true",
            "The frigate was commissioned in 2006.                                                      | 2007 | false",
            "Unemployment stands at 5.1 percent, down from 7 percent in 2009.                           | 2010 | false",
            "It would be the worst crash since the one in 2001.                                         | 2009 | false",
            "The talks resume in Geneva in 2011.                                                        | 2010 | false"})
    void onlyAPresentSentenceEndingWithAnEarlierYearIsACaption(String sentence, int reportYear, boolean caption) {
        assertThat(DatedCaptions.isCaption(sentence, reportYear)).as(sentence).isEqualTo(caption);
    }

    @Test
    void aPageCountOrALoneCounterIsNoSlideshowAndTheLedeUnderItStays() {
        String lede = "أعلن مجلس المدينة إغلاق الجسر القديم أمام الشاحنات الثقيلة بعد أن عثر المفتشون على تشققات في دعاماته الشرقية";
        for (String counter : List.of("Page 1 of 3", "صفحة 1 من 3", "1/3")) {
            CleanedDocument d = cleanText("p.txt",
                    "إغلاق الجسر القديم أمام الشاحنات الثقيلة في المدينة\n\n" + counter + "\n\n" + lede + "\n\n"
                    + "وقال رئيس المجلس إن أعمال الترميم ستبدأ الشهر المقبل وتستمر نحو ستة أشهر.\n");
            assertThat(keptTexts(d)).as(counter).anyMatch(t -> t.startsWith(lede));
        }
        // two counters or more, n/m or «n من m»: a slideshow, and the line under them is its caption
        CleanedDocument d = cleanText("p.txt",
                "إغلاق الجسر القديم أمام الشاحنات الثقيلة في المدينة\n\n1 من 2\n2 من 2\n\n" + lede + "\n\n"
                + "وقال رئيس المجلس إن أعمال الترميم ستبدأ الشهر المقبل وتستمر نحو ستة أشهر.\n");
        assertDropped(d, "photo-caption", lede);
        // a gallery's counter over each caption, "n of m" as well
        String caption = "Firefighters battle the blaze at the old theatre on the corner of Mill Street late in the night";
        CleanedDocument g = cleanText("g.txt",
                "Fire destroys the old theatre on Mill Street\n\n1 of 2\n\n" + caption + "\n\n2 of 2\n\n"
                + "Neighbours watch from across the street as the roof of the theatre falls in\n\n"
                + "A fire destroyed the old theatre on Mill Street overnight, the fire service said.\n\n"
                + "Nobody was inside when the roof fell in, and the cause is being investigated.\n");
        assertDropped(g, "photo-caption", caption);
    }

    @Test
    void aDateLineEndingInAClockTimeIsNoSentence() {
        CleanedDocument d = cleanText("s.txt", "THE LAKESHORE SENTINEL\n"
                + "Metro | Tuesday, March 10, 2026 | 9:40 p.m.\n\n"
                + "Box of uncounted mail ballots surfaces as recount lead shrinks to 96\n\n"
                + "By Renée Castellano, Sentinel staff writer\n\n"
                + "The lead in the mayoral recount shrank to 96 votes as workers found a sealed box of mail ballots.\n\n"
                + "Last updated: Wednesday, March 11, 2026, 6:41 p.m.\n\n"
                + "The board will decide whether to count the ballots once their signatures are verified.\n");
        assertDropped(d, "date-line", "Metro | Tuesday, March 10, 2026 | 9:40 p.m.",
                "Last updated: Wednesday, March 11, 2026, 6:41 p.m.");
        assertThat(d.title()).isEqualTo("Box of uncounted mail ballots surfaces as recount lead shrinks to 96");
        assertThat(d.published()).startsWith("2026-03-10");
    }

    @Test
    void aCorrespondentsLineAfterThePlaceAndAShareBarAreNotText() {
        CleanedDocument d = cleanText("n.txt", "ارتفاع حصيلة انفجار الميناء إلى 14 قتيلا\n\n"
                + "مرسى الغيث - مراسل «نجمة الساحل»\n\n"
                + "ارتفعت حصيلة انفجار ميناء مرسى الغيث إلى 14 قتيلا و112 مصابا، بحسب وزارة الصحة.\n\n"
                + "شارك التغطية فيسبوك إكس واتساب نسخ الرابط\n\n"
                + "وتواصل فرق الدفاع المدني البحث عن ستة مفقودين تحت الركام في الرصيف الشمالي.\n");
        assertDropped(d, "byline", "مرسى الغيث - مراسل «نجمة الساحل»");
        assertThat(d.metadata()).containsEntry("dateline", "مرسى الغيث");
        assertDropped(d, "share-prompt", "شارك التغطية فيسبوك إكس واتساب نسخ الرابط");
        // with the date the page's markup set beside it on the same line
        String dated = "مرسى الغيث - مراسل نجمة الساحل الأحد ١٦ نوفمبر ٢٠٢٥ - ٠٦:٢٠ مساءً";
        CleanedDocument e = cleanText("m.txt", "ارتفاع حصيلة انفجار الميناء إلى 14 قتيلا\n\n"
                + dated + "\n\n"
                + "ارتفعت حصيلة انفجار ميناء مرسى الغيث إلى 14 قتيلا و112 مصابا، بحسب وزارة الصحة.\n");
        assertThat(reasonOf(e, dated)).isNotNull();
    }

    @Test
    void aLivePagesHeadingThatSaysMoreThanItsLabelledTitleIsTheTitle() {
        CleanedDocument d = cleanHtml("l.html", "<html><head>"
                + "<meta property='og:title' content='LIVE: Grenholm recount, Day 3'><title>LIVE: Grenholm recount, Day 3</title></head>"
                + "<body><article><p>LIVE</p><h1>Grenholm recount, Day 3: hand count finished; lead is 59 votes</h1>"
                + "<p>All 112 precincts have been recounted by hand, and the challenger leads by 59 votes.</p>"
                + "<p>The canvassing board starts reviewing challenged ballots on Thursday.</p></article></body></html>");
        assertDropped(d, "duplicate-title", "Grenholm recount, Day 3: hand count finished; lead is 59 votes");
        // the heading stands as the title, not as a sentence of the text
        assertThat(d.blocks().stream().filter(b -> !b.title()).map(b -> d.text().substring(b.start(), b.end())))
                .isNotEmpty().noneMatch(t -> t.startsWith("Grenholm recount, Day 3:"));
    }

    @Test
    void aDateLineRunIntoTheFirstParagraphIsReadAndCutOff() {
        CleanedDocument d = cleanText("g.txt", "Ferry fares frozen for a year\n\n"
                + "Tuesday, March 17, 2026The island council froze ferry fares for a year after a vote on Monday.\n\n"
                + "March 18, 2026 was named as the day the new timetable starts.\n");
        assertDropped(d, "date-line", "Tuesday, March 17, 2026");
        assertThat(d.published()).startsWith("2026-03-17");
        assertThat(keptTexts(d)).anyMatch(t -> t.startsWith("The island council froze"))
                // a date that opens a sentence with a space after it is the sentence's
                .anyMatch(t -> t.startsWith("March 18, 2026 was named"));
        // in Arabic the day and its date open the paragraph with a comma, or before a place's dateline
        CleanedDocument b = cleanText("b.txt", "ارتفاع حصيلة الضحايا\n\n"
                + "الأحد 9 مايو 2010 نواكشوط - ارتفعت حصيلة ضحايا تحطم الطائرة قرب نواذيبو إلى 91 قتيلا بحسب السلطات.\n");
        assertThat(b.published()).startsWith("2010-05-09");
        assertKeptOpening(b, "نواكشوط - ارتفعت حصيلة ضحايا");
        // a date that is the sentence's subject stays
        String subject = "الأحد 5 مايو 2024 يوم تاريخي في حياة المدينة بعد افتتاح الجسر الجديد فوق النهر.";
        CleanedDocument s = cleanText("s.txt", "افتتاح الجسر\n\n" + subject + "\n");
        assertThat(keptTexts(s)).contains(subject);
        CleanedDocument a = cleanText("a.txt", "تجميد أسعار العبارات لمدة عام\n\n"
                + "الثلاثاء 17 آذار 2026 ، قرر مجلس الجزيرة تجميد أسعار العبارات لمدة عام بعد تصويت أعضائه.\n\n"
                + "الأربعاء 18 آذار 2026 هو اليوم الذي يبدأ فيه العمل بالجدول الجديد.\n");
        assertThat(a.dropped()).anyMatch(x -> x.reason().equals("date-line") && x.text().startsWith("الثلاثاء 17 آذار 2026"));
        assertThat(a.published()).startsWith("2026-03-17");
        assertKeptOpening(a, "قرر مجلس الجزيرة", "الأربعاء 18 آذار 2026 هو اليوم");
    }

    @Test
    void wireKeyPointsAndTheWiresPledgeAreNotText() {
        CleanedDocument d = cleanText("w.txt", "UPDATE 3-Valdoria central bank raises rates by half a point\n\n"
                + "    * Bank Rate up 50 bps to 4.75%\n"
                + "    * Florin jumps, stocks slide\n\n"
                + "VALDORIA CITY, March 18 (Reuters) - The central bank raised its benchmark rate by half a point on Tuesday.\n\n"
                + "Analysts listed the reasons:\n\n"
                + "    * Inflation was 6.8% in February, more than double the target.\n\n"
                + "The governor said further rises could not be ruled out.\n\n"
                + "Our Standards: The Thomson Reuters Trust Principles.\n");
        assertDropped(d, "key-points", "* Bank Rate up 50 bps to 4.75%",
                "* Florin jumps, stocks slide");
        // a press release's dashed points under its headline too
        CleanedDocument r = cleanText("r.txt", "Harbour Bank and Quay Trust agree to merge\n\n"
                + "- Combined bank to hold about $40 billion in assets\n"
                + "- Quay Trust's largest shareholder has agreed to vote in favor\n\n"
                + "PORTSEA, March 3, 2026 -- Harbour Bank and Quay Trust said on Tuesday that they had agreed to merge in an all-share"
                + " deal that would create the largest lender on the south coast, with branches in four counties.\n\n"
                + "The two banks expect the merger to close in the second half of the year, subject to approval by regulators and by"
                + " the shareholders of both companies at meetings to be held in the summer.\n");
        assertDropped(r, "key-points", "- Quay Trust's largest shareholder has agreed to vote in favor");
        assertDropped(d, "update-notice", "Our Standards: The Thomson Reuters Trust Principles.");
        // a list of sentences in the body is the body's
        assertThat(keptTexts(d)).anyMatch(t -> t.contains("Inflation was 6.8% in February"));
    }

    @Test
    void aDateLineMayNameThePlaceOfItsClock() {
        for (String line : List.of("Tuesday, 18 March 2025, 09:00 Valdoria time", "الاثنين 25 مايو 2026 - 14:20 بتوقيت عين الريحان",
                "25/05/2026 14:20 بتوقيت مكة المكرمة", "الدانة، 27 شوال 1447 هـ الموافق 25 مايو 2026 م")) {
            CleanedDocument d = cleanText("d.txt", "Bank raises rates\n\n" + line + "\n\n"
                    + "The central bank raised its benchmark rate by half a point on Tuesday, its largest rise since 2011.\n");
            assertDropped(d, "date-line", line);
            // the day, with the clock written beside it (local: the place named is no zone we know)
            assertThat(d.published()).as(line).matches("(2025-03-18T09:00|2026-05-25T14:20|2026-05-25)");
        }
        // a sentence with a date and a place stays
        assertKeptOpening(cleanText("s.txt", "Bank raises rates\n\nThe rise takes effect on 19 March 2025 at 09:00 local time.\n"),
                "The rise takes effect");
    }

    @Test
    void aBylineAboveTheHeadlineAndTeasersForOtherStoriesAreNotTheTitleOrText() {
        CleanedDocument d = cleanText("eg.txt", "بوابة الصعيد اليوم\n"
                + "كتب: محمود عبد الرحيم\n"
                + "9 وفيات و38 مصاباً.. الحصيلة النهائية لحادث قطار دير العرمان ووزير النقل يتفقد الموقع\n"
                + "أعلنت وزارة الصحة ارتفاع حصيلة ضحايا حادث خروج القطار عن القضبان قرب دير العرمان إلى 9 وفيات و38 مصاباً.\n"
                + "فيديو | لحظة انهيار عقار من 5 طوابق في منطقة العصافرة بالإسكندرية\n"
                + "وتفقد وزير النقل موقع الحادث مساء الثلاثاء، وأكد أن الوزارة ستتحمل تكاليف علاج جميع المصابين.\n");
        assertThat(d.title()).isEqualTo("9 وفيات و38 مصاباً.. الحصيلة النهائية لحادث قطار دير العرمان ووزير النقل يتفقد الموقع");
        assertDropped(d, "related-articles", "فيديو | لحظة انهيار عقار من 5 طوابق في منطقة العصافرة بالإسكندرية");
    }

    @Test
    void slideCountersAreDropped() {
        CleanedDocument a1 = doc(ar, "a1.txt");
        assertThat(a1.dropped()).filteredOn(x -> x.reason().equals("slide-counter")).hasSize(3);
        assertDropped(doc(en, "e1.txt"), "slide-counter", "Image 2 of 4");
    }

    @Test
    void bylinesSourceLinesAndDatelinesGoToMetadata() {
        CleanedDocument a1 = doc(ar, "a1.txt");
        assertDropped(a1, "byline", "كتب: نور الدين حمادي");
        assertThat(a1.metadata()).containsEntry("byline", "نور الدين حمادي");

        CleanedDocument a2 = doc(ar, "a2.txt");
        assertDropped(a2, "dateline", "الجزائر (رويترز) -");
        assertDropped(a2, "source-line", "المصدر: وكالات");
        assertThat(a2.metadata()).containsEntry("dateline", "الجزائر");
        assertThat(keptTexts(a2).get(0)).startsWith("قال مسؤولون");

        CleanedDocument a3 = doc(ar, "a3.txt");
        assertDropped(a3, "source-line", "بمساهمة (أ ف ب)");
        assertDropped(a3, "byline", "بقلم: سلمى العياري");

        CleanedDocument e1 = doc(en, "e1.txt");
        assertDropped(e1, "byline", "By John Smith, Reuters");
        assertThat(e1.metadata()).containsEntry("byline", "John Smith, Reuters");
        assertDropped(e1, "date-line", "Updated: March 3, 2025 10:15 am");
    }

    @Test
    void aCorrespondentsBylineALivePagesBannerAndAWiresSignOffAreNoText() {
        CleanedDocument d = cleanText("l.txt", "انهيار مبنى سكني في وادي النخيل\n\n"
                + "وادي النخيل – من مراسلتنا هدى السعدي\n\n"
                + "تغطية مستمرة - يتم تحديث الصفحة تلقائيا\n\n"
                + "انهار مبنى سكني من خمسة طوابق في حي الياسمين مساء الخميس، وتواصل فرق الدفاع المدني البحث عن ناجين.\n\n"
                + "ن ب أ / م ع\n");
        assertDropped(d, "byline", "وادي النخيل – من مراسلتنا هدى السعدي");
        assertDropped(d, "update-notice", "تغطية مستمرة - يتم تحديث الصفحة تلقائيا");
        assertDropped(d, "sign-off", "ن ب أ / م ع"); // the agency's and the editors' initials
    }

    @Test
    void aWiresEndMarkIsNoSource() {
        CleanedDocument d = cleanText("w.txt", "افتتاح جسر جديد على النهر\n\n"
                + "الميناء في 3 يونيو /ونا/ - افتتح وزير النقل اليوم جسرا جديدا على النهر يربط شطري المدينة بطول 800 متر.\n\n"
                + "وقال الوزير إن الجسر سيخفف الازدحام في وسط المدينة.\n\n/انتهى/\nس.م\n");
        assertDropped(d, "end-mark", "/انتهى/");
        assertThat(d.metadata()).containsEntry("source", "ونا");
    }

    @Test
    void aTablesTitleAndSourceLineAreTheTablesNotThePages() {
        CleanedDocument d = cleanText("t.txt", "ارتفاع أسعار الخضار في السوق المركزي\n\n"
                + "ارتفعت أسعار الخضار في السوق المركزي هذا الأسبوع بنحو عشرة بالمئة بسبب موجة الحر التي ضربت المنطقة.\n\n"
                + "وقال تجار إن الأسعار قد تنخفض مع وصول شحنات جديدة الأسبوع المقبل.\n\n"
                + "أسعار اليوم\nالصنف | أمس | اليوم\nالطماطم | 3.10 | 3.40\nالبطاطا | 2.05 | 2.20\n\n"
                + "المصدر: وزارة التموين\n");
        assertDropped(d, "table-title", "أسعار اليوم");
        assertDropped(d, "table-source", "المصدر: وزارة التموين");
        assertThat(d.metadata()).doesNotContainKey("source");
    }

    @Test
    void loneSiteNameAfterTheLastParagraphIsTheSource() {
        CleanedDocument a1 = doc(ar, "a1.txt");
        assertThat(a1.dropped()).anyMatch(x -> x.text().equals("الشروق المغاربي") && x.reason().equals("source-line"));
        assertThat(a1.metadata()).containsEntry("source", "الشروق المغاربي");
    }

    @Test
    void furnitureRepeatedAcrossDocumentsIsDroppedButASharedQuoteIsKept() {
        CleanedDocument a2 = doc(ar, "a2.txt"), a3 = doc(ar, "a3.txt");
        assertDropped(a2, "repeated-across-documents", "نشرة الاقتصاد المسائية");
        assertThat(reasonOf(a3, "نشرة الاقتصاد المسائية")).isNotNull();
        String quote = "وقال الوزير الجزائري للصحفيين: \"هذا المشروع سيجعل المنطقة سوقا واحدة للكهرباء ويحمي مواطنينا من الانقطاعات\".";
        assertThat(keptTexts(a2)).contains(quote);
        assertThat(keptTexts(a3)).contains(quote);
    }

    @Test
    void aDuplicatedArticleKeepsOnlyTheFirst() {
        CleanedDocument d1 = doc(dup, "d1.txt"), d2 = doc(dup, "d2.txt"), d3 = doc(dup, "d3.txt");
        assertThat(d1.blocks()).hasSize(4);
        assertThat(d2.blocks()).isEmpty();
        assertThat(d2.dropped()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("duplicate-article:d1.txt");
            assertThat(x.text()).isEqualTo(d2.text().strip());
        });
        assertThat(d3.blocks()).hasSize(3);
    }

    @Test
    void paragraphStartFollowsBlankLinesAndDroppedLines() {
        CleanedDocument a2 = doc(ar, "a2.txt");
        // a2 has no blank lines: the first block starts a paragraph, and so does the one after a dropped line
        assertThat(a2.blocks()).extracting(TextBlock::paragraphStart).containsExactly(true, true, false, false);
    }

    @Test
    void theSecondReviewsCasesKeepTheirText() {
        // a headline with a comma above the rules is still the headline
        CleanedDocument h = cleanText("h.txt", """
                Quake kills 2,100 in the mountain villages of the north
                ==================================================
                Rescuers are still searching for survivors
                ==================================================

                An earthquake killed at least 2,100 people in the mountain villages of the north, officials said on \
                Saturday, and rescuers were still digging through the rubble of collapsed homes.
                """);
        assertThat(h.title()).isEqualTo("Quake kills 2,100 in the mountain villages of the north");

        // an Arabic entry's text without a stop, opening with a verb of saying, is no heading
        String entry = "قال المتحدث باسم الدفاع المدني إن فرق الإنقاذ انتشلت 12 جثة من تحت أنقاض منزل في الحي الشرقي";
        CleanedDocument ar = cleanText("ar.txt", "القصف على المدينة: تغطية مباشرة\n\n"
                + "10:45 ص\n\n" + entry + "\n\n" + "وأضاف أن عمليات البحث ما زالت مستمرة في ثلاثة أحياء.\n");
        assertThat(keptTexts(ar)).contains(entry);

        // a place, "our correspondent" and a clause: a lede, not a byline
        String lede = "غزة - مراسلنا: قتل 12 شخصا في قصف على مخيم في وسط القطاع فجر اليوم بحسب مصادر طبية";
        CleanedDocument b = cleanText("b.txt", "قصف على مخيم في وسط القطاع\n\n"
                + lede + "\n\n" + "وقالت المصادر إن بين القتلى أربعة أطفال.\n");
        assertThat(reasonOf(b, lede)).isNull();

        // a series' part counter is no slideshow
        String deck = "State officials knew about the lead in the water for months before they told residents";
        CleanedDocument p = cleanText("p.txt", "The water crisis, part two\n\n"
                + "Part 2 of 4\n\n" + deck + "\n\n"
                + "Inspectors found lead in the water of three schools in the spring, documents show.\n\n"
                + "The state health department did not warn parents until September.\n\nPart 2 of 4\n");
        assertThat(reasonOf(p, deck)).isNotEqualTo("photo-caption");
    }

    @Test
    void aShortTurnInATranscriptIsATurnToo() {
        CleanedDocument d = cleanText("tv.txt", """
                WRVL 4 EVENING REPORT

                [19:02:40]

                MARIA OKONJO, WRVL 4 ANCHOR: Good evening. The county shut its main water plant today after inspectors found a crack.

                PAUL FENNER, WRVL 4 CORRESPONDENT: Maria, crews drained the tank this morning, and the county says tap water is safe.

                RUTH ALVAREZ, COUNTY WATER DIRECTOR: We caught this early, and nobody's water is at risk tonight.

                FENNER: Will the plant reopen this week?

                ALVAREZ: No comment.

                FENNER: The county will open two water stations at the fairgrounds on Friday.
                """);
        assertDropped(d, "transcript-speech", "ALVAREZ: No comment.");
    }

    @Test
    void aDatelinesDayTakesItsYearFromTheClusterAndAPressReleaseDatelineIsRead() {
        List<CleanedDocument> d = new ArticleCleaner().clean(List.of(
                Article.ofText("wire.txt", "Harbour Bank to buy Quay Trust\n\n"
                        + "PORTSEA, March 2 (Reuters) - Harbour Bank agreed on Monday to buy Quay Trust for $2.1 billion in cash,"
                        + " creating the largest lender on the south coast.\n"),
                Article.ofText("release.txt", "Harbour Bank and Quay Trust amend their merger agreement\n\n"
                        + "PORTSEA and WESTBURY, March 3, 2026 /Coast Wire/ -- Harbour Bank and Quay Trust said today that they"
                        + " had amended their merger agreement to raise the price to $2.3 billion.\n"),
                Article.builder("paper.txt").published("2026-03-04").text("Regulator reviews the bank merger\n\n"
                        + "The competition regulator said it would rule on the merger of Harbour Bank and Quay Trust by Friday.\n").build()));
        assertThat(d.get(0).published()).startsWith("2026-03-02");
        assertThat(d.get(1).published()).startsWith("2026-03-03");
        assertDropped(d.get(1), "dateline", "PORTSEA and WESTBURY, March 3, 2026 /Coast Wire/ --");
        assertThat(d.get(1).metadata()).containsEntry("source", "Coast Wire");
        // alone, the day has no year to take
        CleanedDocument alone = cleanText("wire.txt", "Harbour Bank to buy Quay Trust\n\n"
                + "PORTSEA, March 2 (Reuters) - Harbour Bank agreed on Monday to buy Quay Trust for $2.1 billion in cash.\n");
        assertThat(alone.published()).isNull();
    }

    @Test
    void anArabicAgencysDatelineAFeedsEpochTimeAndAQandATitleAreRead() {
        List<CleanedDocument> d = new ArticleCleaner().clean(List.of(
                Article.builder("feed:1").published("1762951200").text("الحصبة تنتشر في الوادي\n\n"
                        + "مدينة النخيل (ريا) - أعلنت وزارة الصحة ارتفاع عدد الإصابات بالحصبة إلى 340 حالة في ثلاث محافظات.\n").build(),
                Article.ofText("agency.txt", "ارتفاع الإصابات بالحصبة\n\n"
                        + "الرباط في 12 نوفمبر 2025 (و م ع) - أعلنت وزارة الصحة أن عدد الإصابات بالحصبة ارتفع إلى 340 حالة.\n"),
                Article.ofText("qa.txt", "أسئلة وأجوبة: كل ما تحتاج إلى معرفته عن تفشي الحصبة\n\n"
                        + "ما الحصبة؟ الحصبة مرض فيروسي شديد العدوى ينتقل عبر الرذاذ، ويصيب الأطفال غير الملقحين خاصة.\n")));
        assertThat(d.get(0).published()).isEqualTo("2025-11-12T12:40:00Z");
        assertDropped(d.get(0), "dateline", "مدينة النخيل (ريا) -");
        assertDropped(d.get(1), "dateline", "الرباط في 12 نوفمبر 2025 (و م ع) -");
        assertThat(d.get(1).published()).startsWith("2025-11-12");
        assertThat(d.get(2).metadata()).containsEntry(Genre.KEY, Genre.EXPLAINER);
        // a photo's «(أرشيفية)» names no agency
        CleanedDocument photo = cleanText("p.txt", "زيارة الوزير\n\n"
                + "الوزير الأول (أرشيفية) - زار الوزير المستشفى الجديد في المدينة وتفقد أقسامه صباح اليوم.\n");
        assertNoneDropped(photo, "dateline");
    }

    @Test
    void matchCommentaryAndAnEnvoysLineAreNoText() {
        CleanedDocument d = cleanText("m.txt", "الفجر يتوج باللقب القاري\n\n"
                + "رمال الشرق - من موفدنا حسن العبيدي\n\n"
                + "توج فريق الفجر بلقب كأس أبطال القارة بعد فوزه على الواحة بنتيجة 2-1 بعد التمديد أمام 62 ألف متفرج.\n\n"
                + "د 1: صافرة البداية… الواحة يبدأ بالكرة.\n"
                + "د 23: هدف! يوسف القطان يفتتح التسجيل للواحة بتسديدة قوية.\n"
                + "90+2' The referee adds four minutes as the home side presses.\n\n"
                + "وقال مدرب الفريق بعد المباراة إن اللاعبين قدموا أداء استثنائيا في الشوط الإضافي.\n");
        assertDropped(d, "byline", "رمال الشرق - من موفدنا حسن العبيدي");
        // an envoy as a headline's subject is no byline
        CleanedDocument h = cleanText("h.txt", "القاهرة - مبعوث أممي يصل غدا لبحث الهدنة\n\n"
                + "يصل المبعوث الأممي إلى القاهرة غدا لبحث تمديد الهدنة مع الأطراف المعنية في جولة تستمر ثلاثة أيام.\n");
        assertNoneDropped(h, "byline");
        assertDropped(d, "match-commentary", "د 1: صافرة البداية… الواحة يبدأ بالكرة.",
                "90+2' The referee adds four minutes as the home side presses.");
        assertKeptOpening(d, "وقال مدرب الفريق");
    }
}
