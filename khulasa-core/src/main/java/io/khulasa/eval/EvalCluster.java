package io.khulasa.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One unit of an evaluation: the articles to summarize, the human references, and the summaries other
 * systems made of the same articles.
 *
 * @param id         the cluster or topic id, e.g. {@code d30001}, {@code M000}, {@code Art and Music (1)}
 * @param documents  article files, in reading order
 * @param references human summaries
 * @param peers      other systems' summaries by system name
 * @param wordBudget the word budget for this cluster (fixed per dataset, or per article for EASC)
 */
public record EvalCluster(String id, List<Path> documents, List<Path> references, Map<String, Path> peers,
                          int wordBudget) {
    public EvalCluster {
        documents = List.copyOf(documents);
        references = List.copyOf(references);
        peers = Map.copyOf(peers);
    }
}
