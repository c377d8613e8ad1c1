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
            "The United States suspended its talks with Russia until Monday. The spokesman said the decision was hard.", false);

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

    private static Map<String, Boolean> inQuote(String text) {
        CleanedDocument d = new ArticleCleaner().clean(List.of(Article.ofText("q.txt", text))).get(0);
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        for (Sentence x : new ClusterAnalyzer().analyze(List.of(d), "en").sentences()) out.put(x.text(), x.inQuote());
        return out;
    }

    @Test
    void aSentenceOpeningAQuotationThatALaterSentenceClosesIsNotQuotedAlone() {
        for (String[] m : new String[][] {{"``", "''"}, {"“", "”"}}) {
            String text = "Harbour pilots return to work\n\n"
                    + "   " + m[0] + "The contract on paper is fine. The trouble is the port ignores it,"
                    + m[1] + " said pilot Ines Vark, who has worked the harbour for 20 years.\n\n"
                    + "   " + m[0] + "We will be back at the pier tomorrow morning and every morning after that.\n\n"
                    + "   " + m[0] + "Nobody wants a strike,'' she said.\n";
            Map<String, Boolean> q = inQuote(text.replace("''", m[1]));
            assertThat(q).as(m[0]).containsEntry(m[0] + "The contract on paper is fine.", true)
                    // a quotation that fills its paragraph and runs on into the next is left alone: wire copy does that
                    .containsEntry(m[0] + "We will be back at the pier tomorrow morning and every morning after that.", false);
        }
    }

    @Test
    void aQuotationDoesNotRunPastTheEndOfItsLine() {
        // One paragraph a line, no blank lines: the scraper cut the quote at the end of its line.
        String text = "Harbour pilots return to work\n"
                + "The union leader told the crowd: “We will not go back until the contract is signed.\n"
                + "The port authority said twelve ships were waiting at anchor outside the breakwater.\n"
                + "Pilots guided the first tanker in shortly after dawn on a calm sea.\n";
        assertThat(inQuote(text)).containsEntry("The port authority said twelve ships were waiting at anchor outside the breakwater.", false)
                .containsEntry("Pilots guided the first tanker in shortly after dawn on a calm sea.", false);
    }

    @Test
    void aQuotationNeverClosedInItsParagraphMarksNothing() {
        // A stray mark (a height in feet and inches) and an opening never closed: no sentence is speech.
        String text = "Club signs new centre\n\n"
                + "The 6'5\" centre signed a three-year contract with the club on Friday. He will earn two million a year."
                + " The club confirmed the fee with the league.\n\n"
                + "“We are ready for the season. The squad is complete. Nobody expected this much so early.\n\n"
                + "Tickets for the opening game go on sale next week at the stadium.\n";
        Map<String, Boolean> q = inQuote(text);
        assertThat(q).containsEntry("He will earn two million a year.", false)
                .containsEntry("The club confirmed the fee with the league.", false)
                .containsEntry("The squad is complete.", false)
                .containsEntry("Tickets for the opening game go on sale next week at the stadium.", false);
    }

    @Test
    void aTitlesQuotationMarksSayNothingOfTheText() {
        String text = "Minister: \"We will rebuild the bridge\n"
                + "The ministry published the tender for the new bridge on Sunday. Work starts in spring."
                + " The old bridge closed in March, \"for good,\" officials said.\n";
        Map<String, Boolean> q = inQuote(text);
        assertThat(q).containsEntry("The ministry published the tender for the new bridge.", false)
                .containsEntry("Work starts in spring.", false);
    }

    @Test
    void aQuotationOverSeveralParagraphsIsReopenedByTheNextOnesFirstMark() {
        for (String[] m : new String[][] {{"“", "”"}, {"\"", "\""}}) {
            String text = "Counting clerk speaks\n\n"
                    + m[0] + "The ballot boxes were sealed the whole time. Nobody tampered with them. The seal numbers were logged by both parties.\n\n"
                    + m[0] + "We have nothing to hide," + m[1] + " she told reporters after the count.\n\n"
                    + "The board certifies the result after a final check of the seals.\n";
            Map<String, Boolean> q = inQuote(text);
            assertThat(q).as(m[0]).containsEntry("Nobody tampered with them.", true)
                    .containsEntry("The seal numbers were logged by both parties.", true)
                    .containsEntry("The board certifies the result after a final check of the seals.", false);
        }
    }

    @Test
    void aStrayMarkMidParagraphDoesNotRunIntoTheNextParagraphsQuote() {
        String text = "Snow closes schools\n\n"
                + "Forecasters said up to 8\" of snow could fall by morning. Schools in the county closed early. State police"
                + " closed the mountain road to trucks.\n\n"
                + "\"It is the worst storm we have seen in a decade,\" the governor told reporters at the depot.\n";
        Map<String, Boolean> q = inQuote(text);
        assertThat(q).containsEntry("Schools in the county closed early.", false)
                .containsEntry("State police closed the mountain road to trucks.", false);
        String ar = "البرلمان يقر القانون\n\n"
                + "وصف النائب القانون بأنه «خطوة إلى الأمام. وصوت 92 نائبا لصالح القانون مقابل 40 نائبا. وغاب عشرون نائبا عن الجلسة.\n\n"
                + "«هذا يوم تاريخي للبلاد»، قال رئيس البرلمان للصحفيين بعد الجلسة.\n";
        CleanedDocument d = new ArticleCleaner().clean(List.of(Article.ofText("a.txt", ar))).get(0);
        Map<String, Boolean> qa = new java.util.LinkedHashMap<>();
        for (Sentence x : new ClusterAnalyzer().analyze(List.of(d), "ar").sentences()) qa.put(x.text(), x.inQuote());
        assertThat(qa).containsEntry("وصوت 92 نائبا لصالح القانون مقابل 40 نائبا.", false);
    }

    @Test
    void aQuotationOpenedAsSpeechMidParagraphRunsOnAndANamedTitle42DoesNotOpenOne() {
        String text = "Storm aftermath\n\n"
                + "The mayor toured the shelters and said: \"Every neighbourhood was hit by this storm. The hospitals will run"
                + " on generators for at least three more days.\n\n"
                + "\"We will not rest until the power is back,\" she said at the depot.\n\n"
                + "The administration ended the \"Title 42\" policy in May. Border crossings fell sharply in the weeks that"
                + " followed, according to new figures.\n";
        Map<String, Boolean> q = inQuote(text);
        assertThat(q).containsEntry("The hospitals will run on generators for at least three more days.", true)
                .containsEntry("Border crossings fell sharply in the weeks that followed, according to new figures.", false);
    }
}
