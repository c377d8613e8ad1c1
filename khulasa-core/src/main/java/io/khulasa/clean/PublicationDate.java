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
 * 1123 ("Thu, 05 Nov 2026 21:45:00 GMT"). The result is ISO 8601: with its time and offset when the source gives
 * both, with a 24-hour time alone when one follows the date ("07/12/2026 07:30"), else the day. Dates matter twice:
 * summary sentences are ordered by them, and a later article's figure supersedes an earlier one's.
 */
public final class PublicationDate {
    private PublicationDate() {}

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?!\\d)");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    /**
     * RFC 1123 (RFC 822 with a four-digit year), as RSS {@code pubDate} and HTTP write a date: "Thu, 05 Nov 2026
     * 21:45:00 GMT"; the zone is GMT, UT(C), Z, an offset ("+0100") or a North American one ("EST"). Pages also
     * write the 12-hour clock so ("05 Nov 2026 09:12 PM"): its half of the day is applied.
     */
    private static final Pattern RFC_1123 = Pattern.compile("(?i)(?<!\\d)(\\d{1,2})\\s+([a-z]{3})\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:\\s*([ap])\\.?m\\b\\.?)?(?:\\s*(GMT|UTC?|Z|[+-]\\d{4}|[ECMP][SD]T))?(?![\\w:])");
    private static final Map<String, String> US_ZONES = Map.of("EST", "-05:00", "EDT", "-04:00", "CST", "-06:00",
            "CDT", "-05:00", "MST", "-07:00", "MDT", "-06:00", "PST", "-08:00", "PDT", "-07:00");
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
                int a = Integer.parseInt(n.group(1)), b = Integer.parseInt(n.group(2)), year = Integer.parseInt(n.group(3));
                boolean mf = a <= 12 && (monthFirst || b > 12);
                LocalDate d = mf ? date(year, a, b, t) : date(year, b, a, t);
                if (d != null) return withClock(d, t, n.end());
            }
            // before the words, which would read the day of "Thu, 05 Nov 2026 21:45:00 GMT" and lose its hour
            for (Matcher r = RFC_1123.matcher(t); r.find(); ) {
                String d = rfc1123(r);
                if (d != null) return d;
            }
            return inWords(t);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "T24:00", an offset of +25:00: no date we can stand on
        }
    }

    /** An ISO 8601 match as ISO 8601: with its time and offset when both are given, else the day. */
    private static String iso(Matcher iso) {
        LocalDate d = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        if (d == null) return null;
        if (iso.group(4) == null) return d.toString();
        return at(d, iso.group(4), iso.group(5), iso.group(6), iso.group(7));
    }

    /** An RFC 1123 match as ISO 8601, with its time, and its offset when a zone is given; null for no month. */
    private static String rfc1123(Matcher r) {
        Integer month = MONTHS.get(r.group(2).toLowerCase(Locale.ROOT));
        LocalDate d = month == null || month < 0 ? null : date(Integer.parseInt(r.group(3)), month, Integer.parseInt(r.group(1)));
        if (d == null) return null;
        String zone = r.group(8) == null ? null : r.group(8).toUpperCase(Locale.ROOT);
        String offset = zone == null ? null : zone.matches("GMT|UTC?|Z") ? "Z" : US_ZONES.getOrDefault(zone, zone);
        String hour = r.group(4);
        if (r.group(7) != null) { // 12-hour clock: "12:05 AM" is 00:05, "09:12 PM" 21:12; "21:45 PM" is no time
            int h = Integer.parseInt(hour);
            if (h < 1 || h > 12) return d.toString();
            hour = String.valueOf(h % 12 + (r.group(7).equalsIgnoreCase("p") ? 12 : 0));
        }
        return at(d, hour, r.group(5), r.group(6), offset);
    }

    /** A day at an hour, minute and second (may be null), and at an offset ("Z", "+0100", "-07:00") when one is given. */
    private static String at(LocalDate d, String hour, String minute, String second, String offset) {
        LocalDateTime dt = d.atTime(Integer.parseInt(hour), Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
        if (offset == null) return dt.toString();
        String off = offset.equals("Z") ? "Z" : offset.replaceAll("(\\d{2})(\\d{2})$", "$1:$2");
        return OffsetDateTime.of(dt, ZoneOffset.of(off)).toString();
    }

    /**
     * A clock time right after a date, as the 24-hour clock writes it ("07/12/2026 07:30", "…de 2026, 22:05"): the
     * date and that time, local as ISO 8601 without an offset is. Not a time with a half of the day or a zone after it
     * ("09:12 م", "6:42 PM PDT"), nor one elsewhere in the line: then the day alone.
     */
    private static String withClock(LocalDate d, String t, int end) {
        Matcher c = CLOCK_AFTER.matcher(t).region(end, t.length());
        if (!c.lookingAt()) return d.toString();
        int h = Integer.parseInt(c.group(1)), m = Integer.parseInt(c.group(2));
        return h < 24 && m < 60 ? d.atTime(h, m).toString() : d.toString();
    }

    private static final Pattern CLOCK_AFTER = Pattern.compile("[ ,]+(\\d{1,2}):(\\d{2})(?![\\d:])(?!\\s*\\p{L})");

    /** Words between a date's parts, passed over: "6 de diciembre de 2026". */
    private static final java.util.Set<String> FILLERS = java.util.Set.of("de", "del");

    /** A day, a month name (one or two words) and a year, in either order of day and month. */
    private static String inWords(String t) {
        java.util.List<String> w = new java.util.ArrayList<>();
        java.util.List<Integer> ends = new java.util.ArrayList<>();
        String folded = ArabicOrthography.fold(t).replace("\u200C", "");
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            String x = m.group().toLowerCase(Locale.ROOT);
            if (FILLERS.contains(x)) continue;
            w.add(x);
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
                return g == null ? null : withClock(g, folded, ends.get(yearAt));
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

    /** An ISO 8601 date or date-time (with or without offset; a bare one taken as UTC; a day at its noon) as an instant, or null. */
    public static Instant instant(String iso) {
        if (iso == null) return null;
        String t = iso.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) { /* try the next form */ }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) { /* try the next form */ }
        try {
            // A day without its hour is placed at its noon (UTC): "2026-08-13" then falls after the evening of
            // the 12th in any time zone's reckoning, and before most of the 13th's timed reports.
            return LocalDate.parse(t).atTime(12, 0).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
