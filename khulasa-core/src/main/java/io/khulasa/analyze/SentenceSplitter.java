package io.khulasa.analyze;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.khulasa.clean.CleanedDocument;
import io.khulasa.clean.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Splits a cleaned document's kept blocks into sentences.
 *
 * <p>Blocks are first joined into stretches a sentence may run through: never across a paragraph start,
 * a title, or dropped text. In a hard-wrapped document (most lines short, many of them ending without
 * punctuation, as in DUC newswire) a line break inside a paragraph is a space; otherwise a line break ends
 * a sentence unless the line plainly runs on (it ends in a comma or a stopword, the next line starts in
 * lowercase, or a short line of several words is completed by a next line that ends the sentence).
 *
 * <p>Each stretch is then split with ICU's sentence rules, with line breaks seen as spaces, corrected by
 * our own: the Arabic semicolon {@code ؛} ends a sentence (the Arabic comma {@code ،} does not);
 * abbreviations ({@code Mr.}, {@code Sep. 24}, {@code U.S. officials}, initials as in {@code J. Smith},
 * Arabic {@code د.} and {@code أ.}) and a detached ellipsis used as a dash do not. ICU keeps numbers
 * ({@code 3.5}) whole and ends a quoted sentence after its closing quote ({@code ''}, {@code "}, {@code »},
 * {@code ”}). Spans without a letter are dropped, and a run-on of more than {@value #CUT_WORDS} words or
 * {@value #MAX_CHARS} characters is cut into pieces of at most {@value #MAX_WORDS} words, preferably
 * after a comma. News agencies' pickup notes ({@code Hamas is, 2nd graf pvs}) are not sentences either.
 * Linear in the length of the text.
 */
public final class SentenceSplitter {
    /** A sentence with more words than this is cut. */
    static final int CUT_WORDS = 120;
    /** The most words in one piece of a cut sentence. */
    static final int MAX_WORDS = 80;
    /** The most characters in one sentence (text without spaces is cut blindly). */
    static final int MAX_CHARS = 1_000;
    /** A line longer than this is a paragraph of its own, not a wrapped line, unless it ends in a stopword. */
    static final int SHORT_LINE = 100;
    /** Hard-wrapped documents keep (nearly) all their lines within this width. */
    static final int WRAP_WIDTH = 90;
    /** A short unpunctuated line with fewer words is a heading, not the start of a sentence. */
    static final int MIN_RUN_ON_WORDS = 6;

    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    /** The sentences of {@code doc}, in text order, trimmed, never empty, never overlapping. */
    public List<SentenceSpan> split(CleanedDocument doc, String language) {
        String text = doc.text();
        String lang = TermAnalyzer.canonical(language);
        TermAnalyzer terms = TermAnalyzer.forLanguage(lang);
        List<TextBlock> blocks = clampBlocks(text, doc.blocks());
        int width = isHardWrapped(text, blocks) ? wrapWidth(blocks) : 0;
        BreakIterator it = (BreakIterator) PROTOTYPES
                .computeIfAbsent(lang, l -> BreakIterator.getSentenceInstance(new ULocale(l))).clone();
        boolean[] flash = flashLines(text, blocks);
        List<SentenceSpan> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); ) {
            TextBlock b = blocks.get(i);
            if (b.title()) {
                int before = out.size();
                emit(text, b.start(), b.end(), out);
                if (out.size() > before) {
                    SentenceSpan first = out.get(before);
                    out.set(before, new SentenceSpan(first.start(), first.end(), true, true));
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < blocks.size() && !flash[j - 1] && joins(text, blocks, j, width, terms)) j++;
            int before = out.size();
            splitStretch(text, b.start(), blocks.get(j - 1).end(), it, "ar".equals(lang), out);
            if (out.size() > before) {
                SentenceSpan first = out.get(before);
                out.set(before, new SentenceSpan(first.start(), first.end(), false, true));
            }
            i = j;
        }
        return out;
    }

    // ---------------------------------------------------------------- blocks and line breaks

    /** Drops empty blocks and clips them into the text and into order, so spans never overlap. */
    private static List<TextBlock> clampBlocks(String text, List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>(blocks.size());
        int last = 0;
        for (TextBlock b : blocks) {
            int s = Math.max(Math.max(b.start(), 0), last), e = Math.min(b.end(), text.length());
            if (s >= e) continue;
            out.add(s == b.start() && e == b.end() ? b : new TextBlock(s, e, b.paragraphStart(), b.title()));
            last = e;
        }
        return out;
    }

    /**
     * Whether most lines are wrapped at a fixed width inside sentences: nearly all lines within
     * {@value #WRAP_WIDTH} characters, at least half of those followed by another line of the same
     * paragraph ending without sentence punctuation, and those filling at least half the width on average.
     */
    static boolean isHardWrapped(String text, List<TextBlock> blocks) {
        int lines = 0, wide = 0, followed = 0, open = 0;
        long followedChars = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.title()) continue;
            lines++;
            if (b.end() - b.start() > WRAP_WIDTH) wide++;
            if (i + 1 < blocks.size() && !blocks.get(i + 1).paragraphStart() && !blocks.get(i + 1).title()) {
                followed++;
                followedChars += b.end() - b.start();
                if (!endsSentence(text, b.start(), b.end())) open++;
            }
        }
        // Wrapped lines fill most of the width; a few short unpunctuated lines are headings instead.
        return lines >= 2 && followed >= 1 && wide * 10 <= lines && open * 2 >= followed
                && followedChars >= (long) followed * WRAP_WIDTH / 2;
    }

    /** The width a hard-wrapped document is wrapped at: the median length of lines that run on. */
    private static int wrapWidth(List<TextBlock> blocks) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            TextBlock b = blocks.get(i), n = blocks.get(i + 1);
            if (!b.title() && !n.title() && !n.paragraphStart()) lengths.add(b.end() - b.start());
        }
        if (lengths.isEmpty()) return WRAP_WIDTH;
        lengths.sort(null);
        return lengths.get(lengths.size() / 2);
    }

    /**
     * The lines in capitals without a stop, in a paragraph none of whose lines in capitals ends a sentence: a wire's
     * flash headlines ("TESSALINE NETWORKS Q3 REV $1.42 BLN VS. LSEG EST. $1.47 BLN"), one a line, each its own
     * sentence. An old wire's prose set in capitals runs on over its lines to a stop, and keeps them joined.
     */
    private static boolean[] flashLines(String text, List<TextBlock> blocks) {
        boolean[] flash = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); ) {
            int j = i + 1;
            while (j < blocks.size() && !blocks.get(j).paragraphStart() && !blocks.get(j).title()) j++;
            boolean stop = false;
            for (int k = i; k < j && !stop; k++) {
                TextBlock b = blocks.get(k);
                stop = inCapitals(text, b.start(), b.end()) && endsSentence(text, b.start(), b.end());
            }
            for (int k = i; k < j && !stop; k++) {
                TextBlock b = blocks.get(k);
                char last = text.charAt(b.end() - 1);
                flash[k] = last != ',' && last != '-' && inCapitals(text, b.start(), b.end()); // a comma runs on
            }
            i = j;
        }
        return flash;
    }

    /** Three letters or more with case, none of them lower case. */
    private static boolean inCapitals(String text, int s, int e) {
        int upper = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 3;
    }

    /**
     * Whether the sentence may run on from block {@code j - 1} into block {@code j}; {@code width} is the
     * wrap width of a hard-wrapped document, 0 for one that is not.
     */
    private static boolean joins(String text, List<TextBlock> blocks, int j, int width, TermAnalyzer terms) {
        TextBlock prev = blocks.get(j - 1), next = blocks.get(j);
        if (next.paragraphStart() || next.title() || prev.title()) return false;
        boolean lineBreak = false;
        for (int k = prev.end(); k < next.start(); k++) {
            char c = text.charAt(k);
            if (isLineBreak(c)) lineBreak = true;
            else if (!isSpace(c)) return false; // dropped text lies between them
        }
        if (!lineBreak) return true;
        if (width > 0) {
            // Wrapping breaks a line only when it is full, so a line that starts afresh and is well short of
            // the width, or is in headline case, is a heading or a dateline.
            if (endsSentence(text, prev.start(), prev.end())) return true;
            if (Character.isLowerCase(text.codePointAt(next.start()))) return true;
            TextBlock before = j >= 2 ? blocks.get(j - 2) : null;
            boolean fresh = prev.paragraphStart() || before == null || before.title()
                    || endsSentence(text, before.start(), before.end());
            if (!fresh) return true;
            return (prev.end() - prev.start()) * 10 >= width * 6 && !isHeadlineCase(text, prev.start(), prev.end());
        }
        return runsOn(text, prev, next, terms);
    }

    /**
     * In a document that is not hard-wrapped, whether a line break is inside a sentence: the line has no
     * sentence-final punctuation and visibly continues on the next line.
     */
    private static boolean runsOn(String text, TextBlock prev, TextBlock next, TermAnalyzer terms) {
        int ps = prev.start(), pe = prev.end();
        if (endsSentence(text, ps, pe)) return false;
        char last = text.charAt(pe - 1);
        if (last == ':' || last == '\u061B') return false;
        int first = text.codePointAt(next.start());
        if (!Character.isLetterOrDigit(first) && "\"'“«‘`(".indexOf(first) < 0) return false; // bullet, dash
        if (last == ',' || last == '\u060C' || last == '-' || last == '\u2010') return true;
        if (Character.isLowerCase(first)) return true;
        // A line ending in "on", "the", "على", "في" is unfinished whatever its length; not a prompt's short answer
        // to its question ("Already a subscriber? Sign in"), the particle ending an imperative.
        int w = pe;
        while (w > ps && !isSpace(text.charAt(w - 1))) w--;
        if (terms.isStopword(stripPunct(text.substring(w, pe))) && !answersQuestion(text, ps, pe)) return true;
        if (pe - ps > SHORT_LINE) return false; // e.g. a truncated quote: the line is a paragraph
        // a list item ("- Region: 45,000 barrels a day") is a line of its own: the last one does not run on into
        // the paragraph after the list
        if (afterListMarker(text, ps, pe) != ps) return false;
        int words = countWords(text, ps, pe);
        if (words < MIN_RUN_ON_WORDS || looksTitleCased(text, ps, pe)) return false; // a heading
        return endsSentence(text, next.start(), next.end());
    }

    /** The most words of a prompt's answer after its question on one line ("Sign in", "Log in now"). */
    private static final int ANSWER_WORDS = 3;

    /** Whether the line ends in a few words after a question mark: "Have an account? Log in". */
    private static boolean answersQuestion(String text, int s, int e) {
        int q = e;
        while (q > s && text.charAt(q - 1) != '?' && e - q < 40) q--;
        return q > s && text.charAt(q - 1) == '?' && countWords(text, q, e) <= ANSWER_WORDS;
    }

    private static String stripPunct(String word) {
        int a = 0, z = word.length();
        while (a < z && !Character.isLetterOrDigit(word.charAt(a))) a++;
        while (z > a && !Character.isLetterOrDigit(word.charAt(z - 1))) z--;
        return word.substring(a, z);
    }

    /**
     * Every word capitalized but short function words ({@code of}, {@code in}, {@code the}), no sentence
     * punctuation: an English headline.
     */
    private static boolean isHeadlineCase(String text, int s, int e) {
        int words = 0;
        boolean lastLower = false;
        for (int k = s; k < e; ) {
            while (k < e && isSpace(text.charAt(k))) k++;
            if (k >= e) break;
            int w = k;
            while (k < e && !isSpace(text.charAt(k))) k++;
            words++;
            int c = text.codePointAt(w);
            lastLower = Character.isLowerCase(c);
            if (isTerminal(text.charAt(k - 1))) return false;
            // Arabic and other caseless scripts have no headline case: their lines are judged by width alone.
            if (caseless(c)) return false;
            if (Character.isLowerCase(c) && k - w > 3) return false;
            if (!Character.isLetterOrDigit(c) && !Character.isLowerCase(c) && "\"'“‘`(".indexOf(c) < 0) return false;
        }
        return words >= 2 && !lastLower; // "... Restraints and" runs on
    }

    /** Most words capitalized, as in an English headline. */
    private static boolean looksTitleCased(String text, int s, int e) {
        int words = 0, caps = 0;
        boolean startOfWord = true;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (isSpace(c)) { startOfWord = true; continue; }
            if (startOfWord) {
                words++;
                if (Character.isUpperCase(c)) caps++;
                startOfWord = false;
            }
        }
        return caps * 10 >= words * 7;
    }

    /** Whether {@code text[s, e)} ends with sentence-final punctuation, perhaps followed by closing quotes. */
    static boolean endsSentence(CharSequence text, int s, int e) {
        while (e > s && isSpace(text.charAt(e - 1))) e--;
        while (e > s && isCloser(text.charAt(e - 1))) e--;
        return e > s && isTerminal(text.charAt(e - 1));
    }

    // ---------------------------------------------------------------- splitting a stretch

    private static void splitStretch(String text, int s, int e, BreakIterator it, boolean semicolonEnds,
                                     List<SentenceSpan> out) {
        // ICU ends a sentence at every line break; inside a stretch they are spaces. Same length, same offsets.
        char[] buf = new char[e - s];
        text.getChars(s, e, buf, 0);
        for (int k = 0; k < buf.length; k++) if (isLineBreak(buf[k])) buf[k] = ' ';
        String seg = new String(buf);
        it.setText(seg);
        // Persian and Urdu write ؛ inside a sentence, as English writes ";".
        int from = 0, semi = semicolonEnds ? nextSemicolon(seg, 0) : -1;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            b = beforeOpeners(seg, b, from);
            if (b <= from) continue;
            // The Arabic semicolon ends a sentence for us, not for ICU: cut there first.
            while (semi >= 0 && semi < b) {
                emit(text, s + from, s + semi, out);
                from = semi;
                semi = nextSemicolon(seg, semi);
            }
            if (b < seg.length() && (!keep(seg, b) || insideQuotedRunOn(seg, from, b))) continue;
            emit(text, s + from, s + b, out);
            from = b;
        }
        if (from < seg.length()) emit(text, s + from, e, out);
    }

    /**
     * ICU counts opening brackets and quotes after a period as closing ones ({@code انتهى.“وقال},
     * {@code كبيرا...[15}); they open the next sentence, so the boundary moves back before them.
     */
    private static int beforeOpeners(String seg, int b, int from) {
        if (b >= seg.length()) return b;
        int q = b;
        while (q > from && isSpace(seg.charAt(q - 1))) q--;
        int o = q;
        while (o > from && isOpener(seg.charAt(o - 1))) o--;
        return o < q ? o : b;
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '{' || c == '\u00AB' || c == '\u201C' || c == '\u2018' || c == '\u201E'
                || c == '\u2039' || c == '\u300C' || c == '\u300E';
    }

    /** Position after the next {@code ؛} (and its closing quotes) at or after {@code from}, or -1. */
    private static int nextSemicolon(String seg, int from) {
        int k = seg.indexOf('\u061B', from);
        if (k < 0) return -1;
        k++;
        while (k < seg.length() && isCloser(seg.charAt(k))) k++;
        return k;
    }

    /** Characters a quotation that runs on after its end may span: a shout or two, not a speech. */
    private static final int QUOTED_RUN_ON = 80;

    /**
     * Whether the boundary at {@code b} falls inside a short quotation opened in {@code seg[from, b)} whose close
     * is followed by a lowercase word: {@code bellow ``You resign! You resign!'' at the Speaker} is one sentence,
     * the shouts are what was bellowed. Only after {@code !} or {@code ?}: a period inside such a run is ICU's
     * business. Caseless scripts are left to {@link #keep}.
     */
    static boolean insideQuotedRunOn(String seg, int from, int b) {
        int p = b;
        while (p > from && isSpace(seg.charAt(p - 1))) p--;
        // a shout's quotation opens shortly before it: look no further back (and never rescan a long run)
        if (p == from || "!?".indexOf(seg.charAt(p - 1)) < 0 || !quoteOpen(seg, Math.max(from, p - QUOTED_RUN_ON), p)) return false;
        int end = Math.min(seg.length(), b + QUOTED_RUN_ON);
        for (int k = b; k < end; k++) {
            char c = seg.charAt(k);
            if (c == '.') return false;
            boolean closes = c == '\u201D' || c == '"' || (c == '\'' && k + 1 < seg.length() && seg.charAt(k + 1) == '\'');
            if (!closes) continue;
            int q = k + (c == '\'' ? 2 : 1);
            if (c == '"' && isSpace(seg.charAt(k - 1))) return false; // a straight quote after a space opens another
            while (q < seg.length() && isSpace(seg.charAt(q))) q++;
            return q < seg.length() && Character.isLowerCase(seg.codePointAt(q));
        }
        return false;
    }

    /** Whether a double quotation mark opened in {@code seg[from, to)} is still open at {@code to}. */
    private static boolean quoteOpen(String seg, int from, int to) {
        int depth = 0, straight = 0;
        for (int k = from; k < to; k++) {
            char c = seg.charAt(k);
            if (c == '\u201C' || (c == '`' && k + 1 < to && seg.charAt(k + 1) == '`')) depth++;
            else if ((c == '\u201D' || (c == '\'' && k + 1 < to && seg.charAt(k + 1) == '\'')) && depth > 0) depth--;
            else if (c == '"') straight++;
            if (c == '`' || c == '\'') { if (k + 1 < to && seg.charAt(k + 1) == c) k++; }
        }
        return depth > 0 || straight % 2 == 1;
    }

    /** Whether ICU's boundary at {@code b} (after the terminator, its closers and spaces) is a sentence end. */
    private static boolean keep(String seg, int b) {
        // `… en blanc ! », a lancé`: no sentence starts with a closing quote; French sets one after a no-break
        // space, where ICU may break before it.
        int q = b;
        while (q < seg.length() && isSpace(seg.charAt(q))) q++;
        if (q < seg.length() && (seg.charAt(q) == '\u00BB' || seg.charAt(q) == '\u201D')) return false;
        // `?'' asked Uzi Benziman` : a sentence does not start in lowercase, whatever ended before it.
        if (b < seg.length() && Character.isLowerCase(seg.codePointAt(b))) return false;
        int p = b;
        while (p > 0 && isSpace(seg.charAt(p - 1))) p--;
        boolean closed = false;
        while (p > 0 && isCloser(seg.charAt(p - 1))) { p--; closed = true; }
        // `سؤال “من يحتضن المؤسسة؟” ما زال أثقل`: a quoted question inside a sentence. In a caseless script no
        // capital tells a new sentence, so a quoted question or exclamation does not end one.
        if (closed && p > 0 && "?!\u061F".indexOf(seg.charAt(p - 1)) >= 0 && b < seg.length() && caseless(seg.codePointAt(b))) {
            return false;
        }
        if (p == 0 || seg.charAt(p - 1) != '.') return true;
        int dot = p - 1;
        if (dot > 0 && seg.charAt(dot - 1) == '.') {
            int k = dot;
            while (k > 0 && seg.charAt(k - 1) == '.') k--;
            // " .... " standing apart is a dash inside a headline or sentence, "(...)" an omission; otherwise
            // an ellipsis ends a sentence only before a capital: in Arabic news ".." is a pause.
            if (k > 0 && (isSpace(seg.charAt(k - 1)) || seg.charAt(k - 1) == '(' || seg.charAt(k - 1) == '['))
                return false;
            String next = Abbreviations.wordAt(seg, b);
            return !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
        }
        if (closed) return true; // `he said.'' The` : the quotation closed after the period
        return !Abbreviations.isAbbreviation(seg, dot, b);
    }

    /**
     * Past a list item's marker ("1- ", "2) ", "3. ", "• "): a numbered list of facts is quoted without its
     * numbers, which mean nothing out of the list. A number that starts a sentence ("3 people died") stays.
     */
    private static int afterListMarker(String text, int s, int e) {
        int k = s;
        while (k < e && k - s < 2 && Character.isDigit(text.charAt(k))) k++;
        boolean numbered = k > s && k < e && "-.)\u2013".indexOf(text.charAt(k)) >= 0;
        boolean bullet = k == s && "\u2022\u00B7\u25AA\u25CF\u25E6*-".indexOf(text.charAt(s)) >= 0;
        if (!numbered && !bullet) return s;
        int m = (numbered ? k : s) + 1;
        if (m >= e || !isSpace(text.charAt(m))) return s;
        while (m < e && isSpace(text.charAt(m))) m++;
        return m < e ? m : s;
    }

    /** A broadcast transcript's role label: «المذيعة: », «المراسل: », "ANCHOR: ", "REPORTER: ". */
    private static final java.util.regex.Pattern ROLE_LABEL = java.util.regex.Pattern.compile(
            "(?:المذيعة|المذيع|المراسلة|المراسل|الضيف|الضيفة|مقدم البرنامج|مقدمة البرنامج|ANCHOR|REPORTER|PRESENTER|CORRESPONDENT)\\s*:\\s*"
            // and the anchor's greeting before the news: «مساء الخير، …», "Good evening. …"
            + "(?:(?:مساء الخير|صباح الخير|Good evening|Good morning)\\s*[،,.]\\s*)?");

    /** A live page's entry label: «تحديث 16:40:», "Update 9:15 a.m. —", "UPDATE, 10:05:". */
    private static final java.util.regex.Pattern UPDATE_LABEL = java.util.regex.Pattern.compile(
            "(?i)(?:تحديث|update|updated|mise à jour)[ ,]*\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?\\s*[:\\-–—]\\s*");

    /**
     * Past a transcript's speaker label ("[Reporter - Nizar al-Ali]: ", «[المراسل - نزار العلي]: ») or a live
     * entry's time label («تحديث 16:40: »): the page's layout, not the sentence's.
     */
    private static int afterSpeakerLabel(String text, int s, int e) {
        if (s >= e) return s;
        java.util.regex.Matcher update = UPDATE_LABEL.matcher(text).region(s, e);
        if (update.lookingAt() && update.end() < e) return update.end();
        java.util.regex.Matcher role = ROLE_LABEL.matcher(text).region(s, e);
        if (role.lookingAt() && role.end() < e && hasLetter(text, role.end(), e)) return role.end();
        if (text.charAt(s) != '[') return s;
        int close = text.indexOf(']', s);
        if (close < 0 || close - s > 60 || close + 1 >= e || text.charAt(close + 1) != ':') return s;
        int m = close + 2;
        while (m < e && isSpace(text.charAt(m))) m++;
        return m < e && hasLetter(text, m, e) ? m : s;
    }

    /** A letter of a script without case (Arabic, Hebrew, CJK…). */
    private static boolean caseless(int c) {
        return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c) && !Character.isTitleCase(c);
    }

    // ---------------------------------------------------------------- emitting spans

    /** Adds the trimmed span {@code text[s, e)} if it has a letter, cut into pieces when it is a run-on. */
    private static void emit(String text, int s, int e, List<SentenceSpan> out) {
        while (s < e && isSpace(text.charAt(s))) s++;
        while (e > s && isSpace(text.charAt(e - 1))) e--;
        if (s >= e) return;
        s = afterSpeakerLabel(text, afterListMarker(text, s, e), e);
        if (e - s <= MAX_CHARS && countWords(text, s, e) <= CUT_WORDS) {
            if (hasLetter(text, s, e) && !isWireSlug(text, s, e)) out.add(new SentenceSpan(s, e, false));
            return;
        }
        cut(text, s, e, out);
    }

    /**
     * Cuts a run-on into pieces of at most {@value #MAX_WORDS} words and {@value #MAX_CHARS} characters,
     * after the last comma or semicolon in the second half of a piece when there is one, else at a space,
     * else (no space at all) at the character limit. Each character is looked at a bounded number of times.
     */
    private static void cut(String text, int s, int e, List<SentenceSpan> out) {
        int start = s;
        while (start < e) {
            int words = 0, k = start, lastSpace = -1, clause = -1;
            boolean inWord = false;
            int limit = Math.min(e, start + MAX_CHARS);
            while (k < limit) {
                char c = text.charAt(k);
                if (isSpace(c)) {
                    if (inWord) {
                        inWord = false;
                        lastSpace = k;
                        if (words >= MAX_WORDS / 2 && isClausePunct(text.charAt(k - 1))) clause = k;
                        if (words >= MAX_WORDS) break;
                    }
                } else if (!inWord) {
                    inWord = true;
                    words++;
                }
                k++;
            }
            int end;
            if (k >= e) end = e;
            else if (clause > 0) end = clause;
            else if (lastSpace > start) end = lastSpace;
            else {
                end = limit;
                if (Character.isLowSurrogate(text.charAt(end)) && end - 1 > start) end--;
            }
            int a = start, z = end;
            while (a < z && isSpace(text.charAt(a))) a++;
            while (z > a && isSpace(text.charAt(z - 1))) z--;
            if (a < z && hasLetter(text, a, z)) out.add(new SentenceSpan(a, z, false));
            start = end;
            while (start < e && isSpace(text.charAt(start))) start++;
        }
    }

    private static final Pattern WIRE_SLUG = Pattern.compile(
            "(?i)[^.!?]{0,60},\\s+(?:pickup\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+(?:graf|pvs)|graf\\s+\\d+)\\b[^.!?]{0,40}");

    /**
     * A news agency's pickup note left in the text where an updated story resumes, e.g.
     * {@code Hamas is, 2nd graf pvs}: the first words of a paragraph and where to find it. Not a sentence.
     */
    static boolean isWireSlug(String text, int s, int e) {
        return e - s <= 100 && !endsSentence(text, s, e) && WIRE_SLUG.matcher(text).region(s, e).matches();
    }

    private static boolean isClausePunct(char c) {
        return c == ',' || c == '\u060C' || c == ';' || c == ':' || c == '\u061B';
    }

    // ---------------------------------------------------------------- characters

    static boolean hasLetter(CharSequence text, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) return true;
            if (Character.isHighSurrogate(c) && k + 1 < e && Character.isLetter(Character.toCodePoint(c, text.charAt(k + 1))))
                return true;
        }
        return false;
    }

    static int countWords(CharSequence text, int s, int e) {
        int n = 0;
        boolean in = false;
        for (int k = s; k < e; k++) {
            boolean space = isSpace(text.charAt(k));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200E'
                || c == '\u200F' || c == '\uFEFF';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\u000C';
    }

    /** Quotation marks and brackets that may follow a sentence's final punctuation. */
    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A'
                || c == ')' || c == ']' || c == '}' || c == '\u300D' || c == '\u300F';
    }

    /** Sentence-final punctuation, in the scripts we meet. */
    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4' || c == '\u2026'
                || c == '\u061B' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u0964'
                || c == '\u0965' || c == '\u203C' || c == '\u2047' || c == '\u2048' || c == '\u2049';
    }

    /** Abbreviations that a period after them does not make a sentence end. */
    static final class Abbreviations {
        /** Always followed by a name: the period never ends the sentence. */
        static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof",
                "Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt",
                "Cpl", "Pvt", "Adm", "Brig", "Rev", "Msgr", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "Amb",
                "Sec", "Fr", "Sr", "Sra", "Mt", "Ft");
        /**
         * Always followed by what they join, cite or qualify, names included: {@code United States vs. Microsoft},
         * {@code adj. EPS of $0.63}.
         */
        static final Set<String> LINKS = Set.of("vs", "v", "cf", "viz", "e.g", "i.e", "E.g", "I.e", "adj");
        /** Abbreviations before a number: {@code Sep. 24}, {@code No. 3}. */
        static final Set<String> BEFORE_NUMBER = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Vol", "Vols", "Art", "Fig", "pp", "Ch", "Nr", "Nº");
        /** Abbreviations that may also end a sentence: they do when a typical sentence opener follows. */
        static final Set<String> AMBIGUOUS = Set.of("Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "St", "Ave",
                "Blvd", "Rd", "Dept", "Univ", "Assn", "Intl", "etc", "approx", "est", "Ala", "Ariz", "Ark", "Calif",
                "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn",
                "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt",
                "Wash", "Wis", "Wyo");
        /** Words that usually open an English sentence: after an ambiguous abbreviation they mean an end. */
        static final Set<String> OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
                "His", "Her", "Its", "Their", "Our", "My", "Your", "This", "That", "These", "Those", "There", "Here",
                "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "By", "For", "From", "With", "Without",
                "To", "Of", "After", "Before", "During", "Since", "As", "If", "When", "While", "Where", "Although",
                "Though", "Because", "However", "Meanwhile", "Also", "Still", "Some", "Many", "Most", "Several",
                "All", "Both", "Each", "Every", "No", "Not", "Other", "Others", "Such", "Then", "Thus", "Now",
                "Later", "Earlier", "Last", "Next", "Under", "Over", "Among", "Despite", "According", "What", "Who",
                "Why", "How", "Yesterday", "Today", "Tomorrow", "Officials", "Police", "Only", "Even", "One", "Two");
        /** Latin letters spelled out in Arabic, as in {@code جورج دبليو. بوش}. */
        static final Set<String> ARABIC_LETTER_NAMES = Set.of("دبليو", "إف", "اف", "إس", "اس", "إتش", "اتش", "بي",
                "سي", "دي", "إل", "ال", "إم", "ام", "تي", "آر", "ار", "كيه", "جيه", "جي", "واي", "إكس", "اكس",
                "إيه", "ايه", "كيو", "زد", "يو");

        /**
         * Whether the period at {@code dot}, with the next sentence (if it were one) starting at {@code b},
         * belongs to an abbreviation. Looks at most a few dozen characters either side.
         */
        static boolean isAbbreviation(String seg, int dot, int b) {
            int a = dot;
            while (a > 0 && dot - a < 40 && !isSpace(seg.charAt(a - 1))) a--;
            while (a < dot && "\"'“‘«(`[".indexOf(seg.charAt(a)) >= 0) a++;
            if (a == dot) return false;
            String token = seg.substring(a, dot);
            String next = wordAt(seg, b);
            // a flash headline in capitals writes its abbreviations so too: "$1.42 BLN VS. LSEG EST. $1.47 BLN". Only
            // in a line in capitals, and only those written in lower case or before a number: an acronym in prose
            // is no title or state ("the SEC. Its shares", "to LA. Analysts said").
            if (isCapitals(token) && !known(token) && lineInCapitals(seg, a)) {
                String lower = token.toLowerCase(java.util.Locale.ROOT);
                String titled = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
                token = known(lower) ? lower : BEFORE_NUMBER.contains(titled) ? titled : token;
                if (isCapitals(next)) next = next.charAt(0) + next.substring(1).toLowerCase(java.util.Locale.ROOT);
            }
            // a figure with its currency sign is a number too after an abbreviation ("est. $1.47"), not after
            // initials: "a plant in the U.S. $2.1 billion of the cost" starts a sentence with its figure
            int f = b < seg.length() && Character.getType(seg.charAt(b)) == Character.CURRENCY_SYMBOL && !isInitials(token) ? b + 1 : b;
            boolean nextIsNumber = f < seg.length() && Character.isDigit(seg.charAt(f)) || !next.isEmpty() && Character.isDigit(next.charAt(0));
            boolean nextOpensQuote = b < seg.length() && "\"“«`'‘".indexOf(seg.charAt(b)) >= 0;

            // A title comes before a name; after one ("Hun Sen.") it is the name's end, and so may be the sentence's.
            if (TITLES.contains(token)) return !followsName(seg, a);
            if (LINKS.contains(token)) return true;
            if (BEFORE_NUMBER.contains(token)) {
                if (nextIsNumber) return true;
                // "Sep. The" ends a sentence, "Sep. Sen. Smith" hardly; "No. The" is the word "no".
                return token.length() > 2 && !nextOpensQuote && !next.isEmpty() && !OPENERS.contains(next);
            }
            if (isArabicLetterAbbreviation(token)) {
                // "عام 2016 م." : the era letter after a year may well end the sentence.
                return !previousTokenIsNumber(seg, a);
            }
            if (ARABIC_LETTER_NAMES.contains(token)) return isArabicWord(next);
            boolean initials = isInitials(token);
            if (initials || AMBIGUOUS.contains(token)) {
                if (nextIsNumber) return true;
                if (nextOpensQuote || next.isEmpty()) return false;
                return !OPENERS.contains(next);
            }
            return false;
        }

        /** Whether the token is in one of the lists as written. */
        private static boolean known(String t) {
            return TITLES.contains(t) || LINKS.contains(t) || BEFORE_NUMBER.contains(t) || AMBIGUOUS.contains(t);
        }

        /** Whether the line holding {@code at} is in capitals. */
        private static boolean lineInCapitals(String seg, int at) {
            int s = at, e = at;
            while (s > 0 && !isLineBreak(seg.charAt(s - 1))) s--;
            while (e < seg.length() && !isLineBreak(seg.charAt(e))) e++;
            return inCapitals(seg, s, e);
        }

        /** Two letters or more, all capitals: "VS", "EST", "THE". */
        private static boolean isCapitals(String t) {
            if (t.length() < 2) return false;
            for (int k = 0; k < t.length(); k++) if (!Character.isUpperCase(t.charAt(k))) return false;
            return true;
        }

        /** "J", "U.S", "B.J", "a.m", "D.C": single letters joined by periods. */
        static boolean isInitials(String t) {
            int n = t.length();
            if (n == 0 || n % 2 == 0) return false;
            for (int k = 0; k < n; k++) {
                char c = t.charAt(k);
                if (k % 2 == 0 ? !(c < 0x250 && Character.isLetter(c)) : c != '.') return false;
            }
            return n > 1 || Character.isUpperCase(t.charAt(0));
        }

        /** One Arabic letter, maybe with tatweel, or letters joined by periods: {@code د}, {@code هـ}, {@code أ.د}. */
        static boolean isArabicLetterAbbreviation(String t) {
            int letters = 0;
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == '\u0640') continue;
                if (c == '.' && k > 0 && t.charAt(k - 1) != '.') continue;
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC || !Character.isLetter(c)) return false;
                if (k > 0 && t.charAt(k - 1) != '.' && t.charAt(k - 1) != '\u0640') return false; // a real word
                letters++;
            }
            return letters >= 1;
        }

        /**
         * Whether the token ending before {@code tokenStart} is a capitalized word (not an abbreviation)
         * that does not itself open the sentence: {@code by Hun Sen}, not {@code But Sen} or {@code Lt. Col}.
         */
        private static boolean followsName(String seg, int tokenStart) {
            int z = tokenStart;
            while (z > 0 && tokenStart - z < 40 && isSpace(seg.charAt(z - 1))) z--;
            if (z == 0 || z == tokenStart || !Character.isLetter(seg.charAt(z - 1))) return false;
            int a = z;
            while (a > 0 && z - a < 40 && !isSpace(seg.charAt(a - 1))) a--;
            if (!Character.isUpperCase(seg.charAt(a))) return false;
            int k = a;
            while (k > 0 && a - k < 40 && isSpace(seg.charAt(k - 1))) k--;
            if (k == 0) return false; // the capital is the sentence's first word
            int c = k;
            while (c > 0 && isCloser(seg.charAt(c - 1))) c--;
            return !(c > 0 && isTerminal(seg.charAt(c - 1))) && seg.charAt(k - 1) != '`';
        }

        private static boolean previousTokenIsNumber(String seg, int tokenStart) {
            int k = tokenStart;
            while (k > 0 && isSpace(seg.charAt(k - 1))) k--;
            return k > 0 && Character.isDigit(seg.charAt(k - 1)) && k < tokenStart;
        }

        static boolean isArabicWord(String w) {
            return !w.isEmpty() && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.ARABIC;
        }

        /** The word starting at {@code b}, after opening quotes, up to the first non-letter-or-digit. */
        static String wordAt(String seg, int b) {
            int a = b;
            while (a < seg.length() && a - b < 4 && "\"“«`'‘([".indexOf(seg.charAt(a)) >= 0) a++;
            int z = a;
            while (z < seg.length() && z - a < 30 && Character.isLetterOrDigit(seg.charAt(z))) z++;
            return seg.substring(a, z);
        }
    }
}
