package io.khulasa.clean;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A short line that says who wrote, filed or pictured the story: a byline, a source line, a dateline, a credit. */
final class Credits {
    private Credits() {}

    /**
     * "By Jane Doe", "Written by …", "Por Carmen Ríos": a byline's word, then a name's capital. After "Por", a name
     * and nothing else (two to four capitalised words, "de"/"y" between), maybe a field after a bar: "Por Sevilla
     * pasarán…" and "Por Triana, cerradas tres calles." are headlines.
     */
    private static final Pattern BY_NAME = Pattern.compile("^(?i:by|written by|reporting by)\\s+\\p{Lu}.*|^(?i:authors?)\\s*:\\s*\\p{Lu}.*"
            + "|^(?i:por|par)\\s+\\p{Lu}[\\p{L}.'\\-]*(?:\\s+(?:(?:de|del|la|los|las|y|e|du|des|le|et)\\s+)*\\p{Lu}[\\p{L}.'\\-]*){1,3}(?:\\s*[|·•]\\s*.*)?");
    /** A year or a clock time: what a correspondent's line may carry beside the name. */
    private static final Pattern DATE_OR_TIME = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{4}(?!\\p{Nd})|\\p{Nd}{1,2}:\\p{Nd}{2}");
    /** A place, a dash, and the rest of the line: where a correspondent's line names the town first. */
    private static final Pattern PLACE_THEN_BYLINE = Pattern.compile("([^\\-–—]{2,40}?)\\s+[-–—]\\s+(.+)");

    /** «خاص» (exclusive, the outlet's own) on one side of a spaced dash, a name on the other. */
    private static final Pattern EXCLUSIVE = Pattern.compile("[^\\-–—]{2,40}\\s+[-–—]\\s+(?:خاص|خاص ب\\S.*)|خاص\\s+[-–—]\\s+[^\\-–—]{2,40}");

    /** A British paper's byline: "Rosa Lindqvist in Dervan and agencies", "Staff and agencies", "Jo Reed and agencies". */
    private static final Pattern AND_AGENCIES = Pattern.compile(
            "\\p{Lu}[\\p{L}'\\-]+(?: \\p{Lu}[\\p{L}'\\-]+){0,3}(?: in \\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+){0,2})? and agenc(?:y|ies)");

    /** A name of two or three capitalised words ("Alan Pruitt", "JENNA MORROW"). */
    private static final String NAME = "\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){1,2}";
    /** Names, then a bar and the desk or agency they file for: "JENNA MORROW and ALAN PRUITT | United Newswire". */
    private static final Pattern NAMES_AT_DESK = Pattern.compile(
            "(" + NAME + "((?:\\s*,\\s*|\\s+(?:and|&)\\s+)" + NAME + ")*)\\s+[|·•]\\s+[^|·•]{2,40}");

    /** Labels a page sets in capitals before a headline's bar: "BREAKING NEWS | …", "LIVE UPDATES | …". */
    private static final Pattern LABELS = Pattern.compile("(?i)(?:breaking|latest|live|update[ds]?|exclusive|watch|video|analysis|opinion"
            + "|developing|just in|news|alert|top|story|stories|\\s)+");

    /**
     * A byline without its "By": names before a bar and a desk. Two names or more, or a name in capitals: a title-case
     * headline over its site's name ("Storm Hits Coast | Daily News") is neither.
     */
    private static String namesAtDesk(String raw) {
        Matcher m = NAMES_AT_DESK.matcher(raw.strip());
        if (!m.matches()) return null;
        String names = m.group(1);
        // a label in capitals over a headline ("BREAKING NEWS | Parliament votes to dissolve itself") names no one
        if (LABELS.matcher(names).matches()) return null;
        boolean capitals = names.replaceAll("\\s+(?:and|&)\\s+", " ").equals(names.toUpperCase(java.util.Locale.ROOT));
        return m.group(2) != null || capitals ? names : null;
    }

    static String creditOrByline(Page page, String raw, String n, LineFeatures f) {
        Map<String, String> meta = page.meta;
        boolean arabic = page.arabic;
        if (f.words <= 12 && (BY_NAME.matcher(raw).matches() || AND_AGENCIES.matcher(raw).matches()
                || (f.words <= 8 && !f.endsSentence() && Lexicon.startsWithAny(n, Lexicon.BYLINE_CUES)))) {
            meta.putIfAbsent("byline", afterCue(raw));
            return "byline";
        }
        String names = f.words <= 12 ? namesAtDesk(raw) : null;
        if (names != null) {
            meta.putIfAbsent("byline", names);
            return "byline";
        }
        // the place, then the correspondent: «مرسى الغيث - مراسل «نجمة الساحل»», "GRENHOLM — Sentinel staff", and
        // the date a page's markup set beside them («الزهراء - مراسل الوطن اليوم الأحد 16 نوفمبر 2025 - 06:20 مساءً»)
        Matcher placed = PLACE_THEN_BYLINE.matcher(raw);
        if ((f.words <= 8 || f.words <= 16 && DATE_OR_TIME.matcher(raw).find()) && !f.endsSentence() && placed.matches()
                && Lexicon.startsWithAny(TextNormalizer.normalize(placed.group(2)), Lexicon.BYLINE_CUES)) {
            meta.putIfAbsent("byline", placed.group(2).strip());
            meta.putIfAbsent("dateline", placed.group(1).strip());
            return "byline";
        }
        // the site's or the town's "own report": «صوت السدر - خاص», «خاص - الوطن», «القاهرة - خاص»
        if (f.words <= 5 && !f.endsSentence() && EXCLUSIVE.matcher(raw.strip()).matches()) return "byline";
        if (f.words <= 8 && raw.contains(":") && Lexicon.startsWithAny(n, Lexicon.SOURCE_CUES)) {
            meta.putIfAbsent("source", afterCue(raw));
            return "source-line";
        }
        Matcher d = Datelines.DATELINE.matcher(raw);
        if (d.lookingAt() && d.end() == raw.length() && Datelines.datelineAgency(d)) {
            Datelines.recordDateline(meta, d);
            return "dateline";
        }
        if (f.words > 8 || f.endsSentence()) return null;
        boolean agency = Lexicon.hasAgency(n);
        boolean photo = Lexicon.anyToken(n, Lexicon.PHOTO_CUES);
        boolean latinInArabic = arabic && f.latinShare() >= 0.7;
        boolean marked = raw.contains("/") || raw.contains("(") || raw.contains(":");
        if (photo && (agency || marked || latinInArabic)) return "photo-credit";
        if (latinInArabic && (agency || marked)) return "photo-credit";
        if (!arabic && agency && (raw.contains("/") || namedBeforeParen(raw))) return "photo-credit";
        if (agency) {
            meta.putIfAbsent("source", raw);
            return "source-line";
        }
        if (latinInArabic && f.words <= 4) return "foreign-script";
        return null;
    }

    private static boolean namedBeforeParen(String raw) {
        int p = raw.indexOf('(');
        return p > 0 && Character.isUpperCase(raw.strip().charAt(0));
    }

    static String afterCue(String raw) {
        int c = raw.indexOf(':');
        String s = c >= 0 && c < raw.length() - 1 ? raw.substring(c + 1) : raw.replaceFirst("^(?i:by|written by|reporting by|por)\\s+", "");
        int semi = s.indexOf(';');                       // "Reporting by A; Editing by B": the reporter
        if (semi > 0) s = s.substring(0, semi);
        return s.replaceAll("^[\\s\\-–—]+", "").strip();
    }
}
