package io.khulasa.rouge;

import java.util.ArrayList;
import java.util.List;

/**
 * ROUGE-1.5.5's length limits ({@code -l} words, {@code -b} bytes), applied to references and
 * peers alike, before tokenization and before stopword removal.
 *
 * <ul>
 *   <li>Words are counted per line by Perl's {@code split(/\s+/)} on the raw line: punctuation
 *       glued to a word does not count separately ("Sen's" is one word, a lone "--" is one), and a
 *       line that starts with whitespace counts one extra (empty) leading word.
 *   <li>Lines are taken whole while the running total stays below the limit; the line that reaches
 *       it is cut to the remaining number of words (or bytes), and reading stops.
 *   <li>Bytes are UTF-8 bytes of each line without its newline; the spaces that join lines are not
 *       counted; a cut may fall inside a word (the fragment is scored).
 *   <li>ROUGE-L reads the text again into units (lines). With a word limit the units are the same
 *       cut lines. With a byte limit ROUGE-1.5.5 never adds up the running total there, so every
 *       line shorter than the limit is kept whole and only a single line of at least the limit is
 *       cut (and ends the text). This quirk is reproduced, since the published figures depend on
 *       it.
 * </ul>
 */
final class SummaryTruncator {

    /** The text as ROUGE-N/S see it (cut lines) and as ROUGE-L sees it (cut units). */
    record Truncated(List<String> pieces, List<String> lcsUnits) {}

    private final Tokenization tokenization;
    private final int wordLimit;
    private final int byteLimit;

    SummaryTruncator(Tokenization tokenization, int wordLimit, int byteLimit) {
        if (wordLimit > 0 && byteLimit > 0) {
            throw new IllegalArgumentException("limit by words or by bytes, not both");
        }
        this.tokenization = tokenization;
        this.wordLimit = Math.max(0, wordLimit);
        this.byteLimit = Math.max(0, byteLimit);
    }

    Truncated truncate(List<String> rawLines) {
        List<String> lines = new ArrayList<>(rawLines.size());
        for (String line : SummaryLines.flatten(rawLines)) {
            if (!line.isEmpty()) { // ROUGE skips only truly empty lines; "  " is kept
                lines.add(line);
            }
        }
        if (wordLimit > 0) {
            List<String> pieces = byWords(lines);
            return new Truncated(pieces, pieces);
        }
        if (byteLimit > 0) {
            return new Truncated(byBytes(lines), lcsUnitsByBytes(lines));
        }
        return new Truncated(lines, lines);
    }

    private List<String> byWords(List<String> lines) {
        List<String> pieces = new ArrayList<>();
        int total = 0;
        for (String line : lines) {
            List<String> words = perlSplitWords(line);
            if (total + words.size() < wordLimit) {
                pieces.add(line);
                total += words.size();
            } else {
                pieces.add(String.join(" ", words.subList(0, wordLimit - total)));
                break;
            }
        }
        return pieces;
    }

    private List<String> byBytes(List<String> lines) {
        List<String> pieces = new ArrayList<>();
        int total = 0;
        for (String line : lines) {
            int len = utf8Length(line);
            if (total + len < byteLimit) {
                pieces.add(line);
                total += len;
            } else {
                pieces.add(utf8Prefix(line, byteLimit - total));
                break;
            }
        }
        return pieces;
    }

    private List<String> lcsUnitsByBytes(List<String> lines) {
        List<String> units = new ArrayList<>();
        for (String line : lines) {
            if (utf8Length(line) < byteLimit) {
                units.add(line);
            } else {
                units.add(utf8Prefix(line, byteLimit));
                break;
            }
        }
        return units;
    }

    /** Perl's {@code split(/\s+/, $line)}: a leading empty field, no trailing empty fields. */
    List<String> perlSplitWords(String line) {
        List<String> words = new ArrayList<>();
        int n = line.length();
        int i = 0;
        boolean leadingSpace = n > 0 && isSpace(line.codePointAt(0));
        while (i < n) {
            int cp = line.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && !isSpace(line.codePointAt(i))) {
                i += Character.charCount(line.codePointAt(i));
            }
            words.add(line.substring(start, i));
        }
        if (leadingSpace && !words.isEmpty()) {
            words.add(0, "");
        }
        return words;
    }

    private boolean isSpace(int cp) {
        switch (cp) {
            case ' ':
            case '\t':
            case '\n':
            case 0x0B:
            case '\f':
            case '\r':
                return true;
            default:
                return tokenization == Tokenization.UNICODE
                        && cp > 0x7F
                        && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
        }
    }

    static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            bytes += utf8Bytes(cp);
            i += Character.charCount(cp);
        }
        return bytes;
    }

    /** The longest prefix of whole characters within {@code maxBytes} UTF-8 bytes. */
    static String utf8Prefix(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int b = utf8Bytes(cp);
            if (bytes + b > maxBytes) {
                break; // a character cut in half would be a separator to ROUGE anyway
            }
            bytes += b;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private static int utf8Bytes(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
