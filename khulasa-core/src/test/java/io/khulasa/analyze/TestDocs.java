package io.khulasa.analyze;

import io.khulasa.clean.CleanedDocument;
import io.khulasa.clean.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cleaned documents made the simple way: one block per non-blank line, as the cleaner does. */
final class TestDocs {
    private TestDocs() {}

    /** One trimmed block per non-blank line; paragraphStart after a blank line; no title. */
    static CleanedDocument plain(String text) { return of("doc", text, false); }

    /** As {@link #plain}, the first line being the title. */
    static CleanedDocument titled(String text) { return of("doc", text, true); }

    static CleanedDocument of(String id, String text, boolean firstIsTitle) {
        List<TextBlock> blocks = new ArrayList<>();
        int i = 0;
        boolean blank = true;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int s = i, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (s < e) {
                blocks.add(new TextBlock(s, e, blank, firstIsTitle && blocks.isEmpty()));
                blank = false;
            } else {
                blank = true;
            }
            i = end + 1;
        }
        return new CleanedDocument(id, text, null, blocks, List.of(), Map.of(), null, null);
    }

    /** The sentences' texts. */
    static List<String> sentences(String text, String language) {
        return texts(plain(text), language);
    }

    static List<String> texts(CleanedDocument doc, String language) {
        List<String> out = new ArrayList<>();
        for (SentenceSpan s : new SentenceSplitter().split(doc, language)) out.add(doc.text().substring(s.start(), s.end()));
        return out;
    }
}
