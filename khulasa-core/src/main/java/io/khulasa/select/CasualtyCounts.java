package io.khulasa.select;

import io.khulasa.text.ArabicOrthography;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The numbers of people a sentence reports killed, hurt or missing: "four dead", "killed 9,000 people",
 * "أربعة قتلى", "لقي أربعة أشخاص حتفهم". Every outlet reports the toll, each in its own words ("four people
 * died", "the toll rose to four"), so word overlap misses the repeat; the same count next to a casualty
 * word does not. A number counts when a casualty word stands within {@link #WINDOW} words of it.
 */
final class CasualtyCounts {
    /** Words between a number and its casualty word, at most: "9,000 people were killed" is three. */
    static final int WINDOW = 3;

    /** Casualty words, matched against whole words of the folded text (Arabic: with their prefixes). */
    private static final Pattern CASUALTY = Pattern.compile(
            "(?:killed|dead|died|deaths?|toll|bodies|injured|wounded|missing|victims?|casualties)"
            + "|\\p{L}*(?:قتل|قتيل|حتف|ضحايا|ضحيه|وفاه|توفي|مصرع|جرح|جريح|جروح|مصاب|اصاب|اصيب|مفقود)\\p{L}*"
            + "|[وف]?فقد(?:ت|وا)?");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{P}\\p{S}&&[^,]]+|,(?!\\d)");
    /** Number words up to ten (two and up: "one dead" is no shared toll), folded as the text is. */
    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

    static {
        String[][] words = {
                {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"},
                {"اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"},
                {"اثنين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"}};
        for (String[] row : words) {
            for (int k = 0; k < row.length; k++) NUMBER_WORDS.put(ArabicOrthography.fold(row[k]), k + 2);
        }
        NUMBER_WORDS.put("dozen", 12);
    }

    private CasualtyCounts() {}

    /** The casualty counts of {@code text}, ascending; empty when it reports none. */
    static Set<Integer> of(String text) {
        Set<Integer> out = new TreeSet<>();
        String[] words = WORD_BREAK.split(ArabicOrthography.fold(text).toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.length; i++) {
            Integer n = value(words[i]);
            if (n == null) continue;
            for (int j = Math.max(0, i - WINDOW); j <= Math.min(words.length - 1, i + WINDOW); j++) {
                if (j != i && CASUALTY.matcher(words[j]).matches()) {
                    out.add(n);
                    break;
                }
            }
        }
        return out;
    }

    private static Integer value(String w) {
        if (w.isEmpty()) return null;
        if (Character.isDigit(w.charAt(0))) {
            int n;
            try {
                n = Integer.parseInt(w.replace(",", "")); // Character.digit: Arabic-Indic digits too
            } catch (NumberFormatException e) {
                return null;
            }
            return n >= 2 && !(n >= 1900 && n <= 2100) ? n : null; // a year is not a toll
        }
        Integer n = NUMBER_WORDS.get(w);
        if (n == null && w.length() > 3 && "وبل".indexOf(w.charAt(0)) >= 0) n = NUMBER_WORDS.get(w.substring(1));
        return n;
    }
}
