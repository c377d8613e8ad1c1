package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.AnalyzedDocument;
import io.khulasa.analyze.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The newswire baseline: the opening sentences of the first document, then of the next, until the budget
 * is full. Journalists put the news first, which makes this hard to beat on single articles. When an article's
 * first sentence does not fit an empty summary, the next article's opening is tried.
 */
public final class LeadSummarizer implements Summarizer {

    @Override public String name() { return "lead"; }

    @Override public String description() { return "Opening sentences of the first article, then the next (baseline)"; }

    @Override
    public List<Selected> select(AnalyzedCluster cluster, Budget budget) {
        List<Selected> out = new ArrayList<>();
        int used = 0;
        for (AnalyzedDocument d : cluster.documents()) {
            for (Sentence s : d.sentences()) {
                if (!Candidates.accept(s, cluster.sentences())) continue;
                int cost = budget.addCost(budget.cost(s.text()), out.size());
                if (used + cost > budget.limit()) {
                    // a wire lede too long for a short budget: the opening of the next article may fit, and an
                    // empty summary is no baseline
                    if (out.isEmpty()) break;
                    return out;
                }
                out.add(new Selected(s, 1.0 / (1 + out.size())));
                used += cost;
            }
        }
        return out;
    }
}
