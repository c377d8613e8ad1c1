package io.khulasa.clean;

import io.khulasa.text.DayNames;
import io.khulasa.text.MonthNames;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A small multilingual (Arabic, English, French, Spanish; Persian dates) lexicon of the words web furniture is made
 * of: "related" markers, share/comment/subscribe/follow prompts, navigation labels, news agencies, photo and date
 * words. Entries are in {@link TextNormalizer} form. It is one feature among others: the rules that use it also require the line to
 * be short and not read as prose, so a sentence that happens to start with "share" or "تابع" stays.
 */
final class Lexicon {
    private Lexicon() {}

    /** Lines that announce a list of other stories. */
    static final Set<String> RELATED = Set.of(
            "related", "related articles", "related stories", "related news", "related content", "related posts",
            "related coverage", "related topics", "read also", "also read", "read more", "see also", "more on this",
            "more on this story", "more stories", "more from", "more news", "most read", "most popular",
            "most viewed", "most shared", "trending", "trending now", "you may also like", "you might also like",
            "recommended", "recommended for you", "further reading", "top stories", "latest news", "editor s picks",
            "مقالات ذات صله", "اخبار ذات صله", "مواضيع ذات صله", "موضوعات ذات صله", "ذات صله", "اقرا ايضا",
            "اقرا كذلك", "قد تقرا ايضا", "قد يهمك", "قد يهمك ايضا", "المواضيع الاكثر قراءه", "الاكثر قراءه",
            "الاكثر مشاهده", "الاكثر تداولا", "الاكثر شعبيه", "اخترنا لك", "شاهد ايضا", "المزيد من الاخبار",
            "اخبار متعلقه", "مقالات متعلقه", "اقرا المزيد", "اخر الاخبار", "ننصحك بقراءه", "اخبار اخري",
            "مقالات اخري", "المزيد", "للمزيد",
            "lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi", "sur le même sujet", "les plus lus",
            "les plus partagés", "بیشتر بخوانید",
            "te puede interesar", "también te puede interesar", "noticias relacionadas", "lo más leído", "lo más visto",
            "más noticias", "lee también", "leer más", "relacionado", "relacionados",
            // a wiki's lists of its sources under the text: citations, not text
            "sources", "external links", "المصادر", "مصادر", "روابط خارجيه", "sources et références");

    /** Share-button labels; a line made only of these is a share bar. */
    static final Set<String> SHARE_WORDS = Set.of(
            "share", "shares", "sharing", "tweet", "email", "e", "mail", "facebook", "twitter", "x", "whatsapp",
            "telegram", "linkedin", "pinterest", "reddit", "messenger", "copy", "link", "print", "this", "article",
            "story", "page", "on", "via", "post", "sms", "save", "bookmark", "شارك", "مشاركه", "انشر", "فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب",
            "تلغرام", "تيليجرام", "لينكد", "ان", "لينكدان", "نسخ", "الرابط", "ارسل", "لصديق", "طباعه", "الخبر", "المقال",
            "هذا", "علي", "عبر", "التغطيه", "اكس", "الصفحه", "البريد", "الالكتروني",
            "partager", "partagez", "cet", "imprimer", "envoyer", "sur", "courriel", "copier", "le", "lien", "par",
            "compartir", "comparte", "en", "por", "correo", "imprimir", "enviar", "esta", "noticia");
    static final Set<String> SHARE_CUES = Set.of("share", "شارك", "انشر", "مشاركه", "tweet", "partager", "partagez",
            "compartir", "comparte");

    /**
     * An embedded post's counters and buttons, and the age stamp beside them: "1.2K likes · 214 comments · 96 shares",
     * «أعجبني · تعليق · مشاركة», «5 س · 🌐» (folded, as {@link #tokens} gives them).
     */
    static final Set<String> ENGAGEMENT = Set.of(
            "like", "likes", "comment", "comments", "share", "shares", "view", "views", "retweet", "retweets", "repost",
            "reposts", "reply", "replies", "reaction", "reactions", "k", "m", "h", "min", "hr", "hrs", "d", "w",
            "اعجبني", "اعجاب", "اعجابات", "تعليق", "تعليقا", "تعليقات", "مشاركه", "مشاركات", "مشاهده", "مشاهدات", "رد",
            "ردود", "الف", "مليون", "س", "د", "ساعه", "ساعات", "دقيقه", "دقائق", "يوم", "ايام",
            "j'aime", "commentaires", "partages", "me", "gusta", "comentarios", "compartidos");
    static final Set<String> COMMENT_WORDS = Set.of(
            "comment", "comments", "تعليق", "تعليقك", "تعليقات", "التعليقات", "التعليق", "تعليقا", "تعليقاتكم",
            "commenter", "commentaire", "commentaires", "réagir", "reagir",
            "comentario", "comentarios", "comentar", "comenta");
    static final Set<String> COMMENT_CUES = Set.of(
            "add", "leave", "post", "write", "show", "view", "join", "tell", "log", "اضف", "اترك", "اكتب", "عرض", "شاركنا", "شارك",
            "connecté", "connecte", "laissez", "réagissez", "ajoutez", "vous",
            "deja", "escribe", "añade", "ver");

    static final List<String> SUBSCRIBE_CUES = List.of(
            "subscribe", "sign up", "signup", "join our", "get our", "get the", "اشترك", "اشتركوا", "سجل", "للاشتراك",
            "اشترك الان",
            // app promotion: "حمّل تطبيق … لتصلك الأخبار أولاً بأول", "Download our app"
            "download the", "download our", "حمل تطبيق", "حمل التطبيق", "حملوا تطبيق", "نزل تطبيق", "نزل التطبيق",
            // «لمتابعة المزيد من الأخبار حمّل تطبيق نبض», «تابع أحدث الأخبار عبر تطبيق…» (with a channel word)
            "لمتابعه المزيد من الاخبار", "لمتابعه اخر الاخبار", "لمتابعه احدث الاخبار", "تابع احدث الاخبار",
            "تابع اخر الاخبار", "تابعوا احدث الاخبار", "تابعوا اخر الاخبار",
            "abonnez vous", "abonnés", "abonnes", "inscrivez vous", "je m abonne",
            "suscríbete", "suscribete", "suscríbase", "regístrate", "registrate", "descarga la", "descarga nuestra");
    static final Set<String> SUBSCRIBE_CHANNELS = Set.of(
            "newsletter", "newsletters", "email", "inbox", "updates", "alerts", "notifications", "briefing", "app",
            "النشره", "البريد", "بريدك", "الاشعارات", "اشعارات", "القناه", "قناتنا", "يوتيوب", "تلغرام", "البريديه",
            "تطبيق", "التطبيق", "boletín", "boletin", "boletines");

    static final List<String> FOLLOW_CUES = List.of(
            "follow us", "follow", "find us", "like us", "join us", "تابعنا", "تابعونا", "تابعوا", "تابع",
            "انضم الينا", "انضموا", "síguenos", "siguenos", "síguenos en");
    static final Set<String> SOCIAL = Set.of(
            "facebook", "twitter", "instagram", "telegram", "youtube", "tiktok", "social", "linkedin", "whatsapp",
            "مواقع", "التواصل", "الاجتماعي", "فيسبوك", "فيس", "تويتر", "انستغرام", "انستجرام", "تلغرام", "يوتيوب",
            "قناتنا", "صفحتنا", "حساباتنا", "واتساب", "تطبيقنا", "app");
    /** «تابع بوابة … على جوجل نيوز», "Follow us on Google News": the news service, not the company. */
    static final List<String> NEWS_SERVICES = List.of("جوجل نيوز", "غوغل نيوز", "google news");

    /** Labels of site navigation and page furniture. */
    static final Set<String> NAVIGATION = Set.of(
            "close", "home", "menu", "search", "next", "previous", "prev", "back", "back to top", "top", "more",
            "skip to content", "skip to main content", "advertisement", "ad", "ads", "sponsored", "loading",
            "print", "tags", "topics", "video", "videos", "photos", "gallery", "listen", "watch", "live", "login",
            // a date's label left on a line of its own when the page was flattened to text, the date on the next
            "published", "updated", "last updated", "posted",
            "log in", "sign in", "register", "اغلاق", "الرئيسيه", "القائمه", "بحث", "التالي", "السابق", "اعلان",
            "اعلانات", "طباعه", "الوسوم", "وسوم", "كلمات مفتاحيه", "الكلمات المفتاحيه", "عوده للاعلي", "الارشيف",
            "ارشيف", "فيديو", "صور", "استمع", "شاهد", "مباشر", "تسجيل الدخول", "دخول",
            "se connecter", "créer un compte", "connexion", "accueil", "publicité", "imprimer", "e mail",
            "publicidad", "inicio", "portada", "buscar", "menú", "cerrar", "iniciar sesión", "inicia sesión", "regístrate");
    /** The site's pages on itself, linked under every story ("Terms of Use", "Privacy Policy", «سياسة الخصوصية»). */
    static final Set<String> LEGAL_PAGES = Set.of("terms of use", "terms of service", "terms and conditions", "terms", "privacy",
            "privacy policy", "privacy notice", "cookies", "cookie policy", "cookie settings", "accessibility", "accessibility help",
            "do not sell my personal information", "سياسه الخصوصيه", "شروط الاستخدام", "اتفاقيه الاستخدام",
            "mentions légales", "politique de confidentialité", "aviso legal", "política de privacidad");
    static final List<String> COPYRIGHT_CUES = List.of(
            "copyright", "all rights reserved", "جميع الحقوق محفوظه", "حقوق النشر", "جميع حقوق", "الحقوق محفوظه", "tous droits réservés", "droits réservés",
            "todos los derechos reservados", "derechos reservados");

    static final List<String> BYLINE_CUES = List.of(
            "by", "written by", "reporting by", "words by", "بقلم", "كتب", "كتبت", "كتبه", "اعداد", "تحرير",
            // "our envoy" only: «مبعوث أممي يصل غدا» is a headline's subject
            "مراسل", "من مراسل", "مراسلنا", "من مراسلنا", "موفدنا", "من موفدنا", "مبعوثنا", "من مبعوثنا",
            "مراسلتنا", "من مراسلتنا", "موفدتنا", "من موفدتنا", "مبعوثتنا", "من مبعوثتنا",
            "par la rédaction", "par la redaction");
    static final List<String> SOURCE_CUES = List.of("source", "sources", "المصدر", "مصدر", "المصادر");

    /** News agencies and their usual Arabic abbreviations, in normalized form (token sequences). */
    static final List<String> AGENCIES = List.of(
            "afp", "ap", "reuters", "epa", "getty", "getty images", "sputnik", "anadolu", "xinhua", "sana", "dpa",
            "ansa", "tass", "ria novosti", "upi", "shutterstock", "efe", "kyodo", "yonhap", "mena", "wafa", "qna",
            "wam", "pa", "bloomberg", "ا ف ب", "اف ب", "رويترز", "الاناضول", "سانا", "د ب ا", "ا ب", "وكالات",
            "شينخوا", "سبوتنيك", "وام", "واس", "قنا", "وفا", "بترا", "كونا", "ايفي", "الوكالات",
            // the Maghreb's and Iraq's: TAP, MAP, APS, INA, and Bahrain's BNA
            "وات", "و م ع", "ومع", "واج", "واع", "بنا");
    /** Words that name a picture, as written (a pattern's alternatives): «صورة», «الصوره», "Photo", "Image". */
    static final String PICTURE_WORDS = "(?:ال)?(?:صورة|صوره)|Photo|Photograph|Picture|Image";

    /** Words that name a picture (normalized tokens): a line with one and an old year at its end describes it. */
    static final Set<String> PICTURE_TOKENS = Set.of("photo", "photograph", "picture", "pictured", "image", "صوره",
            "الصوره", "بالصوره");

    /**
     * Words no sentence ends with (normalized): articles, prepositions, conjunctions, possessives. A paragraph ending
     * in one was cut off, by a paywall or a scraper.
     */
    static final Set<String> DANGLING_WORDS = Set.of(
            "the", "a", "an", "of", "to", "and", "or", "but", "with", "from", "into", "than", "which", "whose",
            "its", "their", "his", "our", "your", "between", "during",
            "de", "la", "le", "les", "des", "du", "et", "pour", "par", "sur", "el", "los", "las", "del", "y", "con",
            "para", "por",
            "في", "من", "على", "الى", "ان", "عن", "مع");

    /** Headings of a box of the story's points in headline style (normalized): the story says each again in full. */
    static final Set<String> KEY_POINT_HEADINGS = Set.of("key points", "key facts", "highlights", "at a glance",
            "in brief", "the big picture", "what we know", "quick facts", "takeaways", "key takeaways", "ابرز النقاط",
            "اهم النقاط", "باختصار", "نقاط رئيسيه", "ملخص");

    static final Set<String> PHOTO_CUES = Set.of(
            "photo", "photos", "photograph", "photographer", "picture", "pictures", "pic", "image", "images",
            "credit", "courtesy", "file", "pool", "صوره", "الصوره", "تصوير", "ارشيفيه", "صور");

    static final Set<String> DATE_WORDS = withNormalized(Set.of(
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "gmt", "utc", "updated", "published", "posted", "on",
            "at", "last", "st", "nd", "rd", "th",
            "الثاني", "الاول", "الساعه", "ص", "م", "تحديث", "اخر", "نشر",
            "في", "بتاريخ", "مساء", "صباحا", "الموافق", "ه", "توقيت", "غرينتش", "بتوقيت", "التاريخ", "date", "ذو", "ذي"),
            // the days and months; French, Spanish and Persian days and words, in their normalized form
            String.join(" ", DayNames.ENGLISH) + " " + String.join(" ", DayNames.ARABIC) + " " + String.join(" ", MonthNames.ALL)
            + " lundi mardi mercredi jeudi vendredi samedi dimanche publié publie mis à a jour le la h heures "
            + "lunes martes miércoles jueves viernes sábado domingo de del actualizado publicado "
            + "شنبه یکشنبه دوشنبه سه‌شنبه "
            + "چهارشنبه پنجشنبه پنج‌شنبه جمعه زمان انتشار ساعت تاریخ بروزرسانی به‌روزرسانی روز");

    /** A note that the story is still being written ("This is a developing story. Check back for updates."). */
    static final List<String> UPDATE_NOTICES = List.of(
            // and the wire's pledge under each story
            "our standards the thomson reuters trust principles", "this is a developing story", "check back for updates", "this story will be updated",
            "this story has been updated", "this is a breaking news story", "for updates on this developing story",
            "for the latest on this developing story", "الخبر قيد التحديث", "خبر قيد التحديث",
            "تفاصيل اكثر لاحقا", "المزيد من التفاصيل لاحقا", "cette information est en cours d actualisation",
            // a live page's banner
            "يتم تحديث الصفحه تلقائيا", "تحدث الصفحه تلقائيا", "this page updates automatically",
            "this page will update automatically", "this page refreshes automatically");

    /** Labels of a tag line ("Tags: Aviation · Porto", "الوسوم: الغردقة، البحر الأحمر"), before its colon. */
    static final List<String> TAG_CUES = List.of(
            "tags", "tag", "tagged", "topics", "keywords", "filed under", "الوسوم", "وسوم", "كلمات مفتاحيه",
            "الكلمات المفتاحيه", "الكلمات الداله", "كلمات داله", "etiquetas", "temas", "mots clés", "mots cles");
    /** How a republished copy names its original ("This article originally appeared on …", "نقلاً عن …"). */
    static final List<String> REPUBLISHED_CUES = List.of(
            "this article originally", "this story originally", "this article was originally",
            "this story was originally", "this article first", "this story first", "a version of this",
            "نقلا عن", "هذا المقال نشر", "نشر هذا المقال");

    /** {@code words} plus the {@link TextNormalizer} forms of the space-separated words in {@code more}. */
    private static Set<String> withNormalized(Set<String> words, String more) {
        Set<String> out = new java.util.HashSet<>(words);
        for (String w : more.split(" ")) out.addAll(Arrays.asList(tokens(TextNormalizer.normalize(w))));
        return Set.copyOf(out);
    }

    /** First words of every prompt and notice above: a sentence starting otherwise is not one. */
    static final Set<String> PROMPT_STARTS = firstWords();

    private static Set<String> firstWords() {
        Set<String> out = new java.util.HashSet<>();
        for (List<String> l : List.of(SUBSCRIBE_CUES, FOLLOW_CUES, COPYRIGHT_CUES, BYLINE_CUES, SOURCE_CUES, TAG_CUES,
                REPUBLISHED_CUES, UPDATE_NOTICES)) {
            for (String c : l) out.add(c.split(" ")[0]);
        }
        for (java.util.Collection<String> l : List.of(RELATED, SHARE_CUES, COMMENT_CUES, COMMENT_WORDS, NAVIGATION)) {
            for (String c : l) out.add(c.split(" ")[0]);
        }
        out.add("all");
        return Set.copyOf(out);
    }

    static boolean startsWithAny(String norm, List<String> cues) {
        for (String c : cues) if (startsWithWord(norm, c)) return true;
        return false;
    }

    static boolean startsWithWord(String norm, String cue) {
        return norm.equals(cue) || norm.startsWith(cue + " ");
    }

    static boolean anyToken(String norm, Set<String> set) {
        for (String t : tokens(norm)) if (set.contains(t)) return true;
        return false;
    }

    static boolean allTokens(String norm, Set<String> set) {
        String[] t = tokens(norm);
        if (t.length == 0) return false;
        for (String x : t) if (!set.contains(x)) return false;
        return true;
    }

    /** Whether an agency name occurs as a whole token sequence. */
    static boolean hasAgency(String norm) {
        String padded = " " + norm + " ";
        for (String a : AGENCIES) if (padded.contains(" " + a + " ")) return true;
        return false;
    }

    static String[] tokens(String norm) {
        return norm.isEmpty() ? new String[0] : norm.split(" ");
    }

    static boolean containsPhrase(String norm, String phrase) {
        return (" " + norm + " ").contains(" " + phrase + " ");
    }

    static boolean containsAnyPhrase(String norm, Iterable<String> phrases) {
        for (String p : phrases) if (containsPhrase(norm, p)) return true;
        return false;
    }

    static List<String> list(String... s) { return Arrays.asList(s); }
}
