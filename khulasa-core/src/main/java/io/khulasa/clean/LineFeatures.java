package io.khulasa.clean;

/**
 * Surface features of one line (or one hard-wrapped paragraph): how many words, which scripts, how it ends.
 * The boilerplate rules are written against these, not against any site's wording.
 */
final class LineFeatures {

    /** How a line ends, once closing quotes and brackets are set aside. */
    enum Ending { SENTENCE, QUESTION, ELLIPSIS, COLON, COMMA, NONE }

    final int words;
    final int letters;
    final int arabic;
    final int latin;
    final int digits;
    final int chars;
    final Ending ending;

    private LineFeatures(int words, int letters, int arabic, int latin, int digits, int chars, Ending ending) {
        this.words = words;
        this.letters = letters;
        this.arabic = arabic;
        this.latin = latin;
        this.digits = digits;
        this.chars = chars;
        this.ending = ending;
    }

    static LineFeatures of(CharSequence s) {
        int words = 0, letters = 0, arabic = 0, latin = 0, digits = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || (c >= 0x064B && c <= 0x065F);
            if (wordChar && !inWord) words++;
            if (Character.isWhitespace(c)) inWord = false;
            else if (wordChar) inWord = true;
            if (Character.isLetter(c)) {
                letters++;
                if (c >= 0x0600 && c <= 0x06FF || c >= 0xFB50 && c <= 0xFEFF) arabic++;
                else if (c < 0x250) latin++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        return new LineFeatures(words, letters, arabic, latin, digits, s.length(), ending(s));
    }

    static Ending ending(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"'”’»)]}`".indexOf(s.charAt(i)) >= 0)) i--;
        if (i < 0) return Ending.NONE;
        char c = s.charAt(i);
        if (c == '…' || (c == '.' && i > 0 && s.charAt(i - 1) == '.')) return Ending.ELLIPSIS;
        if (c == '?' || c == '؟') return Ending.QUESTION;
        if (c == '.' || c == '!' || c == '۔') return Ending.SENTENCE;
        if (c == ':') return Ending.COLON;
        if (c == ',' || c == '،' || c == ';' || c == '؛') return Ending.COMMA;
        return Ending.NONE;
    }

    /** Ends like a finished statement ({@code . ! ?}). */
    boolean endsSentence() { return ending == Ending.SENTENCE || ending == Ending.QUESTION; }

    /** Ends with nothing a sentence would end with (headline, label, credit). */
    boolean bare() { return ending == Ending.NONE; }

    /** Reads as article prose: a sentence of some length, or a line too long to be anything else. */
    boolean prose() { return (words >= 6 && ending == Ending.SENTENCE) || words >= 14; }

    /** Share of Latin among Latin + Arabic letters. */
    double latinShare() {
        int scriptLetters = latin + arabic;
        return scriptLetters == 0 ? 0 : (double) latin / scriptLetters;
    }
}
