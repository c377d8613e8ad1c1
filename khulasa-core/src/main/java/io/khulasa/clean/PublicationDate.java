package io.khulasa.clean;

import com.ibm.icu.util.PersianCalendar;
import io.khulasa.text.ArabicOrthography;
import io.khulasa.text.MonthNames;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when an article was published, from what sites write: ISO 8601 in metadata
 * ({@code 2026-08-12T18:42:00-07:00}), numeric dates ({@code 15/04/2026}), and dates in words in the languages
 * {@link MonthNames} knows ("Aug. 12, 2026", «الثلاثاء 14 أبريل 2026 - 09:12 م», «14 نيسان 2026», "le 14
 * octobre 2025", "6 de diciembre de 2026", «۲۴ فروردین ۱۴۰۵», a solar Hijri date turned Gregorian), and RSS's RFC
 * 1123 ("Thu, 05 Nov 2026 21:45:00 GMT"). The result is ISO 8601: with the time written beside the date ("07/12/2026
 * 07:30", "Posted 5:00 p.m. Wednesday, March 12, 2025") and its offset when a zone is named, else the day. Dates matter twice:
 * summary sentences are ordered by them, and a later article's figure supersedes an earlier one's.
 */
public final class PublicationDate {
    private PublicationDate() {}

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** Day, month and year (or month first, see {@link #parse}) between one separator: "15/04/2026", "10-03-2025". */
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    /**
     * A clock time with what may follow it: seconds, a half of the day ("1:20 p.m.", "07:10 AM", «09:12 م», «08:30
     * صباحا») and a zone ("EDT", "ET", "GMT", "+0100").
     */
    private static final String CLOCK = "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d:])"
            + "(?:\\s*(?:([AaPp])\\.?\\s?[Mm]\\b\\.?|(ص|صباحا|م|مساء)(?!\\p{L})))?"
            + "(?:\\s*(GMT|UTC?|Z|[+-]\\d{2}:?\\d{2}|[ECMP][SD]?T|BST|CES?T)(?![\\w:]))?";
    /** The clock of a date, right after it ("…, 2025, 1:20 p.m.", "… 2025 / 07:10 AM EDT", "… 2026 at 8:00 AM"). */
    private static final Pattern CLOCK_AFTER = Pattern.compile("\\s*(?:[,/|•·–—-]\\s*)?(?:(?i:at)\\s+|الساعه\\s+)?" + CLOCK);
    /** Or right before it, a weekday at most between ("Posted 5:00 p.m. Wednesday, March 12, 2025"). */
    private static final Pattern CLOCK_BEFORE = Pattern.compile(CLOCK + "\\s*[,|•·–—-]?\\s*(?:\\p{L}+\\.?,?\\s*)?$");
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"),
            Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"),
            Map.entry("CEST", "+02:00"), Map.entry("GMT", "Z"), Map.entry("UTC", "Z"), Map.entry("UT", "Z"), Map.entry("Z", "Z"));
    /** North America's zones named without their season ("4:45 PM ET"): the offset the day had there. */
    private static final Map<String, java.time.ZoneId> SEASONAL = Map.of("ET", java.time.ZoneId.of("America/New_York"),
            "CT", java.time.ZoneId.of("America/Chicago"), "MT", java.time.ZoneId.of("America/Denver"),
            "PT", java.time.ZoneId.of("America/Los_Angeles"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+\\.?|\\d+");
    /** Folded month name → month, negative for the solar Hijri calendar. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        MonthNames.GREGORIAN.forEach((name, m) -> MONTHS.put(key(name), m));
        MonthNames.PERSIAN.forEach((name, m) -> MONTHS.put(key(name), -m));
    }

    private static String key(String name) {
        return ArabicOrthography.fold(name).replace("\u200C", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A feed's time given as seconds (10 digits) or milliseconds (13) since 1970, as ISO 8601 in UTC ("1762951200" is
     * 2025-11-12T12:40:00Z); null for anything else. Not read in free text, where such a number may be anything.
     */
    public static String epoch(String digits) {
        if (digits == null || !EPOCH.matcher(digits.strip()).matches()) return null;
        long n = Long.parseLong(digits.strip());
        Instant t = digits.strip().length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC).withNano(0));
    }

    /** A feed's time in seconds (10 digits) or milliseconds (13) since 1970. */
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(?:\\d{3})?");

    /**
     * The date {@code text} gives, as ISO 8601, or null when it gives none that can be read. A numeric date is
     * read day first ({@code 05/04/2026} is 5 April) unless that cannot be a date or {@code monthFirst} (US
     * English) is set.
     */
    public static String parse(String text, boolean monthFirst) {
        if (text == null || text.isBlank()) return null;
        String t = asciiDigits(text);
        try {
            // Each form in turn, every occurrence: «1447/02/18 هـ الموافق 2025/08/12 م» gives the second.
            for (Matcher iso = ISO.matcher(t); iso.find(); ) {
                String d = iso(iso);
                if (d != null) return d;
            }
            for (Matcher y = YEAR_FIRST.matcher(t); y.find(); ) {
                LocalDate d = date(Integer.parseInt(y.group(1)), Integer.parseInt(y.group(2)), Integer.parseInt(y.group(3)), t);
                if (d != null) return d.toString();
            }
            for (Matcher n = NUMERIC.matcher(t); n.find(); ) {
                int a = Integer.parseInt(n.group(1)), b = Integer.parseInt(n.group(3)), year = Integer.parseInt(n.group(4));
                boolean mf = a <= 12 && (monthFirst || b > 12);
                LocalDate d = mf ? date(year, a, b, t) : date(year, b, a, t);
                if (d != null) return withClock(d, t, n.start(), n.end());
            }
            return inWords(t);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "T24:00", an offset of +25:00: no date we can stand on
        }
    }

    /**
     * The date of a stamp that gives no year ("Tue, March 11", "6:00 a.m. March 11"), read in {@code year}: the
     * year is written after it, as a date line would, and read day first as {@link #parse} does. Null when unread.
     */
    public static String parseInYear(String stamp, int year) {
        return parse(stamp + ", " + year, false);
    }

    /** An ISO 8601 match as ISO 8601: with its time and offset when both are given, else the day. */
    private static String iso(Matcher iso) {
        LocalDate d = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        if (d == null) return null;
        if (iso.group(4) == null) return d.toString();
        return at(d, iso.group(4), iso.group(5), iso.group(6), iso.group(7));
    }

    /** A day at an hour, minute and second (may be null), and at an offset ("Z", "+0100", "-07:00") when one is given. */
    private static String at(LocalDate d, String hour, String minute, String second, String offset) {
        LocalDateTime dt = d.atTime(Integer.parseInt(hour), Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
        if (offset == null) return dt.toString();
        String off = offset.equals("Z") ? "Z" : offset.replaceAll("(\\d{2})(\\d{2})$", "$1:$2");
        return OffsetDateTime.of(dt, ZoneOffset.of(off)).toString();
    }

    /**
     * The date with the clock time written right after it ("07/12/2026 07:30", "March 11, 2025, 1:20 p.m.", "Thu, 05
     * Nov 2026 21:45:00 GMT"), else right before it ("Posted 5:00 p.m. Wednesday, March 12, 2025"), with its half of
     * the day and, when a zone is named, its offset; a time without a zone is local, as ISO 8601 without an offset
     * is. A clock elsewhere in the line ("Mar 11, 2025 Updated 7:40 PM") is another moment's: then the day alone.
     */
    private static String withClock(LocalDate d, String t, int start, int end) {
        Matcher c = CLOCK_AFTER.matcher(ArabicOrthography.fold(t.substring(end)));
        if (!c.lookingAt()) {
            c = CLOCK_BEFORE.matcher(ArabicOrthography.fold(t.substring(0, start)));
            if (!c.find()) return d.toString();
        }
        int h = Integer.parseInt(c.group(1));
        boolean pm = c.group(4) != null ? Character.toLowerCase(c.group(4).charAt(0)) == 'p' : c.group(5) != null && c.group(5).startsWith("م");
        if (c.group(4) != null || c.group(5) != null) { // 12-hour clock: "12:05 AM" is 00:05, "09:12 PM" 21:12; "21:45 PM" is no time
            if (h < 1 || h > 12) return d.toString();
            h = h % 12 + (pm ? 12 : 0);
        }
        int m = Integer.parseInt(c.group(2)), sec = c.group(3) == null ? 0 : Integer.parseInt(c.group(3));
        if (h > 23 || m > 59 || sec > 59) return d.toString();
        String zone = c.group(6);
        String offset = zone == null ? null
                : SEASONAL.containsKey(zone) ? SEASONAL.get(zone).getRules().getOffset(d.atTime(h, m)).getId() : ZONES.getOrDefault(zone, zone);
        return at(d, String.valueOf(h), c.group(2), c.group(3), offset);
    }

    /** Words between a date's parts, passed over: "6 de diciembre de 2026". */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("de", "del");

    /** A day, a month name (one or two words) and a year, in either order of day and month. */
    private static String inWords(String t) {
        java.util.List<String> w = new java.util.ArrayList<>();
        java.util.List<Integer> starts = new java.util.ArrayList<>(), ends = new java.util.ArrayList<>();
        String folded = ArabicOrthography.fold(t).replace("\u200C", "");
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            String x = m.group().toLowerCase(Locale.ROOT);
            if (FILLERS.contains(x)) continue;
            w.add(x);
            starts.add(m.start());
            ends.add(m.end());
        }
        for (int i = 0; i < w.size(); i++) {
            int month = 0, span = 1;
            if (i + 1 < w.size() && MONTHS.containsKey(w.get(i) + " " + w.get(i + 1))) {
                month = MONTHS.get(w.get(i) + " " + w.get(i + 1));
                span = 2;
            } else if (MONTHS.containsKey(w.get(i).replace(".", ""))) {
                month = MONTHS.get(w.get(i).replace(".", ""));
            }
            if (month == 0) continue;
            Integer before = i > 0 ? day(w.get(i - 1)) : null;
            Integer after = i + span < w.size() ? day(w.get(i + span)) : null;
            Integer d = before != null ? before : after;
            if (d == null) continue;
            int yearAt = i + span + (before != null ? 0 : 1);
            if (yearAt >= w.size() || !w.get(yearAt).matches("\\d{4}")) continue;
            int year = Integer.parseInt(w.get(yearAt));
            if (month > 0) {
                LocalDate g = date(year, month, d);
                return g == null ? null : withClock(g, folded, starts.get(before != null ? i - 1 : i), ends.get(yearAt));
            }
            return iso(persian(year, -month, d));
        }
        return null;
    }

    /**
     * A numeric date: a year of the 14th or 15th century is a solar Hijri one («۱۴۰۴/۰۲/۲۰»), unless the text
     * marks it as a lunar Hijri year (هـ), which we do not convert.
     */
    private static LocalDate date(int year, int month, int day, String text) {
        if (year < 1300 || year > 1500) return date(year, month, day);
        return HIJRI_MARK.matcher(text).find() ? null : persian(year, month, day);
    }

    private static final Pattern HIJRI_MARK = Pattern.compile("\\d\\s*هـ|\\bهـ\\b|ه\\.|\\bAH\\b");

    private static Integer day(String w) {
        if (!w.matches("\\d{1,2}")) return null;
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A solar Hijri date as Gregorian, by its Julian day number (no time zone involved). */
    private static LocalDate persian(int year, int month, int day) {
        if (year < 1300 || year > 1500 || month < 1 || month > 12 || day < 1 || day > 31) return null;
        PersianCalendar c = new PersianCalendar(year, month - 1, day);
        return LocalDate.MIN.with(java.time.temporal.JulianFields.JULIAN_DAY, c.get(com.ibm.icu.util.Calendar.JULIAN_DAY));
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Arabic-Indic and Persian digits as ASCII, so one pattern reads them all. */
    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return b.toString();
    }

    /** An ISO 8601 date-time with its offset, else null. */
    public static OffsetDateTime zoned(String iso) {
        try {
            return iso == null ? null : OffsetDateTime.parse(iso.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An ISO 8601 date-time without an offset (a page's local clock), else null. */
    public static LocalDateTime local(String iso) {
        try {
            return iso == null ? null : LocalDateTime.parse(iso.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An ISO 8601 date or date-time (with or without offset; a bare one taken as UTC; a day at its noon) as an instant, or null. */
    public static Instant instant(String iso) {
        OffsetDateTime zoned = zoned(iso);
        if (zoned != null) return zoned.toInstant();
        LocalDateTime local = local(iso);
        if (local != null) return local.toInstant(ZoneOffset.UTC);
        try {
            // A day without its hour is placed at its noon (UTC): "2026-08-13" then falls after the evening of
            // the 12th in any time zone's reckoning, and before most of the 13th's timed reports.
            return iso == null ? null : LocalDate.parse(iso.strip()).atTime(12, 0).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
