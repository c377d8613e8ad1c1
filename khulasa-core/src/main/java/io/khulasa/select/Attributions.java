package io.khulasa.select;

import io.khulasa.text.ArabicOrthography;
import io.khulasa.text.ArabicSayingVerbs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribution of a reported sentence, who told it: "…, Fire Chief Dale Okonkwo said.", "Police said …",
 * "…, according to the coast guard.", «وقال المتحدث باسم الوزارة إن…», «…، بحسب وكالة الأنباء». It names the speaker,
 * not the fact, so comparing two sentences' facts leaves it out. Not a verb whose subject acts ("The company announced
 * it will close", «أعلنت الولايات المتحدة أنها ستوقف المباحثات»): there the speaker is in the fact.
 */
final class Attributions {
    private Attributions() {}

    private static final String SAY = "(?:said|says|say|told\\s+(?:reporters|journalists|[\\p{Lu}][\\p{L}.']*(?:\\s+[\\p{Lu}][\\p{L}.']*){0,3})"
            + "|added|reported|stated|wrote)";
    /** ", Fire Chief Dale Okonkwo said.", ", said Fire Chief Dale Okonkwo.", ", according to the coast guard." at the end. */
    private static final Pattern TRAILING_EN = Pattern.compile(
            ",\\s*(?:[^,;:\"“”]{2,60}?\\s+" + SAY + "(?:\\s+(?:on\\s+)?\\p{Lu}\\p{Ll}+day)?|(?:said|says)\\s+[^,;:\"“”]{2,60}?|according\\s+to\\s+[^,;:\"“”]{2,60}?)"
            + "\\s*[.!]?[\"”']*\\s*$");
    /** "Police said …", "A spokesman for the railroad said that …" at the start. */
    private static final Pattern LEADING_EN = Pattern.compile("^[^,;:\"“”]{2,60}?\\s+" + SAY + "(?:\\s+that)?\\s+(?=\\p{L})");
    /**
     * «وقال المتحدث باسم الوزارة إن», «وأكدت الشركة أن» at the start, in folded spelling; a verb of
     * {@linkplain ArabicSayingVerbs#ANNOUNCING announcing} is the fact's.
     */
    private static final Pattern LEADING_AR = Pattern.compile(
            "^[وف]?(?:" + ArabicSayingVerbs.folded(ArabicSayingVerbs.SPEAKING) + ")\\s+[^،,.]{2,60}?\\s+(?:ان|انه|انها)(?=\\s)");
    /** «…، بحسب وكالة الأنباء», «…، وفقا للوزارة», «…، حسبما افاد مصدر» at the end, folded. */
    private static final Pattern TRAILING_AR = Pattern.compile(
            "[،,]\\s*(?:بحسب|حسب|وفق|وفقا ل|حسبما|كما قال|علي ما|علي حد قول)\\s*[^،,]{2,60}?[.!]?\\s*$");

    /** The attribution of {@code sentence} in {@code language}, or "" when none is found (or the language is not read). */
    static String of(String sentence, String language) {
        StringBuilder out = new StringBuilder();
        if ("en".equals(language)) {
            append(out, TRAILING_EN.matcher(sentence));
            append(out, LEADING_EN.matcher(sentence));
        } else if ("ar".equals(language)) {
            String folded = ArabicOrthography.fold(sentence);
            append(out, TRAILING_AR.matcher(folded));
            append(out, LEADING_AR.matcher(folded));
        }
        return out.toString();
    }

    /**
     * Sentence {@code i}'s content roots without those of its attribution: "…, Fire Chief Dale Okonkwo said." says who
     * told it, not what happened, and two different facts told by one speaker share roots through him. All its roots
     * (the very array {@link TermVectors#rootIds} gives) when it has no attribution, or fewer than {@code min} would be
     * left ("Police said the ferry sank.").
     */
    static int[] contentRoots(int i, TermVectors v, int min) {
        io.khulasa.analyze.Sentence s = v.sentence(i);
        String language = v.cluster().documents().get(s.document()).language();
        String who = of(s.text(), language);
        if (who.isEmpty()) return v.rootIds(i);
        int[] content = TermVectors.without(v.rootIds(i), v.rootIdsOf(io.khulasa.analyze.TermAnalyzer.forLanguage(language).terms(who)));
        return content.length < min ? v.rootIds(i) : content;
    }

    private static void append(StringBuilder out, Matcher m) {
        if (m.find()) out.append(m.group()).append(' ');
    }
}
