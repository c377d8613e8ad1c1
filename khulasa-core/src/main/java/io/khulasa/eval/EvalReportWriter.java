package io.khulasa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khulasa.rouge.ClusterScore;
import io.khulasa.rouge.CorpusScore;
import io.khulasa.rouge.Measure;

import java.util.Locale;
import java.util.Map;

/** Writes an {@link EvalReport} as an aligned text table, JSON or CSV. Recall is what the tables show. */
public final class EvalReportWriter {

    private EvalReportWriter() {}

    public static String text(EvalReport r, boolean perCluster) {
        StringBuilder out = new StringBuilder();
        out.append("# dataset: ").append(r.dataset()).append("  clusters: ").append(r.clusters())
           .append("  time: ").append(String.format(Locale.ROOT, "%.1f s", r.millis() / 1000.0)).append('\n');
        out.append("# mode: ").append(r.mode()).append('\n');
        out.append("# recall, mean over clusters [95% bootstrap interval]; sorted by ROUGE-2\n");
        out.append(String.format(Locale.ROOT, "%-22s", "system"));
        for (Measure m : EvalReport.MEASURES) out.append(String.format(Locale.ROOT, " %-24s", label(m)));
        out.append('\n');
        for (EvalReport.Row row : r.rows()) {
            out.append(String.format(Locale.ROOT, "%-22s", row.system()));
            for (Measure m : EvalReport.MEASURES) {
                CorpusScore.Estimate e = row.score().get(m).recall();
                out.append(String.format(Locale.ROOT, " %.5f [%.5f-%.5f]", e.mean(), e.lower(), e.upper()));
            }
            out.append('\n');
        }
        if (perCluster) {
            out.append("\n# per cluster: ROUGE-2 recall\n");
            for (EvalReport.Row row : r.rows()) {
                for (Map.Entry<String, ClusterScore> e : row.byCluster().entrySet()) {
                    out.append(String.format(Locale.ROOT, "%-22s %-28s %.5f%n", row.system(), e.getKey(),
                            e.getValue().get(Measure.ngram(2)).recall()));
                }
            }
        }
        return out.toString();
    }

    public static String csv(EvalReport r, boolean perCluster) {
        StringBuilder out = new StringBuilder("system,ours,cluster");
        for (Measure m : EvalReport.MEASURES) {
            String l = label(m);
            out.append(',').append(l).append("_R,").append(l).append("_R_low,").append(l).append("_R_high");
        }
        out.append('\n');
        for (EvalReport.Row row : r.rows()) {
            out.append(quote(row.system())).append(',').append(row.ours()).append(",ALL");
            for (Measure m : EvalReport.MEASURES) {
                CorpusScore.Estimate e = row.score().get(m).recall();
                out.append(String.format(Locale.ROOT, ",%.5f,%.5f,%.5f", e.mean(), e.lower(), e.upper()));
            }
            out.append('\n');
            if (!perCluster) continue;
            for (Map.Entry<String, ClusterScore> c : row.byCluster().entrySet()) {
                out.append(quote(row.system())).append(',').append(row.ours()).append(',').append(quote(c.getKey()));
                for (Measure m : EvalReport.MEASURES) {
                    out.append(String.format(Locale.ROOT, ",%.5f,,", c.getValue().get(m).recall()));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    public static String json(EvalReport r, boolean perCluster) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("dataset", r.dataset());
        root.put("mode", r.mode());
        root.put("clusters", r.clusters());
        root.put("millis", r.millis());
        ArrayNode rows = root.putArray("systems");
        for (EvalReport.Row row : r.rows()) {
            ObjectNode n = rows.addObject();
            n.put("system", row.system());
            n.put("ours", row.ours());
            for (Measure m : EvalReport.MEASURES) {
                CorpusScore.Aggregate a = row.score().get(m);
                ObjectNode x = n.putObject(label(m));
                x.put("recall", round(a.recall().mean()));
                x.put("recall_low", round(a.recall().lower()));
                x.put("recall_high", round(a.recall().upper()));
                x.put("precision", round(a.precision().mean()));
                x.put("f", round(a.f().mean()));
            }
            if (perCluster) {
                ObjectNode pc = n.putObject("clusters");
                for (Map.Entry<String, ClusterScore> c : row.byCluster().entrySet()) {
                    ObjectNode x = pc.putObject(c.getKey());
                    for (Measure m : EvalReport.MEASURES) x.put(label(m), round(c.getValue().get(m).recall()));
                }
            }
        }
        ArrayNode problems = root.putArray("problems");
        r.problems().forEach(problems::add);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String label(Measure m) {
        return m.label();
    }

    private static double round(double x) {
        return Math.round(x * 1e5) / 1e5;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
