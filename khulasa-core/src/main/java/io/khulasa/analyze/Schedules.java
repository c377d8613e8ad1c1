package io.khulasa.analyze;

import io.khulasa.text.ArabicOrthography;

import java.util.regex.Pattern;

/**
 * Sentences that announce what is still to come: "The summit is scheduled to end on Wednesday", "Sentencing is set
 * for March", «ومن المقرر أن يختتم المؤتمر أعماله». Told in an article a day or more older than the newest of its
 * cluster, such a sentence is out of date: the newer reports say what happened, and a summary quoting the plan
 * beside them reads as if it were still to come.
 */
public final class Schedules {
    private Schedules() {}

    /** A plan or a forecast of the sentence's own: "is scheduled to", "was due to", "are expected to", "is set for". */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:is|are|was|were)\\s+(?:(?:now|also|still)\\s+)?(?:scheduled|due|set|slated|expected)\\s+(?:to|for)\\b"
            + "|\\blater (?:today|tonight|this week)\\b", Pattern.CASE_INSENSITIVE);
    /** The same in Arabic, matched in folded spelling: «من المقرر أن», «من المتوقع أن», «ومن المنتظر أن», «يرتقب أن». */
    private static final Pattern ARABIC = Pattern.compile(
            "(?:^|\\s)[وف]?(?:من المقرر|من المتوقع|من المنتظر|من المرتقب|المقرر ان|ينتظر ان|يرتقب ان|يتوقع ان)(?:\\s|$)");

    /** Whether the sentence announces what is to come, in English or Arabic; false for other languages. */
    public static boolean announces(String sentence, String language) {
        if ("en".equals(language)) return ENGLISH.matcher(sentence).find();
        if ("ar".equals(language)) return ARABIC.matcher(ArabicOrthography.fold(sentence)).find();
        return false;
    }
}
