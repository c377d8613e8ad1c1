package io.khulasa.analyze;

import io.khulasa.clean.CleanedDocument;
import io.khulasa.clean.TextBlock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the splitter's spans on arbitrary text made of the characters that matter to it. */
class SentenceSplitterPropertiesTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Provide
    Arbitrary<String> texts() {
        // Letters of both scripts, digits, every punctuation mark the rules look at, spaces and line breaks;
        // no "g", so no accidental wire-service slug ("2nd graf") is filtered out.
        return Arbitraries.strings()
                .withChars("abcdeXYZJUSMrDpm بتسموأدى.....,,??!!؟؛،:;\"\"''`«»“”()[]     \n\n\n\r0123456789•-…")
                .ofMinLength(0).ofMaxLength(400);
    }

    @Property(tries = 400, seed = "20161003")
    void spansAreOrderedDisjointTrimmedAndExact(@ForAll("texts") String text, @ForAll boolean title) {
        for (String language : List.of("ar", "en")) {
            CleanedDocument doc = TestDocs.of("p", text, title);
            List<SentenceSpan> spans = splitter.split(doc, language);
            int last = 0;
            for (SentenceSpan s : spans) {
                assertThat(s.start()).isGreaterThanOrEqualTo(last);
                assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
                String t = text.substring(s.start(), s.end());
                assertThat(SentenceSplitter.isSpace(t.charAt(0))).isFalse();
                assertThat(SentenceSplitter.isSpace(t.charAt(t.length() - 1))).isFalse();
                assertThat(SentenceSplitter.hasLetter(t, 0, t.length())).isTrue();
                last = s.end();
            }
            assertThat(spans.stream().filter(SentenceSpan::title).count()).isLessThanOrEqualTo(1);
        }
    }

    @Property(tries = 400, seed = "20161004")
    void everyLetterOfEveryBlockIsInASentence(@ForAll("texts") String text) {
        CleanedDocument doc = TestDocs.plain(text);
        List<SentenceSpan> spans = splitter.split(doc, "ar");
        boolean[] covered = new boolean[text.length()];
        for (SentenceSpan s : spans) for (int k = s.start(); k < s.end(); k++) covered[k] = true;
        for (TextBlock b : doc.blocks())
            for (int k = b.start(); k < b.end(); k++)
                if (Character.isLetter(text.charAt(k))) assertThat(covered[k]).as("letter at %d", k).isTrue();
    }

    @Property(tries = 200, seed = "20161005")
    void spansStayInsideTheirBlocks(@ForAll("texts") String text) {
        // A sentence may cross a line break but never swallows text outside the kept blocks.
        CleanedDocument doc = TestDocs.plain(text);
        List<TextBlock> blocks = doc.blocks();
        for (SentenceSpan s : splitter.split(doc, "en")) {
            assertThat(blocks).anySatisfy(b -> assertThat(s.start()).isBetween(b.start(), b.end() - 1));
            assertThat(blocks).anySatisfy(b -> assertThat(s.end()).isBetween(b.start() + 1, b.end()));
        }
    }
}
