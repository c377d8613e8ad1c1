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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Time to summarize every DUC 2004 development article (25 clusters × 10) as one cluster of 250 articles,
 * for each method. Add {@code -prof gc} for the memory each summary allocates.
 *
 * <p>Run: {@code java -Dkhulasa.shared=../shared -jar khulasa-bench/target/benchmarks.jar LargeClusterBench -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class LargeClusterBench {

    @Param({"lead", "centroid", "lexrank", "textrank", "mmr", "greedykl", "submodular", "ilp"})
    public String method;

    private List<Article> articles;
    private Khulasa khulasa;

    @Setup
    public void load() throws IOException {
        Path docs = Path.of(System.getProperty("khulasa.shared", "../shared"), "data", "duc2004-dev", "docs");
        if (!Files.isDirectory(docs)) throw new IllegalStateException("DUC development data not found at " + docs);
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(docs)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String id = f.getParent().getFileName() + "/" + f.getFileName();
                articles.add(Article.ofText(id, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        khulasa = Khulasa.builder().method(method).language("en").budget(Budget.words(100)).build();
    }

    @Benchmark
    public Summary summarizeAllArticlesAsOneCluster() {
        return khulasa.summarize(articles);
    }
}
