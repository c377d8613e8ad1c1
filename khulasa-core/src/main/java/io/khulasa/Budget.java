package io.khulasa;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How long a summary may be. The summary never exceeds its budget and holds whole sentences only.
 *
 * <p>Words are runs of non-space characters; characters are Unicode code points; bytes are UTF-8 bytes.
 * Characters and bytes are counted on the summary as rendered in its {@code summary} string, sentences
 * joined by one space, so the count a user makes is the count we enforce.
 */
public record Budget(Unit unit, int limit) {

    /** The unit a budget is counted in. */
    public enum Unit { WORDS, CHARS, BYTES, SENTENCES }

    public Budget {
        if (unit == null) throw new IllegalArgumentException("budget unit is missing");
        if (limit <= 0) throw new IllegalArgumentException("budget must be positive, was " + limit);
    }

    public static Budget words(int n) { return new Budget(Unit.WORDS, n); }
    public static Budget chars(int n) { return new Budget(Unit.CHARS, n); }
    public static Budget bytes(int n) { return new Budget(Unit.BYTES, n); }
    public static Budget sentences(int n) { return new Budget(Unit.SENTENCES, n); }

    /** Parses a unit name such as {@code words}, {@code chars}, {@code bytes} or {@code sentences}. */
    public static Unit parseUnit(String name) {
        try {
            return Unit.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown budget unit '" + name + "' (words, chars, bytes, sentences)");
        }
    }

    /** The cost of one sentence in this budget's unit, not counting the separator before it. */
    public int cost(String sentence) {
        return switch (unit) {
            case WORDS -> countWords(sentence);
            case CHARS -> sentence.codePointCount(0, sentence.length());
            case BYTES -> sentence.getBytes(StandardCharsets.UTF_8).length;
            case SENTENCES -> 1;
        };
    }

    /** The cost of the separator that joins a sentence to the ones before it. */
    public int separatorCost() {
        return unit == Unit.CHARS || unit == Unit.BYTES ? 1 : 0;
    }

    /** The cost of adding a sentence of {@code sentenceCost} to a summary that already has {@code count} sentences. */
    public int addCost(int sentenceCost, int count) {
        return sentenceCost + (count > 0 ? separatorCost() : 0);
    }

    /**
     * The cost of a sentence with its separator, for methods that choose a set at once (ILP, submodular):
     * charging every sentence one separator and giving the budget one back ({@link #limitWithSeparator})
     * counts a set exactly as the joined summary is counted.
     */
    public int costWithSeparator(String sentence) {
        return cost(sentence) + separatorCost();
    }

    /** The limit to compare {@link #costWithSeparator} sums against. */
    public int limitWithSeparator() {
        return limit + separatorCost();
    }

    /** Words as whitespace-separated runs. */
    public static int countWords(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    @Override
    public String toString() {
        return limit + " " + unit.name().toLowerCase(Locale.ROOT);
    }
}
