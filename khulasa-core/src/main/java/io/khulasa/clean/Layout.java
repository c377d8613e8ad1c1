package io.khulasa.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Cuts a document's text into lines (offsets of the stripped line) and groups them into units, the things the
 * rules judge. In an ordinary document a unit is one line. In a hard-wrapped document (most lines of about the
 * same width, most not ending a sentence — DUC style) a unit is a wrapped paragraph, so that a 70-column line
 * that happens to be short or unpunctuated is never mistaken for a headline or a credit.
 */
final class Layout {
    private Layout() {}

    /** One physical line, stripped; offsets into the document text. */
    record Line(int start, int end, boolean blankBefore) {}

    /** A run of lines judged together, with what the rules decided about it. */
    static final class Unit {
        final int index;
        final List<Line> lines;
        final int start, end;
        final String text;
        final boolean blankBefore;
        boolean blankAfter;
        final LineFeatures f;
        String reason;          // null while kept
        boolean title;
        int keepStart, keepEnd; // the kept part when a prefix/suffix is cut off (tagline, dateline)
        List<DroppedLine> cut = List.of();

        void cut(DroppedLine d) {
            if (cut.isEmpty()) cut = new ArrayList<>(2);
            cut.add(d);
        }

        /**
         * Drops the unit's first {@code end} characters as {@code reason} (a dateline, a time stamp, a speaker's label)
         * and keeps the rest; false, and nothing cut, when they run past the first line.
         */
        boolean cutPrefix(int end, String reason) {
            if (end > lines.get(0).end() - start) return false;
            String prefix = text.substring(0, end).strip();
            cut(new DroppedLine(prefix, reason, start, start + prefix.length()));
            keepStart = start + end;
            return true;
        }

        /**
         * Drops the unit's text from {@code from} on as {@code reason} (a credit glued to a paragraph) and keeps what is
         * before it; false, and nothing cut, when the unit has more than one line.
         */
        boolean cutSuffix(int from, String reason) {
            if (lines.size() != 1) return false;
            int s = from;
            while (s < text.length() && isSpace(text.charAt(s))) s++;
            cut(new DroppedLine(text.substring(s), reason, start + s, end));
            keepEnd = start + from;
            return true;
        }

        Unit(int index, List<Line> lines, String doc) {
            this.index = index;
            this.lines = lines;
            this.start = lines.get(0).start();
            this.end = lines.get(lines.size() - 1).end();
            this.text = lines.size() == 1 ? doc.substring(start, end) : joined(lines, doc);
            this.blankBefore = lines.get(0).blankBefore();
            this.f = LineFeatures.of(text);
            this.keepStart = start;
            this.keepEnd = end;
        }

        private static String joined(List<Line> lines, String doc) {
            StringBuilder b = new StringBuilder();
            for (Line l : lines) {
                if (b.length() > 0) b.append(' ');
                b.append(doc, l.start(), l.end());
            }
            return b.toString();
        }

        boolean kept() { return reason == null; }

        private String norm;
        String norm() {
            if (norm == null) norm = TextNormalizer.normalize(text);
            return norm;
        }
    }

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean blank = true; // the start of the text counts as a paragraph break
        while (i < n) {
            int e = i;
            while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') e++;
            int s = i, t = e;
            while (s < t && isSpace(text.charAt(s))) s++;
            while (t > s && isSpace(text.charAt(t - 1))) t--;
            if (s < t) {
                out.add(new Line(s, t, blank));
                blank = false;
            } else {
                blank = true;
            }
            if (e < n && text.charAt(e) == '\r' && e + 1 < n && text.charAt(e + 1) == '\n') e++;
            i = e + 1;
        }
        return out;
    }

    /** Whitespace including the no-break and zero-width spaces scraped pages are full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u200C' || c == '\u200F'
                || c == '\u200E' || c == '\uFEFF' || c == '\u202F';
    }

    static List<Unit> units(String text) {
        List<Line> lines = lines(text);
        List<Unit> units = new ArrayList<>();
        int width = wrapWidth(text, lines);
        int flush = width == 0 ? 0 : usualIndent(text, lines);
        List<Line> cur = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (!cur.isEmpty() && (width == 0 || breaksBefore(text, cur.get(cur.size() - 1), l, width, flush))) {
                units.add(new Unit(units.size(), cur.size() == 1 ? List.of(cur.get(0)) : cur, text));
                cur = new ArrayList<>(2);
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) units.add(new Unit(units.size(), cur.size() == 1 ? List.of(cur.get(0)) : cur, text));
        for (int k = 0; k < units.size(); k++) {
            units.get(k).blankAfter = k + 1 == units.size() || units.get(k + 1).blankBefore;
        }
        return units;
    }

    /** The indent most lines have: a wrapped paragraph's lines after its first. */
    private static int usualIndent(String text, List<Line> lines) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Line l : lines) counts.merge(indent(text, l), 1, Integer::sum);
        int best = 0, most = -1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() < best) { best = e.getKey(); most = e.getValue(); }
        }
        return best;
    }

    /** The spaces and tabs before the line's first character on its own line. */
    private static int indent(String text, Line l) {
        int k = l.start(), n = 0;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) { k--; n++; }
        return n;
    }

    /** A short line of "By" and a name: a byline, whatever the line above it. */
    private static final java.util.regex.Pattern BYLINE_LINE =
            java.util.regex.Pattern.compile("(?:By|BY) \\p{Lu}[\\p{L}.'\\-]*(?: (?:\\p{Lu}[\\p{L}.'\\-]*|and|AND|of|OF)){0,5}");

    private static boolean breaksBefore(String text, Line prev, Line cur, int width, int flush) {
        if (cur.blankBefore()) return true;
        // wire copy indents a paragraph's first line and sets the rest flush ("   (STORY CAN END HERE…)", then "   Himal…")
        if (indent(text, cur) >= flush + 2) return true;
        // a wire header's fields, one a line («التاريخ: 12/10/2025 …», «التصنيف: محليات»): not a wrapped paragraph
        if (isField(text, cur.start(), cur.end()) && isField(text, prev.start(), prev.end())) return true;
        // a table's row stands alone: the next row is no continuation of it
        if (cells(text.subSequence(cur.start(), cur.end())) != null || cells(text.subSequence(prev.start(), prev.end())) != null) return true;
        // a rule line ("=====") stands alone: what it frames is no continuation of it
        if (isRule(text, cur.start(), cur.end()) || isRule(text, prev.start(), prev.end())) return true;
        // a wire header's lines, one a field (slug, headline, note to editors, date), however long the one above:
        // "BC-Ferry-Capsize, 1st Ld-Writethru,0561" ends its line, "Eds: UPDATES with…" opens one
        if (WIRE_SLUG.matcher(text).region(prev.start(), prev.end()).matches()) return true;
        if (LineKinds.opensEditorsNote(text.subSequence(cur.start(), cur.end()))) return true;
        // a wire's dateline opens the lede, under a headline's line with no blank line between them
        if (Datelines.opensWire(text.substring(cur.start(), cur.end()))) return true;
        int prevLen = prev.end() - prev.start();
        if (prevLen < 0.55 * width) return true;                    // a short line ends its paragraph
        boolean prevEnds = LineFeatures.ending(text.subSequence(prev.start(), prev.end())) == LineFeatures.Ending.SENTENCE;
        boolean curShort = cur.end() - cur.start() < 0.55 * width;
        // a byline under the headline ("By JONATHAN R. WELLES"): the headline ends without a stop, the byline with none
        if (curShort && BYLINE_LINE.matcher(text).region(cur.start(), cur.end()).matches()) return true;
        // a date on its own line ("Sunday, March 15, 2026") is the header's date row, not a paragraph's last words
        if (curShort && DateRows.isDateAlone(text.subSequence(cur.start(), cur.end()).toString())) return true;
        return prevEnds && curShort && LineFeatures.ending(text.subSequence(cur.start(), cur.end())) == LineFeatures.Ending.NONE;
    }

    /**
     * A wire's slug line, the story's catchword and version over its headline: "BC-Ferry-Capsize, 1st Ld-Writethru,0561",
     * "BC-Ferry-Survivors,0702", "AM-Budget-Vote-NYT"; its parts capitalised ("BC-based firms" is none), a field after
     * a comma only before the closing word count.
     */
    static final java.util.regex.Pattern WIRE_SLUG = java.util.regex.Pattern.compile(
            "(?:BC|AM|PM)(?:-\\p{Lu}[\\p{L}\\p{Nd}&']*)+(?:(?:,\\s*[\\p{Lu}\\p{Nd}][^,.]{0,30})*,\\s*\\p{Nd}{3,4})?");

    /**
     * A labelled field: one to three words and a colon ("Category:", «رقم الخبر:»), then a space or the line's end;
     * not "10:30" or "http://…".
     */
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("\\p{L}+(?: \\p{L}+){0,2}:(?:\\s|$)");

    /** Columns set apart by two spaces or more, or a tab: a table's cells in a text. */
    private static final java.util.regex.Pattern CELL_SEP = java.util.regex.Pattern.compile("\\s{2,}|\\t");
    /** The fewest cells of a table's row, and the most words of a cell. */
    private static final int TABLE_CELLS = 3, CELL_WORDS = 4;

    /**
     * The cells of a table's row a page was flattened into: three or more of at most four words, set apart by runs of
     * spaces ("TSLN     Tessaline Networks      48.37   -6.10"); null for any other line. A sentence runs its words
     * with single spaces.
     */
    static String[] cells(CharSequence line) {
        String s = line.toString().strip();
        if (s.indexOf("  ") < 0 && s.indexOf('\t') < 0) return null; // most lines: no pattern run for them
        String[] cells = CELL_SEP.split(s);
        if (cells.length < TABLE_CELLS) return null;
        for (String c : cells) if (c.split(" ").length > CELL_WORDS) return null;
        return cells;
    }

    /** A rule line: five or more of "=", "-", "_", "*", "~", "─" and nothing else. */
    static boolean isRule(CharSequence line) {
        return isRule(line, 0, line.length());
    }

    private static boolean isRule(CharSequence text, int start, int end) {
        if (end - start < 5) return false;
        for (int k = start; k < end; k++) if ("=-_*~─".indexOf(text.charAt(k)) < 0) return false;
        return true;
    }

    /** Whether a line opens with a label and a colon, as a header's fields do ("Category: Local", «رقم الخبر: 417»). */
    static boolean isField(CharSequence line) {
        return isField(line, 0, line.length());
    }

    private static boolean isField(CharSequence text, int start, int end) {
        boolean colon = false; // most lines have none near their start: no matcher for them
        for (int k = start, n = Math.min(end, start + 40); k < n && !colon; k++) colon = text.charAt(k) == ':';
        return colon && FIELD.matcher(text).region(start, end).lookingAt();
    }

    /**
     * The wrap width of a hard-wrapped document, or 0 when it is not one: at least 4 lines, the 90th percentile
     * length at most 110 characters, and at least 40% of lines both near that width and not ending a sentence.
     */
    static int wrapWidth(String text, List<Line> lines) {
        if (lines.size() < 4) return 0;
        int[] len = new int[lines.size()];
        for (int k = 0; k < len.length; k++) len[k] = lines.get(k).end() - lines.get(k).start();
        int[] sorted = len.clone();
        Arrays.sort(sorted);
        int w = sorted[(int) Math.floor(0.9 * (sorted.length - 1))];
        if (w > 110 || w < 30) return 0;
        int nearWidth = 0, open = 0;
        for (int k = 0; k < len.length; k++) {
            if (len[k] >= 0.55 * w && len[k] <= w * 1.2) {
                nearWidth++;
                Line l = lines.get(k);
                if (LineFeatures.ending(text.subSequence(l.start(), l.end())) != LineFeatures.Ending.SENTENCE) open++;
            }
        }
        return nearWidth >= 0.6 * len.length && open >= 0.4 * len.length ? w : 0;
    }
}
