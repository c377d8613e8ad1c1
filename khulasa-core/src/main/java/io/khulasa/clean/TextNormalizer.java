package io.khulasa.clean;

import java.util.Locale;

/**
 * The comparison form of a line: lower case, Arabic diacritics and tatweel removed, alef/yeh/teh-marbuta
 * variants unified, every run of non-letters/digits a single space. Two lines that a reader would call
 * "the same line" get the same form, whatever the site's spelling habits ("أيضاً" / "ايضا").
 */
final class TextNormalizer {
    private TextNormalizer() {}

    static String normalize(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) continue; // harakat, tatweel
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> c = 'ا';
                case 'ى' -> c = 'ي';
                case 'ة' -> c = 'ه';
                default -> { }
            }
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
