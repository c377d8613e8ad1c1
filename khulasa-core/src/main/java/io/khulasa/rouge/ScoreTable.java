package io.khulasa.rouge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one CSV and JSON layout of corpus scores, written for {@code khulasa rouge} and {@code
 * khulasa eval} alike: a list of systems, each with its bootstrap averages of every measure scored
 * and, on request, its per-cluster scores. Both formats start by stating the scoring mode, so no
 * figure is ever written without it. What one command adds (eval's {@code ours} flag, its dataset,
 * time and problems) comes as extra fields and columns after the shared ones, never as another
 * shape.
 *
 * <p>CSV: a {@code # mode: ...} line, the header {@link #COLUMNS} (then each extra per-system
 * column), then one row per system, measure and cluster. The average row of a measure has cluster
 * {@code ALL}; per-cluster rows follow it and leave the interval and mean columns empty. {@code
 * recall}, {@code precision} and {@code f} of an average row are ROUGE-1.5.5's {@code Average_X}
 * (the mean of the bootstrap sample means); {@code *_mean} are the plain means over clusters.
 *
 * <p>JSON: {@code mode}, the extra document fields, then {@code systems}: per system {@code
 * system}, its extra fields, {@code clusters} (how many were averaged), {@code averages} (by
 * measure: {@code recall}, {@code precision}, {@code f}, each {@code average}, {@code mean},
 * {@code low}, {@code high}) and, on request, {@code perCluster} (by cluster, then measure: {@code
 * recall}, {@code precision}, {@code f}). Figures have 5 decimals, as ROUGE-1.5.5 prints them.
 */
public final class ScoreTable {

    /** The CSV columns both commands write, in order; a command's extra columns follow them. */
    public static final List<String> COLUMNS = List.of(
            "system", "measure", "cluster", "recall", "precision", "f",
            "recall_low", "recall_high", "precision_low", "precision_high", "f_low", "f_high",
            "recall_mean", "precision_mean", "f_mean");

    /** The {@code cluster} of a measure's average row. */
    public static final String ALL = "ALL";

    /**
     * One system's results.
     *
     * @param system the system (peer) id
     * @param byCluster per-cluster scores keyed by cluster id
     * @param corpus the bootstrap aggregate of those scores
     * @param extra further per-system fields in order, e.g. {@code ours}: JSON fields after {@code
     *     system}, CSV columns after {@link #COLUMNS}; values are strings, numbers or booleans
     */
    public record SystemScores(String system, Map<String, ClusterScore> byCluster,
            CorpusScore corpus, Map<String, Object> extra) {

        public SystemScores {
            byCluster = Collections.unmodifiableMap(new LinkedHashMap<>(byCluster));
            extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        }

        /** A system with no extra fields. */
        public SystemScores(String system, Map<String, ClusterScore> byCluster, CorpusScore corpus) {
            this(system, byCluster, corpus, Map.of());
        }
    }

    private final String mode;
    private final Map<String, Object> fields;
    private final List<SystemScores> systems;
    private final boolean perCluster;

    /**
     * @param mode the mode description, e.g. {@code scorer.mode() + " " + bootstrap.describe()}
     * @param fields further document fields in order (JSON only, after {@code mode}), e.g. eval's
     *     dataset, time and problems
     * @param systems results in writing order
     * @param perCluster whether to write per-cluster scores too
     */
    public ScoreTable(String mode, Map<String, Object> fields, List<SystemScores> systems,
            boolean perCluster) {
        this.mode = mode;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.systems = List.copyOf(systems);
        this.perCluster = perCluster;
    }

    /** The mode description. */
    public String mode() {
        return mode;
    }

    /** Results in writing order. */
    public List<SystemScores> systems() {
        return systems;
    }

    /** Whether per-cluster scores are written. */
    public boolean perCluster() {
        return perCluster;
    }

    /** CSV: the mode line, the header, then the rows (see the class comment). */
    public String csv() {
        List<String> extraColumns = extraColumns();
        StringBuilder out = new StringBuilder();
        out.append("# mode: ").append(mode).append('\n');
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(extraColumns);
        out.append(String.join(",", header)).append('\n');
        String empties = ",".repeat(9);
        for (SystemScores s : systems) {
            StringBuilder extras = new StringBuilder();
            for (String column : extraColumns) {
                Object value = s.extra().get(column);
                extras.append(',').append(value == null ? "" : csvField(String.valueOf(value)));
            }
            for (Measure m : s.corpus().measures()) {
                CorpusScore.Aggregate a = s.corpus().get(m);
                String key = csvField(s.system()) + ',' + m.label() + ',';
                out.append(key).append(ALL).append(',')
                        .append(f5(a.recall().resampledMean())).append(',')
                        .append(f5(a.precision().resampledMean())).append(',')
                        .append(f5(a.f().resampledMean())).append(',')
                        .append(f5(a.recall().lower())).append(',').append(f5(a.recall().upper())).append(',')
                        .append(f5(a.precision().lower())).append(',').append(f5(a.precision().upper()))
                        .append(',').append(f5(a.f().lower())).append(',').append(f5(a.f().upper()))
                        .append(',').append(f5(a.recall().mean())).append(',')
                        .append(f5(a.precision().mean())).append(',').append(f5(a.f().mean()))
                        .append(extras).append('\n');
                if (perCluster) {
                    for (String cluster : clustersInRougeOrder(s)) {
                        Score sc = s.byCluster().get(cluster).get(m);
                        out.append(key).append(csvField(cluster)).append(',').append(f5(sc.recall()))
                                .append(',').append(f5(sc.precision())).append(',').append(f5(sc.f()))
                                .append(empties).append(extras).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private List<String> extraColumns() {
        Set<String> columns = new LinkedHashSet<>();
        systems.forEach(s -> columns.addAll(s.extra().keySet()));
        return List.copyOf(columns);
    }

    /** JSON: mode, the extra document fields, then per system its scores (see the class comment). */
    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("mode", mode);
        fields.forEach((name, value) -> root.set(name, mapper.valueToTree(value)));
        ArrayNode systemsNode = root.putArray("systems");
        for (SystemScores s : systems) {
            ObjectNode sys = systemsNode.addObject();
            sys.put("system", s.system());
            s.extra().forEach((name, value) -> sys.set(name, mapper.valueToTree(value)));
            sys.put("clusters", s.byCluster().size());
            ObjectNode averages = sys.putObject("averages");
            for (Measure m : s.corpus().measures()) {
                CorpusScore.Aggregate a = s.corpus().get(m);
                ObjectNode node = averages.putObject(m.label());
                estimate(node.putObject("recall"), a.recall());
                estimate(node.putObject("precision"), a.precision());
                estimate(node.putObject("f"), a.f());
            }
            if (perCluster) {
                ObjectNode clusters = sys.putObject("perCluster");
                for (String cluster : clustersInRougeOrder(s)) {
                    ObjectNode c = clusters.putObject(cluster);
                    for (Map.Entry<Measure, Score> e : s.byCluster().get(cluster).asMap().entrySet()) {
                        ObjectNode sc = c.putObject(e.getKey().label());
                        sc.put("recall", fixed(e.getValue().recall()));
                        sc.put("precision", fixed(e.getValue().precision()));
                        sc.put("f", fixed(e.getValue().f()));
                    }
                }
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void estimate(ObjectNode node, CorpusScore.Estimate e) {
        node.put("average", fixed(e.resampledMean()));
        node.put("mean", fixed(e.mean()));
        node.put("low", fixed(e.lower()));
        node.put("high", fixed(e.upper()));
    }

    private static BigDecimal fixed(double x) {
        return new BigDecimal(f5(x));
    }

    private static String f5(double x) {
        return Rouge155Numbers.format5(x).trim();
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A system's cluster ids in ROUGE-1.5.5's order of evaluation ids ({@code cluster.system}). */
    static List<String> clustersInRougeOrder(SystemScores s) {
        List<String> clusters = new ArrayList<>(s.byCluster().keySet());
        clusters.sort(Comparator.comparing(c -> c + "." + s.system(), EVAL_ID_ORDER));
        return clusters;
    }

    /**
     * ROUGE-1.5.5's {@code by_evalID}: numerically by leading digits when both ids start with a
     * digit, else (and on equal numbers, for determinism) as strings.
     */
    static final Comparator<String> EVAL_ID_ORDER = (a, b) -> {
        String da = leadingDigits(a);
        String db = leadingDigits(b);
        if (!da.isEmpty() && !db.isEmpty()) {
            int byNumber = new BigDecimal(da).compareTo(new BigDecimal(db));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return Bootstrap.CODE_POINT_ORDER.compare(a, b);
    };

    private static String leadingDigits(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return s.substring(0, i);
    }
}
