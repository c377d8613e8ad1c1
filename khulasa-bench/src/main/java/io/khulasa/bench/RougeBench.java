package io.khulasa.bench;

import io.khulasa.rouge.Bootstrap;
import io.khulasa.rouge.ClusterScore;
import io.khulasa.rouge.CorpusScore;
import io.khulasa.rouge.PreparedReferences;
import io.khulasa.rouge.RougeScorer;
import io.khulasa.rouge.SummaryLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a whole evaluation: every system on every cluster against its references, ROUGE-1..4,
 * ROUGE-L and ROUGE-SU4 with stemming and a 100-word limit, then 1000 bootstrap samples per
 * system. Uses the DUC 2004 development set when system property {@code khulasa.shared} (or
 * ../shared) holds it, else a synthetic set of the same shape (25 clusters, 4 references, 14
 * systems). Texts are in memory: this measures scoring, not disk.
 *
 * <p>Run: {@code java -Dkhulasa.shared=../shared -jar khulasa-bench/target/benchmarks.jar RougeBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RougeBench {

    private final Map<String, List<List<String>>> refsByCluster = new TreeMap<>();
    private final Map<String, Map<String, List<String>>> peersBySystem = new TreeMap<>();
    private RougeScorer scorer;
    private Bootstrap bootstrap;

    @Setup
    public void load() throws IOException {
        Path duc = ducDir();
        if (duc != null) {
            loadDuc(duc);
        } else {
            synthesize();
        }
        scorer = RougeScorer.builder().maxN(4).stem(true).wordLimit(100).build();
        bootstrap = Bootstrap.rouge155(1000, 95);
    }

    /** Prepare references, score every peer, bootstrap every system. */
    @Benchmark
    public List<CorpusScore> scoreAndBootstrap() {
        Map<String, PreparedReferences> prepared = new HashMap<>();
        refsByCluster.forEach((cluster, refs) -> prepared.put(cluster, scorer.prepare(refs)));
        List<CorpusScore> out = new ArrayList<>();
        peersBySystem.forEach((system, byCluster) -> {
            Map<String, ClusterScore> scores = new TreeMap<>();
            byCluster.forEach((cluster, peer) ->
                    scores.put(cluster + "." + system, scorer.score(peer, prepared.get(cluster))));
            out.add(bootstrap.aggregate(scores));
        });
        return out;
    }

    private static Path ducDir() {
        String prop = System.getProperty("khulasa.shared", "../shared");
        Path dir = Paths.get(prop).resolve("data").resolve("duc2004-dev");
        return Files.isDirectory(dir.resolve("refs")) && Files.isDirectory(dir.resolve("peers")) ? dir : null;
    }

    private void loadDuc(Path dir) throws IOException {
        for (Path p : list(dir.resolve("refs"))) {
            String name = p.getFileName().toString();
            refsByCluster.computeIfAbsent(name.substring(0, name.indexOf('.')), k -> new ArrayList<>())
                    .add(read(p));
        }
        for (Path p : list(dir.resolve("peers"))) {
            String name = p.getFileName().toString();
            int dot = name.indexOf('.');
            peersBySystem.computeIfAbsent(name.substring(dot + 1), k -> new TreeMap<>())
                    .put(name.substring(0, dot), read(p));
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<String> read(Path p) {
        try {
            return SummaryLines.of(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 25 clusters x (4 references + 14 systems) of ~110 words from a Zipf-like vocabulary. */
    private void synthesize() {
        Random random = new Random(20240601L);
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + Integer.toString(i, 36) + (i % 7 == 0 ? "ing" : i % 5 == 0 ? "s" : "");
        }
        for (int c = 0; c < 25; c++) {
            String cluster = String.format("c%03d", c);
            List<List<String>> refs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                refs.add(summary(random, vocabulary));
            }
            refsByCluster.put(cluster, refs);
            for (int s = 0; s < 14; s++) {
                peersBySystem.computeIfAbsent("S" + s, k -> new TreeMap<>()).put(cluster, summary(random, vocabulary));
            }
        }
    }

    private static List<String> summary(Random random, String[] vocabulary) {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 19; w++) {
                int rank = (int) Math.min(vocabulary.length - 1, Math.exp(random.nextDouble() * Math.log(vocabulary.length)));
                line.append(w == 0 ? "" : " ").append(vocabulary[rank]);
            }
            lines.add(line.append('.').toString());
        }
        return lines;
    }
}
