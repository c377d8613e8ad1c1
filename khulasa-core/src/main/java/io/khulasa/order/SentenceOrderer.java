package io.khulasa.order;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.select.Selected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts selected sentences in reading order: by the date of their article when every one of them is dated
 * (events are told in the order they were reported), else in input order; then by position in the article, so
 * each article's own order is kept. Dated and undated articles are not interleaved: an undated one may be the
 * oldest or the newest, and placing it after the dated ones would tell Tuesday's news after Thursday's.
 */
public final class SentenceOrderer {

    public List<Selected> order(AnalyzedCluster cluster, List<Selected> selection) {
        List<Selected> out = new ArrayList<>(selection);
        boolean allDated = out.stream().allMatch(s -> date(cluster, s) != null);
        Comparator<Selected> byDocument = Comparator.comparingInt((Selected s) -> s.sentence().document())
                .thenComparingInt(s -> s.sentence().position());
        out.sort(allDated ? Comparator.comparing((Selected s) -> date(cluster, s)).thenComparing(byDocument) : byDocument);
        return out;
    }

    private static Instant date(AnalyzedCluster cluster, Selected s) {
        return cluster.documents().get(s.sentence().document()).cleaned().asOf();
    }
}
