package io.khulasa.clean;

import io.khulasa.text.ArabicOrthography;

import java.util.Locale;

/**
 * The comparison form of a line: Arabic spellings folded by {@link ArabicOrthography#fold} (alef, yeh and
 * teh-marbuta variants unified, diacritics and tatweel removed), lower case, every run of non-letters/digits
 * a single space. Two lines that a reader would call "the same line" get the same form, whatever the site's
 * spelling habits ("أيضاً" / "ايضا").
 */
final class TextNormalizer {
    private TextNormalizer() {}

    static String normalize(CharSequence s) {
        String folded = ArabicOrthography.fold(s.toString());
        StringBuilder b = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
