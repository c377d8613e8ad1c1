package io.khulasa.bench;

import io.khulasa.Article;
import io.khulasa.Budget;
import io.khulasa.Khulasa;
import io.khulasa.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Time to summarize one DUC 2004 development cluster (10 articles) in-process, after warm-up: cleaning,
 * analysis, selection and ordering, from articles already in memory. Each invocation summarizes the next
 * cluster in turn, so the figure is the mean over all 25.
 *
 * <p>Run: {@code java -Dkhulasa.shared=../shared -jar khulasa-bench/target/benchmarks.jar SummarizeBench}
 * (add {@code -p method=centroid} for one method).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SummarizeBench {

    @Param({"lead", "centroid", "lexrank", "textrank", "mmr", "greedykl", "submodular", "ilp"})
    public String method;

    private List<List<Article>> clusters;
    private Khulasa khulasa;
    private int next;

    @Setup
    public void load() throws IOException {
        Path docs = Path.of(System.getProperty("khulasa.shared", "../shared"), "data", "duc2004-dev", "docs");
        if (!Files.isDirectory(docs)) throw new IllegalStateException("DUC development data not found at " + docs);
        clusters = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(docs)) {
            for (Path dir : dirs.sorted().toList()) {
                List<Article> articles = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        articles.add(Article.ofText(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
                    }
                }
                clusters.add(articles);
            }
        }
        khulasa = Khulasa.builder().method(method).language("en").budget(Budget.words(100)).build();
    }

    @Benchmark
    public Summary summarizeOneCluster() {
        List<Article> c = clusters.get(next);
        next = (next + 1) % clusters.size();
        return khulasa.summarize(c);
    }
}
