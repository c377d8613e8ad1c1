package io.khulasa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Direct speech in a sentence: the stretches between quotation marks. One reading of the marks news copy uses —
 * “ ” and « » pairs, ASCII double quotes taken in turns, and the {@code ``…''} of wire copy — for the scorer that
 * weighs a quote against a reported fact and for the compression that must not edit a quote. Single quotes are
 * left alone, since ’ is also an apostrophe.
 */
public final class Quotations {
    private Quotations() {}

    /** A quoted stretch: {@code [start, end)} from its opening mark to after its closing one. */
    public record Span(int start, int end) {
        public boolean contains(int offset) { return offset >= start && offset < end; }
    }

    /**
     * A quote this short is a name or a term in quotation marks («الدولة الإسلامية», "Bali Roadmap"), not speech:
     * speech is at least this many words.
     */
    public static final int SPEECH_WORDS = 4;

    // What the mark at an offset does: one reading shared by every method here.
    // AFTER_DIGIT: a straight mark right after a figure closes a quotation that is open ("Title 42") and is an inch
    // mark when none is (8" of snow, 6'5"): a quotation never opens on a figure's last digit.
    private static final int NONE = 0, OPENS = 1, CLOSES = 2, STRAIGHT = 3, AFTER_DIGIT = 4;

    /** The kind of mark at {@code k}; a wire mark ({@code ``} or {@code ''}) is two characters wide. */
    private static int kind(CharSequence s, int k) {
        char c = s.charAt(k);
        switch (c) {
            case '“', '«' -> { return OPENS; }
            case '”', '»' -> { return CLOSES; }
            case '`' -> { return wire(s, k) ? OPENS : NONE; }
            case '\'' -> { return wire(s, k) ? CLOSES : NONE; }
            case '"' -> { return !(k > 0 && Character.isDigit(s.charAt(k - 1))) ? STRAIGHT : inches(s, k) ? NONE : AFTER_DIGIT; }
            default -> { return NONE; }
        }
    }

    /** After a figure, a mark that is an inch mark whatever is open: feet and inches (6'8"), or "22" of snow", "65" screen". */
    private static final Pattern INCH_WORDS = Pattern.compile(
            "\\s+(?:of|thick|tall|wide|long|deep|high|screen|tv|pipe|monitor|rain|snow)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean inches(CharSequence s, int k) {
        int j = k - 1;
        while (j >= 0 && Character.isDigit(s.charAt(j))) j--;
        if (j >= 1 && (s.charAt(j) == '\'' || s.charAt(j) == '′') && Character.isDigit(s.charAt(j - 1))) return true;
        return INCH_WORDS.matcher(s).region(k + 1, s.length()).lookingAt();
    }

    /** Whether a quotation is open after a mark of {@code kind}, given whether one was before it. */
    private static boolean after(int kind, boolean open) {
        return switch (kind) {
            case OPENS -> true;
            case CLOSES, AFTER_DIGIT -> false;
            case STRAIGHT -> !open;
            default -> open;
        };
    }

    /** How many characters the mark at {@code k} takes: two for a wire mark. */
    private static int width(CharSequence s, int k, int kind) {
        return kind != NONE && (s.charAt(k) == '`' || s.charAt(k) == '\'') ? 2 : 1;
    }

    private static boolean wire(CharSequence s, int k) {
        return k + 1 < s.length() && s.charAt(k + 1) == s.charAt(k);
    }

    /** The quoted stretches, in order; a quote left open runs to the end of the sentence. */
    public static List<Span> spans(String s) {
        List<Span> out = new ArrayList<>(2);
        int open = -1;
        for (int k = 0; k < s.length(); k++) {
            int kind = kind(s, k), width = width(s, k, kind);
            if (open < 0 && (kind == OPENS || kind == STRAIGHT)) {
                open = k;
            } else if (open >= 0 && (kind == CLOSES || kind == STRAIGHT || kind == AFTER_DIGIT)) {
                out.add(new Span(open, k + width));
                open = -1;
            }
            k += width - 1;
        }
        if (open >= 0) out.add(new Span(open, s.length()));
        return out;
    }

    /**
     * Whether a quotation is still open after {@code text}, given whether one was open before it: how a quotation the
     * splitter cut into sentences is followed from one sentence to the next.
     */
    public static boolean openAfter(String text, boolean openBefore) {
        boolean open = openBefore;
        for (int k = 0; k < text.length(); k++) {
            int kind = kind(text, k);
            open = after(kind, open);
            k += width(text, k, kind) - 1;
        }
        return open;
    }

    /** Whether the text's first character after spaces is an opening mark (“, «, ``) or a straight double quote. */
    public static boolean opensWithMark(String text) {
        int k = 0;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        if (k >= text.length()) return false;
        int kind = kind(text, k);
        return kind == OPENS || kind == STRAIGHT;
    }

    /**
     * Whether a quotation left open at the end of {@code text}, which opened none before it, was opened as speech: right
     * after a colon or a comma ("…and said: "Every neighbourhood…", «وقال: «…»).
     */
    public static boolean leftOpenAsSpeech(String text) {
        int opened = -1;
        boolean open = false;
        for (int k = 0; k < text.length(); k++) {
            int kind = kind(text, k);
            boolean wasOpen = open;
            open = after(kind, open);
            if (open && !wasOpen) opened = k;
            k += width(text, k, kind) - 1;
        }
        if (!open || opened < 0) return false;
        int b = opened - 1;
        while (b >= 0 && Character.isWhitespace(text.charAt(b))) b--;
        return b >= 0 && (text.charAt(b) == ':' || text.charAt(b) == ',' || text.charAt(b) == '،');
    }

    /** The text after its first quotation mark (all of it when it has none). */
    public static String afterFirstMark(String text) {
        for (int k = 0; k < text.length(); k++) {
            int kind = kind(text, k);
            if (kind != NONE) return text.substring(k + width(text, k, kind));
        }
        return text;
    }

    /** Whether the text holds any quotation mark, opening or closing. */
    public static boolean hasMark(String text) {
        // asked of every sentence: the marks' characters first, kind() only for the two that may be no mark
        for (int k = 0, n = text.length(); k < n; k++) {
            switch (text.charAt(k)) {
                case '“', '”', '«', '»', '"' -> { return true; }
                case '`', '\'' -> { if (kind(text, k) != NONE) return true; }
                default -> { }
            }
        }
        return false;
    }

    /** Whether {@code offset} is inside one of the sentence's quotations. */
    public static boolean inside(List<Span> spans, int offset) {
        for (Span q : spans) if (q.contains(offset)) return true;
        return false;
    }

    /**
     * The share (0–1) of the sentence's words that are speech: inside quotations of {@value #SPEECH_WORDS} words or
     * more.
     */
    public static double share(String sentence) {
        if (!hasMark(sentence)) return 0; // most sentences: one quick look
        int words = 0, quoted = 0;
        for (Span q : spans(sentence)) {
            int n = countWords(sentence, q.start(), q.end());
            if (n >= SPEECH_WORDS) quoted += n;
        }
        if (quoted == 0) return 0;
        words = countWords(sentence, 0, sentence.length());
        return quoted / (double) words;
    }

    /** A quotation opened and never closed: the scraper cut the sentence off, or the splitter did. */
    public static boolean unbalanced(String t) {
        int open = 0, close = 0;
        boolean straightOpen = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '`' || c == '\'') continue; // wire copy leaves its quotes open across paragraphs
            switch (kind(t, i)) {
                case OPENS -> open++;
                case CLOSES -> close++;
                case STRAIGHT -> straightOpen = !straightOpen;
                case AFTER_DIGIT -> straightOpen = false;
                default -> { }
            }
        }
        return straightOpen || open != close;
    }

    private static int countWords(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (Character.isLetterOrDigit(s.charAt(k)) && (k == from || !Character.isLetterOrDigit(s.charAt(k - 1)))) n++;
        }
        return n;
    }
}
