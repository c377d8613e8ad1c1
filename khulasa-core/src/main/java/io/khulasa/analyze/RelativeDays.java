package io.khulasa.analyze;

import io.khulasa.Omission;
import io.khulasa.text.DayNames;
import io.khulasa.text.MonthNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative days a summary leaves out of the sentences it quotes: "on Tuesday", "late Monday", "said
 * yesterday", «يوم الثلاثاء», «مساء أمس». Within one article "Tuesday" is read against its date line; in a summary
 * that quotes articles written on different days it is ambiguous, and it spends words the facts need.
 *
 * <p>A day that carries the sentence's point stays: one given with its date ("Sunday, January 16"), one that
 * bounds or counts ("until Friday", "by Monday", "next Sunday", "every Friday"), one in a list or range ("Saturday
 * and Sunday"), a possessive ("Tuesday's vote"), a name ("Good Friday", "the Sunday Times"), and one that ends the
 * sentence unless a reporting verb comes just before it: "The talks begin Monday." keeps its day, "…, officials
 * said Monday." loses it.
 */
public final class RelativeDays {
    private RelativeDays() {}

    /** A stretch of a sentence to leave out, in the sentence's own offsets. */
    private record Cut(int start, int end) {}

    private static final String EN_DAYS = String.join("|", DayNames.ENGLISH) + "|[Yy]esterday";
    private static final String AR_TIME = "(?:صباح|مساء|ليل|ليلة|فجر|ظهر|بعد\\s+ظهر|عصر|نهار)";
    private static final String AR_DAYS = "(?:" + String.join("|", DayNames.ARABIC) + ")";
    private static final Pattern EN = Pattern.compile(
            "(?:(?:[Ee]arly|[Ll]ate|[Ll]ast)\\s+(?:on\\s+)?|[Oo]n\\s+)?(?:" + EN_DAYS
                    + ")(?:\\s+(?:morning|afternoon|evening|night))?(?![\\p{L}\\p{N}])");
    /** Another day or a date joined to this one: a list or a range ("Saturday and Sunday", "Monday to Friday"). */
    private static final Pattern EN_LIST = Pattern.compile(
            "^\\s*,?\\s*(?:and|or|to|through|thru|till|until|-|–)\\s+(?:" + EN_DAYS + "|\\d)");
    /** A time of day before the day, or «يوم»: without one, «الجمعة» may be Friday's prayer or an assembly. */
    private static final Pattern AR = Pattern.compile(
            "(?:(?:(?:في|فى)\\s+)?(?:(?:" + AR_TIME + "\\s+)?يوم\\s+|" + AR_TIME + "\\s+)" + AR_DAYS
                    + "(?:\\s+(?:الماضي|الفائت))?|(?:" + AR_TIME + "\\s+)?(?:أول\\s+من\\s+)?(?:أمس|امس)(?:\\s+" + AR_DAYS + ")?)"
                    + "(?![\\p{L}\\p{N}])");

    /** Words after which a day bounds, counts or is part of a name, so it stays. */
    private static final Set<String> KEEP_AFTER_EN = Set.of("by", "until", "till", "since", "before", "after", "from",
            "through", "to", "between", "next", "this", "that", "coming", "every", "each", "a", "an", "the", "of",
            "and", "or", "dated", "released", "issued", "published", "posted", "scheduled", "set", "due", "including",
            "except", "following", "only", "just", "even", "include", "includes", "included", "starting", "beginning", "ending", "as", "good", "black", "super", "ash", "palm",
            "easter", "holy", "bloody", "cyber", "maundy", "shrove", "whit", "giving", "than", "on", "late", "early");
    private static final Set<String> KEEP_AFTER_AR = Set.of("حتى", "وحتى", "قبل", "بعد", "منذ", "من", "إلى", "الى",
            "لغاية", "خلال", "ليوم", "يوم", "مثل", "و", "يشمل", "ليشمل", "تشمل", "لتشمل", "ويشمل", "وتشمل");
    /** Words before which a day is part of a name or a phrase of time ("Monday of this week"). */
    private static final Set<String> KEEP_BEFORE_EN = Set.of("of");
    /** Verbs of reporting: a day after one of them at the end of a sentence dates the saying, not the fact. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "reporters", "announced",
            "reported", "stated", "added", "confirmed", "warned", "declared", "noted", "insisted", "acknowledged");

    /**
     * The relative days to leave out of the sentence {@code text.substring(start, end)}, in the offsets of
     * {@code text}, in order and not overlapping; none for languages other than English and Arabic.
     */
    public static List<Omission> find(String text, int start, int end, String language) {
        boolean arabic = "ar".equals(language);
        if (!arabic && !"en".equals(language)) return List.of();
        String sentence = text.substring(start, end);
        if (!(arabic ? namesADay(sentence, DayNames.ARABIC, "مس") : namesADay(sentence, DayNames.ENGLISH, "esterday"))) {
            return List.of(); // most sentences name no day: no pattern runs
        }
        List<Omission> cuts = new ArrayList<>();
        Matcher m = (arabic ? AR : EN).matcher(sentence);
        while (m.find()) {
            Cut c = arabic ? arabic(sentence, m.start(), m.end()) : english(sentence, m.start(), m.end());
            if (c != null) cuts.add(new Omission(start + c.start(), start + c.end()));
        }
        return cuts;
    }

    /**
     * The sentence {@code text.substring(start, end)} as a summary quotes it: without its {@code omitted}
     * stretches, and with a capital first letter when its opening was left out.
     */
    public static String quote(String text, int start, int end, List<Omission> omitted) {
        if (omitted.isEmpty()) return text.substring(start, end);
        StringBuilder b = new StringBuilder(end - start);
        int at = start;
        for (Omission o : omitted) {
            b.append(text, at, o.start());
            at = o.end();
        }
        b.append(text, at, end);
        if (omitted.get(0).start() == start && b.length() > 0) b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static Cut english(String s, int start, int end) {
        String before = wordBefore(s, start).toLowerCase(Locale.ROOT);
        if (KEEP_AFTER_EN.contains(before)) return null;
        String rest = s.substring(end);
        if (rest.startsWith("'s") || rest.startsWith("’s") || rest.startsWith("-") || rest.startsWith("–")) return null;
        String next = firstWord(rest.replaceFirst("^,?\\s*", ""));
        if (KEEP_BEFORE_EN.contains(next.toLowerCase(Locale.ROOT)) || startsDate(rest) || EN_LIST.matcher(rest).find()) {
            return null;
        }
        if (start == 0) {
            // Opening the sentence: "On Tuesday, the…", "Late Monday police…", "Tuesday, the…". A bare day with
            // neither a comma nor a capital after it is the subject ("Sunday was the deadline").
            Matcher gap = Pattern.compile("^,?\\s+").matcher(rest);
            if (!gap.find()) return null;
            boolean adverbial = rest.startsWith(",") || !Character.isUpperCase(s.charAt(0)) || s.indexOf(' ') < end
                    && !DayNames.ENGLISH.contains(s.substring(0, s.indexOf(' ')));
            if (!adverbial && (next.isEmpty() || !Character.isUpperCase(next.codePointAt(0)))) return null;
            return new Cut(0, end + gap.end());
        }
        if (!next.isEmpty() && Character.isUpperCase(next.codePointAt(0)) && !rest.startsWith(",")) return null; // "Sunday Times"
        if (endsSentence(rest) && !REPORTING.contains(before)) return null;
        return midSentence(s, start, end);
    }

    private static Cut arabic(String s, int start, int end) {
        String before = wordBefore(s, start);
        if (KEEP_AFTER_AR.contains(before)) return null;
        String rest = s.substring(end);
        String next = firstWord(rest.replaceFirst("^\\s*[,،]?\\s*", ""));
        if (startsDate(rest) || next.startsWith("و") && isArabicDay(next.substring(1))) return null;
        if (endsSentence(rest)) return null; // «مؤتمر المناخ يبدأ يوم الاثنين.»: the day is the news
        if (start == 0) {
            Matcher gap = Pattern.compile("^\\s*[,،]?\\s+").matcher(rest);
            return gap.find() ? new Cut(0, end + gap.end()) : null;
        }
        return midSentence(s, start, end);
    }

    /** A day inside a sentence goes with the space before it, or with its commas when set off by them. */
    private static Cut midSentence(String s, int start, int end) {
        if (start < 1 || !Character.isWhitespace(s.charAt(start - 1))) return null;
        int from = start - 1;
        while (from > 0 && Character.isWhitespace(s.charAt(from - 1))) from--;
        if (from > 0 && (s.charAt(from - 1) == ',' || s.charAt(from - 1) == '،')
                && end < s.length() && (s.charAt(end) == ',' || s.charAt(end) == '،')) {
            return new Cut(from - 1, end + 1); // "The group, on Tuesday, said" → "The group said"
        }
        if (from > 0 && !Character.isLetterOrDigit(s.charAt(from - 1)) && ")\"'”’»".indexOf(s.charAt(from - 1)) < 0) {
            return null; // after other punctuation the cut would leave it dangling
        }
        return new Cut(from, end);
    }

    /** Whether the sentence holds a day's name or the stem of yesterday («أمس»): every phrase found does. */
    private static boolean namesADay(String s, List<String> days, String yesterday) {
        if (s.contains(yesterday)) return true;
        for (String d : days) if (s.contains(d)) return true;
        return false;
    }

    private static boolean isArabicDay(String word) {
        return DayNames.ARABIC.contains(word);
    }

    /** A date follows: a digit or a month name, after an optional comma ("Sunday, January 16", «الأحد 16 يناير»). */
    private static boolean startsDate(String rest) {
        String r = rest.replaceFirst("^\\s*[,،]?\\s*", "");
        if (r.isEmpty()) return false;
        if (Character.isDigit(r.codePointAt(0))) return true;
        String w = firstWord(r).toLowerCase(Locale.ROOT).replace(".", "");
        return MonthNames.GREGORIAN.containsKey(w) || MonthNames.ALL.contains(w)
                || w.equals("كانون") || w.equals("تشرين");
    }

    /** Only closing quotes, brackets and final punctuation follow. */
    private static boolean endsSentence(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static String wordBefore(String s, int start) {
        int e = start;
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        return s.substring(b, e);
    }

    private static String firstWord(String s) {
        int e = 0;
        while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
        return s.substring(0, e);
    }
}
