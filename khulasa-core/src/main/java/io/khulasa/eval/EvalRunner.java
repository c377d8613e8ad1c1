package io.khulasa.eval;

import io.khulasa.Article;
import io.khulasa.Budget;
import io.khulasa.Khulasa;
import io.khulasa.Summary;
import io.khulasa.SummarySentence;
import io.khulasa.rouge.Bootstrap;
import io.khulasa.rouge.ClusterScore;
import io.khulasa.rouge.PreparedReferences;
import io.khulasa.rouge.RougeScorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Summarizes every cluster of a dataset with our methods and scores ours and every peer system found with
 * one scorer and one setting, so the rows of its table compare like with like.
 */
public final class EvalRunner {
    /** Prefix of our systems' names in reports. */
    public static final String OURS = "khulasa:";

    private final IntConsumer progress;

    /** @param progress called with the number of clusters done, for a progress bar (may be a no-op) */
    public EvalRunner(IntConsumer progress) {
        this.progress = progress;
    }

    public EvalReport run(Dataset dataset, List<String> methods, EvalSettings settings) {
        long t0 = System.nanoTime();
        List<String> problems = new ArrayList<>(dataset.problems());
        Map<String, Map<String, ClusterScore>> scores = new LinkedHashMap<>();
        for (String m : methods) scores.put(OURS + m, new TreeMap<>());
        String mode = null;
        int done = 0, scored = 0;
        for (EvalCluster c : dataset.clusters()) {
            RougeScorer scorer = settings.scorerFor(c);
            if (mode == null) mode = settings.describe(scorer);
            List<List<String>> refs = new ArrayList<>();
            for (Path r : c.references()) {
                List<String> lines = readLines(r, problems);
                if (lines == null) continue;
                if (lines.isEmpty()) { problems.add(r + ": empty reference summary, skipped"); continue; }
                refs.add(lines);
            }
            if (refs.isEmpty()) {
                problems.add(c.id() + ": no usable reference summary; cluster skipped");
                for (Path p : c.peers().values()) problems.add(p + ": peer summary for a cluster with no references, skipped");
                progress.accept(++done);
                continue;
            }
            PreparedReferences prepared = scorer.prepare(refs);
            List<Article> articles = articles(c, problems);
            for (String m : methods) {
                if (articles.isEmpty()) break;
                Khulasa k = Khulasa.builder().method(m).language(dataset.language())
                        .budget(Budget.words(settings.budgetFor(c))).verbatim(settings.verbatim()).build();
                Summary s = k.summarize(articles);
                List<String> lines = s.sentences().stream().map(SummarySentence::text)
                        .map(t -> t.replaceAll("\\s+", " ")).toList();
                scores.get(OURS + m).put(c.id(), scorer.score(lines, prepared));
            }
            for (Map.Entry<String, Path> peer : c.peers().entrySet()) {
                List<String> lines = readLines(peer.getValue(), problems);
                if (lines == null) continue;
                if (lines.isEmpty()) { problems.add(peer.getValue() + ": empty summary, skipped"); continue; }
                scores.computeIfAbsent(peer.getKey(), k -> new TreeMap<>()).put(c.id(), scorer.score(lines, prepared));
            }
            scored++;
            progress.accept(++done);
        }
        Bootstrap bootstrap = Bootstrap.rouge155(settings.bootstrap(), 95);
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, ClusterScore>> e : scores.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            Map<String, ClusterScore> byId = new LinkedHashMap<>();
            e.getValue().forEach((cluster, s) -> byId.put(cluster + "." + e.getKey(), s));
            rows.add(new EvalReport.Row(e.getKey(), e.getKey().startsWith(OURS), bootstrap.aggregate(byId), e.getValue()));
        }
        return new EvalReport(dataset.name(), mode == null ? "" : mode + " " + bootstrap.describe(), scored, rows,
                problems, (System.nanoTime() - t0) / 1_000_000);
    }

    private static List<Article> articles(EvalCluster c, List<String> problems) {
        List<Article> out = new ArrayList<>();
        for (Path d : c.documents()) {
            String text = readStrict(d, problems);
            if (text == null) continue;
            if (text.isBlank()) { problems.add(d + ": empty article, skipped"); continue; }
            out.add(Article.ofText(d.getFileName().toString(), text));
        }
        return out;
    }

    /** Non-empty lines of a summary file, or null (with a problem noted) when it cannot be read. */
    private static List<String> readLines(Path p, List<String> problems) {
        String text = readStrict(p, problems);
        return text == null ? null : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String readStrict(Path p, List<String> problems) {
        try {
            return SummaryFiles.readUtf8(p);
        } catch (SummaryFiles.NotUtf8Exception e) {
            problems.add(p + ": " + e.getMessage() + ", skipped");
        } catch (IOException e) {
            problems.add(p + ": cannot read (" + e.getMessage() + "), skipped");
        }
        return null;
    }
}
