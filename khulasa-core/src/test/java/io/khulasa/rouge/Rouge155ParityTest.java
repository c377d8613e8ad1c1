package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recomputes every per-cluster R/P/F line, and every Average line with its 95% interval, of the
 * official ROUGE-1.5.5 outputs kept in ../shared (DUC 2004 and MultiLing 2011 development sets),
 * and requires each printed figure to match to the fifth decimal. Skipped when ../shared is absent
 * (it must never be copied into the repository).
 */
class Rouge155ParityTest {

    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("duc2004-dev", "words100-stem.txt"),
                Arguments.of("duc2004-dev", "bytes665-stem.txt"),
                Arguments.of("duc2004-dev", "words100-stop-best.txt"),
                Arguments.of("multiling2011-dev", "arabic-words250.txt"),
                Arguments.of("multiling2011-dev", "english-words250.txt"));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("vectors")
    void reproducesOfficialOutput(String corpus, String file) throws IOException {
        Path shared = sharedDir();
        assumeTrue(shared != null, "../shared/data not found: parity vectors unavailable");
        Path data = shared.resolve("data").resolve(corpus);
        Path vector = data.resolve("rouge155").resolve(file);
        assumeTrue(Files.isRegularFile(vector), "missing " + vector);

        List<String> lines = Files.readAllLines(vector, StandardCharsets.UTF_8);
        RougeScorer scorer = scorerFor(lines.get(0), corpus);
        Map<String, Map<String, List<String>>> peersBySystem; // system -> cluster -> lines
        Map<String, List<List<String>>> refsByCluster;
        if (corpus.startsWith("duc")) {
            refsByCluster = refs(data.resolve("refs"));
            peersBySystem = flatPeers(data.resolve("peers"));
        } else {
            String language = file.substring(0, file.indexOf('-'));
            refsByCluster = refs(data.resolve(language).resolve("refs"));
            peersBySystem = nestedPeers(data.resolve(language).resolve("peers"));
        }

        Map<String, PreparedReferences> prepared = new HashMap<>();
        refsByCluster.forEach((cluster, refs) -> prepared.put(cluster, scorer.prepare(refs)));
        Map<String, Map<String, ClusterScore>> computed = new TreeMap<>();
        peersBySystem.forEach((system, byCluster) -> {
            Map<String, ClusterScore> scores = new LinkedHashMap<>();
            byCluster.forEach((cluster, peer) -> {
                if (prepared.containsKey(cluster)) {
                    scores.put(cluster + "." + system, scorer.score(peer, prepared.get(cluster)));
                }
            });
            computed.put(system, scores);
        });
        Bootstrap bootstrap = Bootstrap.rouge155(1000, 95);
        Map<String, CorpusScore> corpusScores = new HashMap<>();
        computed.forEach((system, scores) -> corpusScores.put(system, bootstrap.aggregate(scores)));
        Map<String, Measure> measures = new HashMap<>();
        for (Measure m : scorer.measures()) {
            measures.put(m.label(), m);
        }

        int perCluster = 0;
        int averages = 0;
        List<String> mismatches = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 7 && f[2].equals("Eval")) {
                Measure m = measures.get(f[1]);
                ClusterScore s = computed.get(f[0]).get(f[3]);
                if (m == null || s == null) {
                    mismatches.add("not computed: " + line);
                    continue;
                }
                Score score = s.get(m);
                perCluster += check(mismatches, line, f[4], "R:", score.recall());
                perCluster += check(mismatches, line, f[5], "P:", score.precision());
                perCluster += check(mismatches, line, f[6], "F:", score.f());
            } else if (f.length == 8 && f[2].startsWith("Average_")) {
                CorpusScore.Aggregate a = corpusScores.get(f[0]).get(measures.get(f[1]));
                CorpusScore.Estimate e = f[2].equals("Average_R:") ? a.recall()
                        : f[2].equals("Average_P:") ? a.precision() : a.f();
                averages += check(mismatches, line, f[3], "", e.resampledMean());
                averages += check(mismatches, line, f[5], "", e.lower());
                averages += check(mismatches, line, f[7].replace(")", ""), "", e.upper());
            }
        }
        System.out.printf("parity %s/%s: %d per-cluster figures, %d average/interval figures, %d mismatches%n",
                corpus, file, perCluster, averages, mismatches.size());
        assertThat(mismatches).as("figures that differ from ROUGE-1.5.5").isEmpty();
        assertThat(perCluster).as("per-cluster figures checked").isGreaterThan(300);
        assertThat(averages).isGreaterThan(50);
    }

    /** Counts one checked figure; records it when it differs from ROUGE's print beyond rounding. */
    private static int check(List<String> mismatches, String line, String field, String prefix,
            double value) {
        double expected = Double.parseDouble(field.substring(prefix.length()));
        if (Math.abs(Rouge155Numbers.round5(value) - expected) >= 0.000005) {
            mismatches.add(line + "  -> " + prefix + Rouge155Numbers.format5(value));
        }
        return 1;
    }

    static RougeScorer scorerFor(String optionLine, String corpus) {
        String[] o = optionLine.replace("#", " ").trim().split("\\s+");
        RougeScorer.Builder b = RougeScorer.builder()
                .tokenization(corpus.startsWith("duc") ? Tokenization.ROUGE155 : Tokenization.UNICODE)
                .maxN(0);
        Integer gap = null;
        boolean unigrams = false;
        for (int i = 0; i < o.length; i++) {
            switch (o[i]) {
                case "-n": b.maxN(Integer.parseInt(o[++i])); break;
                case "-m": b.stem(true); break;
                case "-s": b.removeStopwords(true); break;
                case "-l": b.wordLimit(Integer.parseInt(o[++i])); break;
                case "-b": b.byteLimit(Integer.parseInt(o[++i])); break;
                case "-f": b.multiRef(o[++i].equals("B") ? MultiRef.BEST : MultiRef.AVERAGE); break;
                case "-p": b.alpha(Double.parseDouble(o[++i])); break;
                case "-x": b.rougeL(false); break;
                case "-2": gap = Integer.parseInt(o[++i]); break;
                case "-u": unigrams = true; break;
                default: break;
            }
        }
        if (gap != null) {
            b.skipBigram(gap, unigrams);
        } else {
            b.noSkipBigram();
        }
        return b.build();
    }

    /** refs/&lt;cluster&gt;.&lt;anything&gt;, in file-name order within a cluster. */
    static Map<String, List<List<String>>> refs(Path dir) throws IOException {
        Map<String, List<List<String>>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = p.getFileName().toString();
                out.computeIfAbsent(name.substring(0, name.indexOf('.')), k -> new ArrayList<>())
                        .add(read(p));
            }
        }
        return out;
    }

    /** peers/&lt;cluster&gt;.&lt;System&gt; */
    static Map<String, Map<String, List<String>>> flatPeers(Path dir) throws IOException {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.');
                out.computeIfAbsent(name.substring(dot + 1), k -> new TreeMap<>())
                        .put(name.substring(0, dot), read(p));
            }
        }
        return out;
    }

    /** peers/&lt;System&gt;/&lt;cluster&gt; */
    static Map<String, Map<String, List<String>>> nestedPeers(Path dir) throws IOException {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        try (Stream<Path> systems = Files.list(dir)) {
            for (Path sys : systems.sorted().toList()) {
                try (Stream<Path> files = Files.list(sys)) {
                    for (Path p : files.sorted().toList()) {
                        out.computeIfAbsent(sys.getFileName().toString(), k -> new TreeMap<>())
                                .put(p.getFileName().toString(), read(p));
                    }
                }
            }
        }
        return out;
    }

    static List<String> read(Path p) throws IOException {
        return SummaryLines.of(Files.readString(p, StandardCharsets.UTF_8));
    }

    /** System property khulasa.shared, else ../shared from the working directory or its parent. */
    static Path sharedDir() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("khulasa.shared");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Paths.get(prop));
        }
        Path cwd = Paths.get("").toAbsolutePath();
        candidates.add(cwd.resolve("../shared"));
        if (cwd.getParent() != null) {
            candidates.add(cwd.getParent().resolve("../shared"));
        }
        for (Path c : candidates) {
            if (Files.isDirectory(c.resolve("data"))) {
                return c.normalize();
            }
        }
        return null;
    }
}
