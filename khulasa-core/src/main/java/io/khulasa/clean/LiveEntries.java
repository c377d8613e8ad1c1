package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A live page's time-stamped entries and a match's minute-by-minute commentary. */
final class LiveEntries {
    private LiveEntries() {}

    /**
     * A live page's time stamp opening a line, with its dash or colon: "5:41 p.m. —", "17:41 —", "10:05 ET:",
     * «الساعة 17:41 -», «19:40 مساءً -».
     */
    private static final String CLOCK = "^(?:الساعة\\s+|الساعه\\s+)?\\p{Nd}{1,2}:\\p{Nd}{2}(?::\\p{Nd}{2})?"
            + "(?:\\s*(?i:[ap]\\.m\\.|[ap]m))?(?:\\s+(?:\\p{Lu}{1,3}T|UTC))?(?:\\s+(?:صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً|ص|م))?";
    private static final Pattern CLOCK_LEAD = Pattern.compile(CLOCK + "\\s*(?:[-–—:]|--)\\s*(?=\\S)");
    /** An English day and date a live page prints after an entry's clock: "Wed, March 12", "Tuesday 11 March". */
    private static final String DAY_AND_DATE = "(?:,?\\s+(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?)?"
            + "(?:,?\\s+(?:" + io.khulasa.text.MonthNames.ENGLISH_PATTERN + "\\s+\\d{1,2}|\\d{1,2}\\s+" + io.khulasa.text.MonthNames.ENGLISH_PATTERN
            + ")(?:,?\\s+(?:19|20)\\d\\d)?)?";
    /**
     * A live entry's time stamp on a line of its own (a page's {@code <time>} element): "3:05 p.m.", «10:45 ص», and
     * with its day and date, "12:40 p.m. Wed, March 12".
     */
    static final Pattern CLOCK_ALONE = Pattern.compile(CLOCK + DAY_AND_DATE + "\\s*$");
    /**
     * A stamp with its day first: "3 March, 11:02", "March 3, 2025 at 11:02 a.m.". One such line is an article's date;
     * a page with {@link #DATED_STAMPS} of them is a live page's list of entries.
     */
    static final Pattern DAY_FIRST_ALONE = Pattern.compile("^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{L}*,?\\s+)?(?:\\d{1,2}\\s+"
            + io.khulasa.text.MonthNames.ENGLISH_PATTERN + "|" + io.khulasa.text.MonthNames.ENGLISH_PATTERN + "\\s+\\d{1,2})"
            + "(?:,?\\s+(?:19|20)\\d\\d)?,?\\s+(?:at\\s+)?" + CLOCK.substring(1) + "\\s*$");
    /** Day-first stamps that make a page's list of entries. */
    static final int DATED_STAMPS = 3;

    /** Whether a line is an entry's time stamp: a clock alone, or, on a page of {@code dayFirstStamps}, a day-first stamp. */
    static boolean timeStamp(String line, boolean dayFirstStamps) {
        return CLOCK_ALONE.matcher(line).matches() || dayFirstStamps && DAY_FIRST_ALONE.matcher(line).matches();
    }

    /** Whether the page stamps its entries day first ("3 March, 11:02"), {@link #DATED_STAMPS} times at least. */
    static boolean stampsDayFirst(java.util.List<Layout.Unit> units) {
        int n = 0;
        for (Layout.Unit u : units) if (u.f.words <= 8 && DAY_FIRST_ALONE.matcher(u.text).matches() && ++n >= DATED_STAMPS) return true;
        return false;
    }
    /** A match's minute opening a line of live commentary: «د 23: هدف!», «الدقيقة 90+2 -», "23' Goal!", "90+2' —". */
    private static final Pattern MATCH_MINUTE = Pattern.compile(
            "^(?:(?:د|الدقيقة|الدقيقه)\\s*\\p{Nd}{1,3}(?:\\s*\\+\\s*\\p{Nd}{1,2})?\\s*[:\\-–—]|\\p{Nd}{1,3}(?:\\+\\p{Nd}{1,2})?['’]\\s)");

    /** Minute-by-minute commentary of a match: play told as it happens, not the report of the result. */
    static boolean matchMinute(String line) {
        if (line.isEmpty()) return false;
        char c = line.charAt(0); // a look at the first character spares the pattern nearly every line
        return (c == 'د' || c == 'ا' || Character.isDigit(c)) && MATCH_MINUTE.matcher(line).lookingAt();
    }

    /** Words an Arabic entry's heading may have: a longer line without a stop may be the entry's text. */
    private static final int ARABIC_ENTRY_HEADING_WORDS = 18;
    /** Words a live entry's heading may have: its headline can run longer than a subheading. */
    private static final int ENTRY_HEADING_WORDS = 30;

    /**
     * A line of its own that opens with a time stamp, or stands under one, and ends with no punctuation is a live
     * entry's heading ("5:41 p.m. — Judge raises fine to $55 million; sentencing set for March 12"), though longer
     * than a subheading may be and, before the first entry's text, no subheading at all.
     */
    static boolean entryHeading(Page page, Unit u, boolean underTimeStamp) {
        boolean arabic = page.arabic;
        // Arabic prose often ends without a stop: only a headline's length tells its entry's heading from its text
        return u.lines.size() == 1 && u.f.bare() && u.f.words <= (arabic ? ARABIC_ENTRY_HEADING_WORDS : ENTRY_HEADING_WORDS)
                && (underTimeStamp || CLOCK_LEAD.matcher(u.text).lookingAt())
                && !(arabic && Datelines.ARABIC_REPORT_OPENING.matcher(CLOCK_LEAD.matcher(u.text).replaceFirst("")).lookingAt());
    }

    /**
     * Whether the entry's text follows the unit: a sentence that is no other entry. A timeline's time-stamped lines
     * without stops, one after another, are its entries, not their headings.
     */
    static boolean textUnder(Page page, Unit u) {
        List<Unit> units = page.units;
        if (u.index + 1 >= units.size()) return false;
        Unit next = units.get(u.index + 1);
        return next.f.endsSentence() && !CLOCK_LEAD.matcher(next.text).lookingAt() && !timeStamp(next.text, true);
    }

    /**
     * A live entry's text run on after its time stamp ("5:41 p.m. — The judge raised the fine."): the stamp is cut
     * as a dateline is, the sentence kept.
     */
    static void timeStamps(Page page) {
        for (Unit u : page.units) {
            if (!u.kept() || u.title || u.keepStart != u.start) continue;
            Matcher m = CLOCK_LEAD.matcher(u.text);
            if (m.lookingAt()) u.cutPrefix(m.end(), "time-stamp");
        }
    }
}
