package io.khulasa.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of page an article is, when it is not a plain report: an opinion piece, an explainer, an analysis, a
 * forum thread or a live page (an HTML page's schema.org LiveBlogPosting is read where its JSON-LD dates are, in
 * {@link HtmlMainText}). A column's sentences are its author's view ("أعتقد أن الصندوق لن
 * يعالج…", "I believe…"), so a summary of the news must not quote them as fact; sites say which pages are
 * opinion in a few standard places: the section label above the headline ("Opinion", «مقالات رأي»), the
 * section in the page's metadata, the URL path ({@code /opinion/}), a title segment ("Opinion | …") and the
 * disclaimer under the column ("The views expressed…", «تعبر عن رأي كاتبها»).
 */
public final class Genre {
    private Genre() {}

    /**
     * The {@link CleanedDocument#metadata()} key, and its values for an opinion piece, a live page, an explainer, an
     * analysis, a forum thread, a background piece (a wire's sidebar: the history and context of the story) and a
     * press release (the issuer's own account, with its notes to editors, profile and contacts).
     */
    public static final String KEY = "genre", OPINION = "opinion", LIVE = "live", EXPLAINER = "explainer",
            ANALYSIS = "analysis", FORUM = "forum", BACKGROUND = "background", RELEASE = "press-release";

    /**
     * An editors' note that moves the story as a sidebar ("Eds: Moving as a sidebar to BC-Ferry-Capsize."): a wire's
     * background piece beside the main story, past disasters and their tolls, which the news must not be told by.
     */
    private static final Pattern SIDEBAR_NOTE = Pattern.compile("(?i)\\bsidebar\\b");

    /** True when a wire's editors' note says its story is a sidebar. */
    static boolean isSidebarNote(String editorsNote) {
        return SIDEBAR_NOTE.matcher(editorsNote).find();
    }

    /**
     * A row of a forum post's furniture, normalized: its actions ("Quote Reply Like 12 Report", «رد اقتباس») or its
     * poster's standing ("Senior Member | Posts: 4,211", "Joined: March 2019", «عدد المشاركات: 312»). A thread's
     * posts are its readers' reactions and rumours, not reports.
     */
    static boolean isForumPostRow(String raw, String normalized) {
        if (FORUM_MEMBER.matcher(raw).find()) return true;
        int actions = 0;
        boolean threadAction = false; // a share bar has "Like" and "Share" too, never "Reply" or "Quote"
        for (String t : normalized.split(" ")) {
            if (FORUM_ACTIONS.contains(t)) {
                actions++;
                threadAction |= THREAD_ACTIONS.contains(t);
            } else if (!t.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return actions >= 2 && threadAction;
    }

    private static final Set<String> THREAD_ACTIONS = Set.of("quote", "reply", "report", "multiquote", "permalink", "رد",
            "اقتباس", "ابلاغ");
    private static final Set<String> FORUM_ACTIONS = Set.of("quote", "reply", "like", "likes", "report", "share",
            "permalink", "multiquote", "thanks", "upvote", "downvote", "رد", "اقتباس", "اعجاب", "ابلاغ", "مشاركه", "شكر");
    /** A field of a poster's row, as a label and a value beside a separator: "| Posts: 4,211", «المشاركات: 312». */
    private static final Pattern FORUM_MEMBER = Pattern.compile(
            "(?i)(?:^|[|·•]\\s*)(?:posts|messages|joined|member since|المشاركات|مشاركات|تاريخ التسجيل|عضو منذ)\\s*:?\\s*[\\d\\p{L}]"
            + "(?=.*[|·•:])|(?:posts|messages|joined|المشاركات|مشاركات|تاريخ التسجيل)\\s*:\\s*\\d");

    /** Forum rows, among a document's first lines, that make it a thread: a post's actions and its poster's standing. */
    static final int FORUM_ROWS = 2;

    /**
     * An analysis or commentary: a question for a title ("Was the city built for rain?", «هل صُمّمت مدننا للمطر؟»)
     * and {@value #ANALYSIS_QUESTIONS} or more questions in the text, asked of the reader, not reported. A report
     * with a question in its headline rarely asks more in its body.
     */
    static boolean isAnalysis(String title, String text) {
        if (title == null) return false;
        String t = title.strip();
        if (t.isEmpty() || (t.charAt(t.length() - 1) != '?' && t.charAt(t.length() - 1) != '؟')) return false;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '?' || text.charAt(i) == '؟') questions++;
        return questions - 1 >= ANALYSIS_QUESTIONS; // the title's own mark is in the text too
    }

    /** Questions in the body, besides the title's, that make a question-titled piece an analysis. */
    static final int ANALYSIS_QUESTIONS = 2;

    /**
     * An explainer's or guide's title: a question opening with what, how or why and a verb ("What happens next?",
     * "How does cholera spread?", «ما هي الكوليرا؟»), "What … means" ("What the rate rise means for your mortgage"),
     * or a guide's words ("explained", "what you need to know", «دليلك», «كل ما تريد معرفته»). Not any question,
     * nor "How the fire spread", "WHO declares…" or "What we know so far": news headlines. Its sentences are background
     * and advice.
     */
    private static final Pattern EXPLAINER_TITLE = Pattern.compile(
            "(?i)^(?:what|how|why) (?:is|are|was|were|does|do|did|will|would|can|could|should|happens|happened)\\b"
            + "|^what\\b.*\\bmeans?\\b|^(?:explainer|explained|q&a|qu'est-ce que|pourquoi)\\b"
            + "|\\b(?:explained|explainer|what you need to know|everything you need to know|what happens next)\\b"
            + "|^(?:ما هي|ما هو|ماذا يعني|ماذا تعني)\\s|دليلك|كل ما (?:تريد|تحتاج)(?: (?:الى|إلى))? معرفته|ما تحتاج معرفته"
            + "|^(?:أسئلة وأجوبة|اسئلة واجوبة|سؤال وجواب)\\s*[:|]");

    /**
     * A recap of the news so far, in questions or not ("Ashgrove Fire: What we know so far", "Everything we know about
     * the crash", «ما نعرفه حتى الآن»): the running story's latest figures, told as news, not background or advice.
     */
    private static final Pattern NEWS_RECAP = Pattern.compile(
            "(?i)\\b(?:what we (?:know|don't know|do not know|have learned|learned)|everything we know)\\b|ما نعرفه|ما نعلمه");

    /** True when a title is an explainer's or guide's, and no recap of the news. */
    static boolean isExplainerTitle(String title) {
        return title != null && EXPLAINER_TITLE.matcher(title.strip()).find() && !NEWS_RECAP.matcher(title).find();
    }

    /**
     * A live page's title: "LIVE: …", "… live: …", "Live updates | …", «مباشر | …», «تغطية مباشرة | …», "En direct : …".
     * Its entries are of many hours under one date, its last update's.
     */
    private static final Pattern LIVE_TITLE = Pattern.compile(
            "(?i)^(?:live(?: updates| blog)?|en direct|direct|مباشر|بث مباشر|تغطية مباشرة|لحظة بلحظة)(?:\\s*[:|]|\\s[–—-]\\s)"
            + "|\\blive(?: updates| blog)?\\s*[:|]");

    /** True when a title says its page is live coverage. */
    static boolean isLiveTitle(String title) {
        return title != null && LIVE_TITLE.matcher(title.strip()).find();
    }

    /** A title without its opening live label ("LIVE: Recount, Day 3" → "Recount, Day 3"); as given when it has none. */
    static String withoutLiveLabel(String title) {
        java.util.regex.Matcher m = LIVE_TITLE.matcher(title.strip());
        return m.lookingAt() ? title.strip().substring(m.end()).strip() : title;
    }

    /** Section names of opinion pages, normalized: each is the whole of a label, never a word in a sentence. */
    private static final Set<String> LABELS = Set.of(
            "opinion", "opinions", "op ed", "oped", "commentary", "column", "columns", "columnists", "editorial",
            "editorials", "guest essay", "letters", "letters to the editor", "your letters", "readers letters", "point de vue", "tribune", "éditorial", "chronique",
            "opinión", "meinung", "kommentar",
            "راي", "الراي", "اراء", "الاراء", "مقالات", "مقالات راي", "مقالات الراي", "مقال راي", "كتاب الراي", "كتاب واراء",
            "اعمده", "وجهه نظر", "قضايا واراء", "افكار واراء", "منبر", "يادداشت", "دیدگاه", "سرمقاله");
    /** URL path segments of opinion sections. */
    private static final Set<String> PATH_SEGMENTS = Set.of(
            "opinion", "opinions", "op-ed", "oped", "commentary", "columns", "column", "columnists", "editorial",
            "editorials", "ra2y", "raay", "maqalat", "articles-opinion", "tribunes", "chroniques");
    /**
     * Phrases of the note under a column that name its writer, normalized. Notes that only deny the site's
     * responsibility («لا تعبر بالضرورة عن رأي الموقع», "comments do not reflect…") stand under reports too.
     */
    private static final List<String> DISCLAIMERS = List.of(
            "views expressed in this article", "views expressed in this column", "views expressed in this piece",
            "views expressed are those of the author", "opinions expressed in this article",
            "views expressed are the author s own", "views expressed are the writer s own",
            // plural: «المقالات المنشورة تعبر عن آراء كتابها»
            "تعبر عن راي كاتبها", "تعبر عن راي كتابها", "تعبر عن اراء كتابها", "تعبر عن اراء كاتبيها", "يعبر عن راي كاتبه", "n engagent que leur auteur",
            "n engage que son auteur");

    /** Kickers of an analysis, normalized: "ANALYSIS" above the title, «تحليل». */
    private static final Set<String> ANALYSIS_LABELS = Set.of("analysis", "news analysis", "analyse", "análisis", "analisis",
            "تحليل", "تحليل اخباري", "تحليل سياسي", "تحليلات");

    /** True when a whole line, {@linkplain TextNormalizer#normalize normalized}, is an analysis's kicker. */
    static boolean isAnalysisLabel(String normalized) {
        return ANALYSIS_LABELS.contains(normalized);
    }

    /** True when a whole line, {@linkplain TextNormalizer#normalize normalized}, is an opinion section's label. */
    static boolean isLabel(String normalized) {
        return LABELS.contains(normalized);
    }

    /** True when normalized text holds a column's disclaimer or author note. */
    static boolean hasDisclaimer(String normalized) {
        for (String d : DISCLAIMERS) if (normalized.contains(d)) return true;
        return false;
    }

    /** True when a URL's path has an opinion section's segment ("/opinion/2026/08/14/…"). */
    static boolean isOpinionUrl(String url) {
        if (url == null) return false;
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null) return false;
        for (String seg : path.toLowerCase(Locale.ROOT).split("/")) if (PATH_SEGMENTS.contains(seg)) return true;
        return false;
    }

    /** True when a field of a title or a short row ("Opinion | …", "… - مقالات رأي - صحيفة الأفق", «رأي | الخميس …») is a label. */
    static boolean isOpinionTitle(String title) {
        if (title == null) return false;
        for (String seg : title.split("[|:]|\\s[-–—]\\s")) if (isLabel(TextNormalizer.normalize(seg))) return true;
        return false;
    }

    /**
     * True when a short row beside the headline says the page is opinion: its label as a field ("Opinion | Thursday
     * 20 November 2025", «رأي | الخميس …», "Home | Opinion | Columnists"), but not as one item of a menu of the
     * site's sections ("Home | Middle East | Business | Opinion"), which every page of the site shows: three short
     * fields or more, the label after the first, and a field after the first that is no opinion section's.
     */
    static boolean isOpinionRow(String row) {
        if (!isOpinionTitle(row)) return false;
        String[] fields = row.split("[|:]|\\s[-–—]\\s");
        if (fields.length < 3 || isLabel(TextNormalizer.normalize(fields[0]))) return true;
        boolean otherSection = false;
        for (int k = 0; k < fields.length; k++) {
            String f = TextNormalizer.normalize(fields[k]);
            if (f.isEmpty()) continue;
            if (f.split(" ").length > MENU_ITEM_WORDS) return true; // a headline or a date, not a menu's item
            if (k > 0 && !isLabel(f)) otherSection = true;
        }
        return !otherSection;
    }

    /** The most words of a menu's item. */
    private static final int MENU_ITEM_WORDS = 3;

    /** True when an HTML page is a forum thread: two posts of forum software, or schema.org's DiscussionForumPosting. */
    static boolean isForumPage(Document doc) {
        return doc.select(FORUM_POSTS).size() >= FORUM_ROWS || !doc.select("[itemtype~=DiscussionForumPosting]").isEmpty();
    }

    /**
     * The posts of the forum software most threads run on: XenForo ({@code message-user}, {@code bbWrapper}),
     * vBulletin ({@code postbit}), phpBB ({@code postprofile}, {@code postbody}), Discourse ({@code topic-post}).
     * A news site's comment section uses other names.
     */
    private static final String FORUM_POSTS =
            "[class~=(?i)(^|\\s)(message-user|bbWrapper|message-actionBar|postbit|postprofile|postbody|topic-post)(\\s|$)]";

    /**
     * True when an HTML page says it is opinion: its section metadata, its canonical or og:url, its title, or a
     * label element before the headline that is not a link (menus link to the opinion section from every
     * page). Call before the page's furniture is removed. (A column's note naming its writer is read with the
     * text's lines, where footers are told apart.)
     */
    static boolean isOpinionPage(Document doc, String url) {
        for (Element m : doc.select("meta[property=article:section], meta[name=section], meta[name=article:section], "
                + "meta[itemprop=articleSection]")) {
            if (isLabel(TextNormalizer.normalize(m.attr("content")))) return true;
        }
        if (isOpinionUrl(url)) return true;
        for (Element l : doc.select("link[rel=canonical], meta[property=og:url]")) {
            if (isOpinionUrl(l.hasAttr("href") ? l.attr("href") : l.attr("content"))) return true;
        }
        if (isOpinionTitle(doc.title())) return true;
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) {
            for (Element e : doc.body().getAllElements()) {
                if (e == h1) break;
                if (e.closest("a, nav, ul, ol, footer") != null || e.text().length() > 40) continue;
                if (isLabel(TextNormalizer.normalize(e.ownText())) && !e.ownText().isBlank()) return true;
            }
        }
        return false;
    }
}
