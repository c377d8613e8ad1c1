package io.khulasa.clean;

import java.util.regex.Pattern;

/** A line that is a date, or a row of short fields one of which is a date or a reading time. */
final class DateRows {
    private DateRows() {}

    /** "3 min read", "5 minutes read", "قراءة 3 دقائق", "دقيقتان للقراءة" (normalized text). */
    static final Pattern READING_TIME = Pattern.compile(
            "\\b\\d+ (?:min|mins|minute|minutes) read\\b|قراءه \\d+ (?:دقائق|دقايق|دقيقه)"
            + "|\\d+ (?:دقائق|دقايق|دقيقه) (?:للقراءه|قراءه)|(?:دقيقه|دقيقتان|دقيقتين) للقراءه"
            + "|temps de lecture|\\d+ min de lecture|lecture \\d+ min");
    private static final Pattern FRENCH_TIME = Pattern.compile("\\d{1,2}h\\d{0,2}");
    static final Pattern META_SEP = Pattern.compile("\\s+[·|•]\\s+");

    /** "p m" after a figure, as {@link TextNormalizer} leaves "p.m.". */
    private static final Pattern MERIDIEM = Pattern.compile("(?<=\\d )([ap]) m\\b");
    private static final Pattern CLOCK_TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");

    /** A line that is a date and nothing else to end it: "Sunday, March 15, 2026", "15/03/2026 08:20". */
    static boolean isDateAlone(String line) {
        LineFeatures f = LineFeatures.of(line);
        return f.digits > 0 && f.words <= 8 && !f.endsSentence() && isDate(line, TextNormalizer.normalize(line), f);
    }

    static boolean isDate(String raw, String n, LineFeatures f) {
        if (f.digits == 0 || f.words > 12) return false;
        // "12:40 p.m." normalizes to "12 40 p m": one word of the clock's, as "pm" is ("Last updated 12:40 p.m. Wednesday")
        String[] t = Lexicon.tokens(n.indexOf(" m") > 0 ? MERIDIEM.matcher(n).replaceAll("$1m") : n);
        boolean allNumeric = true;
        int other = 0;
        for (String x : t) {
            boolean num = x.chars().allMatch(Character::isDigit) || FRENCH_TIME.matcher(x).matches(); // "09h15"
            if (!num && !Lexicon.DATE_WORDS.contains(x)) other++;
            allNumeric &= num;
        }
        // A date with one more word (its place: «الدانة، 27 شوال 1447 هـ الموافق 15 أبريل 2026 م»), or with the
        // place of its clock: "…, 09:00 Valdoria time", «… 14:20 بتوقيت عين الريحان».
        // A date with its clock time and a few words more is a page's byline row ("Coastal Post staff Wednesday 5 May
        // 2010 21:05 BST", «الجرف - خاص الخميس 13 نوفمبر 2025 - 10:35 م»): prose gives no clock to the minute unpunctuated.
        if (other > 0) {
            boolean clock = CLOCK_TIME.matcher(raw).find();
            return (other <= 2 || clock) && !f.endsSentence() && PublicationDate.parse(raw, false) != null
                    && (other == 1 || clock || n.contains(" time") || n.contains("بتوقيت") || n.contains("توقيت"));
        }
        // digits only: a date needs separators between at least three numbers, one a year ("2016-10-03", "03/10/2016
        // 12:30", «1447/10/27»); a phone number has none ("+1 614-555-0142")
        if (!allNumeric) return true;
        if (t.length < 3 || raw.indexOf('+') >= 0) return false;
        for (String x : t) if (x.length() == 4 && (x.startsWith("19") || x.startsWith("20") || x.startsWith("14"))) return true;
        return false;
    }

    /**
     * A row of short fields separated by "·" or "|", one of them a date: "نهى الشريف · الإثنين 12 أكتوبر 2026
     * · تحديث 10:40 مساءً", "Source: Daily Wire · 15 Oct 2025 · 3 min read".
     */
    static boolean isMetaRow(String raw) {
        String[] fields = META_SEP.split(raw.strip());
        if (fields.length < 2) return false;
        boolean dated = false;
        for (String x : fields) {
            LineFeatures xf = LineFeatures.of(x);
            if (xf.words > 8) return false;
            String nx = TextNormalizer.normalize(x);
            dated |= isDate(x, nx, xf) || READING_TIME.matcher(nx).find();
        }
        return dated;
    }

    /** A dash between spaced fields, or a bar: "Metro Desk - March 10, 2025", «هنا السدر - قصص إنسانية | 10 آذار 2025». */
    private static final Pattern DASHED_SEP = Pattern.compile("\\s+[-–—·|•]\\s+");

    /**
     * A row of names set apart by dashes, one field a date: «هنا السدر - قصص إنسانية - 10 آذار 2025», "Metro Desk -
     * March 10, 2025". A headline's clause may stand after a dash, so each other field is a name of four words at
     * most that neither tells (a past verb, a count; «و» and a verb; in English, a word in lower case) nor ends a
     * sentence. The row opens with a name: a date first is a timeline's entry ("March 10 - Talks collapse").
     */
    static boolean isDashedMetaRow(String raw, boolean arabic) {
        return namesRow(raw, arabic, true);
    }

    /**
     * The same row without a date: a site and its desk, "Gulf Post Online | Aviation Desk", «قناة المدار | أخبار
     * محلية». Only above the text, where a headline's clause after a dash would be the title's.
     */
    static boolean isNameRow(String raw, boolean arabic) {
        return namesRow(raw, arabic, false);
    }

    private static boolean namesRow(String raw, boolean arabic, boolean needsDate) {
        String[] fields = DASHED_SEP.split(raw.strip());
        if (fields.length < 2 || fields.length > 4) return false;
        boolean dated = false;
        for (int i = 0; i < fields.length; i++) {
            String x = fields[i];
            LineFeatures xf = LineFeatures.of(x);
            if (xf.words > 8 || xf.endsSentence()) return false;
            if (i > 0 && isDate(x, TextNormalizer.normalize(x), xf)) dated = true;
            else if (xf.words > 4 || (arabic ? DatedCaptions.narratesInArabic(x) : !titleCased(x) || DatedCaptions.reports(x))) return false;
        }
        return dated || !needsDate;
    }

    /** Every word of four letters or more capitalised, as a name's are ("Metro Desk"); a clause's are not ("Council approves budget"). */
    private static boolean titleCased(String field) {
        for (String w : field.strip().split("\\s+")) {
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0)) && !Character.isUpperCase(w.codePointAt(0))) return false;
        }
        return true;
    }
}
