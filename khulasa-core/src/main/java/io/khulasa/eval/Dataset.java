package io.khulasa.eval;

import java.util.List;

/**
 * An evaluation dataset in one of the layouts {@link DatasetLoader} recognises, with the conventions
 * its results are published under.
 *
 * @param name     a short name for tables, e.g. {@code duc2004-dev}
 * @param layout   which layout it was read from
 * @param language the articles' language (ISO 639-1)
 * @param clusters the clusters, sorted by id
 * @param problems files found but not usable (a peer named unlike {@code <cluster>.<System>}, …)
 */
public record Dataset(String name, Layout layout, String language, List<EvalCluster> clusters,
                      List<String> problems) {

    /** The dataset layouts recognised. */
    public enum Layout {
        /** DUC: {@code docs/<cluster>/*}, {@code refs/<cluster>.*}, {@code peers/<cluster>.<System>}. */
        DUC,
        /** MultiLing: {@code docs/<topic>/*}, {@code refs/<topic>.*}, {@code peers/<System>/<topic>}. */
        MULTILING,
        /** EASC: {@code manifest.tsv} pairing each article with its extractive summaries. */
        EASC
    }

    public Dataset {
        clusters = List.copyOf(clusters);
        problems = List.copyOf(problems);
    }
}
