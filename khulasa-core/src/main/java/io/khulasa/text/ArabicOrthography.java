package io.khulasa.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Arabic orthographic folding: the one place that decides which spellings of an Arabic word count as the same.
 *
 * <p>News sites spell the same word differently: the hamza on an alef is often left out ({@code أحمد / احمد}),
 * a final {@code ى} and {@code ي} are interchanged, a final {@code ة} is written {@code ه}, vowel marks are
 * optional and sparse ({@code أيضاً / ايضا}), and tatweel only stretches a word. Folding these makes the
 * spellings meet. It is lossy (it merges {@code على} "on" and {@code علي} "Ali"), so it is for comparing and
 * looking up text, never for showing it.
 *
 * <p>{@link #fold} is Lucene's {@link ArabicNormalizer}, the field's standard (Larkey et al.'s light
 * normalization):
 * <ul>
 *   <li>hamza-carrying alefs {@code أ إ آ → ا};</li>
 *   <li>alef maqsura {@code ى → ي}; teh marbuta {@code ة → ه};</li>
 *   <li>tatweel (U+0640) and the eight harakat, tanween to sukun (U+064B–U+0652), removed;</li>
 * </ul>
 * plus what vocalized and quoted Quranic text adds, which Lucene leaves in place:
 * <ul>
 *   <li>alef wasla {@code ٱ → ا} (modern spelling writes it as a bare alef);</li>
 *   <li>the other combining marks of the Arabic block removed: maddah, hamza above and below, subscript
 *       alef and the rarer vowel signs (U+0653–U+065F), superscript alef (U+0670);</li>
 *   <li>Quranic marks removed: honorifics and small high letters (U+0610–U+061A), annotation signs
 *       (U+06D6–U+06ED).</li>
 * </ul>
 * Digits are not touched: Arabic-Indic digits stay as they are (Lucene's {@code DecimalDigitFilter} folds
 * them where terms are made). {@link #luceneFold} is Lucene's normalizer alone, for ROUGE, whose Arabic
 * figures must stay what they have been.
 *
 * <p>Each character is kept, replaced by one character, or removed, so the result is never longer than the
 * input, but offsets into the input do not carry over once a mark is removed: callers use the result as a
 * comparison or lookup key only. Text without Arabic letters or marks comes back unchanged (the same
 * instance). Both methods are static, stateless and thread-safe.
 */
public final class ArabicOrthography {
    private static final char ALEF_WASLA = '\u0671';
    /** Stateless: {@link ArabicNormalizer#normalize} only works on the buffer it is given. */
    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    private ArabicOrthography() {}

    /** The full fold described above: Lucene's normalizer, alef wasla, and every Arabic mark removed. */
    public static String fold(String text) {
        if (!hasArabicToFold(text)) return text;
        char[] buf = text.toCharArray();
        int n = 0;
        for (char c : buf) {
            if (isMarkLuceneKeeps(c)) continue;
            buf[n++] = c == ALEF_WASLA ? ArabicNormalizer.ALEF : c;
        }
        return new String(buf, 0, LUCENE.normalize(buf, n));
    }

    /**
     * Lucene's {@link ArabicNormalizer} and nothing more ({@code أ إ آ → ا}, {@code ى → ي}, {@code ة → ه},
     * tatweel and U+064B–U+0652 removed): alef wasla, the other marks and digits stay.
     */
    public static String luceneFold(String text) {
        if (!hasArabicToFold(text)) return text;
        char[] buf = text.toCharArray();
        return new String(buf, 0, LUCENE.normalize(buf, buf.length));
    }

    /** The marks {@link #fold} removes on top of Lucene's tatweel and eight harakat. */
    private static boolean isMarkLuceneKeeps(char c) {
        return (c >= '\u0610' && c <= '\u061A') || (c >= '\u0653' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** Whether {@code text} has a character either fold may change (all lie in U+0610–U+06ED). */
    private static boolean hasArabicToFold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0610' && c <= '\u06ED') return true;
        }
        return false;
    }
}
