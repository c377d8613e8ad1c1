package io.khulasa.rouge;

import java.util.List;
import java.util.Map;

/**
 * Renders scores as ROUGE-1.5.5's text output, or as JSON or CSV in the layout of {@link
 * ScoreTable} (the one {@code khulasa eval} writes too). Every format starts by stating the scoring
 * mode (tokenization, normalization, stemming, stopwords, limits, multi-reference rule, bootstrap),
 * so no figure is ever printed without it.
 */
public final class RougeReport {

    private static final String DASHES = "---------------------------------------------";
    private static final String DOTS = ".............................................";

    private final ScoreTable table;

    /**
     * @param mode the mode description, e.g. {@code scorer.mode() + " " + bootstrap.describe()}
     * @param systems results in printing order
     * @param perCluster whether to print per-cluster scores too (ROUGE {@code -d})
     */
    public RougeReport(String mode, List<ScoreTable.SystemScores> systems, boolean perCluster) {
        this.table = new ScoreTable(mode, Map.of(), systems, perCluster);
    }

    /** ROUGE-1.5.5's layout, after a {@code # mode: ...} header line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("# mode: ").append(table.mode()).append('\n');
        for (ScoreTable.SystemScores s : table.systems()) {
            for (Measure m : s.corpus().measures()) {
                CorpusScore.Aggregate a = s.corpus().get(m);
                String conf = Bootstrap.formatPercent(s.corpus().confidence());
                String tag = s.system() + " " + m.label();
                out.append(DASHES).append('\n');
                averageLine(out, tag, "R", a.recall(), conf);
                averageLine(out, tag, "P", a.precision(), conf);
                averageLine(out, tag, "F", a.f(), conf);
                if (table.perCluster()) {
                    out.append(DOTS).append('\n');
                    for (String cluster : ScoreTable.clustersInRougeOrder(s)) {
                        Score sc = s.byCluster().get(cluster).get(m);
                        out.append(tag).append(" Eval ").append(cluster).append('.').append(s.system())
                                .append(" R:").append(Rouge155Numbers.format5(sc.recall()))
                                .append(" P:").append(Rouge155Numbers.format5(sc.precision()))
                                .append(" F:").append(Rouge155Numbers.format5(sc.f())).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static void averageLine(StringBuilder out, String tag, String which,
            CorpusScore.Estimate e, String conf) {
        out.append(tag).append(" Average_").append(which).append(": ")
                .append(Rouge155Numbers.format5(e.resampledMean()))
                .append(" (").append(conf).append("%-conf.int. ")
                .append(Rouge155Numbers.format5(e.lower())).append(" - ")
                .append(Rouge155Numbers.format5(e.upper())).append(")\n");
    }

    /** JSON in {@link ScoreTable}'s layout. */
    public String json() {
        return table.json();
    }

    /** CSV in {@link ScoreTable}'s layout. */
    public String csv() {
        return table.csv();
    }
}
