package io.khulasa.rouge;

import io.khulasa.text.ArabicOrthography;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a (possibly truncated) line into raw tokens, before stopword removal and stemming.
 *
 * <p>{@link Tokenization#ROUGE155}: ROUGE-1.5.5 lower-cases A–Z, turns "-" into " - " and every
 * other character outside {@code [A-Za-z0-9-]} into a space, splits on spaces, and later drops
 * tokens that do not start with {@code [a-z0-9$]} (so the "-" tokens go). What remains is exactly
 * the maximal runs of ASCII letters and digits, which is what this produces, without regexes.
 *
 * <p>{@link Tokenization#UNICODE}: maximal runs of Unicode letters, decimal digits and combining
 * marks, lower-cased in the root locale, optionally Arabic-normalized with Lucene's normalizer
 * alone, {@link ArabicOrthography#luceneFold} (أ إ آ → ا, ى → ي, ة → ه, no tatweel, no harakat;
 * digits, alef wasla and other marks as written); a run that normalizes to nothing is dropped.
 */
final class RougeTokenizer {

    private final Tokenization tokenization;
    private final boolean normalizeArabic;

    RougeTokenizer(Tokenization tokenization, boolean normalizeArabic) {
        this.tokenization = tokenization;
        this.normalizeArabic = normalizeArabic;
    }

    /** Appends the tokens of {@code text} to {@code out}. */
    void tokenize(String text, List<String> out) {
        if (tokenization == Tokenization.ROUGE155) {
            asciiRuns(text, out);
        } else {
            unicodeRuns(text, out);
        }
    }

    private static void asciiRuns(String text, List<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isAsciiAlnum(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            boolean upper = false;
            while (i < n && isAsciiAlnum(text.charAt(i))) {
                char c = text.charAt(i);
                upper |= c >= 'A' && c <= 'Z';
                i++;
            }
            String token = text.substring(start, i);
            out.add(upper ? asciiLower(token) : token);
        }
    }

    private void unicodeRuns(String text, List<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isRunChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && isRunChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String token = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (normalizeArabic) {
                token = ArabicOrthography.luceneFold(token);
            }
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Letters (L*), decimal digits (Nd) and combining marks (Mn, Mc, Me). */
    static boolean isRunChar(int cp) {
        if (cp < 0x80) {
            return isAsciiAlnum((char) cp);
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return true;
            default:
                return false;
        }
    }

    private static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
