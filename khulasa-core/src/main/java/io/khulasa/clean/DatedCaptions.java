package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;
import io.khulasa.text.ArabicSayingVerbs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file photo's caption left in the text: a sentence in the present that ends with a date from an earlier year
 * than the article's ("Air France A330-200 F-GZCP lands at Paris-Charles de Gaulle Airport on March 28, 2007." in
 * a report of 2010, "HMS Cornwall at Zeebrugge in 2006."). A report tells what happened in the past tense; only a
 * picture is described as happening at a date long gone. The tense is read from English words; in any language a
 * line that names a photo and ends with an earlier year is one too («وادي السدر في صورة التقطت في 3 أبريل 2019 .»).
 */
final class DatedCaptions {
    private DatedCaptions() {}

    /** The most words of such a caption. */
    static final int MAX_WORDS = 25;

    private static final String MONTH = io.khulasa.text.MonthNames.ENGLISH_PATTERN;
    /** "on March 28, 2007." / "on 28 March 2007." / "in 2006." closing the sentence. */
    private static final Pattern DATE_AT_END = Pattern.compile(
            "\\b(?:on|in) (?:" + MONTH + " \\d{1,2}, |\\d{1,2} " + MONTH + " )?((?:19|20)\\d\\d)[.!]?$");
    /** Words of a past, perfect or conditional sentence, or of one that reports: no caption's. */
    private static final Pattern NOT_PRESENT = Pattern.compile("(?i)\\b(?:was|were|had|has|have|did|would|will|could"
            + "|should|might|must|may|can|said|says|been|since|ago|took|went|came|made|told|gave|found|left|began|fell"
            + "|died|born|hit|quit|fled|set|cut|put|who|whom|whose|which|that"
            + "|rose|won|lost|met|held|struck|became|saw|sent|spent|built|brought|bought|paid|led|kept|fought|flew"
            + "|grew|knew|wrote|spoke|broke|chose|drove|shot|stood|caught|sold|felt|heard|meant|got|ran|sat|threw"
            + "|drew|forgot|rode|sank|[a-z]{2,}ed)\\b");
    /** A figure other than the date's: a caption names, a report counts. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{Nd}\\-])\\d[\\d.,]*(?![\\p{L}\\p{Nd}\\-])|%|\\$|€|£");

    /** A year, maybe with its era letter, ending a line: "… 3 أبريل 2019 .", "… in 2017." */
    private static final Pattern YEAR_AT_END = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:م)?\\s*[.!]?\\s*$");

    /**
     * Drops such a caption when it is a whole line, or cuts it when it opens one, in an article published in
     * {@code year} (0 when unknown: nothing is done); {@code english} reads the tense too.
     */
    static void drop(List<Unit> units, int year, boolean english) {
        if (year == 0) return;
        for (Unit u : units) {
            if (!u.kept() || u.title || u.lines.size() != 1) continue;
            // every caption here ends its line or its first sentence with a year: most lines are passed over unread
            if (endsWithDigit(u.text, u.text.length()) && namesAnOldPicture(u, year)) {
                u.reason = "photo-caption";
                continue;
            }
            if (!english) continue;
            int end = firstSentenceEnd(u.text);
            if (end < 0 || !endsWithDigit(u.text, end)) continue;
            String first = u.text.substring(0, end).strip();
            if (!isCaption(first, year)) continue;
            if (end >= u.text.length()) u.reason = "photo-caption";
            else u.cutPrefix(end, "photo-caption");
        }
    }

    /** Whether {@code t[0, end)} ends with a digit, past closing spaces, stops and an era letter: "… 2007 .", "… 2019 م." */
    private static boolean endsWithDigit(String t, int end) {
        int k = end;
        while (k > 0 && (Character.isWhitespace(t.charAt(k - 1)) || t.charAt(k - 1) == '.' || t.charAt(k - 1) == '!' || t.charAt(k - 1) == 'م')) k--;
        return k > 0 && Character.isDigit(t.charAt(k - 1));
    }

    /**
     * A short line that names a picture and ends with a year before {@code year}: not a report's sentence about a
     * photo ("Police released a photo of a suspect, who escaped in 2019.", «ونشرت الوزارة صورة للمرشح الذي فر …»),
     * which narrates (opens with «و»/«ف», tells in the past) or describes someone (a relative clause).
     */
    private static boolean namesAnOldPicture(Unit u, int year) {
        if (u.f.words > MAX_WORDS || narratesInArabic(u.text)) return false;
        Matcher y = YEAR_AT_END.matcher(u.text);
        if (!y.find() || Integer.parseInt(y.group(1)) >= year || RELATIVE.matcher(u.text).find()) return false;
        if (u.f.latin > u.f.arabic && pastOrPerfect(u.text)) return false;
        return Lexicon.anyToken(u.norm(), Lexicon.PICTURE_TOKENS);
    }

    /** Openings of an Arabic report's sentence, «و» and a verb or particle: «ونشرت», «ولا يزال», «وقال», «وقد». */
    private static final Pattern NARRATION_AR = Pattern.compile("[وف](?:لا|لم|لن|قد|كان|كانت|تم|هو|هي|في|من|بحسب|وفق|"
            + ArabicSayingVerbs.written(ArabicSayingVerbs.ALL)
            + "|نشر|نشرت|يقول|تقول|ما زال|لا يزال|\\p{L}+ت)(?:\\s|$)");
    /** Arabic number words: a count in a line makes it a report's. */
    private static final Pattern NUMBER_AR = Pattern.compile("(?:^|\\s)(?:[وب]?(?:اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|ما[ئي]|ألف|الف|آلاف|الاف|مليون))");

    /** Whether an Arabic line opens as a report's sentence does, or counts: not a caption's. */
    static boolean narratesInArabic(String line) {
        return NARRATION_AR.matcher(line).lookingAt() || NUMBER_AR.matcher(line).find();
    }

    /** A relative clause: the line describes someone or something, as a report does. */
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:who|whom|whose|which|that)\\b|(?:^|\\s)(?:الذي|التي|الذين|اللذان|اللتان|اللواتي)(?:\\s|$)");

    /**
     * Whether {@code sentence} may describe a picture rather than report: English, in the present, without a figure
     * ("Striking drivers picket outside the Harlow Street bus depot in Eastbridge.").
     */
    static boolean describesAPicture(String sentence) {
        return !sentence.isEmpty() && Character.isUpperCase(sentence.charAt(0)) && present(sentence);
    }

    /** Counts in words: a caption names, a report counts ("Two people are missing."). */
    private static final Pattern COUNT_WORD = Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|dozens?|hundreds?|thousands?|millions?)\\b");

    /**
     * Whether a short English line reports rather than names: a past or perfect verb, or a count ("Two people are
     * missing."); a year alone is a caption's ("HMS Cornwall at Zeebrugge in 2006.").
     */
    static boolean reports(String line) {
        return pastOrPerfect(line) || COUNT_WORD.matcher(line).find()
                || FIGURE.matcher(NAMED.matcher(YEAR.matcher(CLOCK.matcher(line).replaceAll("")).replaceAll("")).replaceAll("")).find();
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** A number that is part of a name: "Flight 447", "Route 66". */
    private static final Pattern NAMED = Pattern.compile("(?<=\\p{Lu}\\p{L}{1,20} )\\d+\\b");

    /** "is towed", "are seen": a present passive, as captions write them; "the upturned hull": an adjective. */
    private static final Pattern PRESENT_PASSIVE = Pattern.compile("\\b(?:is|are|(?i:the|a|an|its|their|his|her)) (?:being )?[a-z]+ed\\b");
    /** "at 2 a.m.": the hour a picture was taken is no count. */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}(?::\\d\\d)? ?[ap]\\.m\\.");

    /** In the present (a present passive allowed), with no figure but an hour: how a caption reads. */
    private static boolean present(String text) {
        return !pastOrPerfect(text) && !FIGURE.matcher(CLOCK.matcher(text).replaceAll("")).find();
    }

    /** Whether an English text tells in the past, the perfect or a conditional, or reports; a present passive does not. */
    private static boolean pastOrPerfect(String text) {
        return NOT_PRESENT.matcher(PRESENT_PASSIVE.matcher(text).replaceAll("is")).find();
    }

    /** Whether {@code sentence} is a caption of a picture taken before {@code year}. */
    static boolean isCaption(String sentence, int year) {
        Matcher d = DATE_AT_END.matcher(sentence);
        if (!d.find() || Integer.parseInt(d.group(1)) >= year) return false;
        String before = sentence.substring(0, d.start());
        return io.khulasa.Budget.countWords(sentence) <= MAX_WORDS && Character.isUpperCase(sentence.charAt(0))
                && present(before);
    }

    /**
     * The end of the line's first sentence: after the first ". " before a capital, or the whole line; -1 when that
     * first sentence does not end with a year's digit, as a caption's does.
     */
    private static int firstSentenceEnd(String t) {
        for (int k = 1; k + 2 < t.length(); k++) {
            if (t.charAt(k) == '.' && t.charAt(k + 1) == ' ' && Character.isUpperCase(t.charAt(k + 2))) {
                return Character.isDigit(t.charAt(k - 1)) ? k + 1 : -1;
            }
        }
        return t.length();
    }
}
