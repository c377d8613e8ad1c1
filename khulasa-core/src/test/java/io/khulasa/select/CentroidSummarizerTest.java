package io.khulasa.select;

import io.khulasa.Article;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.ClusterAnalyzer;
import io.khulasa.analyze.Sentence;
import io.khulasa.clean.ArticleCleaner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CentroidSummarizerTest {

    @Test
    void aFactToldAsAQuoteScoresBelowTheSameFactReported() {
        String after = "\n\nEngineers found two cracked cables on the east side of the bridge last month.\n";
        AnalyzedCluster cluster = new ClusterAnalyzer().analyze(new ArticleCleaner().clean(List.of(
                Article.ofText("a.txt", "The mayor said the bridge would reopen to traffic after repairs." + after),
                Article.ofText("b.txt", "\"The bridge would reopen to traffic after repairs,\" the mayor said." + after))), "en");
        double[] scores = CentroidSummarizer.scores(cluster, new TermVectors(cluster));
        List<Sentence> s = cluster.sentences();
        int reported = indexOf(s, "The mayor said"), quoted = indexOf(s, "\"The bridge");
        // the same words in the same place of an article of the same length: only the quotation marks differ
        assertThat(s.get(reported).terms()).containsExactlyInAnyOrder(s.get(quoted).terms());
        assertThat(scores[reported]).isGreaterThan(scores[quoted]);
    }

    private static int indexOf(List<Sentence> sentences, String start) {
        for (int i = 0; i < sentences.size(); i++) if (sentences.get(i).text().startsWith(start)) return i;
        throw new AssertionError("no sentence starts with " + start);
    }
}
