package io.khulasa.select;

import io.khulasa.analyze.Sentence;
import io.khulasa.text.ArabicOrthography;
import io.khulasa.text.ArabicSayingVerbs;
import io.khulasa.text.Quotations;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which sentences may stand in a summary at all. A news summary is made of statements: titles, questions
 * and prompts to the reader, social-media posts, bare datelines and fragments too short to carry a fact of their
 * own (a toll excepted: "Thirteen people remain missing.") are left out. When
 * the summary draws on several articles, so are sentences whose subject is a pronoun ("He added that…",
 * "وأضاف أن…"): out of their article, nobody knows who "he" is; and so are short ones that tell their fact as like the
 * one before ("sent a similar cable").
 */
public final class Candidates {
    /** Fewer words than this is a fragment, a dateline or an attribution, not a fact. */
    static final int MIN_WORDS = 6;
    /** Fewer words than this is a fragment even when it gives a toll. */
    static final int MIN_TOLL_WORDS = 4;
    /** Fewer content terms than this says nothing of its own. */
    static final int MIN_TERMS = 3;

    private Candidates() {}

    /**
     * Whether {@code s} may stand in a summary of {@code sentences} (the whole cluster, or the pool a
     * method chooses from: what matters is whether it spans more than one article).
     */
    public static boolean accept(Sentence s, List<Sentence> sentences) {
        return accept(s) && !(multiDocument(sentences) && (pronounSubject(s.text().strip()) || likeTheOneBefore(s)))
                && !(shouted(s.text()) && speaksLowerCase(s.document(), sentences));
    }

    /**
     * Per document of {@code cluster}, the {@linkplain AnalyzedCluster#sentences() index} of its lede, its first
     * sentence that may stand in a summary; -1 when it has none. Read once per cluster: the centroid's lede overlap and
     * the reading order both ask. The array is shared; callers do not change it.
     */
    public static int[] ledes(io.khulasa.analyze.AnalyzedCluster cluster) {
        return cluster.derived(Ledes.class, c -> {
            List<Sentence> sentences = c.sentences();
            int[] lede = new int[c.documents().size()];
            java.util.Arrays.fill(lede, -1);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                if (lede[s.document()] < 0 && accept(s, sentences)) lede[s.document()] = i;
            }
            return new Ledes(lede);
        }).index();
    }

    private record Ledes(int[] index) {}

    /**
     * "The crown prince sent a similar cable.", «وبعث ولي العهد برقية مماثلة»: a short sentence that tells its fact as
     * like the one before it, which the summary may not quote.
     */
    static boolean likeTheOneBefore(Sentence s) {
        return s.words() <= LIKE_WORDS && LIKE_BEFORE.matcher(s.text()).find();
    }

    private static final int LIKE_WORDS = 12;
    private static final Pattern LIKE_BEFORE = Pattern.compile(
            "(?i)\\b(?:a similar|similar ones?|the same way|did the same|followed suit|likewise)\\b|(?:^|\\s)(?:مماثل|مماثلة|مماثله|مماثلا|مماثلاً|بالمثل)(?:[\\s.،,]|$)");

    /**
     * Whether one of the first {@link #CASE_LOOKS} sentences of {@code document} in {@code sentences} (in cluster order:
     * document by document) is written in lower case: then its lines in capitals are flashes.
     */
    private static boolean speaksLowerCase(int document, List<Sentence> sentences) {
        int lo = 0, hi = sentences.size();
        while (lo < hi) { // the document's first sentence
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).document() < document) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < Math.min(sentences.size(), lo + CASE_LOOKS) && sentences.get(k).document() == document; k++) {
            Sentence o = sentences.get(k);
            if (!o.title() && !shouted(o.text())) return true;
        }
        return false;
    }

    /** Sentences of an article looked at for one in lower case: a page all in capitals is not scanned per sentence. */
    private static final int CASE_LOOKS = 50;

    /** Whether {@code s} stands on its own, whatever the cluster (the test for a single article). */
    static boolean accept(Sentence s) {
        if (s.title() || s.inQuote() || s.outdated() || s.terms().length < MIN_TERMS) return false;
        // "Thirteen people remain missing.": a toll is a fact of its own, however short
        if (s.words() < MIN_WORDS && !(s.words() >= MIN_TOLL_WORDS && !CasualtyCounts.of(s.text()).isEmpty())) return false;
        String t = s.text().strip();
        char last = t.charAt(t.length() - 1);
        if (last == '?' || last == '؟') return false; // a question informs nobody
        if (last == ':' ) return false;               // an announcement of what follows, cut from it
        if (labelledValue(t) || io.khulasa.analyze.Honorifics.nameWithOffice(t)) return false;
        if (BREAKING.matcher(t).lookingAt() && ".!؟?".indexOf(last) < 0) return false;
        if (wireQuoteTail(t)) return false;
        if (t.contains(" update ") && RELEASE_OF_ITSELF.matcher(t).find()) return false; // the word first: most sentences lack it
        return !Quotations.unbalanced(t) && !bareQuotation(t) && !toTheReader(t) && !socialPost(t) && !noComment(t);
    }

    /**
     * A press release speaking of itself: "The network today provides an update on the cyber incident…", "The ministry
     * issues the following update on…": it announces news it tells below, and tells none.
     */
    private static final Pattern RELEASE_OF_ITSELF = Pattern.compile(
            // the sentence's own verb, in the present: not "The ministry, which publishes an update on infections every
            // evening, reported 412 new cases", nor "is expected to give an update on the talks on Friday"
            "^(?:(?!\\b(?:which|who|that|to|will|would|should|must|can|could|may|might)\\b)[^,;:])*?\\b"
            + "(?:provides|issues|gives|shares|publishes)\\s+(?:an|a further|a new|the following|this|its latest)\\s+update\\s+(?:on|about|regarding)\\b");

    /**
     * "Zeidan was not immediately available for comment.", "The company declined to comment.", «ولم يتسن الحصول على
     * تعليق من الوزارة», « Le ministère n'a pas souhaité commenter. »: that someone said nothing is no fact of the story.
     * Only a short sentence that says no more: "The company declined to comment on the lawsuit, which seeks $5 million."
     * tells the suit.
     */
    static boolean noComment(String t) {
        // a figure, an aside between commas or more after the phrase is news: "Ford declined to comment on the recall of
        // 40,000 trucks.", "The minister, who resigned on Friday, was not available for comment.", "… as three more
        // bodies were found."
        if (io.khulasa.Budget.countWords(t) > NO_COMMENT_WORDS || t.indexOf(',') >= 0 || t.indexOf('،') >= 0
                || DIGIT.matcher(t).find()) return false;
        java.util.regex.Matcher m = NO_COMMENT.matcher(t);
        if (m.find()) return NOTHING_AFTER.matcher(t.substring(m.end())).matches();
        return NO_COMMENT_AR.matcher(ArabicOrthography.fold(t)).find();
    }

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    /** What may follow the phrase: its object at most ("on the matter", "on the report"), and the stop. */
    private static final Pattern NOTHING_AFTER = Pattern.compile(
            "(?:\\s+(?:on|about|regarding|sur)\\s+(?:the\\s+|its\\s+|his\\s+|her\\s+|their\\s+|le\\s+|la\\s+|les\\s+)?"
            + "(?:matter|report|reports|case|issue|allegations?|claims?|story|decision|lawsuit|it|this|that|dossier|affaire))?"
            + "(?:\\s+(?:on|by)\\s+\\p{Lu}\\p{L}+)?\\s*[.!]?[\"”»]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words of a sentence that only says someone did not comment: a name or a title, the verb, the request. */
    private static final int NO_COMMENT_WORDS = 12;

    private static final Pattern NO_COMMENT = Pattern.compile(
            "\\b(?:(?:was|were|is|are|could)\\s+not\\s+(?:be\\s+)?(?:immediately\\s+)?(?:available|reached)\\s+for\\s+(?:comment|a\\s+response)"
            + "|(?:declined|refused)\\s+to\\s+comment|did\\s+not\\s+(?:immediately\\s+)?(?:respond|reply|return)\\s+(?:to\\s+)?(?:a\\s+)?(?:requests?|calls?|messages?|emails?)(?:\\s+(?:for|seeking)\\s+comment)?"
            + "|n['’]a\\s+pas\\s+(?:pu\\s+être\\s+joint|souhaité\\s+(?:commenter|réagir)|donné\\s+suite)|(?:se\\s+sont|s['’]est)\\s+refusée?s?\\s+à\\s+tout\\s+commentaire)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The same in Arabic, folded: «لم يتسن الحصول على تعليق», «رفض التعليق», «لم يرد على طلب للتعليق». */
    private static final Pattern NO_COMMENT_AR = Pattern.compile(
            "(?:لم يتسن|تعذر) (?:الحصول علي (?:تعليق|رد)|الاتصال ب|التواصل مع)|(?:^|\\s)[وف]?(?:رفض|رفضت) (?:التعليق|الادلاء باي تعليق)"
            + "|لم (?:يرد|ترد) (?:علي|عل) (?:طلب|طلبات|اتصالات|رسائل) (?:لل)?تعليق");

    /**
     * A breaking-news strip: «عاجل | السجن خمس سنوات لرئيس الهيئة», "BREAKING: Jury convicts…", without a stop. It
     * heads the page in a headline's words; the story below tells it in a sentence.
     */
    private static final java.util.regex.Pattern BREAKING = java.util.regex.Pattern.compile(
            "(?:عاجل|BREAKING(?: NEWS)?|Breaking(?: news)?|URGENT|Urgent)\\s*[|:]");

    /**
     * A line in capitals: a wire flash or a headline ("TESSALINE NETWORKS Q3 REV $1.42 BLN VS. LSEG EST. $1.47 BLN"),
     * written to be read at a glance before the story, which tells it in a sentence; unless the whole article is in
     * capitals, as old wire feeds are. At least {@link #SHOUTED_LETTERS}
     * letters in capitals and no other letter: acronyms in a sentence ("NATO", "U.N.") leave it lower case, and an
     * Arabic sentence naming "UNESCO" has letters of a script without case.
     */
    static boolean shouted(String t) {
        int upper = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLetter(c)) return false; // lower case, or a script without case (Arabic)
        }
        return upper >= SHOUTED_LETTERS;
    }

    /** Capitals a line needs to be shouted: "UN, EU AGREE" is too short to tell. */
    static final int SHOUTED_LETTERS = 12;

    /**
     * A form's field, not a sentence: a label in title case and a short value without a stop ("Potential Number of
     * Units Affected: 452,000", "Report Date: SEP 10, 2025").
     */
    static boolean labelledValue(String t) {
        int colon = t.indexOf(": ");
        // title case needs capitals: «وقال الوزير: سنعيد البناء» is speech, whatever its stop
        if (colon < 1 || !Character.isUpperCase(t.charAt(0)) || LABEL_END.indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        String[] label = t.substring(0, colon).strip().split("\\s+");
        if (label.length > 6 || io.khulasa.Budget.countWords(t.substring(colon + 1)) > 4) return false;
        for (String w : label) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) return false; // "of" may be small
        }
        return true;
    }

    /**
     * The end of a wire quotation whose start is in an earlier sentence ("I want to know how,'' she said."): the
     * speaker's words cut from their beginning, with a closing mark and no opening one. (A wire quote left open at
     * a sentence's end is quoted: wire copy reopens quotes at each paragraph, and DUC's references use such openings.)
     */
    static boolean wireQuoteTail(String t) {
        int close = t.indexOf("''");
        if (close < 0) return false;
        int open = t.indexOf("``");
        if (open >= 0) return open > close;
        // "code-named ''Iron Shield''": two marks of one kind quote a name inside the sentence
        int marks = 0;
        for (int k = close; k >= 0; k = t.indexOf("''", k + 2)) marks++;
        return marks % 2 == 1;
    }

    private static final String LABEL_END = ".!?؟…\"”»'’";

    /**
     * A social-media post quoted as it was posted: an emoji or a hashtag ("⚠️ تنبيه | السيول تغمر شوارع #الدانة").
     * News prose has neither; a summary quoting one reads as a feed, not as a report.
     */
    static boolean socialPost(String t) {
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            if (c >= 0x1F300 && c <= 0x1FAFF || c >= 0x2600 && c <= 0x27BF) return true; // pictographs, dingbats
            if (c == '#' && i + 1 < t.length() && Character.isLetter(t.codePointAt(i + 1))) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * The site speaking to its reader inside a paragraph, where the cleaner's line rules cannot see it: "For more
     * updates, follow us on our pages", «للمزيد من التحديثات تابعونا على صفحاتنا», "Click here to…".
     */
    static boolean toTheReader(String t) {
        boolean cue = endsWithHere(t); // the pattern is slow and every sentence is asked: a look for its stems first
        for (int k = 0; k < READER_STEMS.size() && !cue; k++) cue = t.contains(READER_STEMS.get(k));
        if (!cue) return false;
        String folded = ArabicOrthography.fold(t).toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = TO_THE_READER.matcher(folded);
        if (!m.find()) return false;
        if (!Quotations.hasMark(folded)) return true;
        // inside quotation marks the words are someone's speech ("Watch our coverage," he said), not the page's
        List<Quotations.Span> quotes = Quotations.spans(folded);
        do { if (!Quotations.inside(quotes, m.start())) return true; } while (m.find());
        return false;
    }

    /** "… here", "… here.", "… here!" closing the sentence: cheaper than the pattern, and most sentences do not. */
    private static boolean endsWithHere(String t) {
        int e = t.length();
        while (e > 0 && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '!' || Character.isWhitespace(t.charAt(e - 1)))) e--;
        return t.regionMatches(true, e - 4, "here", 0, 4);
    }

    /** Parts of {@link #TO_THE_READER}'s words that survive case and Arabic marks. */
    private static final List<String> READER_STEMS = List.of("ollow us", "ubscribe to", "ign up for", "ownload our",
            "lick here", "ap here", "hare your", "ur coverage", "be back", "tay with us", "heck back", "ere is what", "ere's what", "ere are what", "تباعا", "وافيكم", "PDF", "pdf", "تحميل", "تابع", "اشترك", "اشتراك", "تطبيق", "اضغط", "انقر", "شاركونا", "اتصلوا");

    private static final Pattern TO_THE_READER = Pattern.compile(
            "\\b(?:follow us|subscribe to our|sign up for our|download our app|click here|tap here|share your (?:views|thoughts)"
            + "|(?:follow|read|see|watch) our (?:live |full |latest )?coverage)\\b"
            // a file to download: "Download the bulletin (PDF, 312 KB)", «تحميل النشرة بصيغة PDF (312 كيلوبايت)»
            + "|^(?:download|تحميل|حمل|نزل)\\b.*\\bpdf\\b|\\(\\d+(?:[.,]\\d+)? ?(?:kb|mb|كيلوبايت|ميغابايت|ميجابايت)\\)"
            // a live page signing off: "We'll be back early tomorrow with the latest…", "Stay with us."
            + "|^(?:we'll|we will|we’ll) be back\\b|^stay with us\\b|^check back\\b"
            // an explainer's announcement of itself: "Here is what parents need to know.", "Here's what we know so far:"
            + "|^here(?:'s| is| are) what (?:you|we|parents|readers|residents|travellers|travelers|voters)\\b[^.]{0,40}\\bknow\\b"
            // «وتتابع بوابة الأفق تفاصيل الخبر تباعا», «سنوافيكم بالتفاصيل»: the site promising more
            + "|تفاصيل (?:الخبر|الحادث|الحادثه)? ?تباعا|(?:^|\\s)[وف]?س?نوافيكم(?:\\s|$)"
            // "Follow our coverage of Day 2 here.", "Read the full statement here."
            + "|^(?:follow|read|see|watch|find|get) (?:our|the|all|more)\\b.{0,60}\\bhere[.!]?$"
            + "|(?:^|\\s)[وف]?(?:تابعونا|تابعوا اخر|اشتركوا في|اشترك في قناتنا|حملوا تطبيق|اضغط هنا|انقر هنا|شاركونا)(?:\\s|$|[.،])"
            // «لمتابعة آخر الأخبار اشترك في نشرتنا», «اشترك في النشرة اليومية»; not «اشترك في المؤتمر» (took part)
            + "|^[وف]?لمتابعه (?:اخر|احدث|كل|جميع|اهم) (?:الاخبار|الانباء|المستجدات|التطورات).*"
            + "(?:^|\\s)(?:اشترك|تابعونا|تابعوا|حملوا|حمل تطبيق|زوروا|موقعنا|قناتنا|تطبيقنا|اضغط|انقر)(?:\\s|$|[.،])"
            + "|(?:^|\\s)[وف]?اشترك(?:وا)? (?:في|ب) (?:ال)?نشر(?:ه|تنا)(?:\\s|$|[.،])"
            // «للاشتراك في النسخة الورقية اتصلوا بالرقم …»: to subscribe, call
            + "|^[وف]?للاشتراك (?:في|ب)|^[وف]?اتصلوا (?:بالرقم|علي الرقم)|(?:^|\\s)اتصلوا (?:بالرقم|علي الرقم) \\d+$"
            // «تابعوا نبض الخبر على إكس وإنستغرام»: follow the site on a network
            + "|^[وف]?تابعوا \\S+(?: \\S+)? علي (?:اكس|تويتر|فيسبوك|فيس بوك|انستغرام|انستجرام|تيك توك|يوتيوب|تلغرام|قناتنا|صفحتنا|حساباتنا)");

    /** Sentences are in document order, so they span several documents when the last is not the first's. */
    static boolean multiDocument(List<Sentence> sentences) {
        return !sentences.isEmpty() && sentences.get(0).document() != sentences.get(sentences.size() - 1).document();
    }

    /**
     * A sentence that opens on a pronoun (or a phrase around one: "Around her, …"; or the first person, a press
     * release's "We have informed…", which names nobody out of its page), on a demonstrative standing for a
     * noun ("This was…", "وهذا ما…",
     * not "This week" or "هذه الخطوة"), or on a verb of saying with no subject before its "that" ("قال إن",
     * "وأضاف أن", "وقال أحدهم"). Measured on the development sets: DUC R-2 0.0918 → 0.0921, MultiLing
     * unchanged. Not applied to one article, where the subject is usually in the sentence before (EASC's
     * human extracts keep such sentences: 0.430 → 0.427 if applied).
     */
    static boolean pronounSubject(String t) {
        // Arabic is matched folded, so "واضاف ان" without its hamzas or "وقالَ" with a vowel mark count too.
        return ENGLISH_PRONOUN_SUBJECT.matcher(t).lookingAt() || FRENCH_PRONOUN_SUBJECT.matcher(t).lookingAt()
                || ARABIC_PRONOUN_SUBJECT.matcher(ArabicOrthography.fold(t)).lookingAt()
                || pronounSource(t);
    }

    /** Whether the sentence ends on a pronoun's attribution: only its last comma's tail is looked at. */
    private static boolean pronounSource(String t) {
        int comma = t.lastIndexOf(',');
        return comma >= 0 && PRONOUN_SOURCE.matcher(t).region(comma, t.length()).lookingAt();
    }

    /** A claim whose only source is a pronoun: "…were among the dead, she said.", "…, a-t-elle précisé." */
    private static final Pattern PRONOUN_SOURCE = Pattern.compile(
            ",\\s*(?:(?i:he|she|they)\\s+(?i:said|says|added|adds|noted|explained|continued|warned|insisted|stressed)[.!]?[\"”’']?"
            + "|(?:a-t-(?:il|elle)|ont-(?:ils|elles))\\s+\\p{L}+[.!]?|selon (?:lui|elle|eux)[.!]?)\\s*$");

    private static final Pattern ENGLISH_PRONOUN_SUBJECT = Pattern.compile(
            "(?:(?:But|And|So|Yet)\\s+)?(?i:he|she|they|it|his|her|their|its|we|our)\\b|(?:(?:But|And|So|Yet)\\s+)?I\\s"
            + "|(?:(?:But|And|So|Yet)\\s+)?(?i:this|these|those|that)\\s+(?:is|was|are|were|has|had|have|will|would"
            + "|could|can|may|might|comes|came|follows|followed|means|meant|marks|marked|makes|made)\\b"
            // a pronoun in the opening phrase points back as a subject does: "Around her, the village had lost its shape."
            + "|(?:Around|Beside|Behind|Before|After|For|To|With|Without|Near|Inside|Outside|Like|Unlike|Among) (?:him|her|them),"
            // an opening phrase before the pronoun: "Speaking to reporters, she said…", "Asked about the fines, he added…"
            + "|(?:\\p{Lu}\\p{Ll}+ing|Asked|Later|Earlier|Afterwards)\\b[^,;:\"“«]{0,40},\\s+(?:he|she|they)\\s+(?:said|says|told|added|adds|warned|announced|promised|insisted|noted|stressed|confirmed|denied|vowed)\\b");

    /** "Ils réclament…", "Elle a ajouté…"; not the impersonal "Il y a", "Il faut", "Il est prévu". */
    private static final Pattern FRENCH_PRONOUN_SUBJECT = Pattern.compile(
            "(?:(?:Mais|Et|Puis)\\s+)?(?:Ils|Elles|Elle|Il(?!\\s+(?:y|faut|s['’]agit|reste|est|était|sera|semble)\\b))\\s"
            + "|(?:Ce dernier|Cette dernière|Ces derniers|Ces dernières)\\b");

    /** Every verb of saying, with «تابع» (went on), «اعتبر» (held), «لفت» (noted), «أعرب» (expressed). */
    private static final List<String> PRONOUN_SAYING = ArabicSayingVerbs.join(
            ArabicSayingVerbs.ALL, List.of("تابع", "اعتبر", "لفت", "أعرب"));

    /**
     * In folded spelling ({@link ArabicOrthography#fold}): no hamza on alef, so "أن" is written "ان". Persian
     * subject pronouns too: "وی افزود", "او گفت", "آنها".
     */
    private static final Pattern ARABIC_PRONOUN_SUBJECT = Pattern.compile(
            "[وف]?(?:" + ArabicSayingVerbs.folded(PRONOUN_SAYING) + ")\\s*(?:ان|انه|انها|بان|بانه|بانها|احدهم|احداهن|:|،)(?=\\s|$)"
            + "|[وف]?(?:هو|هي|هم|هن)\\s|[وف]?(?:هذا|هذه|ذلك|تلك)\\s+(?!ال)"
            // the newsroom in the first person: «ورد إلينا أن…», «وصلتنا أنباء…» ("we have received reports")
            + "|[وف]?(?:وردت?\\s+(?:الينا|لنا)|وردتنا|وصلتنا|علمنا|تلقينا)(?=\\s|$)"
            + "|(?:او|و\u06CC|انها|ان\u200Cها|ا\u06CCشان)\\s");

    /**
     * A quotation with no one to say it: the sentence opens with the quote, or with at most two words
     * ("She added:", "وأضافت:") before it. Out of its article, nobody knows who spoke.
     */
    static boolean bareQuotation(String t) {
        int q = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '«' || c == '“' || c == '`') { q = i; break; }
        }
        if (q < 0) return false;
        if (io.khulasa.Budget.countWords(t.substring(0, q)) > 2) return false;
        // The quotation must run to the end for the sentence to be nothing but the quote.
        int lastQuote = Math.max(Math.max(t.lastIndexOf('"'), t.lastIndexOf('»')), Math.max(t.lastIndexOf('”'), t.lastIndexOf('\'')));
        return lastQuote >= t.length() - 3;
    }

}
