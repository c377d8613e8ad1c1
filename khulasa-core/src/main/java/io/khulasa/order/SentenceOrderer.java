package io.khulasa.order;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.select.Selected;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts selected sentences in reading order: by their article's publication date when known (undated
 * articles keep their input order after the dated ones of the same rank), then by position in the article.
 * Events are told in the order they were reported, and each article's own order is kept.
 */
public final class SentenceOrderer {

    public List<Selected> order(AnalyzedCluster cluster, List<Selected> selection) {
        List<Selected> out = new ArrayList<>(selection);
        Comparator<Selected> byDate = Comparator.comparing(
                s -> dateKey(cluster.documents().get(s.sentence().document()).cleaned().published()),
                Comparator.nullsLast(Comparator.naturalOrder()));
        out.sort(byDate
                .thenComparingInt((Selected s) -> s.sentence().document())
                .thenComparingInt(s -> s.sentence().position()));
        return out;
    }

    /** ISO-8601 dates sort as strings; anything else is treated as unknown. */
    static String dateKey(String published) {
        if (published == null || published.length() < 4 || !Character.isDigit(published.charAt(0))) return null;
        return published;
    }
}
