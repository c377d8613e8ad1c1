package io.khulasa.select;

import io.khulasa.text.ArabicOrthography;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The figures a sentence gives with what they count: "14,200 acres", "57 homes", "40% contained", «8 مليارات
 * دولار», «112 موقوفاً», «سبعة عشر رئيس وفد», and the Arabic definite number after its noun («مراكز العلاج الأربعة»). The counted thing is the word after the number, folded and without
 * its plural or case ending («مليارات» and «مليار», «محتجاً» and «محتج», "homes" and "home"); a percentage
 * counts the word after it ("40% contained" and "15 percent containment" count "contain"). Words that count
 * anything (people, times, years) and casualty words ({@link CasualtyCounts} reads those) are left out.
 */
final class Measures {
    private Measures() {}

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Punctuation around a word; a number keeps its % and currency sign. */
    private static final Pattern EDGES = Pattern.compile("^[\\p{P}&&[^%$€£]]+|[\\p{P}\\p{S}&&[^%]]+$");
    /** Nouns that count anything, and units of time: the same word does not make the same measure. */
    private static final Set<String> GENERIC = new HashSet<>();
    private static final Set<String> PERCENT = Set.of("%", "percent", "per", "بالمئه", "بالمائه", "درصد");
    private static final Map<String, Double> SCALE = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "الف", 1e3, "الاف", 1e3, "مليون", 1e6, "ملايين", 1e6, "مليار", 1e9);

    static {
        for (String g : ("people persons person others other more times time year years day days hour hours minute "
                + "minutes week weeks month months a.m p.m am pm o'clock of and to from in at on than percent with as by "
                + "after while for when where since until before during but or because if so into over under about "
                + "against among between through across near "
                // function words that follow a figure ("40%, down from 55", "40% last year", «40 في المئة حتى الآن»)
                // or stand before an update's verb ("it has risen to"): never what a figure counts
                + "up down the an its last according was were has have had been it which that who "
                + "حتي منذ بعد قبل خلال ان انه انها الذي التي "
                // units of length, area, weight and volume measure anything: distances to different places
                + "km kilometre kilometer kilometres kilometers mile miles metre meter metres meters feet foot inch inches "
                + "square kg kilogram kilograms ton tons tonne tonnes pound pounds litre liter litres liters gallon gallons "
                // a barrel too: a cut, a quota, a country's output and a week's stocks are all counted in barrels
                + "barrel barrels bpd كيلومتر كيلومترات كلم كم ميل اميال متر امتار قدم كيلوغرام كيلوجرام كغ كجم طن اطنان لتر "
                + "برميل براميل مربع "
                // and degrees: a quake's magnitude and its aftershocks', a temperature
                + "degree degrees magnitude درجه درجات "
                + "شخص اشخاص اشخاصا شخصا اخرين اخرون اخري مره مرات عام اعوام سنه سنوات يوم ايام ساعه ساعات دقيقه "
                + "دقايق دقائق اسبوع اسابيع شهر اشهر ص م صباحا مساء من الي في علي و او").split(" ")) {
            GENERIC.add(unit(g));
        }
    }

    /** Digits in a figure: "51.8", "14,200", "٣٤٠". */
    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+(?:[.,٫٬]\\p{Nd}+)*");

    /**
     * The specific figures of {@code text}: numbers written in digits that are neither years nor below ten (a
     * day, a rank), whatever they count.
     */
    static Set<Double> figures(String text) {
        Set<Double> out = new HashSet<>();
        java.util.regex.Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            Double v = value(m.group());
            if (v != null && (v >= 10 || v != Math.floor(v)) && !(v >= 1900 && v <= 2100 && isBareYear(m.group()))) out.add(v);
        }
        return out;
    }

    /**
     * What a sentence measures: each counted thing with its figures, and the things whose figure it gives as an
     * update. A thing named by the words between its figure and its noun is qualified by them ("67,000 Tidewater
     * Electric customers" counts {@code customer@tidewater electric}); for a thing without, {@code near} keeps the
     * names just before its figure ("Duke Energy said 112,000 customers"): another company's customers are another
     * count.
     */
    record Reading(Map<String, Set<Double>> figures, Set<String> updated, Map<String, Set<String>> near) {
        static final Reading NONE = new Reading(Map.of(), Set.of(), Map.of());

        boolean isEmpty() { return figures.isEmpty(); }

        /** The things this reading measures for which {@code newer} gives, as an update, another figure. */
        Set<String> updatedBy(Reading newer) {
            Reading mine = alignedTo(newer), theirs = newer.alignedTo(this);
            Set<String> out = new HashSet<>();
            for (String u : theirs.updated) {
                Set<Double> f = mine.figures.get(u);
                // Arabic names what changed after the verb: another grade's price is not updated («خام غرب تكساس»)
                if (f != null && !f.equals(theirs.figures.get(u)) && (!isArabic(u) || sameNames(this, newer, u))) out.add(u);
            }
            return out;
        }

        /**
         * This reading with a qualified thing ({@code customer@tidewater electric}) counted as its noun alone when
         * {@code other} counts the noun with no other name near its figure ("knocking out power to about 48,000
         * customers", "Tidewater Electric reported about 48,000 customers"; not "Duke Energy said 112,000 customers").
         */
        Reading alignedTo(Reading other) {
            Map<String, Set<Double>> f = null;
            Set<String> u = null;
            for (String key : figures.keySet()) {
                int at = key.indexOf('@');
                if (at < 0) continue;
                String base = key.substring(0, at);
                Set<String> names = other.near.get(base);
                // a participle is no name: "40 underperforming stores" are the stores another counts, whoever is named near
                boolean adjective = key.startsWith(ADJECTIVE, at);
                if (!other.figures.containsKey(base)
                        || !adjective && names != null && !names.isEmpty() && !names.containsAll(List.of(key.substring(at + 1).split(" ")))) continue;
                if (f == null) { f = new HashMap<>(figures); u = new HashSet<>(updated); }
                f.merge(base, f.remove(key), (x, y) -> { Set<Double> m = new TreeSet<>(x); m.addAll(y); return m; });
                if (u.remove(key)) u.add(base);
            }
            return f == null ? this : new Reading(f, u, near);
        }
    }

    private static final Set<String> TO = Set.of("to", "at", "الي", "لالي", "عند");
    /**
     * Verbs of a measure going down ("fell to 67,000", "slipping 0.5% to 18.44", «انخفض إلى 18»): a toll does not fall,
     * a count of customers without power, a price or a currency does. Not "cut", "dropped", "lowered": their "to" names
     * who got it ("cut power to 112,000 customers"). Within {@value #FALLING_REACH} words of their "to" only.
     */
    private static final String FALLING = "fell|falls|fallen|falling|declined|declines|slipped|slipping|eased"
            + "|easing|decreased|sank|slid|sliding|plunged|tumbled|shrank|narrowed"
            + "|انخفض\\p{L}*|ل?[يت]نخفض\\p{L}*|تراجع\\p{L}*|ل?[يت]تراجع|هبط\\p{L}*|خفض\\p{L}*|تقلص\\p{L}*";
    /**
     * A market's last figure of the day: "the pound closed at 22.90", «ليغلق عند 22.90 جنيه للدولار». A price is
     * quoted at each close, and the latest close is the figure a summary gives.
     */
    private static final String CLOSING = "closed|اغلق\\p{L}*|ل?[يت]غلق\\p{L}*";
    /** Verbs that give a figure as a change ("rose to", «ارتفع إلى», «رفعت … إلى»), folded, without و/ف. */
    private static final Pattern UPDATE_VERB = Pattern.compile(
            CasualtyCounts.UPDATE_VERBS_EN + "|stands|stood|" + FALLING + "|" + CLOSING + "|" + CasualtyCounts.UPDATE_VERBS_AR);
    /** How many words before "to" the verb of an update may stand: «ارتفع عدد الموقوفين في صفوف المحتجين إلى 112». */
    private static final int UPDATE_REACH = 8;

    /** Each counted thing of {@code text} with the figures given for it. */
    static Map<String, Set<Double>> read(String text) {
        return reading(text).figures();
    }

    /** Each counted thing of {@code text} with its figures, and which figures are given as updates. */
    static Reading reading(String text) {
        Map<String, Set<Double>> out = new HashMap<>();
        Set<String> updated = new HashSet<>();
        Map<String, Set<String>> near = new HashMap<>();
        String[] cased = SPACE.split(ArabicOrthography.fold(text).strip()), w = new String[cased.length];
        for (int k = 0; k < w.length; k++) w[k] = EDGES.matcher(cased[k].toLowerCase(Locale.ROOT)).replaceAll("");
        String lastKey = null;
        int lastAt = -1;
        for (int i = 0; i < w.length; i++) {
            Double v = value(w[i]);
            // "67,000 customers remained without power, down from a peak of 112,000": the old figure of the last
            // thing counted, which the earlier figure updates
            // of the same kind: a count is not set against a percentage ("2.1 million voters, down from 41%")
            boolean pct = v != null && percentAt(w, i);
            if (v != null && lastKey != null && lastKey.startsWith("%") == pct && !isBareYear(w[i]) && setAgainst(w, lastAt, i)) {
                updated.add(lastKey);
                lastKey = null;
                continue;
            }
            if (v == null) {
                // «المراكز التسعة»: a definite number follows what it counts
                Integer after = w[i].length() > 4 && w[i].startsWith("ال") ? CasualtyCounts.numberWord(w[i].substring(2)) : null;
                if (after == null || after < 2 || i == 0) continue;
                // «مراكز العلاج الأربعة»: the noun, then its definite complement; not «إن المراكز التسعة»
                boolean idafa = i >= 2 && w[i - 1].startsWith("ال") && !w[i - 2].startsWith("ال") && w[i - 2].length() >= 4;
                String noun = w[idafa ? i - 2 : i - 1];
                String u = unit(noun);
                if (u.length() < 2 || GENERIC.contains(u) || CasualtyCounts.isCasualtyWord(noun) || value(noun) != null) continue;
                out.computeIfAbsent(u, k -> new TreeSet<>()).add((double) after);
                continue;
            }
            int i0 = i, j = i + 1;
            // «سبعة عشر»: seven and ten
            if (j < w.length && v < 10 && (w[j].equals("عشر") || w[j].equals("عشره"))) { v += 10; j++; }
            boolean percent = w[i].endsWith("%");
            Double scale = j < w.length && !percent ? SCALE.getOrDefault(w[j], SCALE.get(unit(w[j]))) : null;
            if (scale != null) { // "8 billion dollars", «8 مليارات دولار»: the scale belongs to the figure
                v *= scale;
                j++;
            }
            // "12 percent", «12 بالمئة», «12 في المئة» (not «12 في الخليل»)
            boolean fiPercent = j + 1 < w.length && w[j].equals("في") && (w[j + 1].equals("المئه") || w[j + 1].equals("المائه"));
            // "per cent", not "$44.10 per share": a rate per thing ("per-share", "per-barrel"), not a count of shares
            boolean perCent = j < w.length && (!w[j].equals("per") || j + 1 < w.length && w[j + 1].equals("cent"));
            String rate = "";
            if (!percent && !perCent && j + 1 < w.length) { j++; rate = "per-"; }
            if (!percent && j < w.length && (PERCENT.contains(w[j]) && perCent || fiPercent)) {
                percent = true;
                j++;
                if (j < w.length && (w[j].equals("cent") || w[j].equals("المئه") || w[j].equals("المائه"))) j++;
            }
            int verb = updateVerb(w, i0);
            int names = j;
            if (!endsClause(cased[j - 1])) j = pastNames(cased, w, j);
            // "40 underperforming stores": a participle before a plural qualifies what is counted, as a name does
            String adjective = j == names && j + 1 < w.length && !endsClause(cased[j - 1]) && !endsClause(cased[j]) && participle(cased[j]) && plural(cased, w, j + 1)
                    ? ADJECTIVE + w[j++] : "";
            // a figure closing its clause ("31%، وهي…", "of 300, while") counts nothing after it
            // a rate is counted whatever its unit: "$82 per barrel" is a price, though barrels count anything
            boolean counted = j < w.length && !endsClause(cased[j - 1])
                    && (countable(w[j]) || !rate.isEmpty() && unit(w[j]).length() >= 2 && value(w[j]) == null);
            if (v >= 1900 && v <= 2100 && !percent && isBareYear(w[i0])) continue; // a year
            if (i0 + 1 < w.length && CLOCK_WORDS.contains(w[i0 + 1])) continue; // a time of day: "closed at 9 pm"
            // "the number of challenged ballots rose to 1,412 by…": what an update counts may stand before its verb
            // an Arabic share just before the figure says what it counts before any word after it («نسبة المشاركة 38.5% مقارنة…»)
            String share = verb < 0 ? shareBefore(w, i0) : null;
            String u = share != null ? share : counted ? rate + unit(w[j]) + (adjective.isEmpty() ? qualifier(w, names, j) : adjective)
                    : verb >= 0 ? updateCounts(w, verb, i0 - 1) : againstAt(cased, w, i0, j);
            if (j < w.length) i = j - 1;
            if (u == null) continue;
            // the parallel market's rate is another price than the official one, and a forecast another figure than
            // the one reached
            String key = (percent ? "%" : "") + u + (parallelMarket(w, i0) ? PARALLEL : "") + (MONEY.contains(u) && forecast(cased, w, i0) ? FORECAST : "");
            out.computeIfAbsent(key, k -> new TreeSet<>()).add(v);
            if (key.indexOf('@') < 0) near.computeIfAbsent(key, k -> new HashSet<>()).addAll(namesBefore(cased, w, i0));
            // Arabic has no capitals to show a name: what an update's verb changes follows it («أغلق خام غرب تكساس
            // الوسيط عند 73.85 دولار», «تراجع سعر خام برنت إلى 76.40»), and another grade's price is another measure
            if (verb >= 0 && isArabic(w[verb])) near.computeIfAbsent(key, k -> new HashSet<>()).addAll(subject(w, verb, i0));
            lastKey = key;
            lastAt = j;
            // "59 votes, down from 187": the figure is the new value, set against the old
            boolean against = counted && j + 2 < w.length && (w[j + 1].equals("down") || w[j + 1].equals("up"))
                    && w[j + 2].equals("from") && !againstPercent(w, j + 3, percent);
            if (against || verb >= 0 || nowNear(w, i0, j)) updated.add(key);
        }
        return new Reading(out, updated, near);
    }

    /** What a forecast's figure counts, after its thing: «دولار-متوقع». */
    static final String FORECAST = "-متوقع";
    /** How many words before a figure a forecast may be told: «رجّح … أن يبلغ متوسط سعر خام برنت 82 دولارا». */
    private static final int FORECAST_REACH = 10;
    /**
     * Words that tell a figure as foreseen, not reached ("expects prices to reach $82", "could climb to", «رجّح أن
     * يبلغ», «يتوقع أن يصل»), folded and lower-cased.
     */
    private static final Pattern FORECAST_WORD = Pattern.compile(
            "expect(?:s|ed|ing)?|forecasts?|forecast(?:ed|ing)|predict(?:s|ed|ing)?|projected|could"
            + "|[وف]?(?:رجح|يرجح|ترجح|توقع|يتوقع|تتوقع|نتوقع|متوقع|المتوقع|توقعات|تقديرات|تنبا|يتنبا)");

    /**
     * Whether a forecast word stands within {@value #FORECAST_REACH} words before the figure at {@code at}, in its
     * clause: "Analysts expect Brent to average $82 next quarter" is no price of the day. Asked of sums of money only:
     * "expects to cut 1,400 jobs" is a plan that a later count updates.
     */
    private static boolean forecast(String[] cased, String[] w, int at) {
        for (int k = at - 1; k >= Math.max(0, at - FORECAST_REACH); k--) {
            if (FORECAST_WORD.matcher(w[k]).matches()) return true;
            if (endsClause(cased[k])) return false;
        }
        return false;
    }

    /**
     * The words between an Arabic update's verb and its figure, less the words that count anything and the figure's
     * own preposition: what changed («سعر خام برنت»).
     */
    private static Set<String> subject(String[] w, int verb, int figure) {
        Set<String> out = new HashSet<>();
        for (int k = verb + 1; k < figure; k++) {
            if (!TO.contains(w[k]) && !GENERIC.contains(unit(w[k])) && CasualtyCounts.number(w[k]) == null && w[k].length() > 1) out.add(w[k]);
        }
        return out;
    }

    /** Words after a figure that make it a time of day, folded, without their final stop. */
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "صباحا", "مساء", "ظهرا");

    /** What a figure of the parallel market counts, after its thing: «جني-موازي». */
    static final String PARALLEL = "-موازي";
    /** How many words before a figure the parallel market may be named: «سعر الدولار في السوق السوداء تراجع إلى 25». */
    private static final int MARKET_REACH = 10;

    /**
     * Whether the parallel market is named just before the figure at {@code at}: "on the black market", «في السوق
     * السوداء», «السوق الموازية». Its rate and the official one are two prices, though both count pounds.
     */
    private static boolean parallelMarket(String[] w, int at) {
        for (int k = Math.max(1, at - MARKET_REACH); k < at; k++) {
            if (w[k - 1].equals("السوق") && (w[k].startsWith("السود") || w[k].startsWith("الموازي"))) return true;
            if ((w[k - 1].equals("black") || w[k - 1].equals("parallel")) && w[k].startsWith("market")) return true;
        }
        return false;
    }

    /** Words that give a figure as the present state: "4,000 rescuers … are now working", «حاليا», «الآن». */
    private static final Set<String> NOW = Set.of("now", "currently", "حاليا", "الان");

    /** "now" near the figure: two words before it, or up to ten after what it counts ("4,000 rescuers, including…, are now"). */
    private static boolean nowNear(String[] w, int figure, int counted) {
        for (int k = Math.max(0, figure - 2); k < figure; k++) if (NOW.contains(w[k])) return true;
        for (int k = counted + 1; k < Math.min(w.length, counted + 11); k++) {
            if (NOW.contains(w[k])) return true;
            // "1,150 operations and procedures had now been postponed": two nouns of one count, not another clause
            if (k == counted + 1 && w[k].equals("and") && k + 2 < w.length && countable(w[k + 1]) && AUXILIARIES.contains(w[k + 2])) { k++; continue; }
            // another clause's "now" ("…, and aid agencies are now warning"), or a figure with a time of its own
            // ("12 survivors overnight", "120 patients on Monday", "In 2015, 300 families") is no present state
            if (CLAUSE_OR_TIME.contains(w[k]) || CasualtyCounts.isMonth(w[k]) || isBareYear(w[k])) return false;
        }
        return false;
    }

    private static final Set<String> CLAUSE_OR_TIME = Set.of("and", "but", "which", "while", "who", "where", "although",
            "though", "whereas", "overnight", "yesterday", "last", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "evening", "night", "week", "امس", "الاثنين", "الثلاثاء", "الاربعاء",
            "الخميس", "الجمعه", "السبت", "الاحد", "بينما", "فيما");

    /** Whether the figure at {@code i} is a percentage: "41%", "12 percent", not "$44.10 per share". */
    private static boolean percentAt(String[] w, int i) {
        return w[i].endsWith("%") || i + 1 < w.length && PERCENT.contains(w[i + 1]) && !w[i + 1].equals("per");
    }

    /**
     * Whether the first figure from {@code from} on, within {@value #AGAINST_REACH} words, is of another kind than
     * a count that is (or is not) a {@code percent}age: "2.1 million registered voters, down from 41%" sets nothing
     * against the voters.
     */
    private static boolean againstPercent(String[] w, int from, boolean percent) {
        for (int k = from; k < w.length && k < from + AGAINST_REACH; k++) if (value(w[k]) != null) return percentAt(w, k) != percent;
        return false;
    }

    /** How far after what a figure counts "down from" or "up from" may stand, and the old figure after it. */
    private static final int AGAINST_REACH = 6;

    /**
     * Whether the figure at {@code at} is set against the one counted at {@code counted} by a "down from" or "up
     * from" between them, each within {@value #AGAINST_REACH} words: "…customers remained without power, down from
     * a peak of more than 112,000".
     */
    private static boolean setAgainst(String[] w, int counted, int at) {
        for (int f = at - 1; f > counted && f >= at - AGAINST_REACH; f--) {
            if (value(w[f]) != null) return false; // another figure is the one set against
            int cue = againstCue(w, f);
            if (cue >= counted) return cue - counted <= AGAINST_REACH;
        }
        return false;
    }

    /** Words before "than the" that set a figure against one told before: "five more than the 40 it announced". */
    private static final Set<String> COMPARED = Set.of("more", "fewer", "less", "higher", "lower");

    /**
     * Where the words that set a figure against an older one end at {@code f} ("down from", "up from", "instead of",
     * "more than the", "below the", "above the"), the index of their first word; else -1. "More than" and "below"
     * take "the" before the old figure: "more than 40" alone is a new count given roughly.
     */
    private static int againstCue(String[] w, int f) {
        if (f < 1) return -1;
        if (w[f].equals("from") && (w[f - 1].equals("down") || w[f - 1].equals("up"))) return f - 1;
        if (w[f].equals("of") && w[f - 1].equals("instead")) return f - 1;
        if (w[f].equals("the") && (w[f - 1].equals("below") || w[f - 1].equals("above"))) return f - 1;
        if (w[f].equals("the") && f >= 2 && w[f - 1].equals("than") && COMPARED.contains(w[f - 2])) return f - 2;
        return -1;
    }

    /**
     * What a figure with no word of its own counts when it stands after "at" or "to" and is set against an older
     * one: the noun before ("puts the vaccine's efficacy at 74%, below the 77% reported earlier" counts efficacy);
     * null otherwise ("rated at 74%" alone says no more than it did).
     */
    private static String againstAt(String[] cased, String[] w, int at, int after) {
        if (at < 2 || !(w[at - 1].equals("at") || w[at - 1].equals("to")) || !countable(w[at - 2]) || endsClause(cased[at - 2])) return null;
        for (int f = after; f < w.length && f <= after + AGAINST_REACH; f++) {
            if (value(w[f]) != null) return setAgainst(w, at, f) ? unit(w[at - 2]) : null;
        }
        return null;
    }

    /** What marks a qualifier as a participle ("store@~underperforming"), not names. */
    private static final String ADJECTIVE = "@~";

    /** A lower-case Latin word of six letters or more in -ing or -ed: "underperforming", "affected", "confirmed". */
    private static boolean participle(String cased) {
        String c = EDGES.matcher(cased).replaceAll("");
        return c.length() >= 6 && Character.isLowerCase(c.charAt(0)) && Character.UnicodeScript.of(c.charAt(0)) == Character.UnicodeScript.LATIN
                && (c.endsWith("ing") || c.endsWith("ed")) && !CasualtyCounts.isCasualtyWord(c);
    }

    /** Whether the word at {@code k} is a lower-case plural noun that can be counted: "stores", "women". */
    private static boolean plural(String[] cased, String[] w, int k) {
        return !cased[k].isEmpty() && Character.isLowerCase(cased[k].charAt(0)) && countable(w[k])
                && (w[k].endsWith("s") && !w[k].endsWith("ss") && !NOT_NOUNS.contains(w[k]) || IRREGULAR_PLURALS.contains(w[k]));
    }

    /**
     * Past the names that may stand between a figure and what it counts ("67,000 Tidewater Electric customers"):
     * up to three capitalized Latin words followed by a countable lower-case plural; else {@code j} itself.
     */
    private static int pastNames(String[] cased, String[] w, int j) {
        int k = j;
        while (k < w.length && k < j + 3 && latinCapital(cased[k])) k++;
        // a plural noun: "40 East Timorese recently", "Seven Republicans voted", "1,200 Americans remain" count the names
        return k > j && k < w.length && plural(cased, w, k) ? k : j;
    }

    /** Plurals without their s: "30 Palestinian women", "40 Filipino crew". */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("men", "women", "children", "police", "crew", "staff",
            "personnel", "cattle", "sheep", "fish", "aircraft", "militia", "youth", "clergy");

    /** Verbs ending in s after a name, not what a figure counts ("41 Democrats says", "12 Britons remains"). */
    private static final Set<String> NOT_NOUNS = Set.of("says", "is", "was", "has", "does", "goes", "remains", "lives",
            "stays", "gets", "makes", "takes", "sees", "wants", "needs", "plans", "its", "this", "thus", "as", "us");

    /** Common nouns and pronouns that open a sentence as its subject: "Officials said about 48,000…". */
    private static final Set<String> SUBJECT_NOUNS = Set.of("officials", "police", "authorities", "crews", "rescuers",
            "residents", "witnesses", "doctors", "experts", "analysts", "investigators", "prosecutors", "firefighters",
            "troops", "soldiers", "protesters", "voters", "workers", "sources", "reports", "figures", "data", "they", "we",
            "it", "he", "she", "there", "this", "these", "those", "that", "the", "a", "an", "in", "on", "at", "by", "for");

    /** Words that open a sentence before a figure without naming anything: "Some 300", "Nearly 2,000". */
    private static final Set<String> ROUGHLY = Set.of("some", "nearly", "almost", "over", "around", "roughly", "about",
            "just", "only", "another", "all", "at", "least", "up", "with");

    /** How many words before a figure {@link #namesBefore} looks: "Duke Energy said about 112,000". */
    private static final int NAMES_REACH = 6;

    /**
     * Capitalized Latin words within {@value #NAMES_REACH} words before the figure at {@code at}; the sentence's first
     * word only when it is no function word ("Duke Energy said", not "More than").
     */
    private static Set<String> namesBefore(String[] cased, String[] w, int at) {
        Set<String> out = new HashSet<>();
        for (int k = Math.max(0, at - NAMES_REACH); k < at; k++) {
            // the sentence's first word is capitalized whatever it is: "Duke Energy said", "Brunson scored" are names,
            // "Officials said", "More than" are not
            if (k == 0 && (w[0].length() < 2 || GENERIC.contains(unit(w[0])) || ROUGHLY.contains(w[0])
                    || SUBJECT_NOUNS.contains(w[0]))) continue;
            if (endsClause(cased[k])) out.clear(); // names of another clause say nothing of this figure
            else if (latinCapital(cased[k])) out.add(w[k]);
        }
        return out;
    }

    /** A word opening with a Latin capital: a name, where Arabic has none to show. */
    private static boolean latinCapital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** The names skipped between a figure and its noun, as a qualifier ("@tidewater electric"), or "" for none. */
    private static String qualifier(String[] w, int from, int to) {
        return from >= to ? "" : "@" + String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    /** A word that can be what a figure counts: not a generic count, a month, a casualty word or a word of one letter. */
    private static boolean countable(String word) {
        String u = unit(word);
        return u.length() >= 2 && !GENERIC.contains(u) && !CasualtyCounts.isMonth(word) && !CasualtyCounts.isCasualtyWord(word)
                && value(word) == null;
    }

    /**
     * The index of the verb that gives the figure at {@code at} as an update ("rose to", «ارتفع … إلى»), within
     * {@value #UPDATE_REACH} words before its "to"; -1 when there is none.
     */
    private static int updateVerb(String[] w, int at) {
        int to = CasualtyCounts.beforeApproximation(w, at); // "grown to about 2,500", "rose to more than 300"
        if (to < 0 || !TO.contains(w[to])) return -1;
        at = to + 1;
        for (int b = at - 2; b >= Math.max(0, at - 1 - UPDATE_REACH); b--) {
            String verb = w[b].length() > 3 && "وف".indexOf(w[b].charAt(0)) >= 0 ? w[b].substring(1) : w[b];
            if (UPDATE_VERB.matcher(verb).matches() || UPDATE_VERB.matcher(w[b]).matches()) {
                // a fall is told close to its figure: "Shares fell as the chain announced plans to grow to 450" is none
                boolean falling = FALLING_VERB.matcher(verb).matches() || FALLING_VERB.matcher(w[b]).matches();
                // Arabic names what fell after its verb («تراجع سعر خام برنت في التعاملات الآسيوية إلى 76.40»): any
                // reach, unless a clause of its own stands between («تراجعت الأسهم بعد أن أعلنت … التوسع إلى 450»)
                boolean far = isArabic(w[b]) ? clauseBetween(w, b, at - 1) : at - 1 - b > FALLING_REACH;
                return falling && far ? -1 : b;
            }
        }
        return -1;
    }

    private static final Pattern FALLING_VERB = Pattern.compile(FALLING);

    /** Folded Arabic words that open a clause of their own: «أن», «بعد», «حين», «عندما», «فيما», «بينما», «الذي». */
    private static final Set<String> CLAUSE_AR = Set.of("ان", "بعد", "عقب", "اثر", "حين", "عندما", "بينما", "فيما",
            "الذي", "التي", "لكن", "كما");

    /** Whether a word between {@code from} and {@code to} (both excluded) opens a clause of its own ({@link #CLAUSE_AR}). */
    private static boolean clauseBetween(String[] w, int from, int to) {
        for (int k = from + 1; k < to; k++) if (CLAUSE_AR.contains(w[k])) return true;
        return false;
    }
    /** Most words between a verb of falling and its "to": "slipping 0.5% to", "fell sharply to". */
    private static final int FALLING_REACH = 3;

    /** Words between a subject and its verb ("has risen", «قد ارتفع»): what changed stands before them. */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "been", "was", "were", "is", "are",
            "قد", "وقد", "فقد", "لقد");
    /** Words for how many or how much of something, which follows: "the number of ballots", «عدد الموقوفين». */
    private static final Set<String> HEADS = Set.of("total", "number", "count", "share", "عدد", "اجمالي", "مجموع", "نسبه");
    /** Verbs of change with an object: "the Fed raised rates to 5.5%" changes rates, not the Fed. */
    private static final Set<String> TRANSITIVE = Set.of("raised", "increased", "expanded");
    /** Words before a noun in its phrase: "raised its forecast", "the number of the ballots". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our");

    /**
     * What the update whose verb is at {@code verb} and whose "to" is at {@code to} counts, when no word after its
     * figure says: a total's complement, before or after the verb ("the number of cases in Kern rose to", «ارتفع
     * عدد الموقوفين إلى»), a transitive verb's object ("raised rates to"), or the noun before the verb past its
     * auxiliaries ("turnout has been rising to"); null when that is a pronoun or a bare total ("it rose to").
     */
    private static String updateCounts(String[] w, int verb, int to) {
        boolean arabic = isArabic(w[verb]);
        if (arabic || TRANSITIVE.contains(w[verb])) {
            // after the verb: Arabic's subject (a total's complement, «ارتفع عدد الموقوفين إلى») or an object
            for (int b = verb + 1; b < to; b++) {
                String y = complement(w, b, to);
                if (y != null || HEADS.contains(w[b])) return y;
            }
            if (arabic && to > verb + 1) return null; // «قد يصل طولها إلى»: the subject follows, not the word before
            if (!arabic) {
                int k = verb + 1;
                while (k < to && DETERMINERS.contains(w[k])) k++;
                String object = lastNoun(w, k, to);
                if (object != null) return object;
            }
        }
        int p = verb - 1;
        while (p >= 0 && AUXILIARIES.contains(w[p])) p--;
        if (p < 0) return null;
        // "the number of cases in Kern County has risen to": a total a few words back counts what follows it
        for (int b = p; b >= Math.max(0, p - 5); b--) {
            String y = complement(w, b, p + 1);
            if (y != null || HEADS.contains(w[b]) && b == p) return y;
        }
        return countable(w[p]) ? unit(w[p]) : null;
    }

    /** How many words before a figure a share's head may stand: «نسبة المشاركة الأولية بـ31%». */
    private static final int SHARE_REACH = 4;

    /**
     * What an Arabic share or total just before a figure counts, when nothing after it says: «بلغت نسبة المشاركة
     * 38.5%», «قدّرت الهيئة نسبة المشاركة الأولية بـ31%» count «المشاركة»; null when there is none.
     */
    private static String shareBefore(String[] w, int at) {
        for (int b = at - 1; b >= Math.max(0, at - SHARE_REACH); b--) {
            if (value(w[b]) != null) return null; // another figure stands between: the head is its
            if (isArabic(w[b]) && HEADS.contains(w[b])) return complement(w, b, at);
        }
        return null;
    }

    /** A word closing a clause with its punctuation: "300,", «31%،», "away." */
    private static boolean endsClause(String raw) {
        if (raw.isEmpty()) return false;
        char c = raw.charAt(raw.length() - 1);
        return c == ',' || c == '،' || c == '.' || c == ';' || c == '؛' || c == ':' || c == '!' || c == '?' || c == '؟';
    }

    /** What the total at {@code b} counts ("number of [the] ballots", «عدد الموقوفين»), before {@code end}; null if none. */
    private static String complement(String[] w, int b, int end) {
        if (!HEADS.contains(w[b])) return null;
        if (isArabic(w[b])) return b + 1 < end && countable(w[b + 1]) ? unit(w[b + 1]) : null; // «عدد الموقوفين»
        int k = b + 1;
        if (k >= end || !w[k].equals("of")) return null;
        for (k++; k < end && DETERMINERS.contains(w[k]); k++) {}
        return lastNoun(w, k, end);
    }

    /** The last of the countable words from {@code from} on, before {@code end}: "challenged ballots" → "ballot". */
    private static String lastNoun(String[] w, int from, int end) {
        int k = from;
        while (k < end && countable(w[k]) && !(w[k].endsWith("ly") && w[k].length() > 4)) k++; // not "sharply"
        return k > from ? unit(w[k - 1]) : null;
    }

    private static boolean isArabic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.ARABIC;
    }

    /** Four digits and nothing else: "2026", not "2,000" or "2.000". */
    private static boolean isBareYear(String token) {
        return token.length() == 4 && token.chars().allMatch(Character::isDigit);
    }

    /** The counted things for which two sentences give different figures: one measure at two moments, maybe. */
    static Set<String> otherFigures(Reading a, Reading b) {
        Reading x = a.alignedTo(b), y = b.alignedTo(a);
        Set<String> out = otherFigures(x.figures(), y.figures());
        // a figure given as an update ("$47.85 per share, up from $44.10") is one measure whatever names stand near
        // not so Arabic's subject of an update («سعر خام برنت», «خام غرب تكساس الوسيط»): two grades are two prices
        out.removeIf(key -> (!x.updated().contains(key) && !y.updated().contains(key) || isArabic(key)) && !sameNames(a, b, key));
        return out;
    }

    /**
     * Whether the names near two readings' figures of {@code key} allow one thing: none on one side, or one side's
     * among the other's ("Duke Energy said 112,000 customers" and "Dominion Energy reported 48,000 customers" do not).
     */
    static boolean sameNames(Reading a, Reading b, String key) {
        Set<String> x = a.near().getOrDefault(key, Set.of()), y = b.near().getOrDefault(key, Set.of());
        return x.isEmpty() || y.isEmpty() || x.containsAll(y) || y.containsAll(x);
    }

    /**
     * The same names near both readings' figures of {@code key}, or none near either: what a figure that merely
     * recurs must show to be one count ("Brunson scored 25 points" and "Davis had 25 points" are two).
     */
    static boolean sameNamesStrictly(Reading a, Reading b, String key) {
        Set<String> x = a.near().getOrDefault(key, Set.of()), y = b.near().getOrDefault(key, Set.of());
        return x.equals(y) || !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
    }

    static Set<String> otherFigures(Map<String, Set<Double>> a, Map<String, Set<Double>> b) {
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Set<Double>> e : a.entrySet()) {
            Set<Double> other = b.get(e.getKey());
            if (other != null && !other.equals(e.getValue())) out.add(e.getKey());
        }
        return out;
    }

    /**
     * Whether figures {@code a} and {@code b} give for {@code things} (non-empty) measure one thing: yes, unless
     * all are sums of money, which must also be spoken of in the same words ({@link #MONEY_SHARED} distinct terms
     * in common: «صندوق … 5 مليارات دولار» and «رأسمال الصندوق … 8 مليارات دولار», not Norway's and the US's aid).
     */
    static boolean oneMeasure(Set<String> things, int sharedTerms) {
        return !things.isEmpty() && (!allMoney(things) || sharedTerms >= MONEY_SHARED);
    }

    /** Terms two sentences giving sums of money share, at least, to speak of one sum: the scale, the currency and one more. */
    static final int MONEY_SHARED = 3;

    /**
     * False when {@code text} certainly gives no figure as an update; true when it may: what {@link #reading} takes
     * for one, read the same way (folded, lower-cased, words split at spaces with their punctuation cut): a word
     * that may be a number after one of {@link #TO} ("to 187", "to twelve", «إِلَى ١١٢», «لإلى»), or "down from" and
     * "up from", whatever follows ("down from the 187"). A scan, not a pattern: it runs over every sentence of a cluster.
     */
    static boolean mayGiveUpdate(String text) {
        String t = ArabicOrthography.fold(text).toLowerCase(Locale.ROOT);
        for (String cue : TO) {
            for (int at = t.indexOf(cue); at >= 0; at = t.indexOf(cue, at + 1)) {
                int e = at + cue.length();
                while (e < t.length() && isEdge(t.charAt(e))) e++; // "to, 40" is "to" and "40"
                if (at > 0 && Character.isLetter(t.charAt(at - 1)) || e >= t.length() || !isSpace(t.charAt(e))) continue;
                while (e < t.length() && (isSpace(t.charAt(e)) || isEdge(t.charAt(e)))) e++;
                // "to about 2,500", "to at least 40": the figure follows the words of approximation
                for (int w = wordEnd(t, e); e < t.length() && CasualtyCounts.approximates(t.substring(e, w)); w = wordEnd(t, e)) {
                    e = w;
                    while (e < t.length() && isSpace(t.charAt(e))) e++;
                }
                if (e >= t.length()) break;
                char c = t.charAt(e);
                if (Character.isDigit(c) || c == '$' || c == '€' || c == '£') return true;
                int end = e;
                while (end < t.length() && !isSpace(t.charAt(end))) end++;
                // a number word, «بخمسة»: read as the reader reads it
                if (Character.isLetter(c) && end - e <= 12 && value(EDGES.matcher(t.substring(e, end)).replaceAll("")) != null) return true;
            }
        }
        for (String now : NOW) { // a word of the present state, as the reader reads it: "are now working"
            for (int at = t.indexOf(now); at >= 0; at = t.indexOf(now, at + 1)) {
                if ((at == 0 || !Character.isLetter(t.charAt(at - 1)))
                        && (at + now.length() == t.length() || !Character.isLetter(t.charAt(at + now.length())))) return true;
            }
        }
        // "instead of the 2 million", "five more than the 40", "below the 77%": an old figure set against (a cue
        // only; the reader says whether a figure of one thing precedes)
        for (String cue : AGAINST_CUES) if (t.contains(cue)) return true;
        for (int at = t.indexOf("from"); at >= 0; at = t.indexOf("from", at + 1)) {
            int b = at;
            while (b > 0 && (isSpace(t.charAt(b - 1)) || isEdge(t.charAt(b - 1)))) b--;
            if (b == at) continue;
            for (String dir : new String[] {"down", "up"}) {
                int s = b - dir.length();
                if (s >= 0 && t.startsWith(dir, s) && (s == 0 || !Character.isLetter(t.charAt(s - 1)))) return true;
            }
        }
        return false;
    }

    /** The words of {@link #againstCue} other than "down from" and "up from", as {@link #mayGiveUpdate} scans for them. */
    private static final List<String> AGAINST_CUES = List.of(" instead of ", " than the ", " below the ", " above the ");

    private static int wordEnd(String t, int from) {
        int end = from;
        while (end < t.length() && !isSpace(t.charAt(end))) end++;
        return end;
    }

    /** A character {@link #SPACE} splits words at. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Punctuation or a symbol, which {@link #EDGES} may cut from a word's edge; not $, € or £, which begin a figure. */
    private static boolean isEdge(char c) {
        int type = Character.getType(c); // the punctuation and symbol types are 20 to 30
        return type >= Character.DASH_PUNCTUATION && type <= Character.FINAL_QUOTE_PUNCTUATION && "$€£".indexOf(c) < 0;
    }

    /** Currencies, folded: money is spent on many things in one story, so a sum alone does not say which. */
    private static final Set<String> MONEY = new HashSet<>();

    static {
        // as unit() leaves them: «جنيه» is «جني», «جنيهات» «جنيه», and either is money
        for (String m : ("dollar euro pound yen yuan franc riyal dirham dinar lira دولار يورو جنيه جنيهات ريال درهم "
                + "دينار لير ليره توم تومان").split(" ")) {
            MONEY.add(unit(m));
        }
    }

    /** True when every one of {@code things} is a sum of money. */
    static boolean allMoney(Set<String> things) {
        for (String t : things) if (!MONEY.contains(t)) return false;
        return true;
    }

    private static Double value(String w) {
        return CasualtyCounts.number(w);
    }

    /** A counted word without its plural or case ending: "acres" → "acre", «مليارات» → «مليار», «محتجا» → «محتج». */
    static String unit(String w) {
        int end = w.length();
        while (end > 0 && w.charAt(end - 1) == '.') end--;
        String u = w.substring(0, end);
        if (!u.isEmpty() && u.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
            if (u.length() > 3 && u.startsWith("ال")) u = u.substring(2);
            if (u.length() > 3 && u.endsWith("ا")) u = u.substring(0, u.length() - 1);
            for (String suf : new String[] {"ات", "ين", "ون", "ه"}) {
                if (u.length() > 3 + suf.length() - 1 && u.endsWith(suf)) { u = u.substring(0, u.length() - suf.length()); break; }
            }
            return u;
        }
        if (u.endsWith("ment") && u.length() > 6) u = u.substring(0, u.length() - 4);
        if (u.endsWith("ed") && u.length() > 4) u = u.substring(0, u.length() - 2);
        if (u.endsWith("es") && u.length() > 4 && !u.endsWith("ies")) u = u.substring(0, u.length() - 1);
        if (u.endsWith("s") && u.length() > 3 && !u.endsWith("ss")) u = u.substring(0, u.length() - 1);
        return u;
    }
}
