package io.khulasa.analyze;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.khulasa.clean.CleanedDocument;
import io.khulasa.clean.TextBlock;

import java.util.ArrayList;
import java.util.List;

/** Splits a cleaned document's kept blocks into sentences. */
public final class SentenceSplitter {

    /** The sentences of {@code doc}, in text order, trimmed, never empty. */
    public List<SentenceSpan> split(CleanedDocument doc, String language) {
        String text = doc.text();
        List<SentenceSpan> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(new ULocale(language));
        for (TextBlock b : doc.blocks()) {
            if (b.title()) {
                out.add(new SentenceSpan(b.start(), b.end(), true));
                continue;
            }
            String block = text.substring(b.start(), b.end());
            it.setText(block);
            int s = it.first();
            for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                int a = s, z = e;
                while (a < z && Character.isWhitespace(block.charAt(a))) a++;
                while (z > a && Character.isWhitespace(block.charAt(z - 1))) z--;
                if (a < z) out.add(new SentenceSpan(b.start() + a, b.start() + z, false));
            }
        }
        return out;
    }
}
