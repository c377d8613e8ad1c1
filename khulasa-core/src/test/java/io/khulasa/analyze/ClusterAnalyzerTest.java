package io.khulasa.analyze;

import io.khulasa.Article;
import io.khulasa.clean.ArticleCleaner;
import io.khulasa.clean.CleanedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterAnalyzerTest {
    private final ClusterAnalyzer analyzer = new ClusterAnalyzer();

    private final CleanedDocument arabic = TestDocs.of("ar1", "واشنطن توقف المباحثات مع موسكو\n\n"
            + "أعلنت الولايات المتحدة تعليق المباحثات مع روسيا. وقال المتحدث إن القرار لم يكن سهلا.", true);
    private final CleanedDocument english = TestDocs.of("en1",
            "The United States suspended its talks with Russia on Monday. The spokesman said the decision was hard.", false);

    @Test
    void detectsTheLanguageOfEachDocument() {
        AnalyzedCluster c = analyzer.analyze(List.of(arabic, english), "auto");
        assertThat(c.documents()).extracting(AnalyzedDocument::language).containsExactly("ar", "en");
        assertThat(analyzer.analyze(List.of(english), null).documents().get(0).language()).isEqualTo("en");
    }

    @Test
    void sentencesCarryPositionsOffsetsTermsAndWords() {
        AnalyzedCluster c = analyzer.analyze(List.of(arabic, english), "auto");
        assertThat(c.sentences()).hasSize(5);
        for (Sentence s : c.sentences()) {
            String docText = c.documents().get(s.document()).text();
            assertThat(docText.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.words()).isPositive();
        }
        Sentence title = c.sentences().get(0);
        assertThat(title.title()).isTrue();
        assertThat(title.position()).isZero();
        // The light stemmer takes the leading "و" (and) off every long word, Washington's too: consistently.
        assertThat(title.terms()).containsExactly("اشنطن", "توقف", "مباحث", "موسكو");
        Sentence en = c.sentences().get(3);
        assertThat(en.document()).isEqualTo(1);
        assertThat(en.position()).isZero();
        assertThat(en.terms()).containsExactly("unit", "state", "suspend", "talk", "russia", "mondai");
    }

    @Test
    void aForcedLanguageAppliesToEveryDocument() {
        AnalyzedCluster c = analyzer.analyze(List.of(arabic, english), "EN");
        assertThat(c.documents()).extracting(AnalyzedDocument::language).containsExactly("en", "en");
        // English analysis of Arabic text still tokenizes it, without Arabic normalization.
        assertThat(c.sentences().get(0).terms()).contains("المباحثات");
    }

    @Test
    void anEmptyClusterIsEmpty() {
        assertThat(analyzer.analyze(List.of(), "auto").sentences()).isEmpty();
    }

    @Test
    void aSentenceWhollyInsideAQuotationCutIntoSentencesIsMarked() {
        String text = "Ballots found in the wrong cage\n\n"
                + "“It was sealed and it was logged,” Feldkamp said. “Nobody tampered with it. The seal numbers match our"
                + " intake sheet. The board decides the rest,” she said. The board meets on Thursday.\n\n"
                + "The seal numbers were checked by both campaigns.\n";
        CleanedDocument d = new ArticleCleaner().clean(List.of(Article.ofText("q.txt", text))).get(0);
        List<Sentence> s = new ClusterAnalyzer().analyze(List.of(d), "en").sentences();
        Map<String, Boolean> inQuote = new java.util.LinkedHashMap<>();
        for (Sentence x : s) inQuote.put(x.text(), x.inQuote());
        assertThat(inQuote).containsEntry("The seal numbers match our intake sheet.", true)
                // the sentences with marks of their own, and those after the quotation closed or in the next paragraph
                .containsEntry("“It was sealed and it was logged,” Feldkamp said.", false)
                .containsEntry("The board meets on Thursday.", false)
                .containsEntry("The seal numbers were checked by both campaigns.", false);
    }
}
