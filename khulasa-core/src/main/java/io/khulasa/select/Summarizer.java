package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;

import java.util.List;

/**
 * Chooses the sentences of a summary. Implementations are stateless, so one instance serves every thread,
 * and deterministic: the same cluster and budget give
 * the same selection, ties broken by document then position. The selection fits the budget, holds whole
 * sentences only and never says one thing twice; its order is left to the {@code order} stage.
 */
public interface Summarizer {

    /** The name used on the command line and in the API, e.g. {@code centroid}. */
    String name();

    /** One line saying what the method does, for {@code --help} and {@code /api/methods}. */
    String description();

    /** The selected sentences, best first. */
    List<Selected> select(AnalyzedCluster cluster, Budget budget);
}
