package io.khulasa.select;

import io.khulasa.text.ArabicOrthography;
import io.khulasa.text.MonthNames;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of people a sentence reports killed, hurt or missing: "four dead", "killed 9,000 people",
 * "أربعة قتلى", "لقي أربعة أشخاص حتفهم". Every outlet reports the toll, each in its own words ("four people
 * died", "the toll rose to four"), so word overlap misses the repeat; the same count next to a casualty
 * word does not. A number counts when a casualty word stands within {@link #WINDOW} words of it.
 */
final class CasualtyCounts {
    /** Words between a number and its casualty word, at most: "9,000 people were killed" is three. */
    static final int WINDOW = 3;

    /** Words for the dead, matched against whole words of the folded text (Arabic: with their prefixes). */
    private static final Pattern DEATH = Pattern.compile(
            "(?:kill(?:ed|ing|s)|dead|die[ds]|dying|deaths?|toll|bodies|victims?|casualties|fatalit(?:y|ies))"
            // French: morts, décédées, tués, victimes
            + "|mort(?:e|s|es)?|décédé(?:e|s|es)?|tué(?:e|s|es)?|victimes?"
            + "|\\p{L}*(?:قتل|قتيل|حتف|ضحايا|ضحيه|وفاه|وفيات|توفي|مصرع)\\p{L}*"
            // «أودى بحياة 11 شخصا», «حصد أرواح ستة أشخاص»: the lives it took
            + "|بحياه|ارواح"
            // Persian, without its zero-width non-joiner: کشته, جان‌باخته, قربانی
            + "|\\p{L}*(?:\u06A9شته|جانباخت|قربان\u06CC)\\p{L}*");
    /** Words for the injured. */
    private static final Pattern HURT = Pattern.compile(
            "(?:injur(?:ed|ing|ies|y)|wound(?:ed|ing)|hurt|infected|infections?|blessé(?:e|s|es)?)|\\p{L}*(?:جرح|جريح|جروح|مصاب|اصاب|اصيب|مصدوم|زخم\u06CC|مجروح)\\p{L}*");
    /** Words for the missing. */
    private static final Pattern MISSING = Pattern.compile("missing|disparu(?:e|s|es)?|\\p{L}*مفقود\\p{L}*|[وف]?فقد(?:ت|وا)?");
    /** Words for the rescued and the survivors, a count that grows as a toll does. */
    private static final Pattern RESCUED = Pattern.compile("rescued|survivors?|survived|survivant(?:e|s|es)?|rescapé(?:e|s|es)?|\\p{L}*(?:انقاذ|ناجي|ناجين|الناجون)\\p{L}*|[وف]?نجا|[وف]?نجوا");
    /**
     * Words for the arrested: a protest's or a raid's count of them grows through the day as a toll does, and each outlet
     * gives the figure of its hour ("12 people have been arrested", "31 arrests", «اعتقال 31 شخصا», «112 موقوفا»).
     */
    private static final Pattern ARRESTED = Pattern.compile("arrest(?:ed|s)?|detained|detainees?|custody"
            + "|arrêté(?:e|s|es)?|interpellé(?:e|s|es)?|interpellations?"
            + "|\\p{L}*(?:اعتقال|اعتقل|معتقل|موقوف|توقيف|محتجز|احتجاز|القبض)\\p{L}*");
    private static final int NONE = 0, HURT_KIND = 1, DEATH_KIND = 2, MISSING_KIND = 3, RESCUED_KIND = 4, ARRESTED_KIND = 5;
    /** How far before "to N" the casualty word of an updated toll may stand. */
    static final int UPDATE_REACH = 12;
    private static final Set<String> TO = Set.of("to", "الي", "لالي", "به", "à");
    /**
     * Words that make a number a part of a toll, not a toll: "one of the dead", "ثلاثة من المصابين" (after the
     * number); "including three children", "من بينهم طفلان" (before it).
     */
    private static final Set<String> PART_AFTER = Set.of("of", "among", "من");
    private static final Set<String> PART_BEFORE = Set.of("including", "among", "بينهم", "بينهن", "منهم", "منهن");
    /** Month names, folded: a number before one is a day of the month. */
    private static final Set<String> MONTHS = new HashSet<>();
    /** English verbs that give a figure as a change of an earlier one ("rose to", "was raised to"). */
    static final String UPDATE_VERBS_EN =
            "rose|risen|rises|rising|climbed|climbs|jumped|increased|mounted|raised|raising|bringing|brought|grew|grown|expanded|reached";
    /** The same in Arabic, folded, without و/ف: «ارتفع», «لترتفع», «بلغت», «لتصل», «استقرت», «رفعت», «زاد», «زيادة». */
    static final String UPDATE_VERBS_AR = "ارتفع\\p{L}*|ارتفاع|ل?[يت]رتفع\\p{L}*|بلغ\\p{L}*|ل?[يت]صل|وصل\\p{L}*"
            + "|استقر\\p{L}*|ل?تستقر|ب?رفع\\p{L}*|زاد\\p{L}*|زياده";
    /**
     * A toll given as an update of an earlier one: "the toll rose to seven", "ارتفع عدد القتلى إلى سبعة",
     * "لتصل الحصيلة إلى", "بلغت الحصيلة", "استقرت الحصيلة عند". Matched against the folded, lower-cased text.
     */
    private static final Pattern UPDATE = Pattern.compile(
            "\\b(?:" + UPDATE_VERBS_EN + ") to\\b|\\b(?:stands|stood) at\\b"
            + "|(?:^|\\s)[وف]?(?:" + UPDATE_VERBS_AR + ")\\s"
            + "|(?:^|\\s)(?:افزا\u06CCش|رس\u06CCد|رس\u06CCده)(?:\\s|$)" // Persian: "افزایش … به", "به ۱۷ نفر رسید"
            // French: "le bilan s'est alourdi à cinq morts", "s'élève à", "est passé à"
            + "|\\b(?:alourdi|alourdit|élève|élevé|passé|grimpé|monté)e? à(?=\\s|$)");
    /** A verb of {@link #UPDATE}, one word of folded, lower-cased text: "rose", «وارتفعت». */
    private static final Pattern UPDATE_VERB = Pattern.compile(
            "(?:" + UPDATE_VERBS_EN + ")|[وف]?(?:" + UPDATE_VERBS_AR + ")|(?:alourdi|alourdit|élève|élevé|passé|grimpé|monté)e?");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{P}\\p{S}&&[^,]]+|,(?!\\d)");
    /**
     * Number words up to twelve, folded as the text is. "One" is read too ("مفقود واحد", "one dead") but is no
     * count for {@link #of}: two sentences that each report one victim need not report the same one.
     */
    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
    /** Units that only count with a ten after them, folded: «أحد عشر», «اثني عشر». */
    private static final Map<String, Integer> UNITS = new HashMap<>();

    static {
        String[][] words = {
                {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
                {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"},
                // Spanish, without "once" (eleven), which English reads as an adverb
                {"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"},
                {"اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"},
                {"اثنين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"}};
        for (String[] row : words) {
            for (int k = 0; k < row.length; k++) NUMBER_WORDS.put(ArabicOrthography.fold(row[k]), k + 2);
        }
        NUMBER_WORDS.put("dozen", 12);
        String[] teens = {"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int k = 0; k < teens.length; k++) NUMBER_WORDS.put(teens[k], 13 + k);
        String[][] tens = {{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"},
                {"vingt", "trente", "quarante", "cinquante", "soixante"}, // "trente-huit": then the unit, as "twenty-five"
                {"عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"},
                {"عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"}};
        for (String[] row : tens) {
            for (int k = 0; k < row.length; k++) NUMBER_WORDS.put(ArabicOrthography.fold(row[k]), 20 + 10 * k);
        }
        // the first word of an Arabic compound ("اثنا عشر", «إحدى عشرة»): only with its ten
        for (String[] unit : new String[][] {{"أحد", "1"}, {"إحدى", "1"}, {"اثنا", "2"}, {"اثني", "2"}, {"ثماني", "8"}}) {
            UNITS.put(ArabicOrthography.fold(unit[0]), Integer.parseInt(unit[1]));
        }
        for (String one : new String[] {"one", "واحد", "واحدة"}) NUMBER_WORDS.put(ArabicOrthography.fold(one), 1);
        for (String m : MonthNames.ALL) MONTHS.add(ArabicOrthography.fold(m).toLowerCase(Locale.ROOT));
    }

    private CasualtyCounts() {}

    /**
     * What a sentence reports: every casualty count, ascending; the death toll (0 when none); the highest count
     * of the injured (or the infected: «إصابة» is both; 0 when none, 1 for "one"); whether it counts the missing.
     */
    /** @param wider the counts are over a year, a country or another year's event ({@link #WIDER_COUNT}) */
    record Toll(Set<Integer> counts, int deaths, int hurt, boolean missing, int rescued, int arrested, boolean wider) {
        boolean injured() { return hurt > 0; }
    }

    /** What a sentence without any count reports. */
    static final Toll NO_TOLL = new Toll(Set.of(), 0, 0, false, 0, 0, false);

    /** The casualty counts of {@code text}, ascending; empty when it reports none. */
    static Set<Integer> of(String text) {
        return read(text).counts();
    }

    /**
     * The casualty counts of {@code text}, and the highest count whose nearest casualty word is a word for the
     * dead (the nearer of two; on a tie the one after, as in "four died and two were missing").
     */
    static Toll read(String text) {
        Set<Integer> counts = new TreeSet<>();
        int deaths = 0, hurt = 0, rescued = 0, arrested = 0;
        boolean missing = false;
        String[] words = words(text);
        int tollFigure = tollSubjectFigure(text, words);
        for (int i = 0; i < words.length; i++) {
            Integer n = value(words[i]);
            if (n == null || i + 1 < words.length && MONTHS.contains(words[i + 1])) continue; // "26 December"
            if (partOfToll(words, i) || wholeOf(words, i)) continue;
            // a count of the rescued only when no casualty word is near: "rescued 40 and four were killed" keeps its four dead
            int kind = i == tollFigure ? DEATH_KIND : nearest(words, i, false);
            if (kind == NONE) kind = nearest(words, i, true);
            if (kind == NONE) continue;
            if (kind == RESCUED_KIND) { rescued = Math.max(rescued, n); continue; } // the saved are no casualty count
            // a group's size is its name ("the 15 sailors held by Iran"): a count of the arrested joins no two facts
            if (kind == ARRESTED_KIND) { if (!released(words, i)) arrested = Math.max(arrested, n); continue; }
            if (n >= 2) counts.add(n);
            if (kind == DEATH_KIND) deaths = Math.max(deaths, n);
            if (kind == HURT_KIND) hurt = Math.max(hurt, n);
            if (kind == MISSING_KIND) missing = true;
        }
        // read only when there is a count to qualify: most sentences give none
        boolean wider = (!counts.isEmpty() || deaths > 0 || hurt > 0 || missing || arrested > 0) && WIDER_COUNT.matcher(text).find();
        return new Toll(counts, deaths, hurt, missing, rescued, arrested, wider);
    }

    /**
     * {@code words} with each number of two words read as one, in digits: «اثني عشر» (12), «خمسة وعشرون» (25),
     * "twenty five" (25, "twenty-five" as the text is split).
     */
    private static String[] compounds(String[] words) {
        boolean joined = false;
        for (int i = 0; i + 1 < words.length; i++) {
            String a = words[i], b = words[i + 1];
            Integer unit = UNITS.getOrDefault(a, NUMBER_WORDS.get(a));
            if (unit == null || unit > 9) {
                Integer ten = NUMBER_WORDS.get(a), one = NUMBER_WORDS.get(b);
                if (ten != null && ten >= 20 && ten % 10 == 0 && one != null && one >= 1 && one <= 9 && !a.startsWith("ع") ) {
                    words[i] = Integer.toString(ten + one); // "twenty five"
                    words[i + 1] = "";
                    joined = true;
                }
                continue;
            }
            Integer tens = b.startsWith("و") ? NUMBER_WORDS.get(b.substring(1)) : null;
            if (b.equals("عشر") || b.equals("عشره")) {
                words[i] = Integer.toString(10 + unit);
            } else if (tens != null && tens >= 20) {
                words[i] = Integer.toString(tens + unit);
            } else {
                continue;
            }
            words[i + 1] = "";
            joined = true;
        }
        // the second word goes: a casualty word stays as near its number as the text put it
        return joined ? java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new) : words;
    }

    /**
     * Whether the number at {@code i} counts a part of a toll: "of"/«من» and then a casualty word ("one of the
     * dead", «ثلاثة من القتلى»; not «قتل 12 من الجنود», a toll), or "including"/«من بينهم» before it.
     */
    private static boolean partOfToll(String[] words, int i) {
        if (i > 0 && PART_BEFORE.contains(words[i - 1])) return true;
        if (i + 1 >= words.length || !PART_AFTER.contains(words[i + 1])) return false;
        int k = i + 2;
        if (k < words.length && words[k].equals("the")) k++;
        return kind(words, k) != NONE;
    }

    /**
     * Words for a release: "released 30 detainees", «الإفراج عن 30 معتقلا», «أطلقت سراح», « libéré ». Folded, lower case.
     */
    private static final Pattern RELEASE = Pattern.compile("releas(?:e|ed|es|ing)|freed|pardoned"
            + "|libér\\p{L}*|\\p{L}*(?:افرج|الافراج|اطلاق|اطلق|سراح)\\p{L}*");

    /**
     * Whether a release is told within {@link #WINDOW} words of the count at {@code i}: "Israel released 30 Palestinian
     * detainees" counts the freed, not the arrested, and a later, higher figure of them is no update of an arrest count.
     */
    private static boolean released(String[] words, int i) {
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(words.length - 1, i + WINDOW + 1); j++) {
            if (j != i && RELEASE.matcher(words[j]).matches()) return true;
        }
        return false;
    }

    /** Words for people between a count and its casualty word: "45 people killed", «45 شخصا قتلوا». */
    private static final Set<String> PEOPLE = Set.of("people", "persons", "شخصا", "اشخاص", "personnes");

    /**
     * Whether the number at {@code i} is the whole a toll is part of: "112 dead out of the 150 aboard", «112 قتيلا من
     * أصل 150 شخصا», «من بين 150 راكبا».
     */
    private static boolean wholeOf(String[] words, int i) {
        // "12 children out of the 45 killed", «من إجمالي 45 قتيلا»: a whole that is itself a toll is one
        int after = i + 1 < words.length && PEOPLE.contains(words[i + 1]) ? i + 2 : i + 1;
        if (after < words.length && isCasualtyWord(words[after])) return false;
        int k = i - 1;
        if (k >= 0 && words[k].equals("the")) k--;
        if (k < 1) return false;
        return words[k].equals("of") && words[k - 1].equals("out")
                || words[k - 1].equals("من") && (words[k].equals("اصل") || words[k].equals("بين") || words[k].equals("اجمالي"));
    }

    /** Whether a word of folded, lower-cased text names a month ("26 December" is a date, not 26 dead). */
    static boolean isMonth(String folded) {
        return MONTHS.contains(folded);
    }

    /** Whether a word of folded, lower-cased text is a word for the dead, the injured or the missing. */
    static boolean isCasualtyWord(String folded) {
        int k = kind(new String[] {folded}, 0);
        return k != NONE && k != RESCUED_KIND && k != ARRESTED_KIND; // «112 موقوفا» is a measure too
    }

    /** Month names in any language we read, for "since June", «منذ مطلع يناير». */
    private static final String MONTH_NAMES = String.join("|", io.khulasa.text.MonthNames.GREGORIAN.keySet());

    /**
     * A count over a span or an area wider than one event's, or of another year's: "The national toll from this year's monsoon rains has
     * risen to 143 since June", «ارتفعت حصيلة ضحايا انهيار المباني منذ بداية العام إلى 47». An article gives it as
     * background to its own event's toll, which it neither updates nor repeats.
     */
    private static final Pattern WIDER_COUNT = Pattern.compile(
            "\\b(?:since (?:the (?:start|beginning) of )?(?:" + MONTH_NAMES + "|the year|the season)|so far this (?:year|season|month)"
                    + "|this year|this season|nationwide|across the country)\\b"
                    // not a bare «منذ»: «منذ ساعات الليل», «منذ مساء الخميس» count one event's dead
                    + "|(?:^|\\s)(?:منذ (?:(?:مطلع|بداية|بدء) )?(?:العام|السنة|" + MONTH_NAMES + ")|العام الجاري|هذا العام|خلال العام"
                    + "|في جميع أنحاء البلاد)(?:\\s|$)"
                    // another year's event: «فيضانات مماثلة عام 2008 أودت بحياة 31 شخصا», "floods in 1998 killed 40"
                    + "|(?:^|\\s)(?:عام|سنة|في عام|in) (?:19|20)\\d{2}(?!\\d)"
                    // French: « celle de 2002, lorsque des crues avaient fait vingt-trois morts », « depuis le début de l'année »
                    + "|\\b(?:en|de) (?:19|20)\\d{2}(?!\\d)|\\bdepuis le début de l'année\\b|\\bcette année\\b",
            Pattern.CASE_INSENSITIVE);

    /** True when {@code text} gives its toll as a rise from an earlier one ("rose to", "ارتفع … إلى"). */
    static boolean reportsUpdate(String text) {
        return UPDATE.matcher(ArabicOrthography.fold(text).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The kind of the word the number at {@code i} counts: the nearest casualty word within {@link #WINDOW} (or, for the
     * rescued, a word for them), or, after "to", one up to {@link #UPDATE_REACH} words before ("ارتفاع عدد قتلى حريق
     * العبارة … إلى سبعة", "the number of people rescued … has risen to 57"); {@link #NONE} when there is none.
     */
    private static int nearest(String[] words, int i, boolean rescued) {
        int to = beforeApproximation(words, i); // "rose to at least 40", «إلى أكثر من 40»
        // an update's figure counts what rose: "the death toll rose to 112 after the injured died" is a toll
        boolean update = to >= 0 && TO.contains(words[to]);
        int risen = update ? risen(words, to) : NONE;
        if (risen != NONE) {
            boolean verb = false;
            for (int j = to - 1; j >= Math.max(0, to - UPDATE_REACH) && !verb; j--) verb = UPDATE_VERB.matcher(words[j]).matches();
            if (verb) return (risen == RESCUED_KIND) == rescued ? risen : NONE;
        }
        int kind = NONE;
        // "12 people have been arrested": the auxiliaries between a count and its participle take no room in the window
        int after = i;
        for (int d = 1; d <= WINDOW && kind == NONE; d++) {
            after++;
            while (after < words.length && after > i + 1 && AUXILIARIES.contains(words[after - 1]) && AUXILIARIES.contains(words[after])) after++;
            kind = kindFor(words, after, rescued);
            if (kind == NONE) kind = kindFor(words, i - d, rescued);
        }
        // «لقي ثلاثة أشخاص، بينهم طفلان، حتفهم»: the verb «لقي» before the number, its «حتفهم» a few words on
        if (kind == NONE && !rescued && i > 0 && MET.matcher(words[i - 1]).matches()) {
            for (int j = i + 1; j < Math.min(words.length, i + 1 + FATE_REACH) && kind == NONE; j++) {
                if (FATE.matcher(words[j]).matches()) kind = DEATH_KIND;
            }
        }
        if (kind == NONE && risen != NONE && (risen == RESCUED_KIND) == rescued) kind = risen;
        return kind;
    }

    /**
     * The kind of what rose to the figure after "to" at {@code to}: the nearest casualty word before it, within
     * {@link #UPDATE_REACH}, in its own clause and not past another count's head ("Two people were killed and the number
     * of homes without power rose to 40,000" counts homes, not the dead); {@link #NONE} when there is none.
     */
    private static int risen(String[] words, int to) {
        for (int j = to - 1; j >= Math.max(0, to - UPDATE_REACH); j--) {
            if (CLAUSE_BREAK.contains(words[j])) return NONE;
            int k = kind(words, j);
            if (k != NONE) return k;
            if (COUNT_HEADS.contains(words[j])) return NONE;
        }
        return NONE;
    }

    /** Words that open another clause: what rose is not beyond them. */
    private static final Set<String> CLAUSE_BREAK = Set.of("and", "while", "but", "whereas", "as", "after", "when", "فيما", "بينما");
    /** Heads of another count: "the number of homes", «عدد المنازل». */
    private static final Set<String> COUNT_HEADS = Set.of("number", "count", "total", "share", "عدد", "اجمالي", "مجموع", "نسبه");

    /** Auxiliaries of a passive or perfect after a count: "have been", "had been", "were". */
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "been", "were", "was", "are", "is");

    /**
     * A sentence opening on its toll, the phrase after it unbroken by a comma, then its rise: "The death toll from a
     * freight train derailment that released chlorine gas in a small northern Ohio town rose to four". Matched on the
     * lower-cased text; the figure follows.
     */
    private static final Pattern TOLL_SUBJECT = Pattern.compile(
            "(?:the (?:death )?|death )toll (?:from|of|in|after) ([^,;:]*?)\\b(?:" + UPDATE_VERBS_EN + ") to (?=\\S)", Pattern.CASE_INSENSITIVE);
    /** Another count the rise may be of: "the toll of the blaze on farmers … the price of feed rose to 300". */
    private static final Pattern OTHER_COUNT = Pattern.compile("\\b(?:number|price|cost|rate|share|count|value|level|amount)s? of\\b",
            Pattern.CASE_INSENSITIVE);

    /** The index in {@code words} (the text's, as {@link #words} reads them) of the figure a toll-opening sentence rises to, or -1. */
    private static int tollSubjectFigure(String text, String[] words) {
        Matcher m = TOLL_SUBJECT.matcher(text);
        if (!m.lookingAt() || OTHER_COUNT.matcher(m.group(1)).find()) return -1;
        int at = words(text.substring(0, m.end())).length;
        while (at < words.length && approximates(words[at])) at++; // "rose to more than 300"
        return at;
    }

    /**
     * Words between "to" and its figure: "to about 2,500", "to at least 40", "to more than 300", «إلى نحو 112», «إلى
     * أكثر من 40». Folded, lower case.
     */
    private static final Set<String> APPROXIMATELY = Set.of("about", "around", "nearly", "almost", "roughly", "some",
            "over", "more", "than", "approximately", "at", "least", "نحو", "حوالي", "قرابه", "اكثر", "من");

    /** Whether a word of folded, lower-cased text is one of {@link #APPROXIMATELY}. */
    static boolean approximates(String word) {
        return APPROXIMATELY.contains(word);
    }

    /**
     * The index of the word before the words of approximation that stand right before {@code at} ("to" in "rose to at
     * least 40"), or {@code at - 1} when there are none; "at" only as part of "at least" ("stood at about 50" keeps its "at").
     */
    static int beforeApproximation(String[] w, int at) {
        int k = at - 1;
        while (k > 0) {
            if (w[k].equals("least") && w[k - 1].equals("at")) k -= 2;
            else if (!w[k].equals("at") && !w[k].equals("least") && APPROXIMATELY.contains(w[k])) k--;
            else break;
        }
        return k;
    }

    /** «لقي», «لقيت», «لقوا» (folded, with «و» or «ف»): the verb of «لقي … حتفه» ("met his death"). */
    private static final Pattern MET = Pattern.compile("[وف]?لق(?:ي|يت|وا|ى)");
    /** «حتفهم», «مصرعهم»: the death the verb met. */
    private static final Pattern FATE = Pattern.compile("(?:حتف|مصرع)\\p{L}*");
    /** Words from the number to «حتفهم»: "three people, among them two children, met their death" is four. */
    static final int FATE_REACH = 8;

    /** The word's kind when it is a casualty word ({@code rescued} false) or a word for the rescued (true); else none. */
    private static int kindFor(String[] words, int i, boolean rescued) {
        int k = kind(words, i);
        return (k == RESCUED_KIND) == rescued ? k : NONE;
    }

    /** The kind of casualty word at {@code i}: {@link #NONE} for any other word, or none. */
    private static int kind(String[] words, int i) {
        if (i < 0 || i >= words.length) return NONE;
        if (DEATH.matcher(words[i]).matches()) return DEATH_KIND;
        if (HURT.matcher(words[i]).matches()) return HURT_KIND;
        if (RESCUED.matcher(words[i]).matches()) return RESCUED_KIND;
        if (ARRESTED.matcher(words[i]).matches()) return ARRESTED_KIND;
        return MISSING.matcher(words[i]).matches() ? MISSING_KIND : NONE;
    }

    /** The value of a number word ("four", «أربعة», «اربع»; folded text), or null. */
    static Integer numberWord(String folded) {
        return NUMBER_WORDS.get(folded);
    }

    /** The words of {@code text} as counts are read: folded, lower case, numbers of two words joined. */
    private static String[] words(String text) {
        // "Vance, 61, died": an age set off after a name counts no one
        String ages = text.indexOf(',') < 0 ? text : AGE.matcher(text).replaceAll("$1age");
        return compounds(WORD_BREAK.split(ArabicOrthography.fold(ages).replace("\u200C", "").toLowerCase(Locale.ROOT)));
    }

    /** A name, then a number of years between commas: "Curtis Vance, 61, a signal maintainer". */
    private static final Pattern AGE = Pattern.compile("(\\p{Lu}[\\p{L}'’.\\-]+,\\s*)\\d{1,3}(?=,)");

    /**
     * The numbers {@code text} writes in words, from two («ستة», «سبع», "seven", "cinq", "twenty-five"): what digits
     * give, {@link Measures#figures} reads.
     */
    static Set<Double> numberWords(String text) {
        Set<Double> out = new java.util.HashSet<>();
        for (String w : words(text)) {
            if (w.isEmpty() || Character.isDigit(w.charAt(0))) continue;
            Integer n = value(w);
            if (n != null && n >= 2) out.add(n.doubleValue());
        }
        return out;
    }

    private static Integer value(String w) {
        if (w.isEmpty()) return null;
        Double v = number(w);
        if (v == null || v != Math.floor(v)) return null;
        String t = withoutProclitic(w);
        if (!Character.isDigit(t.charAt(0))) return v.intValue(); // a number word, "one" included
        for (int i = 0; i < t.length(); i++) if ("$€£%".indexOf(t.charAt(i)) >= 0) return null; // a sum or a share
        int n = v.intValue();
        return n >= 2 && !(n >= 1900 && n <= 2100) ? n : null; // a year is not a toll
    }

    /** A figure in digits: thousands separators, a decimal point or comma, a currency sign before or % after. */
    private static final Pattern NUMBER = Pattern.compile("[$€£]?\\p{Nd}+(?:[.,٫٬]\\p{Nd}+)*%?");

    /**
     * The value of a number in a word of folded text: digits in any script ("14,200", "2.5", «٣٤٠», "$8", "40%") or a
     * number word («سبعة», "twelve"), with a proclitic و ب ل before it («و12», «بخمسة»); null for any other word.
     * The one reading of numbers for casualty counts and {@link Measures}.
     */
    static Double number(String w) {
        String t = withoutProclitic(w);
        if (t.isEmpty()) return null;
        if (NUMBER.matcher(t).matches()) {
            StringBuilder b = new StringBuilder();
            for (char c : t.toCharArray()) {
                if (Character.isDigit(c)) b.append((char) ('0' + Character.digit(c, 10)));
                else if (c == '.' || c == '٫') b.append('.');
            }
            try {
                return Double.parseDouble(b.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer n = NUMBER_WORDS.get(w);
        if (n == null && w.length() > 3 && "وبل".indexOf(w.charAt(0)) >= 0) n = NUMBER_WORDS.get(w.substring(1));
        return n == null ? null : n.doubleValue();
    }

    /** A word without the و ب ل stuck to the digits after it: «و12» → «12». */
    private static String withoutProclitic(String w) {
        return w.length() > 1 && "وبل".indexOf(w.charAt(0)) >= 0 && Character.isDigit(w.charAt(1)) ? w.substring(1) : w;
    }
}
