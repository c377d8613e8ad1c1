package io.khulasa.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.khulasa.clean.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture that text scrapes keep and a news sentence may resemble: a consent banner, captions, a release's notes,
 * promotions and notices, tables, a sentence a paywall cut off, a timeline, Spanish cues. Each rule beside the news
 * sentence nearest to it, which is kept.
 */
class ScrapeFurnitureTest {

    private static final String BODY = "The county board voted on Tuesday to close the old river bridge to heavy trucks after "
            + "inspectors found cracks in two of its piers.\n"
            + "Engineers said repairs would take at least six months and cost about 4 million dollars, the county said.\n"
            + "Truck drivers will have to use the ring road, adding about 20 minutes to the journey, officials said.\n";
    /** A headline over the body, blank lines between. */
    private static final String REPORT = "County shuts river bridge to heavy trucks\n\n" + BODY;

    @Test
    void aBritishPapersBylineWithItsAgenciesIsABylineTheFactsAboutAgenciesAreNot() {
        CleanedDocument d = cleanText("b.txt", "County shuts river bridge to heavy trucks\n\nRosa Lindqvist in Riverside and agencies\n\n" + BODY);
        assertDropped(d, "byline", "Rosa Lindqvist in Riverside and agencies");
        assertThat(cleanText("s.txt", REPORT + "\nStaff and agencies\n").dropped()).anyMatch(x -> x.text().equals("Staff and agencies"));
        CleanedDocument news = cleanText("n.txt", REPORT + "\nThe county has asked the state and federal agencies for emergency funds to repair the bridge.\n");
        assertKeptOpening(news, "The county has asked the state and federal agencies");
    }

    @Test
    void frenchAgencyPaywallShareAndBylineLinesAreFurniture() {
        String body = "Le tribunal de Lille n'a pas pu siéger lundi faute de greffier, a constaté la présidente de la chambre.\n\n"
                + "Par ailleurs, le ministère a annoncé 600 audiences renvoyées en deux jours dans toute la France.\n\n";
        CleanedDocument d = cleanText("f.txt", "Grève des greffiers : la justice paralysée\n\n"
                + "Par Sophie Lambert · Publié le mardi 1er décembre 2026 à 18h20\n\n" + body
                + "Partager sur Facebook Partager sur X Envoyer par e-mail\n\n"
                + "Cet article est réservé aux abonnés.\n\n"
                + "Ce contenu est offert par La Presse Canadienne.\n\n"
                + "Mots-clés : justice, grève, greffiers\n");
        assertDropped(d, "byline", "Par Sophie Lambert · Publié le mardi 1er décembre 2026 à 18h20");
        assertDropped(d, "share-prompt", "Partager sur Facebook Partager sur X Envoyer par e-mail");
        assertDropped(d, "site-notice", "Cet article est réservé aux abonnés.",
                "Ce contenu est offert par La Presse Canadienne.");
        assertDropped(d, "tags", "Mots-clés : justice, grève, greffiers");
        // "Par ailleurs, …" is a sentence
        assertKeptOpening(d, "Par ailleurs, le ministère");
    }

    @Test
    void aLivePagesSignOffKeyPointsBarAndAResultsPagesNotesAreFurniture() {
        CleanedDocument d = cleanText("l.txt", REPORT
                + "\nKey points: Bridge closed to trucks | Repairs to take six months | Detour adds 20 minutes\n"
                + "\nVote totals are unofficial and will change as more ballots are counted.\n"
                + "\nShare this page: Facebook Twitter Email Copy link\n"
                + "\nThat's all from us tonight. Thanks for following along. Our coverage continues in the morning.\n");
        assertDropped(d, "key-points", "Key points: Bridge closed to trucks | Repairs to take six months | Detour adds 20 minutes");
        assertDropped(d, "page-note", "Vote totals are unofficial and will change as more ballots are counted.",
                "That's all from us tonight. Thanks for following along. Our coverage continues in the morning.");
        assertDropped(d, "share-prompt", "Share this page: Facebook Twitter Email Copy link");
        // a sentence about coverage is news
        CleanedDocument news = cleanText("n.txt", REPORT + "\nThe insurer said its coverage continues for drivers who use the ring road.\n");
        assertKeptOpening(news, "The insurer said its coverage continues");
    }

    @Test
    void anAppPromptUnderAnAggregatorsCopyIsDropped() {
        CleanedDocument d = cleanText("a.txt", """
                وزارة الصحة تعلن خطة جديدة

                أعلنت وزارة الصحة خطة جديدة لتوسيع المستشفيات الحكومية في المحافظات خلال العام المقبل.
                لمتابعة المزيد من الأخبار حمّل تطبيق نبض
                تابع أحدث الأخبار عبر تطبيق مصر اليوم
                تابع بوابة مصر اليوم على جوجل نيوز
                وقال الوزير إن الخطة تشمل بناء عشرين مستشفى جديدا بتكلفة تتجاوز مليار دولار.
                """);
        assertDropped(d, "subscribe-prompt", "لمتابعة المزيد من الأخبار حمّل تطبيق نبض",
                "تابع أحدث الأخبار عبر تطبيق مصر اليوم");
        assertDropped(d, "follow-prompt", "تابع بوابة مصر اليوم على جوجل نيوز");
        // a related link set off by two stops, one line above the next paragraph
        CleanedDocument r = cleanText("r.txt", """
                وزارة الصحة تعلن خطة جديدة

                أعلنت وزارة الصحة خطة جديدة لتوسيع المستشفيات الحكومية في المحافظات خلال العام المقبل.
                اقرأ أيضا..بالصور.. أبرز المستشفيات الجديدة في المنطقة خلال 2024
                وقال الوزير إن الخطة تشمل بناء عشرين مستشفى جديدا بتكلفة تتجاوز مليار دولار.
                """);
        assertDropped(r, "related-articles", "اقرأ أيضا..بالصور.. أبرز المستشفيات الجديدة في المنطقة خلال 2024");
        // a most-read box flattened to one line, its headlines numbered
        CleanedDocument m = cleanText("m.txt", "وزارة الصحة تعلن خطة جديدة\n\n"
                + "أعلنت وزارة الصحة خطة جديدة لتوسيع المستشفيات الحكومية في المحافظات خلال العام المقبل.\n\n"
                + "الأكثر قراءة 1. ميسي يحسم مستقبله 2. كل ما تريد معرفته عن قرعة دوري الأبطال\n");
        assertDropped(m, "related-articles", "الأكثر قراءة 1. ميسي يحسم مستقبله 2. كل ما تريد معرفته عن قرعة دوري الأبطال");
        // «تابع» is also "he added", and a report may name Google or an app launched to follow something
        CleanedDocument g = cleanText("g.txt", "وزارة الصحة تعلن خطة جديدة\n\n"
                + "وتابع المسؤول أن جوجل وافقت على دفع غرامة بقيمة 300 مليون جنيه للهيئة خلال شهر.\n"
                + "لمتابعة آخر التطورات، أطلقت الهيئة تطبيقا يتيح للمواطنين تقديم الشكاوى مباشرة.\n");
        assertThat(keptTexts(g)).anyMatch(t -> t.contains("جوجل وافقت")).anyMatch(t -> t.startsWith("لمتابعة آخر التطورات"));
        // a WordPress feed's footer
        CleanedDocument w = cleanText("w.txt", REPORT + "\nThe post County shuts river bridge to heavy trucks appeared first on Riverside Courier.\n");
        assertDropped(w, "site-notice", "The post County shuts river bridge to heavy trucks appeared first on Riverside Courier.");
        // a report on an app is news
        CleanedDocument news = cleanText("n.txt", "وزارة الصحة تطلق تطبيقا\n\n"
                + "لمتابعة المرضى في منازلهم أطلقت وزارة الصحة تطبيقا جديدا يربط الأطباء بالمرضى في المحافظات.\n");
        assertNoneDropped(news, "subscribe-prompt");
    }

    @Test
    void anEmbeddedPostsCountersAndAMenuWithoutSeparatorsAreFurniture() {
        CleanedDocument d = cleanText("p.txt", """
                الرئيسية محليات اقتصاد برلمان رياضة منوعات
                الوزارة تخفض تقدير العجز
                قالت وزارة المالية إن العجز المتوقع في الميزانية سيبلغ ثلاثة مليارات دينار بعد مراجعة الإيرادات.
                وزارة المالية
                أعجبني · تعليق · مشاركة
                1.2 ألف · 214 تعليقًا · 96 مشاركة
                وأضافت الوزارة أن النفقات ستبقى دون تغيير عند خمسة وثلاثين مليار دينار خلال العام المقبل.
                """);
        assertThat(d.title()).isEqualTo("الوزارة تخفض تقدير العجز");
        assertDropped(d, "navigation", "الرئيسية محليات اقتصاد برلمان رياضة منوعات");
        assertDropped(d, "social-counts", "أعجبني · تعليق · مشاركة",
                "1.2 ألف · 214 تعليقًا · 96 مشاركة");
        CleanedDocument en = cleanText("e.txt", "Home News Sport Business Culture\n\n" + REPORT
                + "\n12K likes · 1,204 comments · 310 shares\n");
        assertThat(en.title()).isEqualTo("County shuts river bridge to heavy trucks");
        assertDropped(en, "social-counts", "12K likes · 1,204 comments · 310 shares");
        // a headline in title case, and a line of figures that says what they count, stay
        CleanedDocument h = cleanText("h.txt", "Home Sales Slump as Mortgage Rates Climb\n\n" + BODY
                + "\nTurnout · 58 percent of voters, up from 51 percent\n");
        assertThat(h.title()).isEqualTo("Home Sales Slump as Mortgage Rates Climb");
        assertNoneDropped(h, "social-counts");
    }

    @Test
    void aCookieConsentBannerAtTheTopIsNeitherTitleNorText() {
        CleanedDocument d = cleanText("b.txt", """
                Your privacy matters to us
                We and our 87 partners use cookies and process personal data, such as unique identifiers, for ads and measurement. Your preferences will apply to this website only.
                ACCEPT ALL
                MANAGE OPTIONS
                Riverside Courier
                County shuts river bridge to heavy trucks
                """ + BODY);
        assertThat(d.title()).isEqualTo("County shuts river bridge to heavy trucks");
        assertDropped(d, "consent-banner", "Your privacy matters to us",
                "ACCEPT ALL");
        assertThat(keptTexts(d)).noneMatch(t -> t.contains("cookies"));
        // a report on cookie rules tells of them in the third person
        CleanedDocument news = cleanText("n.txt", "Regulator fines retailer over cookie banners\n\n"
                + "Websites must let users refuse cookies as easily as they accept them, the data regulator said on Tuesday.\n\n"
                + "The retailer was fined 2 million euros for hiding the refuse button.\n");
        assertKeptOpening(news, "Websites must let users refuse cookies");
        // or quotes the site's words, or has someone say them: not the site's voice, and the headline stays
        String quote = "\"We and our partners take privacy seriously,\" the airline's spokeswoman said on Friday.";
        String rule = "Travellers who agree to cookies can withdraw their consent at any time, the watchdog said.";
        CleanedDocument quoted = cleanText("q.txt", "Watchdog fines airline over tracking\n\n" + quote + "\n\n"
                + "The data watchdog fined the airline 3 million euros for setting trackers before visitors could refuse them.\n\n"
                + rule + "\n");
        assertThat(quoted.title()).isEqualTo("Watchdog fines airline over tracking");
        assertThat(keptTexts(quoted)).contains(quote, rule);
        // a notice without its buttons leaves the line above it, the headline, alone
        CleanedDocument bare = cleanText("u.txt", "River bridge shut to trucks\n"
                + "We use cookies to give you the best experience on our website.\n" + BODY);
        assertThat(bare.title()).isEqualTo("River bridge shut to trucks");
    }

    @Test
    void aCaptionUnderItsCreditOrAfterAPlayersLabelIsDropped() {
        CleanedDocument d = cleanText("c.txt", "County shuts river bridge to heavy trucks\n"
                + "The county board voted on Tuesday to close the old river bridge to heavy trucks after inspectors found cracks.\n"
                + "(Image: Riverside Courier)\n"
                + "Barriers at the east end of the bridge this morning\n"
                + "Engineers said repairs would take at least six months and cost about 4 million dollars, the county said.\n"
                + "Image source, Riverside Courier\n"
                + "Image caption, Lorries queue at the ring road junction\n"
                + "Media caption, Watch: Drivers describe the detour\n"
                + "Truck drivers will have to use the ring road, adding about 20 minutes to the journey, officials said.\n");
        assertDropped(d, "photo-caption", "Barriers at the east end of the bridge this morning",
                "Image caption, Lorries queue at the ring road junction",
                "Media caption, Watch: Drivers describe the detour");
        assertDropped(d, "photo-credit", "Image source, Riverside Courier");
        // the line under a credit that reports is the text's: a credit may close the caption above it
        CleanedDocument lede = cleanText("l.txt", "County shuts river bridge to heavy trucks\n"
                + "Photo: Riverside Courier\n"
                + "The county closed the bridge on Tuesday.\n"
                + "Engineers said repairs would take at least six months and cost about 4 million dollars, the county said.\n");
        assertThat(keptTexts(lede)).contains("The county closed the bridge on Tuesday.");
        // nor is one under it with a verb of its own, a sentence and not a caption
        String searching = "Road crews are still clearing debris from the east pier.";
        CleanedDocument clause = cleanText("v.txt", "County shuts river bridge to heavy trucks\n\n"
                + "The county board voted on Tuesday to close the old river bridge to heavy trucks after inspectors found cracks.\n\n"
                + "Photo: Ann Holt/Riverside Courier\n\n" + searching + "\n\n"
                + "Engineers said repairs would take at least six months and cost about 4 million dollars, the county said.\n");
        assertDropped(clause, "photo-credit", "Photo: Ann Holt/Riverside Courier");
        assertThat(keptTexts(clause)).contains(searching);
    }

    @Test
    void aReleasesNotesToEditorsProfileAndContactsAreItsBoilerplate() {
        CleanedDocument d = cleanText("r.txt", """
                FOR IMMEDIATE RELEASE

                Ferry union: strike support solid on first day

                The Ferry Workers' Union said more than 4,000 members stopped work on Monday, closing every crossing on the coast.

                The union is seeking a 7% pay rise and has rejected the operator's offer of 3%.

                The operator said it would publish a revised timetable on Tuesday.

                Notes to editors

                1. The ballot closed on 2 February. Turnout was 68%.
                2. Photographs from the harbour are available on request.

                About the FWU

                The Ferry Workers' Union represents 9,000 workers on ferries and in ports.

                Press contact:
                +00 31 555 0177 (evenings: +00 31 555 0178)
                """);
        assertDropped(d, "release-boilerplate", "2. Photographs from the harbour are available on request.",
                "The Ferry Workers' Union represents 9,000 workers on ferries and in ports.");
        assertKeptOpening(d, "The operator said it would publish");
        // the issuer's own account, labelled as such
        assertThat(d.metadata()).containsEntry(Genre.KEY, Genre.RELEASE);
        assertThat(cleanText("r.txt", REPORT).metadata()).doesNotContainKey(Genre.KEY);
        // a number to call in a news sentence is the news
        CleanedDocument news = cleanText("n.txt", REPORT
                + "\nDrivers with questions can call the county's hotline on 555-010-0199.\n");
        assertThat(keptTexts(news)).anyMatch(t -> t.contains("555-010-0199"));
        CleanedDocument note = cleanText("a.txt", "County shuts river bridge to heavy trucks\n"
                + "Analyst: Jo Reed, CFA | +1 415 555 0142 | jreed@example.org\n\n" + BODY);
        assertDropped(note, "contact-line", "Analyst: Jo Reed, CFA | +1 415 555 0142 | jreed@example.org");
    }

    @Test
    void promotionsCallOutsBiosAndTheSitesNoticesAreDropped() {
        String promo = "LISTEN: The Riverside Daily podcast\n"
                + "Our reporters talk to drivers and engineers about what the closure means. Listen now on Spotify, Apple "
                + "Podcasts or wherever you get your podcasts.\n";
        CleanedDocument d = cleanText("p.txt", "County shuts river bridge to heavy trucks\n" + BODY + promo
                + "Spotify said on Tuesday that listeners in the county rose 12% last year.\n"
                + "Have you been affected? You can get in touch by emailing yourstory@courier.example.\n"
                + "Riverside Courier is not responsible for the content of external sites.\n"
                + "Already a subscriber? Sign in\n"
                + "Get unlimited digital access for $2 a month.\n"
                + "Jo Reed covers transport and planning in the river towns from Eastbridge.\n");
        assertThat(keptTexts(d)).noneMatch(t -> t.contains("podcasts") || t.contains("get in touch") || t.contains("external sites")
                || t.contains("subscriber") || t.contains("digital access") || t.contains("Jo Reed"));
        // a report on a podcast platform makes it no offer
        assertThat(keptTexts(d)).contains("Spotify said on Tuesday that listeners in the county rose 12% last year.");
        // nor does one on who listens there, nor a sentence opening "Already a member of…", nor a last sentence on
        // the writer that is no note
        String listeners = "Students who listen on Spotify through the county library will get the new series free, the library said.";
        String member = "Already a member of the regional transport board for a decade, the county will now vote on all bridge works.";
        String bio = "Jo Reed is a local reporter who has covered the river towns for years from Eastbridge.";
        CleanedDocument news = cleanText("n.txt", REPORT + "\n" + listeners + "\n\n" + member + "\n\n" + bio + "\n");
        assertThat(keptTexts(news)).contains(listeners, member, bio);
    }

    @Test
    void aTablesRowsAndHeadingsAreDropped() {
        CleanedDocument d = cleanText("t.txt", "Tech shares slip as optics maker leads decliners\n\n"
                + "Technology stocks fell on Thursday, led by the optics maker Lumaro after it cut its outlook.\n\n"
                + "Biggest decliners\n"
                + "Symbol   Company            Last    Chg     %Chg\n"
                + "LMRO     Lumaro Optics      31.20   -4.10   -11.61%\n"
                + "KVTX     Kovtex Systems     18.05   -1.02    -5.35%\n\n"
                + "Lumaro shares closed at 31.20, down 11.6%, their worst day since 2022.\n");
        assertDropped(d, "table-row", "LMRO     Lumaro Optics      31.20   -4.10   -11.61%",
                "Symbol   Company            Last    Chg     %Chg");
        assertThat(keptTexts(d)).contains("Lumaro shares closed at 31.20, down 11.6%, their worst day since 2022.");
    }

    @Test
    void aSentenceCutOffByAPaywallIsDropped() {
        CleanedDocument d = cleanText("w.txt", REPORT
                + "\nEconomists at the county college said the closure was likely to cost hauliers more than\n\n"
                + "Subscribe to continue reading\n");
        assertDropped(d, "cut-off-sentence", "Economists at the county college said the closure was likely to cost hauliers more than");
        // a last sentence that only lost its full stop is kept
        CleanedDocument last = cleanText("s.txt", REPORT
                + "\nThe bridge will reopen to cars next week, the county engineer said\n");
        assertThat(keptTexts(last)).contains("The bridge will reopen to cars next week, the county engineer said");
        // a name's letter ("Zone A") and "in between" end a sentence whole, prompt or no prompt under it
        String zone = "Hauliers will be sent round the ring road and the new freight depot in Zone A";
        String between = "Shops by the bridge expect fewer customers. The closure worries everyone from the quarry owners to the school run and everyone in between";
        CleanedDocument whole = cleanText("z.txt", REPORT + "\n" + zone + "\n\nSubscribe to continue reading\n");
        assertThat(keptTexts(whole)).contains(zone);
        assertThat(keptTexts(cleanText("b.txt", REPORT + "\n" + between + "\n"))).contains(between);
        // without the prompt a last paragraph is not dropped whole; its broken-off last sentence still is
        String cut = "Economists at the county college said the closure was likely to cost hauliers more than";
        assertThat(keptTexts(cleanText("c.txt", REPORT + "\n" + cut + "\n"))).contains(cut);
        CleanedDocument tail = cleanText("t.txt", REPORT + "\nRepairs start in May. " + cut + "\n");
        assertThat(keptTexts(tail)).contains("Repairs start in May.");
        assertThat(String.join(" ", keptTexts(tail))).doesNotContain("Economists");
    }

    @Test
    void aTimelinesDatedEntriesAreNotText() {
        CleanedDocument d = cleanText("l.txt", "Ridge Fire burns 9,000 acres\n\n"
                + "The Ridge Fire had burned 9,000 acres by Wednesday morning and was 20% contained, officials said.\n\n"
                + "Timeline: how the fire spread\n\n"
                + "Aug. 3, 1:10 p.m. — Fire reported near the reservoir; two engines respond.\n\n"
                + "Aug. 4, 8 a.m. — Fire at 2,500 acres, 0% contained; 600 residents evacuated.\n\n"
                + "Evacuation orders remain in place for about 1,800 residents north of the reservoir, the sheriff said.\n");
        assertDropped(d, "timeline", "Aug. 4, 8 a.m. — Fire at 2,500 acres, 0% contained; 600 residents evacuated.",
                "Aug. 3, 1:10 p.m. — Fire reported near the reservoir; two engines respond.");
        // one paragraph opening with its date is the story's
        CleanedDocument one = cleanText("o.txt", "Ridge Fire burns 9,000 acres\n\n"
                + "Aug. 4 — The Ridge Fire had burned 9,000 acres by Wednesday morning and was 20% contained, officials said.\n\n"
                + "Evacuation orders remain in place for about 1,800 residents north of the reservoir, the sheriff said.\n");
        assertKeptOpening(one, "Aug. 4 — The Ridge Fire");
        // without a timeline's heading dated paragraphs are the story's (a log of its latest figures, a year-by-year
        // account), and under one an entry of what is to come is news
        String log = "Aug. 5, 6 a.m. — Fire at 9,000 acres, 20% contained; 1,800 residents evacuated.";
        String year = "2025: The county spent 1.2 million dollars on the bridge, its largest repair bill.";
        String next = "Aug. 9 — Crews will start repairs on the east pier, closing the river path.";
        CleanedDocument story = cleanText("s.txt", "Ridge Fire burns 9,000 acres\n\n"
                + "The Ridge Fire more than tripled in size overnight, officials said on Wednesday morning.\n\n"
                + "Aug. 4, 8 a.m. — Fire at 2,500 acres, 0% contained; 600 residents evacuated.\n\n" + log + "\n\n"
                + "2024: The county spent 300,000 dollars on the bridge.\n\n" + year + "\n\n"
                + "Key dates\n\nAug. 8 — Inspectors will walk the bridge with the county engineer.\n\n" + next + "\n\n"
                + "Evacuation orders remain in place for about 1,800 residents north of the reservoir, the sheriff said.\n");
        assertThat(keptTexts(story)).contains(log, year, next);
        assertNoneDropped(story, "timeline");
    }

    @Test
    void spanishShareBarsBylinesAdvertsCommentsAndRelatedListsAreFurniture() {
        CleanedDocument d = cleanText("e.txt", """
                El puente del río cierra a los camiones
                Por Lucía Medina
                Compartir en Facebook
                Compartir en WhatsApp
                El consejo del condado votó el martes cerrar el viejo puente del río a los camiones pesados tras hallar grietas en dos pilares.
                Publicidad
                Los ingenieros dijeron que las reparaciones durarán al menos seis meses y costarán unos cuatro millones.
                Por qué cierra el puente
                Los camiones deberán usar la carretera de circunvalación, lo que añade unos veinte minutos al trayecto.
                Te puede interesar
                Los vecinos del río piden un puente nuevo
                Así será la nueva carretera de circunvalación
                Comentarios (12)
                """);
        assertDropped(d, "byline", "Por Lucía Medina");
        assertDropped(d, "share-prompt", "Compartir en Facebook");
        assertDropped(d, "navigation", "Publicidad");
        assertDropped(d, "comment-prompt", "Comentarios (12)");
        assertDropped(d, "related-articles", "Te puede interesar",
                "Los vecinos del río piden un puente nuevo");
        // "Por qué…" opens a heading, not a byline
        assertThat(reasonOf(d, "Por qué cierra el puente")).isNotEqualTo("byline");
        // nor does "Por" and a place: a name alone makes the byline, no verb, figure or comma after it
        CleanedDocument places = cleanText("p.txt", """
                Por Córdoba pasarán 30.000 peregrinos esta semana

                El ayuntamiento ha reforzado el transporte público y ha cortado el tráfico en el centro histórico durante cuatro días.

                Por Alameda, cortadas dos calles.

                Los vecinos podrán acceder a sus garajes con un pase que reparte la policía local desde el lunes.
                """);
        assertThat(places.title()).isEqualTo("Por Córdoba pasarán 30.000 peregrinos esta semana");
        assertThat(places.metadata()).doesNotContainKey("byline");
        assertNoneDropped(places, "byline");
        assertThat(reasonOf(cleanText("m.txt", "El puente del río cierra\nPor María del Mar Gil\n"
                + "El consejo del condado votó el martes cerrar el viejo puente del río a los camiones pesados.\n"),
                "Por María del Mar Gil")).isEqualTo("byline");
    }

    /** An Arabic report of three paragraphs, a headline over it. */
    private static final String AR_BODY = """
            أعلنت بلدية الريحانة إغلاق الجسر القديم أمام الشاحنات بعد أن كشف المهندسون تشققات في دعامتين من دعاماته.
            وقال رئيس البلدية إن أعمال الصيانة ستستغرق ستة أشهر على الأقل بكلفة تقارب أربعة ملايين دينار.
            وسيتعين على سائقي الشاحنات استخدام الطريق الدائري، ما يضيف نحو عشرين دقيقة إلى الرحلة.
            """;

    @Test
    void aRowOfSiteSectionAndDateBetweenDashesIsADateLine() {
        for (String row : new String[] {"نبض الريحانة - حكايات الناس - 4 شباط 2026", "نبض الريحانة - 4 شباط 2026",
                "حكايات الناس - 4 فبراير 2026"}) {
            CleanedDocument d = cleanText("r.txt", "إغلاق الجسر القديم أمام الشاحنات\n" + row + "\n" + AR_BODY);
            assertDropped(d, "date-line", row);
        }
        for (String row : new String[] {"Valley Desk - February 4, 2026", "Town News | 4 February 2026"}) {
            CleanedDocument d = cleanText("e.txt", "County shuts river bridge to heavy trucks\n\n" + row + "\n\n" + BODY);
            assertDropped(d, "date-line", row);
            assertThat(d.metadata()).containsEntry("date", row);
        }
        // a clause before the date, or a timeline's entry with the date first, is no row of names
        CleanedDocument clause = cleanText("c.txt", "County shuts river bridge to heavy trucks\n\nCouncil approves budget - February 4, 2026\n\n" + BODY);
        assertThat(reasonOf(clause, "Council approves budget - February 4, 2026")).isNotEqualTo("date-line");
        CleanedDocument entry = cleanText("t.txt", REPORT + "\nFebruary 4 - Talks collapse\n\nThe union said it would meet the county again next week to discuss the detour.\n");
        assertThat(reasonOf(entry, "February 4 - Talks collapse")).isNotEqualTo("date-line");
    }

    @Test
    void aCaptionWithoutAStopBesideAPhotoCreditAtTheTextsEndIsDropped() {
        String credit = "تصوير: سامي الخوري";
        String caption = "الجسر القديم بعد إغلاقه أمام الشاحنات";
        CleanedDocument under = cleanText("u.txt", "إغلاق الجسر القديم\n" + AR_BODY + credit + "\n" + caption + "\nشارك الخبر:\n");
        assertDropped(under, "photo-caption", caption);
        CleanedDocument over = cleanText("o.txt", "إغلاق الجسر القديم\n" + AR_BODY + caption + "\n" + credit + "\nشارك الخبر:\n");
        assertDropped(over, "photo-caption", caption);
        // a last sentence under the credit is the text's: it ends with a stop, or narrates
        String last = "وسيعاد فتح الجسر بعد انتهاء الصيانة.";
        CleanedDocument sentence = cleanText("s.txt", "إغلاق الجسر القديم\n" + AR_BODY + credit + "\n" + last + "\n");
        assertThat(keptTexts(sentence)).anyMatch(t -> t.equals(last));
        // and a headline over a credit has no paragraph above it
        CleanedDocument headline = cleanText("h.txt", "إغلاق الجسر القديم أمام الشاحنات\n" + credit + "\n" + AR_BODY);
        assertThat(headline.title()).isEqualTo("إغلاق الجسر القديم أمام الشاحنات");
    }

    @Test
    void aMastheadOverTheHeadlineAndAnExclusiveTagOrABreadcrumbEndingInItLeaveTheHeadlineTheTitle() {
        CleanedDocument d = cleanText("m.txt", "نبض الريحانة | أخبار مدينة الريحانة\nالرئيسية  محليات  رأي  اتصل بنا\n"
                + "إغلاق الجسر القديم أمام الشاحنات بعد اكتشاف تشققات\nنبض الريحانة - خاص\n4 شباط 2026\n" + AR_BODY);
        assertThat(d.title()).isEqualTo("إغلاق الجسر القديم أمام الشاحنات بعد اكتشاف تشققات");
        assertDropped(d, "byline", "نبض الريحانة - خاص");
        String crumb = "بوابة الريحانة نيوز > محافظات > إغلاق الجسر القديم أمام الشاحنات بعد اكتشاف تشققات في دعامتين";
        CleanedDocument c = cleanText("c.txt", "بوابة الريحانة نيوز\nالرئيسية\nمحافظات\n" + crumb
                + "\nإغلاق الجسر القديم أمام الشاحنات بعد اكتشاف تشققات في دعامتين\nكتب: سامي الخوري\n" + AR_BODY);
        assertThat(c.title()).isEqualTo("إغلاق الجسر القديم أمام الشاحنات بعد اكتشاف تشققات في دعامتين");
        assertDropped(c, "breadcrumb", crumb);
        // a crumb whose headline is not repeated is the only headline there is: kept
        CleanedDocument alone = cleanText("a.txt", "بوابة الريحانة نيوز\n" + crumb + "\nكتب: سامي الخوري\n" + AR_BODY);
        assertThat(reasonOf(alone, crumb)).isNull();
    }

    @Test
    void aLivePagesOpeningOrClosingOfItsCoverageIsAPageNote() {
        String ar = "نبدأ تغطيتنا المباشرة لتطورات إغلاق الجسر القديم في الريحانة بعد اكتشاف تشققات في دعاماته.";
        CleanedDocument d = cleanText("l.txt", "إغلاق الجسر القديم\n" + AR_BODY + ar + "\n");
        assertDropped(d, "page-note", ar);
        String en = "We are ending our live coverage of the bridge closure here; the county will brief again on Friday.";
        assertThat(reasonOf(cleanText("e.txt", REPORT + "\n" + en + "\n"), en)).isEqualTo("page-note");
        String fr = "Nous terminons ce direct consacré à la fermeture du pont, merci de votre fidélité.";
        assertThat(reasonOf(cleanText("f.txt", "Le pont fermé aux camions\n\nLe conseil du comté a voté mardi la fermeture du vieux pont aux camions après la découverte de fissures.\n\n"
                + "Les réparations prendront au moins six mois et coûteront environ quatre millions d'euros, selon le comté.\n\n" + fr + "\n"), fr))
                .isEqualTo("page-note");
        // a sentence about coverage is news
        String news = "وتواصل القناة تغطيتها المباشرة من موقع الجسر منذ صباح الأحد.";
        assertThat(keptTexts(cleanText("n.txt", "إغلاق الجسر القديم\n" + AR_BODY + news + "\n"))).anyMatch(t -> t.equals(news));
    }

    @Test
    void aLiveEntrysStampWithItsDayAndDateMakesTheLineUnderItTheEntrysHeading() {
        CleanedDocument d = cleanText("live.txt", "LIVE: River bridge closure, latest updates\n\n"
                + "Last updated 4:15 p.m. Thursday\n\n"
                + "4:15 p.m. Thu, June 5\n\nInspectors find crack in second pier\n\n"
                + "The county engineer says a second pier of the river bridge has a crack about a metre long. Repairs will be planned next week.\n\n"
                + "2:05 p.m. Thu, June 5\n\nTruck detour opens\n\n"
                + "The ring road detour opened to trucks at noon, adding about 20 minutes to the journey, the county said.\n");
        assertDropped(d, "entry-heading", "Inspectors find crack in second pier", "Truck detour opens");
        assertDropped(d, "time-stamp", "4:15 p.m. Thu, June 5", "2:05 p.m. Thu, June 5");
        assertDropped(d, "date-line", "Last updated 4:15 p.m. Thursday");
        assertKeptOpening(d, "The county engineer says a second pier");
    }

    @Test
    void anAudioPlayersLabelABylineOfNamesAtTheirDeskAndAStandardsLinkAreFurniture() {
        CleanedDocument d = cleanText("a.txt", "County shuts river bridge to heavy trucks\n\n"
                + "MARTA KOWAL and DEV RAMAN | Coastal Wire\n\n"
                + "Listen to this article 4 min\n\n" + BODY
                + "\nOur Standards: The Coastal Wire Editorial Code.\n");
        assertDropped(d, "byline", "MARTA KOWAL and DEV RAMAN | Coastal Wire");
        assertThat(d.metadata()).containsEntry("byline", "MARTA KOWAL and DEV RAMAN");
        assertDropped(d, "audio-player", "Listen to this article 4 min");
        assertDropped(d, "update-notice", "Our Standards: The Coastal Wire Editorial Code.");
        assertKeptOpening(d, "The county board voted");
        // a title-case headline over its site's name is no byline
        CleanedDocument h = cleanText("h.txt", "Storm Hits Coast | Daily News\n\n" + BODY);
        assertThat(reasonOf(h, "Storm Hits Coast | Daily News")).isNotEqualTo("byline");
    }

    @Test
    void anAggregatorsListUnderAMarkerWithItsCountAndALinkUnderASponsoredLabelAreFurniture() {
        CleanedDocument d = cleanText("g.txt", REPORT + "Read the full story at Coastal Wire\n"
                + "More on this story (9 sources)\n"
                + "Metro Radio: Bridge closure leaves hauliers counting cost\n"
                + "River Gazette: What the detour means for you\n"
                + "KTVN 4: Truckers react to bridge ban\n"
                + "Sponsored\n"
                + "Doctors stunned by this simple knee fix\n");
        assertDropped(d, "related-articles", "More on this story (9 sources)", "KTVN 4: Truckers react to bridge ban");
        assertDropped(d, "sponsored", "Doctors stunned by this simple knee fix");
        assertDropped(d, "link", "Read the full story at Coastal Wire");
        assertKeptOpening(d, "Truck drivers will have to use the ring road");
    }

    @Test
    void appealsNewsletterBoxesCommentFormsTagsAndAQuoteBoxAreFurniture() {
        CleanedDocument d = cleanText("c.txt", "HARBOUR POST\n\nYour town. Your paper.\n\n"
                + "County shuts river bridge to heavy trucks\n\nAuthor: Ines Alvarez, Tom Reid\n\n"
                + "Kestrow Haulage Ltd (KHL) 48.20 ▲ 1.15 (+2.44%) | Add to watchlist\n\n" + BODY
                + "\nSupport independent county journalism. Become a supporter today.\n\n"
                + "Tagged: bridges, trucks, county board\n\n"
                + "The Evening Post: The day's headlines, every evening at six. Subscribe\n\n"
                + "Never miss a story\n\nGet the county's news sent straight to your inbox!\n\nSign Up!\n\n"
                + "Comments are closed on this article.\n\nLeave a Reply\n\n"
                + "Your email address will not be published. Required fields are marked *\n");
        assertThat(d.title()).isEqualTo("County shuts river bridge to heavy trucks");
        assertDropped(d, "masthead", "Your town. Your paper.");
        assertDropped(d, "byline", "Author: Ines Alvarez, Tom Reid");
        assertDropped(d, "stock-quote", "Kestrow Haulage Ltd (KHL) 48.20 ▲ 1.15 (+2.44%) | Add to watchlist");
        assertDropped(d, "support-appeal", "Support independent county journalism. Become a supporter today.");
        assertDropped(d, "tags", "Tagged: bridges, trucks, county board");
        assertDropped(d, "subscribe-prompt", "The Evening Post: The day's headlines, every evening at six. Subscribe",
                "Never miss a story", "Get the county's news sent straight to your inbox!");
        assertDropped(d, "comment-prompt", "Comments are closed on this article.", "Leave a Reply",
                "Your email address will not be published. Required fields are marked *");
        assertThat(d.metadata()).doesNotContainKey("source");
        // the news beside each: the figures of a share price in a sentence, support for journalism as a subject
        CleanedDocument n = cleanText("n.txt", REPORT
                + "\nShares of Kestrow Haulage Ltd (KHL) fell 1.15 to 48.20 on Tuesday, a drop of 2.4%, after the vote.\n"
                + "\nSupport for local journalism has fallen in the county since the Courier closed, a survey found.\n");
        assertKeptOpening(n, "Shares of Kestrow Haulage", "Support for local journalism");
    }

    @Test
    void aShareBarAndTheSitesNameBeforeTheHeadlineAreNotTheTitle() {
        CleanedDocument d = cleanText("s.txt", "HARBOUR POST\n\nHome | News | Sport | Business\n\n"
                + "Bridge shut to trucks: detour adds 20 minutes\n\nCOASTAL WIRE\n\nMar 4, 2025 Updated 6:10 PM\n\n"
                + "Facebook Twitter WhatsApp SMS Email Print Copy article link Save\n\n" + BODY + "\nShare this post\n");
        assertThat(d.title()).isEqualTo("Bridge shut to trucks: detour adds 20 minutes");
        assertDropped(d, "share-prompt", "Facebook Twitter WhatsApp SMS Email Print Copy article link Save", "Share this post");
        assertThat(d.metadata()).doesNotContainKey("source");
        CleanedDocument g = cleanHtml("g.html", "<html><head>"
                + "<title>Harbour Post - County shuts river bridge to heavy trucks</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Post\"></head><body><div>"
                + "<h2>County shuts river bridge to heavy trucks</h2><p>" + BODY.replace("\n", "</p><p>") + "</p></div></body></html>");
        assertThat(g.title()).isEqualTo("County shuts river bridge to heavy trucks");
        assertDropped(g, "duplicate-title", "County shuts river bridge to heavy trucks");
    }

    @Test
    void aHeadlineOverItsDateAndReadingTimeIsTheTitleNotTheSitesSlogan() {
        CleanedDocument d = cleanText("r.txt", "The Harbour Post\n\nNews for the bay and the islands\n\n"
                + "Local | Region | Sport | Obituaries\n\n"
                + "'We had no warning': hauliers count cost of bridge ban\n\n"
                + "Posted on June 5, 2025 by Ines Alvarez · 3 min read\n\n" + BODY);
        assertThat(d.title()).isEqualTo("'We had no warning': hauliers count cost of bridge ban");
        assertDropped(d, "masthead", "News for the bay and the islands");
    }

    @Test
    void newsThatReadsLikeAnAppealANoticeOrAnOfferIsKept() {
        List<String> news = List.of("Support staff at the newsroom of the Daily Ledger voted to strike over pay.",
                "Commenting has been disabled on the mayor's Facebook page after a flood of threats.",
                "Fake delivery texts sent to your phone were the most common scam last year, the report found.",
                "Become a member of the union or lose your seniority, the letter warned the staff.");
        String text = "Ledger staff walk out in pay dispute\n\n" + String.join("\n\n", news) + "\n\n" + BODY;
        assertThat(keptTexts(cleanText("n.txt", text))).containsAll(news);
        // a label in capitals over a headline is no byline
        CleanedDocument d = cleanText("b.txt", "BREAKING NEWS | Parliament votes to dissolve itself\n\n" + BODY);
        assertThat(d.metadata()).doesNotContainKey("byline");
        assertThat(d.title()).isEqualTo("Parliament votes to dissolve itself");
    }

    @Test
    void commentInvitesShareBarsWithCountsWritersNotesDisclaimersAndLegalLinksAreFurniture() {
        CleanedDocument d = cleanText("c.txt", "County shuts river bridge to heavy trucks\n\nBy Marta Olsen, Guest Columnist\n\n"
                + "Marta Olsen is a retired civil engineer and a former member of the county's roads board.\n\n"
                + "Share Tweet Email Comments (56)\n\n" + BODY
                + "\nWhat do you think of the closure? Let us know in the comments below.\n"
                + "\nComments are moderated. Please stay on topic.\n"
                + "\nComments (12) · Log in to comment\n"
                + "\nThe views expressed are the author's own.\n"
                + "\nPeter Vance is the River Gazette's county correspondent. Follow him on X @pvance_gazette\n"
                + "\nTerms of Use · About Us · Privacy Policy · Cookies\n");
        assertDropped(d, "comment-prompt", "What do you think of the closure? Let us know in the comments below.",
                "Comments are moderated. Please stay on topic.", "Comments (12) · Log in to comment");
        assertDropped(d, "share-prompt", "Share Tweet Email Comments (56)");
        assertDropped(d, "byline", "Marta Olsen is a retired civil engineer and a former member of the county's roads board.",
                "Peter Vance is the River Gazette's county correspondent. Follow him on X @pvance_gazette");
        assertDropped(d, "disclaimer", "The views expressed are the author's own.");
        assertDropped(d, "navigation", "Terms of Use · About Us · Privacy Policy · Cookies");
        // a share bar between bars is no breadcrumb
        assertDropped(cleanText("s.txt", REPORT + "\nShare on Facebook | Share on X | Email | Print\n"), "share-prompt",
                "Share on Facebook | Share on X | Email | Print");
        // news about comments, a named person's role and the terms of a deal stay
        List<String> news = List.of("Residents told us in interviews that the comments section of the council's page was full of complaints.",
                "Anna Berg is a retired engineer who inspected the bridge in 2019, the county said.",
                "The terms of use of the ring road were changed on Monday.");
        assertThat(keptTexts(cleanText("n.txt", REPORT + "\n" + String.join("\n\n", news) + "\n"))).containsAll(news);
    }

    @Test
    void arabicCaptionsWithADashedCreditAFileMarkOrAViewOfAndAPluralDisclaimerAreDropped() {
        String body = "قرر مجلس المحافظة يوم الثلاثاء إغلاق الجسر القديم أمام الشاحنات الثقيلة بعد أن رصد المهندسون تشققات في دعامتين.\n"
                + "وقال المحافظ إن أعمال الإصلاح ستستغرق ستة أشهر على الأقل وستكلف نحو أربعة ملايين دولار.\n"
                + "وسيتعين على سائقي الشاحنات استخدام الطريق الدائري، ما يضيف نحو عشرين دقيقة إلى الرحلة.\n";
        CleanedDocument d = cleanText("a.txt", "المحافظة تغلق الجسر القديم أمام الشاحنات\n\n"
                + "أعضاء مجلس المحافظة خلال جلسة التصويت في مقر المجلس - تصوير: ليلى حداد\n\n" + body
                + "\nشاحنات متوقفة عند مدخل الجسر القديم في وسط المدينة (أرشيفية)\n\n"
                + "جانب من أعمال الفحص على دعامات الجسر. تصوير: سمير عواد\n\n"
                + "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع.\n\n"
                + "شارك هذا المقال: فيسبوك - تويتر - واتساب - البريد الإلكتروني\n");
        assertThat(d.title()).isEqualTo("المحافظة تغلق الجسر القديم أمام الشاحنات");
        assertDropped(d, "photo-caption", "أعضاء مجلس المحافظة خلال جلسة التصويت في مقر المجلس - تصوير: ليلى حداد",
                "شاحنات متوقفة عند مدخل الجسر القديم في وسط المدينة (أرشيفية)", "جانب من أعمال الفحص على دعامات الجسر. تصوير: سمير عواد");
        assertDropped(d, "disclaimer", "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع.");
        assertDropped(d, "share-prompt", "شارك هذا المقال: فيسبوك - تويتر - واتساب - البريد الإلكتروني");
    }
}
