package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;
import io.khulasa.text.ArabicSayingVerbs;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's dateline: where and when it was filed, and by which wire ("CAIRO (Reuters) -", «الدوحة في 14 ديسمبر /قنا/»,
 * "PINE HOLLOW — The…", a release's "CLEVELAND, March 3, 2026 /NewsLine Wire/ --"). The patterns and what they must
 * name to count, and the pass that cuts a dateline off the first paragraph into the metadata map.
 */
final class Datelines {
    private Datelines() {}

    /**
     * "CAIRO (Reuters) -", "LONDON, Oct 3 (AFP) —", "DUNMORE, Ark. (AP) —", "PORT ELLIS (AP) _" (the NYT wire's dash),
     * "PORT LOUIS, Cape Verde Islands (AP) _" (a region of up to three words), "Nov 5 (Reuters) -" (the day for the
     * place), "Sevilla, 7 dic (EFE).-" (a place in title case, then its day: the Spanish wires' way),
     * "القاهرة (رويترز) -", «دمشق - (سانا) -», «الرباط في 12 نوفمبر
     * 2025 (و م ع) -» at a line's start.
     */
    static final Pattern DATELINE = Pattern.compile(
            "^(?:(\\p{Lu}[\\p{Lu} .'\\-]{1,30}?|[\\p{IsArabic} ]{2,30}?|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}(?=,\\s*\\d)"
                    + "|\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2}(?=\\s*\\()"
                    // a place in title case right before its agency, as the French wires write it: "Nîmes (AFP) - "
                    + "|\\p{Lu}\\p{Ll}+(?:[ \\-]\\p{Lu}\\p{Ll}+){0,2}(?=\\s\\())"
                    // a region, then its day: "DERVAN, Halvar, March 9 (Continental Press) -"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]{1,12}(?:\\s+\\p{Lu}[\\p{L}.]{1,12}){0,2}(?:\\s+\\d{1,2})?|,\\s*\\d{1,2}\\s+\\p{Ll}{3,10}\\.?"
                    + "|\\s+في\\s+\\d{1,2}\\s+\\p{IsArabic}+\\s+\\d{4}"
                    // an Arabic place's day and month: «وادي النخيل، 14 مارس (ساحل) –»
                    + "|[،,]?\\s*\\d{1,2}\\s+\\p{IsArabic}{3,}(?:\\s+\\d{4})?){0,2}\\s*(?:[-–—]\\s*)?)?"
                    + "\\(([^()]{2,30})\\)\\s*\\.?[-–—:_]{1,2}\\s*");
    /**
     * «الدوحة في 14 ديسمبر /قنا/», «أبوظبي في 14 ديسمبر 2025 / وام /», «الرمانة 15 مارس /سنا/ -»: the Gulf agencies'
     * dateline, the place, «في» (or not) and the day, then the agency between slashes.
     */
    private static final Pattern SLASH_DATELINE = Pattern.compile(
            "^([\\p{IsArabic} ]{2,30}?)\\s+(?:في\\s+)?(\\d{1,2}\\s+\\p{IsArabic}+(?:\\s+\\d{4})?)\\s*/\\s*([\\p{IsArabic} .]{2,20}?)\\s*/\\s*(?:[-–—]\\s*)?(?=\\p{IsArabic})");
    /**
     * A {@link #SLASH_DATELINE} match names a place of up to three words that opens no report («قتل عشرون مدنيا في 14
     * ديسمبر 2024 /كانون الأول/» is a sentence with a month's other name between slashes), and an agency, not a month.
     */
    private static boolean gulfDateline(Matcher m) {
        String place = m.group(1).strip(), agency = m.group(3).strip();
        // a month reads as a date with a day and a year put around it
        return place.split("\\s+").length <= 3 && !ARABIC_REPORT_OPENING.matcher(place).lookingAt()
                && PublicationDate.parse("1 " + agency + " 2020", false) == null;
    }

    /** «القاهرة - رويترز -»: an Arabic place and a known agency between dashes, without parentheses. */
    private static final Pattern BARE_ARABIC_DATELINE = Pattern.compile(
            "^([\\p{IsArabic} ]{2,30}?)\\s*[-–—]\\s*([\\p{IsArabic} .]{2,25}?)\\s*[-–—]\\s*(?=\\p{IsArabic})");
    /**
     * A newspaper's dateline without an agency: the place in capitals, then a dash and a sentence's first capital
     * ("PINE HOLLOW — The…", "WASHINGTON _ NASA…" as the NYT wire writes it, "ST. LOUIS, Mo. -- "), or in title case
     * with its region ("Meadow Lake, Saskatchewan – The…"); not an acronym opening an aside ("NATO — the Western
     * military alliance — said").
     */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'\\-]+(?: \\p{Lu}[\\p{Lu}.'\\-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]{1,12})?"
                    // and a release's date: "GENEVA, 10 March 2026 – The…", "BOSTON, March 10, 2026 — …"
                    + "(?:,\\s*(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\.?|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},?)(?:\\s+\\d{4})?)?"
                    // or a town and its region in title case, a dash set apart after them ("Meadow Lake, Saskatchewan – The")
                    + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}, \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?=\\s+[—–]\\s))"
                    + "\\s+(?:—|–|--|_)\\s+(?=[\\p{Lu}\\p{Nd}\"“])");

    /** What follows a dateline: a sentence's first capital, a figure or an opening quote. */
    private static final Pattern DATELINE_FOLLOWER = Pattern.compile("[\\p{Lu}\\p{Nd}\"“]");
    /**
     * "Tuesday, January 18, 2005Through a telethon…": a date line run into the first paragraph, its line break lost
     * when the page was flattened to text; in Arabic the day, the date and a comma («السبت 26 آذار 2005 ، الأرقام…»).
     * The date is read and cut off.
     */
    private static final Pattern GLUED_DATE = Pattern.compile(
            "^(?:\\p{Lu}\\p{Ll}+day,\\s+)?\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},\\s+\\d{4}(?=\\p{Lu}\\p{Ll})"
                    + "|^(?:" + String.join("|", io.khulasa.text.DayNames.ARABIC) + ")\\s+\\d{1,2}\\s+\\p{IsArabic}+(?:\\s*/\\s*\\p{IsArabic}+)?"
                    + "\\s+\\d{4}(?=\\s*[،,]\\s*\\p{IsArabic}|\\s+[\\p{IsArabic} ]{2,30}?\\s[-–—]\\s)");
    /**
     * An Arabic line opening with a verb of saying («قال المتحدث…», «وأعلنت الوزارة…»): an entry's text, stop or none;
     * before a dash, attribution and no dateline («قال مصدر أمني - لوكالة رويترز - إن…»).
     */
    static final Pattern ARABIC_REPORT_OPENING = Pattern.compile(
            "[وف]?(?:" + ArabicSayingVerbs.written(ArabicSayingVerbs.ALL) + ")(?:\\s|$)");

    /**
     * «وادي الريحان – لقي 19 شخصا…»: a newspaper's own dateline, an Arabic place of one to three words and a spaced dash
     * opening the first paragraph, maybe with the outlet's name and a colon after the dash («الزبيرة - الراصد:»); not a phrase set off between two dashes («الرئيس – الذي وصل أمس – قال…»), a
     * pronoun or a demonstrative, or a report's opening verb; not a subject before an aside («الرئيس – الذي…»).
     */
    private static final Pattern ARABIC_PLACE_DATELINE = Pattern.compile(
            "^(\\p{IsArabic}+(?: \\p{IsArabic}+){0,2}) [-–—] (?:(\\p{IsArabic}+(?: \\p{IsArabic}+){0,2})\\s*:\\s*)?(?=\\p{IsArabic})");
    private static final Pattern SPACED_DASH = Pattern.compile(" [-–—] ");
    private static final Set<String> NOT_PLACES_AR = Set.of("هذا", "هذه", "ذلك", "تلك", "الذي",
            "التي", "هو", "هي", "هم", "نحن", "انا", "أنا", "لكن", "ولكن", "وقد", "قد", "ثم");
    /** Words that open an aside after a dash: a relative pronoun, «وهو», «بصفته». */
    private static final Set<String> ASIDE_OPENERS_AR = Set.of("الذي", "التي", "الذين", "اللذان",
            "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "وهو", "وهي", "وهم", "وهما", "وهن", "أي", "بصفته", "بصفتها");
    /** Words a lede runs to after the place at least: a shorter text is a heading with a dash in it. */
    private static final int LEDE_WORDS = 6;

    /** Where an {@link #ARABIC_PLACE_DATELINE} ends in {@code text}, or -1. */
    private static int arabicPlaceDateline(String text) {
        Matcher m = ARABIC_PLACE_DATELINE.matcher(text);
        if (!m.lookingAt()) return -1;
        String place = m.group(1);
        if (NOT_PLACES_AR.contains(place.split(" ")[0]) || ARABIC_REPORT_OPENING.matcher(place).lookingAt()) return -1;
        // the outlet after the dash, as some sites sign their own reports («الزبيرة - الراصد: ارتفع…»); not a speaker
        // («القاهرة - قال الوزير: …», whose words follow)
        int end = m.group(2) != null && ARABIC_REPORT_OPENING.matcher(m.group(2)).lookingAt() ? m.start(2) : m.end();
        String rest = text.substring(end);
        // an aside the dash opens: a relative pronoun or «وهو» after it, or a dash closing it in the first sentence,
        // however long the aside («الرئيس – الذي عاد أمس من جولة … – أكد…», «الوزارة – وهي الجهة المسؤولة…، أعلنت…»)
        if (ASIDE_OPENERS_AR.contains(rest.split("\\s+", 2)[0])) return -1;
        Matcher again = SPACED_DASH.matcher(rest);
        if (again.find() && rest.substring(0, again.start()).chars().noneMatch(c -> c == '.' || c == '؟' || c == '!')) return -1;
        return rest.split("\\s+").length >= LEDE_WORDS ? end : -1;
    }

    /** «الدار البيضاء - و م ع» alone on its line: an Arabic place and an agency after a dash. */
    static final Pattern DATELINE_ALONE = Pattern.compile("([\\p{IsArabic} ]{2,30}?)\\s*[-–—]\\s*([\\p{IsArabic} .]{2,25}?)\\s*[-–—]?\\s*");

    /**
     * The parenthesis of a dateline names an agency ("Reuters", "أ ف ب", "وكالة أنباء …", "… News Agency"), or spells
     * one by its Arabic initials («أ ش أ», «و.م.ع»).
     */
    static boolean datelineAgency(Matcher d) {
        String p = TextNormalizer.normalize(d.group(2));
        return Lexicon.hasAgency(p) || p.startsWith("وكاله ") || p.endsWith(" agency") || p.endsWith(" news")
                || ARABIC_INITIALS.matcher(d.group(2).strip()).matches();
    }

    private static final Pattern ARABIC_INITIALS = Pattern.compile("\\p{IsArabic}(?:[ .]\\s?\\p{IsArabic}){1,3}\\.?");

    /**
     * Whether {@code line} opens with a wire's dateline ("DALSK, Marovia (Reuters) _ ", "القاهرة (رويترز) -"): in a
     * hard-wrapped file such a line starts the lede, even right under the headline's line.
     */
    static boolean opensWire(String line) {
        int paren = line.indexOf('(');
        if (paren < 0 || paren > 60) return false; // most lines: no pattern run for them
        Matcher d = DATELINE.matcher(line);
        return d.lookingAt() && d.end() < line.length() && namesAWire(line, d);
    }

    /** Whether a {@link #DATELINE} match's parenthesis is a wire's: a known agency, or one under a place or a day. */
    private static boolean namesAWire(String text, Matcher d) {
        return datelineAgency(d) || wireUnderCapitalPlace(text, d) || wireUnderDay(text, d) || agencyUnderArabicPlace(d);
    }

    /** One to four capitalised words: a wire's name ("Wire", "Coastal Press"). */
    private static final Pattern WIRE_NAME = Pattern.compile("\\p{Lu}[\\p{L}.&'\\-]*(?: \\p{Lu}[\\p{L}.&'\\-]*){0,3}");

    /**
     * "HARBOUR TOWN (Coastal Press) — The…": a place in Latin capitals, a parenthesis of one to four capitalised
     * words and a dash before a sentence's first capital are a dateline whatever the wire is called. An Arabic
     * place has no capitals to tell it from an opening phrase, so there the agency must be known.
     */
    private static boolean wireUnderCapitalPlace(String text, Matcher d) {
        String place = d.group(1);
        if (place == null || place.codePoints().filter(Character::isLetter).count() < 3) return false;
        boolean latinCapitals = place.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return latinCapitals && !spelledOut(place, d.group(2)) && wireAfter(text, d);
    }

    /**
     * «مدينة النخيل (ريا) - أعلنت…»: an Arabic place of at most three words and a parenthesis of one to three words
     * without figures before the first paragraph's dash name an agency, known or not; not a photo's «(أرشيفية)».
     */
    private static boolean agencyUnderArabicPlace(Matcher d) {
        String place = d.group(1), agency = d.group(2).strip();
        if (place == null || place.isBlank() || place.strip().split("\\s+").length > 3) return false;
        if (!place.strip().codePoints().allMatch(c -> c == ' ' || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) return false;
        String[] words = agency.split("\\s+");
        return words.length <= 3 && agency.codePoints().noneMatch(Character::isDigit)
                && agency.codePoints().allMatch(c -> c == ' ' || c == '.' || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                && !NOT_AGENCIES.contains(TextNormalizer.normalize(agency));
    }

    /** Parentheses after a name that are no agency: a photo's, a position's. */
    private static final Set<String> NOT_AGENCIES = Set.of("ارشيفيه", "يمين", "يسار", "وسط", "صوره", "فيديو");

    /** The parenthesis spells out the capitals before it: "WHO (World Health Organization)", "ISIS (Islamic State)". */
    private static boolean spelledOut(String capitals, String words) {
        StringBuilder initials = new StringBuilder();
        for (String w : words.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        }
        String letters = capitals.replaceAll("[^\\p{L}]", "");
        return initials.length() >= 2 && letters.startsWith(initials.toString());
    }

    /** A day and month without the year ("Nov 5", "7 dic"), as a wire's dateline gives it. */
    private static boolean isDay(String s) {
        return s.chars().anyMatch(Character::isDigit) && PublicationDate.parse(s + ", 2000", false) != null;
    }

    /**
     * The date a dateline gives: for its place ("Nov 5 (Reuters) -") or after it ("NEW YORK, March 2 (Reuters) -",
     * "Sevilla, 7 dic (EFE).-", "LONDON, March 2, 2026 (AFP) -"); null when it gives none.
     */
    private static String datelineDate(String text, Matcher d) {
        if (d.group(1) == null) return null;
        if (isDay(d.group(1))) return d.group(1);
        String between = text.substring(d.end(1), d.start(2) - 1).replaceAll("^[\\s,\\-–—]+|[\\s,\\-–—]+$", "");
        return !between.isEmpty() && (PublicationDate.parse(between, false) != null || isDay(between)) ? between : null;
    }

    /**
     * "Nov 5 (Mercator) - Tessaline Networks…", "Sevilla, 7 dic (Europa Press).- El…": a dateline with its day names a
     * wire, known or not, in one to four capitalised words, before a dash and a sentence's first capital.
     */
    private static boolean wireUnderDay(String text, Matcher d) {
        return datelineDate(text, d) != null && wireAfter(text, d);
    }

    /** The parenthesis names a wire in capitalised words, and a dash (no colon) leads to a sentence's first capital. */
    private static boolean wireAfter(String text, Matcher d) {
        String separator = text.substring(d.end(2) + 1, d.end());
        return WIRE_NAME.matcher(d.group(2).strip()).matches() && separator.indexOf(':') < 0
                && d.end() < text.length() && DATELINE_FOLLOWER.matcher(text).region(d.end(), text.length()).lookingAt();
    }

    static void recordDateline(Map<String, String> meta, Matcher d) {
        if (d.group(1) != null && !d.group(1).isBlank() && !isDay(d.group(1))) meta.putIfAbsent("dateline", d.group(1).strip());
        meta.putIfAbsent("source", d.group(2).strip());
    }

    /** Metadata key of a dateline's day and month given without a year ("March 2"). */
    static final String DATELINE_DAY = "dateline-day";
    /** A press release's dateline: "CLEVELAND and HARTWELL, Conn., March 3, 2026 /NewsLine Wire/ -- ". */
    private static final Pattern RELEASE_DATELINE = Pattern.compile(
            "(\\p{Lu}[^/\\n]{1,80}?),\\s+(\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},\\s+\\d{4})\\s+/([^/\\n]{2,40})/\\s*(?:--|—|–|-)\\s+");

    /** "CAIRO (Reuters) - …" at the start of the first paragraph: the prefix is metadata, the rest is kept. */
    static void datelinePrefix(Page page) {
        Map<String, String> meta = page.meta;
        int seen = 0;
        for (Unit u : page.units) {
            if (!u.kept() || u.title) continue;
            if (!u.f.prose()) continue;
            // a deck or a release's subhead may stand above the first paragraph: under such lines a dateline that
            // names its wire is looked for in the first three paragraphs; one that names none only in the first
            boolean first = seen++ == 0;
            if (seen > DATELINE_PARAGRAPHS) return;
            Matcher d = DATELINE.matcher(u.text), release, place;
            int end = -1;
            boolean wire = d.lookingAt() && namesAWire(u.text, d);
            Matcher bare = wire ? null : BARE_ARABIC_DATELINE.matcher(u.text);
            if (!wire && bare.lookingAt() && datelineAgency(bare) && bare.group(1).strip().split("\\s+").length <= 3
                    && !ARABIC_REPORT_OPENING.matcher(bare.group(1)).lookingAt() && !bare.group(2).strip().startsWith("ل")) {
                d = bare;
                wire = true;
            }
            Matcher slashed;
            if (!wire && (slashed = SLASH_DATELINE.matcher(u.text)).lookingAt() && gulfDateline(slashed)) {
                end = slashed.end();
                meta.putIfAbsent("dateline", slashed.group(1).strip());
                meta.putIfAbsent("source", slashed.group(3).strip());
                String date = slashed.group(2);
                meta.putIfAbsent(PublicationDate.parse(date, false) != null ? "date" : DATELINE_DAY, date);
            } else if (wire) {
                end = d.end();
                if (end >= u.text.length()) continue;
                recordDateline(meta, d);
                keyPointsAbove(page, u);
                // "NEW YORK, March 2 (Reuters) -": a day without its year, which the cluster's other dates may give
                String date = datelineDate(u.text, d);
                if (date != null) meta.putIfAbsent(PublicationDate.parse(date, false) != null ? "date" : DATELINE_DAY, date);
            } else if ((release = RELEASE_DATELINE.matcher(u.text)).lookingAt()) {
                // a press release's "CLEVELAND, March 3, 2026 /NewsLine Wire/ --": place, date and wire
                end = release.end();
                meta.putIfAbsent(Genre.KEY, Genre.RELEASE);
                meta.putIfAbsent("dateline", release.group(1).strip());
                meta.putIfAbsent("date", release.group(2));
                meta.putIfAbsent("source", release.group(3).strip());
            } else if (!first) {
                continue;
            } else if ((place = PLACE_DATELINE.matcher(u.text)).lookingAt() && place.group(1).codePoints().filter(Character::isLetter).count() >= 3) {
                end = place.end();
                String where = place.group(1);
                // a release's date after its place dates the article: "GENEVA, 10 March 2026 –"
                for (int comma = where.indexOf(','); comma > 0; comma = where.indexOf(',', comma + 1)) {
                    String date = where.substring(comma + 1).strip();
                    if (date.chars().anyMatch(Character::isDigit) && PublicationDate.parse(date, false) != null) {
                        meta.putIfAbsent("date", date);
                        where = where.substring(0, comma);
                        break;
                    }
                }
                meta.putIfAbsent("dateline", where);
            } else if ((end = arabicPlaceDateline(u.text)) > 0) {
                // the place, without the dash or the outlet signing after it («الزبيرة - الراصد:»)
                meta.putIfAbsent("dateline", u.text.substring(0, end).replaceAll("\\s*[-–—].*$", "").strip());
            } else {
                Matcher glued = GLUED_DATE.matcher(u.text);
                if (glued.lookingAt() && PublicationDate.parse(glued.group(), false) != null) {
                    meta.putIfAbsent("date", glued.group());
                    int cut = glued.end();
                    while (cut < u.text.length() && (Layout.isSpace(u.text.charAt(cut)) || u.text.charAt(cut) == '،' || u.text.charAt(cut) == ',')) cut++;
                    u.cutPrefix(cut, "date-line");
                    return;
                }
            }
            if (end > 0 && end < u.text.length()) u.cutPrefix(end, "dateline");
            // one dateline; past the first paragraph only when that was a deck or a subhead, without a stop
            if (end > 0 || u.f.endsSentence()) return;
        }
    }

    /**
     * A wire story's bullets between its headline and its dateline ("Key rate raised to 4.75% from 4.25%", "Governor
     * says bank \"not yet done\""): headline-speak the lede below tells in sentences. Short lines without a stop only.
     */
    private static void keyPointsAbove(Page page, Unit lede) {
        for (Unit b : page.units) {
            if (b == lede) return;
            if (b.kept() && !b.title && b.f.words <= KEY_POINT_WORDS && !b.f.endsSentence()) b.reason = "key-point";
        }
    }

    /** Most words of a wire's bullet above its dateline. */
    private static final int KEY_POINT_WORDS = 12;

    /** How many paragraphs from the top a wire's or a release's dateline is looked for in. */
    private static final int DATELINE_PARAGRAPHS = 3;
}
