package io.khulasa.analyze;

import io.khulasa.Omission;
import io.khulasa.text.DayNames;
import io.khulasa.text.MonthNames;
import io.khulasa.text.Quotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative days a summary leaves out of the sentences it quotes: "on Tuesday", "late Monday", "said
 * yesterday", the wire's "said Friday he…" and "The union Tuesday rejected…", «يوم الثلاثاء», «مساء أمس», «، الثلاثاء،». Within one article "Tuesday" is read against its date line;
 * in a summary that quotes articles written on different days it is ambiguous, and it spends words the facts need.
 *
 * <p>Only a day that dates the report goes. A day stays when it may carry the sentence's point or its grammar:
 * <ul>
 *   <li>given with its date ("Sunday, January 16", "Sunday the 16th", «الأحد 16 يناير», «الأحد الموافق…»);</li>
 *   <li>bounding, counting or naming ("until Friday", "by Monday", "next Sunday", «الأحد المقبل», "every Friday",
 *       "Tuesday's vote", "Good Friday", "the Sunday Times", "Sunday trading");</li>
 *   <li>in a list or a contrast ("Saturday and Sunday", "Tuesday but not Wednesday");</li>
 *   <li>in a sentence about what is to come ("will open on Monday in Geneva", «من المقرر…», «ستبدأ…»);</li>
 *   <li>the subject ("He said Sunday was the deadline", «إن يوم الأحد سيكون…»);</li>
 *   <li>a participle's or a relative clause's ("a rally held Sunday followed…", "the storm that hit Monday destroyed…");</li>
 *   <li>the whole of a short clause ("The result, announced Tuesday, surprised…", "Speaking on Tuesday, …");</li>
 *   <li>after a clock time ("at about 2:15 p.m. Sunday"): without its day the time reads as today's;</li>
 *   <li>inside a quotation, which is quoted as said;</li>
 *   <li>at the end of a sentence, unless a reporting verb comes just before it or the sentence tells a past event:
 *       "The talks begin Monday." keeps it, "…, officials said Monday." and "Crews sealed the tank car late
 *       Tuesday." lose it, and a clock time ending such a sentence goes with its day ("…left the tracks around
 *       9:40 p.m. Monday."). The day stays when it is most of its clause ("He died Tuesday.", «أن البيان صدر مساء
 *       اليوم.»), where it may be the point.</li>
 * </ul>
 * "In the early hours of Saturday" and "on the night of Friday" go whole, as "early Saturday" and "Friday night" do.
 * In Arabic, a day after an aside goes with its closing comma only («أعلن الاتحادان، الآسيوي والأفريقي، إلغاء…»),
 * and «صدر مساء اليوم» after an indefinite noun goes with its verb («في بيان مشترك،»): left alone the verb hangs.
 * «اعتبارا من اليوم» ("as of today") goes wherever it stands: it bounds nothing a reader can place. A possessive
 * ("Monday night's derailment", "Tuesday's vote") stays: the day is the noun's determiner, and deleting it would leave
 * "from train derailment".
 * When in doubt a day stays: a day too many costs a word, a day too few may cost the fact.
 */
public final class RelativeDays {
    private RelativeDays() {}

    /** A stretch of a sentence to leave out, in the sentence's own offsets. */
    private record Cut(int start, int end) {}

    private static final String EN_DAYS = String.join("|", DayNames.ENGLISH);
    private static final Pattern EN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<pre>(?:[Ee]arly|[Ll]ate|[Ll]ast)\\s+(?:on\\s+)?|[Oo]n\\s+"
                    // "in the early hours of Saturday", "on the night of Friday": "early Saturday", "Friday night"
                    + "|(?:[Ii]n|[Dd]uring)\\s+the\\s+(?:early|small|wee)\\s+hours\\s+of\\s+"
                    + "|[Oo]n\\s+the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?(?<day>" + EN_DAYS
                    + "|[Yy]esterday)(?:\\s+(?:morning|afternoon|evening|night))?(?![\\p{L}\\p{N}])");
    private static final Pattern EN_DAY_WORD = Pattern.compile("(?<![\\p{L}])(?:" + EN_DAYS + ")(?![\\p{L}])");
    /** A day counted from another day of the sentence: "the previous Sunday", "the same Monday", "the preceding Friday". */
    private static final Pattern SET_AGAINST_EN = Pattern.compile("(?i)\\b(?:previous|preceding|same)\\s+(?:" + EN_DAYS + ")(?![\\p{L}])");
    /** Words after «اليوم» that make it a day counted or named, not today: ordinals, "next", "national", "same". */
    private static final String DAY_ADJECTIVES_AR = "الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع"
            + "|العاشر|الأخير|الاخير|التالي|التالى|السابق|الوطني|العالمي|الموعود|المحدد|نفسه|ذاته";
    private static final String AR_TIME = "(?:صباح|صبيحة|صبيحه|مساء|ليل|ليلة|فجر|ظهر|بعد\\s+ظهر|عصر|نهار)";
    private static final String AR_DAYS = "(?:" + String.join("|", DayNames.ARABIC) + ")";
    /**
     * A day with a time of day or «يوم» before it, or bare between commas (the Maghrebi «، الثلاثاء،»): a bare
     * «الجمعة» may be Friday's prayer or an assembly. Yesterday with its time of day, «أول من أمس», «يوم أمس»; «في»
     * goes with either (left behind it would govern nothing: «قال في مساء أمس في بيان»). «في أمس الحاجة» is "in
     * direst need", not yesterday. Today with its time of day («صباح اليوم», «مساء اليوم») is the report's day as
     * yesterday is; a bare «اليوم» may mean "nowadays", «صباح اليوم التالي» is "the next morning" and «صباح اليوم الثاني
     * للهدنة» "the morning of the truce's second day" (an ordinal or such an adjective after it makes it a day counted or named), and «برنامج صباح
     * اليوم» is a programme.
     */
    private static final Pattern AR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                    + "(?<in>و?(?:في|فى)\\s+)?(?<time>و?" + AR_TIME + "\\s+)?(?<yawm>و?(?:ال)?يوم\\s+)?" + AR_DAYS + "(?:\\s+(?:الماضي|الفائت))?"
                    + "|(?:و?(?:في|فى)\\s+)?(?:و?" + AR_TIME + "\\s+)?(?:و?يوم\\s+)?(?:أول\\s+من\\s+)?(?:أمس|امس)(?!\\s+الحاج[ةه])(?:\\s+الأول)?(?:\\s+" + AR_DAYS + ")?"
                    + "|(?<!برنامج\\s)(?:و?(?:في|فى)\\s+)?و?" + AR_TIME + "\\s+اليوم(?!\\s+(?:" + DAY_ADJECTIVES_AR + ")(?![\\p{L}\\p{M}]))"
                    + "|(?<asof>(?:اعتبارا|اعتباراً|ابتداء|ابتداءً|بدءا|بدءاً)\\s+من\\s+اليوم)(?!\\s+(?:" + DAY_ADJECTIVES_AR
                    + ")(?![\\p{L}\\p{M}]))(?:\\s+" + AR_DAYS + ")?"
                    + ")(?![\\p{L}\\p{N}])");
    /** Verbs of a statement or a meeting being issued or held: «بيان صدر…», «اجتماع عقد…». */
    private static final Set<String> ISSUED_AR = Set.of("صدر", "صدرت", "عقد", "عقدت", "نشر", "نشرت", "بث", "بثت",
            "أذيع", "أذيعت", "وزع", "وزعت");
    /**
     * «وأُلقي القبض في اليوم نفسه على ثلاثة أشخاص»: "the same day" as the sentence before it in its article, which a
     * summary does not quote; within the sentence's first three words, after its verb, with more to follow. Ending the
     * sentence it is the point («وقعت الهجمات الثلاث في اليوم نفسه») and stays, as before the relative clause that names
     * it («قتل ثلاثة أشخاص في اليوم نفسه الذي وصل فيه الوزير»).
     */
    private static final Pattern SAME_DAY_AR = Pattern.compile(
            "[^\\s،,.]+(?:\\s+[^\\s،,.]+){0,2}?(\\s+(?:في|فى) (?:اليوم (?:نفسه|ذاته)|نفس اليوم|ذات اليوم))(?=\\s+(?!(?:الذي|التي|الذى)(?:\\s|$))\\p{IsArabic})");
    private static final Pattern AR_YESTERDAY = Pattern.compile("(?:^|\\s|و)(?:أمس|امس)(?![\\p{L}])");

    /** Words after which a day bounds, counts, is named, or is the object, so it stays. */
    private static final Set<String> KEEP_AFTER_EN = Set.of("by", "until", "till", "since", "before", "after", "from",
            "through", "to", "for", "into", "during", "throughout", "past", "beyond", "between", "next", "this", "that",
            "coming", "every", "each", "a", "an", "the", "of", "and", "or", "but", "not", "dated", "released", "issued",
            "published", "posted", "scheduled", "set", "due", "including", "except", "following", "previous", "preceding", "same", "only", "just",
            "even", "include", "includes", "included", "starting", "beginning", "ending", "as", "than", "on", "late",
            "early", "good", "black", "super", "ash", "palm", "easter", "holy", "bloody", "cyber", "maundy", "shrove",
            "whit", "giving", "is", "was", "be", "been");
    private static final Set<String> KEEP_AFTER_AR = Set.of("حتى", "وحتى", "قبل", "بعد", "منذ", "ومنذ", "من", "إلى",
            "الى", "لغاية", "خلال", "ليوم", "مثل", "و", "بين", "يشمل", "ليشمل", "تشمل", "لتشمل", "ويشمل", "وتشمل",
            "إن", "أن", "ان", "لأن", "لان", "وإن", "وأن", "كان", "سيكون", "يكون", "وقبل", "وبعد", "وخلال", "بحلول",
            "قبيل", "بعيد", "عند", "مع", "طوال", "طيلة", "طيله", "عشية", "عشيه", "غداة", "غداه",
            // a part of the day is the day's: «حتى نهاية اليوم الخميس» would end at «نهاية» (ه for ة, as sites print)
            "نهاية", "نهايه", "بداية", "بدايه", "مطلع", "منتصف");
    /** Words a day's adverb may stand before ("met Sunday to discuss", "said Monday that"); another word is its noun's. */
    private static final Set<String> ADVERB_FOLLOWERS = Set.of("that", "in", "at", "to", "for", "after", "with", "near",
            "as", "when", "while", "by", "from", "outside", "inside", "during", "before", "amid", "over", "into",
            "against", "and", "but", "saying", "according", "following", "ahead", "despite", "without", "because",
            "on", "under", "across", "around", "through", "if", "whether", "about", "off", "out", "up", "down",
            "night", "morning", "afternoon", "evening", "where", "which", "who", "than", "among", "along");
    /** Words within three before a day that put it in a relative clause ("the storm that hit Monday"). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom", "whose", "where", "when");
    /** An aside that counts from a day: ", a day before the deadline", ", two days after the vote". */
    private static final Pattern DAY_APPOSITION = Pattern.compile(
            ",\\s+(?:a|one|two|three|four|five|six|several|\\d+)\\s+(?:day|days|hours?)\\s+(?:before|after|earlier|later)\\b");
    /**
     * Words after which a day before a past verb is that clause's subject, not an adverb between a subject and its
     * verb: a conjunction or a verb taking a clause in the present ("closed because Monday was a holiday",
     * "Investigators believe Saturday was the day…"); their past forms are past forms, which the rule leaves alone.
     */
    private static final Set<String> BEFORE_A_DAY_AS_SUBJECT = Set.of("because", "although", "though", "while",
            "whereas", "unless", "if", "whether", "once", "so", "yet", "believe", "believes", "think", "thinks", "fear",
            "fears", "hope", "hopes", "agree", "agrees", "agreed", "know", "knows", "expect", "expects", "suspect",
            "suspects", "suggest", "suggests", "show", "shows", "mean", "means", "feel", "feels", "argue", "argues",
            "claim", "claims", "insist", "insists", "doubt", "doubts", "estimate", "estimates", "recall", "recalls",
            "remember", "remembers", "admit", "admits", "predict", "predicts", "understand", "understands", "guess");
    /** Words that open a reported clause: after "said Friday" the day dates the saying ("said Friday he would stay"). */
    private static final Set<String> REPORTED_CLAUSE_OPENERS = Set.of("he", "she", "it", "they", "we", "i", "there",
            "the", "a", "an", "his", "her", "its", "their", "this", "these", "those");
    /**
     * Words before which a day is part of a name or a phrase of time ("Monday of this week", "Yesterday, too,"), or
     * the time of what may come ("The court on Friday may rule").
     */
    private static final Set<String> KEEP_BEFORE_EN = Set.of("of", "too", "also", "again", "itself", "will", "would",
            "may", "might", "could", "can", "must", "shall", "is", "are");
    /** Verbs of reporting: a day after one of them at the end of a sentence dates the saying, not the fact. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "reporters", "announced",
            "reported", "stated", "added", "confirmed", "warned", "declared", "noted", "insisted", "acknowledged");
    /** Words before a verb of saying that leave it without a sayer: a passive, a relative clause, an adverb. */
    private static final Set<String> NOT_A_SAYER = Set.of("was", "were", "is", "are", "which", "that", "first", "later",
            "also", "already", "just", "since", "once", "and", "as", "officially", "formally", "publicly", "initially",
            "previously", "originally", "recently", "jointly", "separately", "finally", "quietly", "only");
    /** Words before a verb of saying that make it a saying still to come: "will be announced", "due to report". */
    private static final Set<String> FUTURE_SAYING = Set.of("be", "been", "being", "to", "will", "would", "shall");
    /** Words of what is to come: a day in such a sentence is when it happens ("will open on Monday in Geneva"). */
    private static final Set<String> FUTURE_EN = Set.of("will", "would", "shall", "scheduled", "due", "expected",
            "slated", "plans", "planned", "planning", "set", "going", "tomorrow", "next");
    private static final Set<String> FUTURE_AR = Set.of("سوف", "المقرر", "المتوقع", "المرتقب", "يعتزم", "تعتزم", "غدا",
            "غداً", "المقبل", "القادم");
    /**
     * Of those, the words of a plan, which may be a past one ("was scheduled for yesterday", «كان من المقرر أن… أمس»):
     * yesterday stays after them. After the others (will, shall, 'll, tomorrow, next, would of reported speech,
     * «سوف», «ستبدأ», «غدا», «المقبل») yesterday cannot be when it happens, so it dates the report.
     */
    private static final Set<String> PLANNED_EN = Set.of("scheduled", "due", "expected", "slated", "plans", "planned",
            "planning", "set", "going");
    private static final Set<String> PLANNED_AR = Set.of("المقرر", "المتوقع", "المرتقب", "يعتزم", "تعتزم");
    /**
     * An Arabic imperfect with the future prefix: «سيعقد», «ستبدأ», «سنعلن»; not the nouns that begin the same way
     * («سياسة», «سيارة», «سيطرة», «سيدة», «سنوات», «ستين»).
     */
    private static final Pattern FUTURE_VERB_AR = Pattern.compile("^[وف]?س(?!يا|يط|يد|نو|تي)[يتنأ]\\p{L}{2,}");
    private static final Pattern TO_A_FIGURE = Pattern.compile("\\s+(?:to|from)\\s+(?:about |nearly |almost |more than )?[$€£]?\\d");
    /** Characters before a day looked at for a clock time: "12:45 a.m., " and some. */
    private static final int CLOCK_REACH = 16;
    /** A clock time right before a day: "2:15 p.m.", "10 a.m.", "14:30", "noon", "midnight". */
    private static final Pattern CLOCK_BEFORE = Pattern.compile(
            "(?:\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?|\\d{1,2}:\\d{2}|\\bnoon|\\bmidnight)\\s*,?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PAST_MARKERS_AR = Set.of("لم", "ولم", "فلم", "لقد", "ولقد", "كان", "وكان",
            "كانت", "وكانت");
    /** Words that open a clause: the day's clause is counted from the last of them. */
    private static final Set<String> CLAUSE_OPENERS_AR = Set.of("أن", "إن", "ان", "وأن", "وإن", "الذي", "التي",
            "الذين", "حيث", "بعدما", "عندما", "حين");
    /** «أن» ("that", before a verb in the subjunctive), as written with and without its hamza. */
    private static final Set<String> THAT_AR = Set.of("أن", "ان", "وأن", "وان", "بأن", "بان");
    /** A word that may be an imperfect verb («يتحول», «تبدأ», «نعلن»), or a verbal noun in ت («تعليق»): not past. */
    private static final Pattern IMPERFECT_AR = Pattern.compile("^[وف]?(?!يوم|يون|يول|ينا)[يتن]\\p{L}{3,}");
    /** What puts a clock time in a sentence as the time of an event: "at about", "around", "shortly after". */
    private static final Pattern TIME_PREPOSITION = Pattern.compile(
            "\\b(?:(?:at\\s+)?(?:about|around|approximately|roughly)|at|(?:shortly|just|soon)\\s+(?:after|before))\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** Times of day a day may follow as it follows a clock time: "at dawn Monday", "by midday Saturday". */
    private static final Set<String> TIME_WORDS = Set.of("midday", "dawn", "dusk", "daybreak", "nightfall", "sunrise",
            "sunset");
    /** Past forms of news verbs that do not end in -ed and are not present forms too ("put", "cut", "set" are). */
    private static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "left", "took", "made",
            "went", "came", "fell", "rose", "struck", "began", "broke", "brought", "built", "bought", "caught", "chose",
            "drew", "drove", "fought", "found", "fled", "flew", "froze", "got", "gave", "grew", "held", "heard", "hid",
            "kept", "knew", "laid", "led", "lost", "met", "paid", "ran", "rang", "saw", "sought", "sold", "sent", "shot",
            "sank", "sat", "spoke", "spent", "stood", "stole", "swept", "swore", "taught", "tore", "told", "thought",
            "threw", "woke", "won", "wrote", "sped", "withdrew", "upheld", "became", "overcame", "arose", "dealt", "dug",
            "fed", "felt", "rode", "shook", "slid", "wept", "said", "ate", "blew", "bled",
            // -eed past forms, which the -ed test leaves out with "need" and "proceed"
            "agreed", "freed", "decreed", "guaranteed", "disagreed");
    /** Present verbs (and "is", "are") after which a day may be when something happens: "The talks begin Monday." */
    private static final Set<String> PRESENT_EN = Set.of("is", "are", "am", "has", "have", "begin", "begins", "start",
            "starts", "open", "opens", "reopen", "reopens", "resume", "resumes", "end", "ends", "close", "closes",
            "take", "takes", "meet", "meets", "return", "returns", "arrive", "arrives", "go", "goes", "face", "faces",
            "play", "plays", "host", "hosts", "vote", "votes", "hold", "holds", "run", "runs", "expire", "expires",
            "continue", "continues", "remain", "remains", "stay", "stays", "head", "heads", "travel", "travels", "come",
            "comes", "enter", "enters", "apply", "applies", "kick", "kicks", "launch", "launches", "air", "airs");
    /** Words after which an -s form is a present verb of a clause of its own: "a law that comes into force Sunday". */
    private static final Set<String> SUBJECT_BEFORE_PRESENT = Set.of("that", "which", "who", "it", "he", "she");
    /** Words before an -ed form that make it a state now: "remain closed", "is expected", "has reopened". */
    private static final Set<String> STATE_BEFORE = Set.of("is", "are", "am", "be", "been", "being", "remain",
            "remains", "stay", "stays", "has", "have", "get", "gets", "seem", "seems", "become", "becomes", "to");
    /** Words before an -ed or past form that make it an adjective: "the delayed talks", "its planned opening". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "your", "my", "this", "that", "these", "those", "newly", "recently");
    private static final Pattern GAP = Pattern.compile("^\\s*(?:,|،|—|–|--)?\\s+");

    /**
     * The relative days to leave out of the sentence {@code text.substring(start, end)}, in the offsets of
     * {@code text}, in order and not overlapping; in English, Arabic and (narrowly) French; none in other languages.
     */
    public static List<Omission> find(String text, int start, int end, String language) {
        return find(text.substring(start, end), start, language);
    }

    /**
     * The relative days to leave out of {@code sentence}, which stands at {@code offset} in its document, in the
     * document's offsets.
     */
    public static List<Omission> find(String sentence, int offset, String language) {
        if ("fr".equals(language)) return french(sentence, offset);
        boolean arabic = "ar".equals(language);
        if (!arabic && !"en".equals(language)) return List.of();
        int start = offset;
        if (!(arabic ? namesAnArabicDay(sentence) : namesAnEnglishDay(sentence))) {
            return List.of(); // most sentences name no day: no pattern runs
        }
        List<Quotations.Span> quotes = Quotations.spans(sentence);
        List<Omission> cuts = new ArrayList<>();
        int after = 0;
        Matcher same = arabic ? SAME_DAY_AR.matcher(sentence) : null;
        if (same != null && same.lookingAt() && !Quotations.inside(quotes, same.start(1))) {
            cuts.add(new Omission(start + same.start(1), start + same.end(1)));
            after = same.end(1);
        }
        Matcher m = (arabic ? AR : EN).matcher(sentence);
        while (m.find()) {
            if (m.start() < after || Quotations.inside(quotes, m.start())) continue;
            Cut c = arabic ? arabic(sentence, m) : english(sentence, m);
            if (c == null || c.start() < after) continue;
            cuts.add(new Omission(start + c.start(), start + c.end()));
            after = c.end();
        }
        return cuts;
    }

    /**
     * The sentence {@code text.substring(start, end)} as a summary quotes it: without its {@code omitted}
     * stretches, and with its first word capitalized when its opening was omitted (unless the word has capitals
     * of its own, as "iPhone" does).
     */
    public static String quote(String text, int start, int end, List<Omission> omitted) {
        if (omitted.isEmpty()) return text.substring(start, end);
        return quote(text.substring(start, end), start, omitted);
    }

    /** {@code sentence}, which stands at {@code offset} in its document, without its {@code omitted} stretches. */
    public static String quote(String sentence, int offset, List<Omission> omitted) {
        if (omitted.isEmpty()) return sentence;
        StringBuilder b = new StringBuilder(sentence.length());
        int at = 0;
        for (Omission o : omitted) {
            int from = o.start() - offset, to = o.end() - offset;
            if (from < at) continue; // overlapping: find never gives one
            b.append(sentence, at, from);
            at = to;
        }
        b.append(sentence, at, sentence.length());
        if (omitted.get(0).start() == offset) capitalizeFirstWord(b);
        return b.toString();
    }

    private static void capitalizeFirstWord(StringBuilder b) {
        int k = 0;
        while (k < b.length() && !Character.isLetterOrDigit(b.charAt(k))) k++; // past an opening quote mark
        if (k == b.length() || !Character.isLowerCase(b.charAt(k))) return;
        for (int e = k + 1; e < b.length() && Character.isLetter(b.charAt(e)); e++) {
            if (Character.isUpperCase(b.charAt(e))) return;
        }
        b.setCharAt(k, Character.toUpperCase(b.charAt(k)));
    }

    /** A French weekday, with « ce » before it or its part of the day after it: « vendredi matin », « ce samedi ». */
    private static final Pattern FR_DAY = Pattern.compile(
            "(?<![\\p{L}'’])(?:ce\\s+)?(?:" + String.join("|", DayNames.FRENCH) + ")(?:\\s+(?:matin|soir|après-midi|midi))?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A compound past: an auxiliary and a participle (« a présenté », « est sorti », « ont été évacués »). */
    private static final Pattern FR_PAST = Pattern.compile(
            "(?<![\\p{L}])(?:a|ont|est|sont|avait|avaient|était|étaient)\\s+(?:(?:été|pas|déjà|aussi)\\s+)?\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|t)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What keeps a French day after it: its date or its hour (« lundi à 16h00 »: the hour needs its day), a day before or after. */
    private static final Pattern FR_KEEP_AFTER = Pattern.compile("\\s*(?:\\d|à\\s+\\d|prochain|dernier|suivant|précédent|soir-là|matin-là)");
    /**
     * Words before a day that make it a complement, not the report's date: « jusqu'à vendredi », « depuis lundi », « la nuit
     * de lundi à mardi », « le lundi » (each Monday).
     */
    private static final Pattern FR_KEEP_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:jusqu['’]à|jusqu['’]au|depuis|dès|avant|après|d['’]ici|pour|chaque|tous\\s+les|le|la|les|de|du|des|d['’]|à|au|aux"
            + "|en|par|sur|entre|et|ou|que|qu['’])\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * French, narrowly: a bare weekday in a sentence told in the compound past, not announcing a plan (« L'avion est sorti de
     * piste à l'atterrissage vendredi matin. », « Le ministre a présenté samedi sa démission. »). A day with its date
     * (« vendredi 14 mars »), after « jusqu'à », « depuis », « le », or followed by « prochain » or « dernier » stays.
     */
    private static List<Omission> french(String sentence, int offset) {
        Matcher m = FR_DAY.matcher(sentence);
        if (!m.find() || !FR_PAST.matcher(sentence).find() || Schedules.announces(sentence, "fr")) return List.of();
        List<Quotations.Span> quotes = Quotations.spans(sentence);
        List<Omission> cuts = new ArrayList<>();
        do {
            if (Quotations.inside(quotes, m.start())) continue;
            String rest = sentence.substring(m.end());
            if (FR_KEEP_AFTER.matcher(rest).lookingAt()) continue;
            if (FR_KEEP_BEFORE.matcher(sentence.substring(0, m.start())).find()) continue;
            int from = m.start(), to = m.end();
            if (from == 0) { // « Vendredi soir, le ministre a… »: the day and its comma
                Matcher gap = GAP.matcher(rest);
                if (!rest.startsWith(",")) continue;
                to += gap.lookingAt() ? gap.end() : 1;
            } else {
                while (from > 0 && sentence.charAt(from - 1) == ' ') from--; // the space before it goes with it
            }
            cuts.add(new Omission(offset + from, offset + to));
        } while (m.find());
        return cuts;
    }

    private static Cut english(String s, Matcher m) {
        int start = m.start(), end = m.end();
        boolean adverbial = m.group("pre") != null || m.group("day").equalsIgnoreCase("yesterday");
        String before = wordBefore(s, start).toLowerCase(Locale.ROOT);
        if (KEEP_AFTER_EN.contains(before)) return null;
        // a day set against another ("dropped 22% on Sunday compared with the previous Sunday"): without the first the
        // second counts from nothing, and the second is kept by its adjective
        if (SET_AGAINST_EN.matcher(s).find()) return null;
        // the word before the verb: a sayer ("officials said Monday") or a relative pronoun ("the strike that began
        // Monday", where the day is the clause's point and "that began." would dangle without it)
        String sayer = wordBefore(s, wordStartBefore(s, start)).toLowerCase(Locale.ROOT);
        if (RELATIVE_PRONOUNS.contains(sayer) && !REPORTING.contains(before)) return null;
        // "…met Thursday … since talks collapsed Tuesday, a day before the deadline": which day the aside speaks of
        // depends on the days left
        if (countsFromARelativeDay(s)) return null;
        String rest = s.substring(end);
        // a time of day needs its day: "reported at about 2:15 p.m. Sunday" without it reads as today's; ending a
        // sentence of the past the two go together (below)
        Matcher clock = CLOCK_BEFORE.matcher(s).region(Math.max(0, start - CLOCK_REACH), start);
        int clockAt = clock.find() ? clock.start() : -1;
        if (clockAt >= 0 && !endsSentence(rest)) return null;
        // "at dawn Monday", "by midday Saturday" as a clock time
        if (clockAt < 0 && TIME_WORDS.contains(before) && endsSentence(rest)) clockAt = wordStartBefore(s, start);
        if (rest.startsWith("'s") || rest.startsWith("’s") || rest.startsWith("-") || rest.startsWith("–")) return null;
        String next = firstWord(skipGap(rest));
        boolean keptBefore = KEEP_BEFORE_EN.contains(next.toLowerCase(Locale.ROOT))
                && (!next.equalsIgnoreCase("of") || ofATimeSpan(rest)); // "convicted Tuesday of fraud" loses its day
        if (keptBefore || startsDate(rest) || startsBracket(rest)) return null;
        // "widened the recall it announced on Tuesday to 2.9 million": without the day the figure would attach to the
        // verb before it
        if (TO_A_FIGURE.matcher(rest).lookingAt()) return null;
        boolean yesterday = m.group("day").equalsIgnoreCase("yesterday");
        // right after a verb of saying the day dates the saying, whatever the said was to be ("plans to…, it said Tuesday")
        // a sayer before the verb: not "will be announced Tuesday", "which was announced Monday", "first announced"
        boolean saying = REPORTING.contains(before) && !sayer.isEmpty() && !FUTURE_SAYING.contains(sayer)
                && !NOT_A_SAYER.contains(sayer);
        if (anotherDayNear(s, start, end) || !saying && futureBefore(s, start, false, yesterday)) return null;
        if (start == 0) {
            // Opening the sentence: "On Tuesday, the…", "Late Monday police…", "Tuesday, the…". A bare day with
            // neither a comma nor a capital after it is the subject ("Sunday was the deadline").
            Matcher gap = GAP.matcher(rest);
            if (!gap.find()) return null;
            boolean set = rest.startsWith(",") || !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
            return adverbial || set ? new Cut(0, end + gap.end()) : null;
        }
        if (!next.isEmpty() && Character.isUpperCase(next.codePointAt(0)) && !rest.startsWith(",")) return null; // "Sunday Times"
        if (clockAt >= 0) return tellsThePast(s, clockAt) ? clockTimeOfThePast(s, clockAt, end) : null;
        if (endsSentence(rest)) {
            return REPORTING.contains(before) || tellsThePast(s, start) ? midSentence(s, start, end) : null;
        }
        // a bare day before a word it does not modify is an adverb: "met Sunday to discuss", "said Monday that", "said
        // Friday he…" (after a sayer's verb), "The union Tuesday rejected…" (between a subject and its past verb)
        String nextLower = next.toLowerCase(Locale.ROOT);
        if (!adverbial && !rest.startsWith(",") && !rest.startsWith(";") && !ADVERB_FOLLOWERS.contains(nextLower)
                && !(saying && REPORTED_CLAUSE_OPENERS.contains(nextLower))
                && !(pastForm(next) && !pastForm(before) && !REPORTING.contains(before)
                        && !BEFORE_A_DAY_AS_SUBJECT.contains(before) && !inRelativeClause(s, start))) return null;
        if (shortClause(s, start, rest, saying) || appositionToTheDay(rest)) return null;
        return midSentence(s, start, end);
    }

    /**
     * An aside that counts from a day ({@link #DAY_APPOSITION}) follows something other than a date: "Saturday,
     * June 7, two days earlier than announced" counts from its date, which stays whatever days go.
     */
    private static boolean countsFromARelativeDay(String s) {
        Matcher a = DAY_APPOSITION.matcher(s);
        while (a.find()) {
            String[] w = s.substring(Math.max(0, a.start() - 24), a.start()).trim().split("[\\s,.]+");
            int n = w.length;
            boolean dated = n >= 2 && (MonthNames.ALL.contains(w[n - 2].toLowerCase(Locale.ROOT)) && startsWithDigit(w[n - 1])
                    || startsWithDigit(w[n - 2]) && MonthNames.ALL.contains(w[n - 1].toLowerCase(Locale.ROOT)));
            if (!dated) return true;
        }
        return false;
    }

    /** "The storm that hit Monday destroyed…": the day may be the relative clause's, which would be left as "that hit". */
    private static boolean inRelativeClause(String s, int at) {
        for (int k = 0, p = at; k < 3 && p > 0; k++, p = wordStartBefore(s, p)) { // the three words before it
            if (RELATIVE_PRONOUNS.contains(wordBefore(s, p).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** A past form of a verb in lower case ("sealed", "left"; not "need", "Ted" or "well-liked"). */
    private static boolean pastForm(String w) {
        return w.equals(w.toLowerCase(Locale.ROOT)) && w.indexOf('-') < 0
                && (IRREGULAR_PAST.contains(w) || w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed"));
    }

    /**
     * The clause ending at {@code at} tells a past event: its last verb is a past form ("sealed", "left", "were
     * killed"), not a participle of now ("remain closed") or an adjective ("the delayed talks"), and it has more
     * than three words (in "He died Tuesday." the day may be the point).
     */
    private static boolean tellsThePast(String s, int at) {
        int from = at;
        // a clause opens after a comma (not one inside a figure), a semicolon, a colon, a dash or a bracket
        while (from > 0) {
            char c = s.charAt(from - 1);
            if (";:—–(".indexOf(c) >= 0 || c == ',' && !(from > 1 && from < s.length()
                    && Character.isDigit(s.charAt(from - 2)) && Character.isDigit(s.charAt(from)))) break;
            from--;
        }
        String[] words = s.substring(from, at).trim().split("[^\\p{L}'’-]+");
        if (words.length <= 3) return false;
        boolean past = false;
        String prev = "";
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            // "was to lift off Thursday" is a plan
            if (PRESENT_EN.contains(lw) || lw.equals("to") && (prev.equals("was") || prev.equals("were"))
                    || SUBJECT_BEFORE_PRESENT.contains(prev) && lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss")) past = false;
            else if (pastForm(w) && !DETERMINERS.contains(prev) && !STATE_BEFORE.contains(prev)) {
                past = true;
            }
            prev = lw;
        }
        return past;
    }

    /**
     * The Arabic sentence tells a past event: it opens with «لم», «لقد», «كان», «قد» before a perfect, or with a
     * perfect verb («أعلنت», «انتشلت», «اندلع») and has no imperfect after it («أعلنت أن المحادثات تبدأ…»); and the
     * day's clause has three words or more («أن البيان صدر مساء اليوم» keeps its point). A nominal sentence
     * («المحادثات…») or one opening with an imperfect («يتوقع…», «وتتأثر…») is not read as past.
     */
    private static final Pattern SETS_A_DATE_AR = Pattern.compile(
            "(?:^|\\s)[وفل]?(?:موعد|موعدا|إعادة|اعادة|استئناف|ابتداء|ابتداءً|اعتبارا|اعتباراً|المقبل|المقبلة|القادم|القادمة)(?:\\s|$)");

    private static boolean tellsThePastAr(String s, int at, boolean yesterday) {
        String head = s.substring(0, at);
        int comma = Math.max(head.lastIndexOf('،'), head.lastIndexOf(','));
        String[] clause = head.substring(comma + 1).trim().split("\\s+");
        int n = 0, opener;
        for (opener = clause.length - 1; opener >= 0 && !CLAUSE_OPENERS_AR.contains(clause[opener]); opener--) n++;
        if (n < 3) return false;
        // «حددت المحكمة موعد النطق بالحكم صباح يوم الاثنين», «أعلنت الوزارة إعادة فتح المدارس يوم الأحد»: a perfect
        // that sets what is to come, and the day is its date
        if (SETS_A_DATE_AR.matcher(head).find()) return false;
        // «…، الذي ألغته الوزارة صباح اليوم الأحد.»: a relative clause, or «بعدما», «عندما», opening with a perfect
        // tells a past event, whatever the verbal nouns («تسريب») of the clause it hangs on
        if (opener >= 0 && PAST_CLAUSE_OPENERS_AR.contains(clause[opener])
                && perfectAr(OBJECT_PRONOUN_AR.matcher(clause[opener + 1]).replaceFirst(""))
                && noImperfectAr(clause, opener + 2)) return true;
        String[] words = head.trim().split("[\\s،,]+");
        String first = words[0];
        if (PAST_MARKERS_AR.contains(first)) return true;
        if (first.equals("قد") || first.equals("وقد") || first.equals("فقد")) {
            return words.length > 1 && !IMPERFECT_AR.matcher(words[1]).find();
        }
        // yesterday is never to come: an imperfect or a verbal noun before it («بدلا من 1200 أُعلن عنهم أمس» after
        // «أعلنت اللجنة رفع…») does not make the sentence a plan
        return perfectAr(first) && (yesterday || noImperfectAr(words, 1));
    }

    /** The object pronoun a verb after a relative pronoun carries: «نشرتها», «ألغته», «أعلنتهم». */
    private static final Pattern OBJECT_PRONOUN_AR = Pattern.compile("(?:ه|ها|هم|هما)$");
    /** Clause openers a perfect verb may follow: «الذي ألغته», «بعدما أعلنت»; not «أن», «إن», mostly before nouns. */
    private static final Set<String> PAST_CLAUSE_OPENERS_AR = Set.of("الذي", "التي", "الذين", "بعدما", "عندما");

    /**
     * A word that reads as a perfect verb: four letters or more, without «ال», ending in «ت» or opening with an alif
     * («أعلنت», «انتشلت», «ألغته», «وأكدت»); not three-letter perfects, which no letter tells from nouns.
     */
    private static boolean perfectAr(String word) {
        String w = word.length() > 3 && (word.startsWith("و") || word.startsWith("ف")) ? word.substring(1) : word;
        return w.length() >= 4 && !w.startsWith("ال") && (w.endsWith("ت") || "أاإ".indexOf(w.charAt(0)) >= 0);
    }

    /** No word of {@code words} from {@code from} on may be an imperfect verb or a verbal noun in «ت». */
    private static boolean noImperfectAr(String[] words, int from) {
        for (int k = from; k < words.length; k++) if (IMPERFECT_AR.matcher(words[k]).find()) return false;
        return true;
    }

    /**
     * "…left the tracks around 9:40 p.m. Monday.": the time goes with its day, and with "at", "around", "about"; not
     * "until 9 p.m. Monday", a bound, nor "the commission said at 7:10 a.m. Monday.", the time of a count that tells
     * which of the counts given is the latest.
     */
    private static Cut clockTimeOfThePast(String s, int clockAt, int end) {
        int from = clockAt;
        while (from > 0 && Character.isDigit(s.charAt(from - 1))) from--;
        Matcher p = TIME_PREPOSITION.matcher(s).region(Math.max(0, from - 24), from);
        if (!p.find() || REPORTING.contains(wordBefore(s, p.start()).toLowerCase(Locale.ROOT))) return null;
        return midSentence(s, p.start(), end);
    }

    private static Cut arabic(String s, Matcher m) {
        int start = m.start(), end = m.end();
        String phrase = m.group();
        boolean yesterday = AR_YESTERDAY.matcher(phrase).find();
        boolean asOf = m.group("asof") != null;
        boolean bareDay = m.group("time") == null && m.group("yawm") == null && !yesterday && !phrase.contains("اليوم");
        if (phrase.startsWith("و") && start > 0) return null; // «…وفي يوم…»: the conjunction is the clause's
        String before = wordBefore(s, start);
        if (KEEP_AFTER_AR.contains(before)) return null;
        // «في بيان مشترك صدر مساء اليوم،»: the day is the point of the clause that describes the statement, as in
        // "a statement issued Monday"; without it «صدر» would hang. After an indefinite noun the clause goes whole
        // («في بيان مشترك،»); after «الذي» or a definite subject («البيان صدر») it is the sentence's, and stays
        if (ISSUED_AR.contains(before)) {
            int verb = wordStartBefore(s, start);
            String noun = wordBefore(s, verb);
            boolean indefinite = !noun.isEmpty() && !noun.startsWith("ال") && !noun.startsWith("وال")
                    && !CLAUSE_OPENERS_AR.contains(noun) && !KEEP_AFTER_AR.contains(noun);
            return indefinite ? midSentence(s, verb, end) : null;
        }
        // «يتوقعون أن ينتهي مساء الخميس بكارثة»: after «أن» and an imperfect the day may be the verb's subject, and is
        // when what is expected happens
        if (IMPERFECT_AR.matcher(before).lookingAt() && THAT_AR.contains(wordBefore(s, wordStartBefore(s, start)))) return null;
        String rest = s.substring(end);
        String next = firstWord(skipGap(rest));
        if (startsDate(rest) || startsBracket(rest) || next.equals("الموافق") || FUTURE_AR.contains(next)) return null;
        if (next.startsWith("و") && (isArabicDay(next.substring(1)) || next.equals("ويوم")) || next.equals("أو")) return null;
        if (futureBefore(s, start, true, yesterday)) return null;
        if (endsSentence(rest)) { // «مؤتمر المناخ يبدأ يوم الاثنين.»: the day may be the news
            return asOf || !bareDay && tellsThePastAr(s, start, yesterday) ? midSentence(s, start, end) : null;
        }
        if (bareDay) return betweenCommas(s, start, end) ? midSentenceAr(s, start, end) : null;
        if (start == 0) {
            Matcher gap = GAP.matcher(rest);
            return gap.find() ? new Cut(0, end + gap.end()) : null;
        }
        return midSentenceAr(s, start, end);
    }

    /**
     * As {@link #midSentence}; but a day set off by commas right after an aside («أعلن الوسيطان، دولة كذا ودولة كذا،
     * اليوم الأربعاء، تأجيل…», «أكدت الوزارة، في بيان، الثلاثاء، أن…») goes with its closing comma only: the comma
     * before it closes the aside. An aside is what follows a comma without opening a clause of its own («وأعلن…»,
     * «أعلنت…», after which both commas go) and has at most {@value #ASIDE_WORDS} words: a longer stretch («بعد فوزه
     * على الفريق الضيف بهدفين مقابل هدف، مساء الجمعة، في…») is a clause the day's commas close together.
     */
    private static Cut midSentenceAr(String s, int start, int end) {
        Cut c = midSentence(s, start, end);
        if (c == null || !betweenCommas(s, start, end)) return c;
        int open = c.start(), prev = open - 1;
        while (prev >= 0 && !isComma(s.charAt(prev)) && ".؟!؛:".indexOf(s.charAt(prev)) < 0) prev--;
        if (prev < 0 || !isComma(s.charAt(prev))) return c;
        String first = firstWord(s.substring(prev + 1).stripLeading());
        if (first.startsWith("و") || first.startsWith("ف") || perfectAr(first)
                || io.khulasa.Budget.countWords(s.substring(prev + 1, open)) > ASIDE_WORDS) return c;
        int close = c.end();
        while (close < s.length() && Character.isWhitespace(s.charAt(close))) close++;
        return new Cut(start, close);
    }

    /** The most words of an aside a day may follow: names, «في بيان», a title. */
    private static final int ASIDE_WORDS = 6;

    /** A day inside a sentence goes with the space before it, or with its commas when set off by them. */
    private static Cut midSentence(String s, int start, int end) {
        if (start < 1 || !Character.isWhitespace(s.charAt(start - 1))) return null;
        int from = start - 1;
        while (from > 0 && Character.isWhitespace(s.charAt(from - 1))) from--;
        if (betweenCommas(s, start, end)) {
            int close = end;
            while (close < s.length() && Character.isWhitespace(s.charAt(close))) close++;
            return new Cut(from - 1, close + 1); // "The group, on Tuesday, said" → "The group said"
        }
        if (from == 0) return null;
        char prev = s.charAt(from - 1);
        // after "U.S." or a closing quote the cut is clean; after other punctuation it would leave it dangling
        boolean abbreviation = prev == '.' && from > 1 && Character.isLetter(s.charAt(from - 2));
        if (!Character.isLetterOrDigit(prev) && ")\"'”’»".indexOf(prev) < 0 && !abbreviation) return null;
        return new Cut(from, end);
    }

    /** Set off by commas: "The group, on Tuesday, said", «أعلنت السلطات، الثلاثاء، ارتفاع…». */
    private static boolean betweenCommas(String s, int start, int end) {
        int b = start;
        while (b > 0 && Character.isWhitespace(s.charAt(b - 1))) b--;
        int a = end;
        while (a < s.length() && Character.isWhitespace(s.charAt(a))) a++;
        return b > 0 && isComma(s.charAt(b - 1)) && a < s.length() && isComma(s.charAt(a));
    }

    private static boolean isComma(char c) {
        return c == ',' || c == '،';
    }

    /**
     * The day ends a clause of at most three words: "The result, announced Tuesday, surprised", "which opened
     * Monday,", "—held Sunday—", "Speaking on Tuesday,". Without the day the clause would be a stub; not after a
     * sayer and a verb of saying ({@code saying}), which stand without it.
     */
    private static boolean shortClause(String s, int start, String rest, boolean saying) {
        String r = rest.stripLeading();
        if (r.isEmpty() || ",—–);".indexOf(r.charAt(0)) < 0) return false;
        int b = start;
        while (b > 0 && ",—–(;".indexOf(s.charAt(b - 1)) < 0) b--;
        int words = io.khulasa.Budget.countWords(s.substring(b, start));
        // none: the day is the whole aside ("The union, on Monday, rejected"); a sayer and a verb of saying date the
        // saying ("…, officials said Monday, as crews…"), a participle alone does not ("The result, announced Tuesday,")
        return words > 0 && words <= 3 && !(saying && words >= 2);
    }

    /** "Monday of this week", "Friday of the following week": the "of" names the day's week, month or year. */
    private static boolean ofATimeSpan(String rest) {
        String[] w = rest.strip().toLowerCase(Locale.ROOT).split("[\\s,.;]+", 5);
        for (int k = 1; k < w.length && k <= 3; k++) {
            if (w[k].startsWith("week") || w[k].startsWith("month") || w[k].equals("year")) return true;
        }
        return false;
    }

    /** "…broke down on Monday, a day before the deadline": what follows speaks of the day. */
    private static boolean appositionToTheDay(String rest) {
        String r = rest.stripLeading();
        if (!r.startsWith(",")) return false;
        String[] w = r.substring(1).strip().toLowerCase(Locale.ROOT).split("\\s+", 3);
        return w.length >= 2 && (w[1].equals("day") || w[1].equals("days") || w[1].equals("hours") || w[1].equals("week"));
    }

    private static final Set<String> LIST_WORDS = Set.of("and", "or", "but", "not", "nor", "to", "through", "then",
            "also", "again", "even", "on", "as", "well", "from", "between", "until", "till", "late", "early", "last",
            "night", "morning", "afternoon", "evening");

    /** Another day within a few words: a list or a contrast ("Wednesday, Thursday and Friday", "Tuesday, not Wednesday"). */
    private static boolean anotherDayNear(String s, int start, int end) {
        Matcher d = EN_DAY_WORD.matcher(s);
        d.region(Math.max(0, start - 25), Math.min(s.length(), end + 25));
        while (d.find()) {
            if (d.end() <= start && listed(s.substring(d.end(), start))
                    || d.start() >= end && listed(s.substring(end, d.start()))) return true;
        }
        return false;
    }

    /**
     * The words between two days make a list or a contrast of them, unless a comma parts two clauses ("helped
     * reach the wreck Monday night, died early Wednesday").
     */
    private static boolean listed(String gap) {
        if (gap.indexOf(',') < 0 && gap.indexOf(';') < 0) return true;
        for (String w : gap.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !LIST_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * A word of what is to come earlier in the sentence: "The summit will open on Monday", «ستبدأ المحادثات يوم…»;
     * for {@code yesterday}, a word of a plan.
     */
    private static boolean futureBefore(String s, int start, boolean arabic, boolean yesterday) {
        for (String w : s.substring(0, start).split("[\\s,،]+")) {
            String word = arabic ? w : w.toLowerCase(Locale.ROOT);
            if (yesterday) {
                if ((arabic ? PLANNED_AR : PLANNED_EN).contains(word)) return true; // yesterday is never to come
            } else if (arabic ? FUTURE_AR.contains(word) || FUTURE_VERB_AR.matcher(word).find()
                    : FUTURE_EN.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence holds an English day's name or "yesterday": every phrase found does. */
    private static boolean namesAnEnglishDay(String s) {
        if (!s.contains("day")) return false; // every name ends in it, yesterday too
        if (s.contains("esterday")) return true;
        for (String d : DayNames.ENGLISH) if (s.contains(d)) return true;
        return false;
    }

    /** Whether the sentence holds an Arabic day's name or yesterday («أمس»): every phrase found does. */
    private static boolean namesAnArabicDay(String s) {
        if (s.contains("أمس") || s.contains("امس") || s.contains("اليوم")) return true;
        for (String d : DayNames.ARABIC) if (s.contains(d)) return true;
        return false;
    }

    private static boolean isArabicDay(String word) {
        return DayNames.ARABIC.contains(word);
    }

    private static String skipGap(String rest) {
        int k = 0;
        while (k < rest.length() && (Character.isWhitespace(rest.charAt(k)) || isComma(rest.charAt(k)))) k++;
        return rest.substring(k);
    }

    /** A bracket follows: "(local time)", "(March 3)", «(16 يناير)». */
    private static boolean startsBracket(String rest) {
        String r = rest.stripLeading();
        return !r.isEmpty() && r.charAt(0) == '(';
    }

    /**
     * A date follows: a month name and a number ("Sunday, January 16", "Sunday, Jan. 16"), a number and a month
     * name («الأحد 16 يناير», "Sunday 16 January"), or an ordinal ("Sunday the 16th").
     */
    private static boolean startsDate(String rest) {
        String[] w = firstTwoWords(skipGap(rest));
        if (w[0].isEmpty()) return false;
        String first = w[0].toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
        if (MonthNames.ALL.contains(first)) return startsWithDigit(w[1]); // not "Protesters on Sunday march"
        if (startsWithDigit(w[0])) {
            String second = w[1].toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
            return MonthNames.ALL.contains(second) || w[0].matches("\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?[,.]?");
        }
        return first.equals("the") && w[1].matches("\\d{1,2}(?:st|nd|rd|th)\\b.*");
    }

    /**
     * The first two whitespace-separated words, always two (an empty string when missing), without a pattern: asked
     * of every day found.
     */
    private static String[] firstTwoWords(String s) {
        String[] out = {"", ""};
        int k = 0;
        for (int w = 0; w < 2; w++) {
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) k++;
            int b = k;
            while (k < s.length() && !Character.isWhitespace(s.charAt(k))) k++;
            out[w] = s.substring(b, k);
        }
        return out;
    }

    private static boolean startsWithDigit(String w) {
        return !w.isEmpty() && Character.isDigit(w.codePointAt(0));
    }

    /** Only closing quotes, brackets and final punctuation follow. */
    private static boolean endsSentence(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isLetterOrDigit(rest.charAt(i))) return false;
        }
        return true;
    }

    private static String wordBefore(String s, int start) {
        int b = wordStartBefore(s, start), e = b;
        while (e < start && Character.isLetter(s.charAt(e))) e++;
        return s.substring(b, e);
    }

    /** Where the word before {@code start} begins (past the spaces between them); {@code start} when there is none. */
    private static int wordStartBefore(String s, int start) {
        int e = start;
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        return b;
    }

    private static String firstWord(String s) {
        int e = 0;
        while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
        return s.substring(0, e);
    }
}
