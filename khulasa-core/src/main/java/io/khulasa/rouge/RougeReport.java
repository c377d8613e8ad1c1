package io.khulasa.rouge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders scores as ROUGE-1.5.5's text output, JSON or CSV. Every format starts by stating the
 * scoring mode (tokenization, normalization, stemming, stopwords, limits, multi-reference rule,
 * bootstrap), so no figure is ever printed without it.
 */
public final class RougeReport {

  /**
   * One system's results.
   *
   * @param system the system (peer) id
   * @param byCluster per-cluster scores keyed by cluster id
   * @param corpus the bootstrap aggregate of those scores
   */
  public record SystemResult(String system, Map<String, ClusterScore> byCluster, CorpusScore corpus) {}

  private static final String DASHES = "---------------------------------------------";
  private static final String DOTS = ".............................................";

  private final String mode;
  private final List<SystemResult> systems;
  private final boolean perCluster;

  /**
   * @param mode the mode description, e.g. {@code scorer.mode() + " " + bootstrap.describe()}
   * @param systems results in printing order
   * @param perCluster whether to print per-cluster scores too (ROUGE {@code -d})
   */
  public RougeReport(String mode, List<SystemResult> systems, boolean perCluster) {
    this.mode = mode;
    this.systems = List.copyOf(systems);
    this.perCluster = perCluster;
  }

  /** ROUGE-1.5.5's layout, after a {@code # mode: ...} header line. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("# mode: ").append(mode).append('\n');
    for (SystemResult s : systems) {
      for (Measure m : s.corpus().measures()) {
        CorpusScore.Aggregate a = s.corpus().get(m);
        String conf = Bootstrap.formatPercent(s.corpus().confidence());
        String tag = s.system() + " " + m.label();
        out.append(DASHES).append('\n');
        averageLine(out, tag, "R", a.recall(), conf);
        averageLine(out, tag, "P", a.precision(), conf);
        averageLine(out, tag, "F", a.f(), conf);
        if (perCluster) {
          out.append(DOTS).append('\n');
          for (String cluster : clustersInRougeOrder(s)) {
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

  /** JSON: mode, then per system the aggregates (and per-cluster scores on request). */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("mode", mode);
    ArrayNode systemsNode = root.putArray("systems");
    for (SystemResult s : systems) {
      ObjectNode sys = systemsNode.addObject();
      sys.put("system", s.system());
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
    return new BigDecimal(Rouge155Numbers.format5(x).trim());
  }

  /**
   * CSV after a {@code # mode: ...} line: {@code system,measure,cluster,recall,precision,f,} then
   * the interval ends; average rows have cluster {@code ALL}, per-cluster rows leave the interval
   * columns empty.
   */
  public String csv() {
    StringBuilder out = new StringBuilder();
    out.append("# mode: ").append(mode).append('\n');
    out.append("system,measure,cluster,recall,precision,f,"
        + "recall_low,recall_high,precision_low,precision_high,f_low,f_high\n");
    for (SystemResult s : systems) {
      for (Measure m : s.corpus().measures()) {
        CorpusScore.Aggregate a = s.corpus().get(m);
        out.append(csvField(s.system())).append(',').append(m.label()).append(",ALL,")
            .append(f5(a.recall().resampledMean())).append(',')
            .append(f5(a.precision().resampledMean())).append(',')
            .append(f5(a.f().resampledMean())).append(',')
            .append(f5(a.recall().lower())).append(',').append(f5(a.recall().upper())).append(',')
            .append(f5(a.precision().lower())).append(',').append(f5(a.precision().upper()))
            .append(',').append(f5(a.f().lower())).append(',').append(f5(a.f().upper()))
            .append('\n');
        if (perCluster) {
          for (String cluster : clustersInRougeOrder(s)) {
            Score sc = s.byCluster().get(cluster).get(m);
            out.append(csvField(s.system())).append(',').append(m.label()).append(',')
                .append(csvField(cluster)).append(',').append(f5(sc.recall())).append(',')
                .append(f5(sc.precision())).append(',').append(f5(sc.f())).append(",,,,,,\n");
          }
        }
      }
    }
    return out.toString();
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

  private static List<String> clustersInRougeOrder(SystemResult s) {
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
