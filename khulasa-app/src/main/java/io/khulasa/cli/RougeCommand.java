package io.khulasa.cli;

import io.khulasa.eval.SummaryFiles;

import io.khulasa.rouge.Bootstrap;
import io.khulasa.rouge.ClusterScore;
import io.khulasa.rouge.CorpusScore;
import io.khulasa.rouge.MultiRef;
import io.khulasa.rouge.PreparedReferences;
import io.khulasa.rouge.RougeReport;
import io.khulasa.rouge.RougeScorer;
import io.khulasa.rouge.ScoreTable;
import io.khulasa.rouge.SummaryLines;
import io.khulasa.rouge.Tokenization;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code khulasa rouge}: ROUGE-1.5.5-exact scores of peer summaries against references, with
 * bootstrap confidence intervals. Exit codes: 0 all scored, 2 usage error, 3 some input skipped
 * (each skipped file is named on stderr, one line each; the rest is scored).
 */
@Command(
        name = "rouge",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Scores peer summaries against reference summaries with ROUGE-N, ROUGE-L and ROUGE-SU,"
                    + " reproducing ROUGE-1.5.5 (e.g. -n 4 -m -l 100 -2 4 -u -f A -p 0.5 -c 95 -r 1000)"
                    + " exactly, plus a Unicode mode for Arabic and other scripts.",
            "Pairing: a file's cluster is its name up to the first dot. References: <refs>/<cluster>.*"
                    + " (e.g. d30001.m.100.t.a, M000.A.250). Peers: <peers>/<cluster>.<System>"
                    + " (e.g. d30001.ICSISumm) or <peers>/<System>/<cluster>[.*] (e.g. ID1/M000).",
            "Files are UTF-8, one sentence per line.",
            "Exit codes: 0 ok, 2 usage error, 3 some files were skipped (named on stderr)."
        })
public final class RougeCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, csv }

    /** --multi-ref values. */
    enum MultiRefOption { average, best }

    /** --tokens values. */
    enum TokensOption { rouge155, unicode }

    /** --normalize values. */
    enum NormalizeOption { none, arabic }

    static final int EXIT_SKIPPED = 3;

    @Spec CommandSpec spec;

    @Option(names = "--refs", required = true, paramLabel = "DIR",
            description = "Directory of reference summaries <cluster>.<anything>.")
    Path refs;

    @Option(names = "--peers", required = true, paramLabel = "DIR",
            description = "Directory of peer summaries: <cluster>.<System> files or <System>/<cluster> files.")
    Path peers;

    @Option(names = {"-n", "--max-n"}, defaultValue = "4", paramLabel = "N",
            description = "Compute ROUGE-1 .. ROUGE-N, N in 0..4 (ROUGE -n). Default: ${DEFAULT-VALUE}.")
    int maxN;

    @Option(names = "--stem", description = "Porter stemming with WordNet exceptions (ROUGE -m).")
    boolean stem;

    @Option(names = "--stopwords", description = "Remove ROUGE's SMART stopwords (ROUGE -s).")
    boolean stopwords;

    @Option(names = "--words", paramLabel = "N", description = "Keep only the first N words (ROUGE -l).")
    Integer words;

    @Option(names = "--bytes", paramLabel = "N", description = "Keep only the first N bytes (ROUGE -b).")
    Integer bytes;

    @Option(names = "--alpha", defaultValue = "0.5", paramLabel = "A",
            description = "F = PR/((1-A)P + AR), A in [0,1] (ROUGE -p). Default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--multi-ref", defaultValue = "average", paramLabel = "average|best",
            description = "Several references: pooled average (ROUGE -f A) or best reference (-f B).")
    MultiRefOption multiRef;

    @Option(names = "--tokens", defaultValue = "rouge155", paramLabel = "rouge155|unicode",
            description = "rouge155: ASCII letters/digits as ROUGE-1.5.5; unicode: runs of letters, digits, marks.")
    TokensOption tokens;

    @Option(names = "--normalize", defaultValue = "none", paramLabel = "none|arabic",
            description = "Unicode mode: Arabic normalization (alef forms, yeh, teh marbuta, no diacritics/tatweel).")
    NormalizeOption normalize;

    @Option(names = "--light-stem", description = "Unicode mode: Arabic light stemming (Lucene).")
    boolean lightStem;

    @Option(names = "--no-rouge-l", description = "Skip ROUGE-L (ROUGE -x).")
    boolean noRougeL;

    @Option(names = "--skip-gap", defaultValue = "4", paramLabel = "G",
            description = "Skip-bigram maximum gap for ROUGE-SU (ROUGE -2 G -u; negative: unlimited). Default: ${DEFAULT-VALUE}.")
    int skipGap;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "R",
            description = "Bootstrap samples for the confidence intervals (ROUGE -r). Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--confidence", defaultValue = "95", paramLabel = "C",
            description = "Confidence level in percent (ROUGE -c). Default: ${DEFAULT-VALUE}.")
    double confidence;

    @Option(names = "--seed", paramLabel = "N",
            description = "Resample with SplittableRandom(N) instead of ROUGE-1.5.5's own (reproducible) scheme.")
    Long seed;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
            description = "Output format. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--per-cluster", description = "Also print every cluster's scores (ROUGE -d).")
    boolean perCluster;

    private int skipped;

    /** Runs the command on its own, for trying it outside the main CLI. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new RougeCommand()).execute(args));
    }

    @Override
    public Integer call() {
        RougeScorer scorer = buildScorer();
        Bootstrap bootstrap = seed != null
                ? Bootstrap.seeded(seed, samples, confidence)
                : Bootstrap.rouge155(samples, confidence);
        checkDirectory(refs, "--refs");
        checkDirectory(peers, "--peers");
        PrintWriter err = spec.commandLine().getErr();
        skipped = 0;

        Map<String, List<Path>> refFiles;
        Map<String, Map<String, Path>> peerFiles;
        try {
            refFiles = SummaryFiles.references(refs);
            peerFiles = SummaryFiles.peers(peers, this::skip);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot list input directories: " + e.getMessage());
        }
        if (refFiles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no reference summaries in " + refs);
        }

        Map<String, PreparedReferences> prepared = prepareReferences(scorer, refFiles);
        List<ScoreTable.SystemScores> results = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> system : peerFiles.entrySet()) {
            Map<String, ClusterScore> byCluster = new TreeMap<>();
            for (Map.Entry<String, Path> peer : system.getValue().entrySet()) {
                String cluster = peer.getKey();
                if (!refFiles.containsKey(cluster)) {
                    skip("skipped peer " + peer.getValue() + ": no reference summary for cluster " + cluster);
                    continue;
                }
                if (!prepared.containsKey(cluster)) {
                    skip("skipped peer " + peer.getValue() + ": every reference of cluster " + cluster
                            + " was unusable");
                    continue;
                }
                List<String> lines = readSummary(peer.getValue(), "peer");
                if (lines != null) {
                    byCluster.put(cluster, scorer.score(lines, prepared.get(cluster)));
                }
            }
            for (String cluster : prepared.keySet()) {
                if (!system.getValue().containsKey(cluster)) {
                    skip("missing peer: system " + system.getKey() + " has no summary for cluster " + cluster
                            + " (its average leaves that cluster out)");
                }
            }
            if (byCluster.isEmpty()) {
                skip("skipped system " + system.getKey() + ": no summary could be scored");
                continue;
            }
            Map<String, ClusterScore> byEvalId = new LinkedHashMap<>();
            byCluster.forEach((cluster, s) -> byEvalId.put(cluster + "." + system.getKey(), s));
            CorpusScore corpus = bootstrap.aggregate(byEvalId);
            results.add(new ScoreTable.SystemScores(system.getKey(), byCluster, corpus));
        }

        RougeReport report = new RougeReport(scorer.mode() + " " + bootstrap.describe(), results, perCluster);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json: out.print(report.json()); break;
            case csv: out.print(report.csv()); break;
            default: out.print(report.text()); break;
        }
        out.flush();
        err.flush();
        return skipped > 0 ? EXIT_SKIPPED : 0;
    }

    private RougeScorer buildScorer() {
        CommandLine cl = spec.commandLine();
        if (words != null && bytes != null) {
            throw new ParameterException(cl, "give --words or --bytes, not both");
        }
        if ((words != null && words <= 0) || (bytes != null && bytes <= 0)) {
            throw new ParameterException(cl, "--words and --bytes need a positive number");
        }
        if (maxN < 0 || maxN > 4) {
            throw new ParameterException(cl, "-n must be within 0..4, got " + maxN);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new ParameterException(cl, "--alpha must be within 0..1, got " + alpha);
        }
        if (samples < 1) {
            throw new ParameterException(cl, "--bootstrap needs at least 1 sample, got " + samples);
        }
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new ParameterException(cl, "--confidence must be within 0..100, got " + confidence);
        }
        if ((normalize == NormalizeOption.arabic || lightStem) && tokens != TokensOption.unicode) {
            throw new ParameterException(cl, "--normalize arabic and --light-stem need --tokens unicode");
        }
        RougeScorer.Builder b = RougeScorer.builder()
                .tokenization(tokens == TokensOption.unicode ? Tokenization.UNICODE : Tokenization.ROUGE155)
                .stem(stem)
                .removeStopwords(stopwords)
                .normalizeArabic(normalize == NormalizeOption.arabic)
                .lightStem(lightStem)
                .alpha(alpha)
                .multiRef(multiRef == MultiRefOption.best ? MultiRef.BEST : MultiRef.AVERAGE)
                .maxN(maxN)
                .rougeL(!noRougeL)
                .skipBigram(skipGap, true);
        if (words != null) {
            b.wordLimit(words);
        }
        if (bytes != null) {
            b.byteLimit(bytes);
        }
        return b.build();
    }

    private void checkDirectory(Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), option + " " + dir + ": no such directory");
        }
    }

    private Map<String, PreparedReferences> prepareReferences(RougeScorer scorer,
            Map<String, List<Path>> refFiles) {
        Map<String, PreparedReferences> prepared = new TreeMap<>();
        for (Map.Entry<String, List<Path>> cluster : refFiles.entrySet()) {
            List<List<String>> texts = new ArrayList<>();
            for (Path file : cluster.getValue()) {
                List<String> lines = readSummary(file, "reference");
                if (lines != null) {
                    texts.add(lines);
                }
            }
            if (!texts.isEmpty()) {
                prepared.put(cluster.getKey(), scorer.prepare(texts));
            }
        }
        return prepared;
    }

    /** The file's lines, or null (after one line on stderr) when it cannot be used. */
    private List<String> readSummary(Path file, String role) {
        String text;
        try {
            text = SummaryFiles.readUtf8(file);
        } catch (IOException e) {
            String why = e instanceof SummaryFiles.NotUtf8Exception ? e.getMessage()
                    : "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            skip("skipped " + role + " " + file + ": " + why);
            return null;
        }
        if (text.isBlank()) {
            skip("skipped " + role + " " + file + ": empty summary");
            return null;
        }
        return SummaryLines.of(text);
    }

    private void skip(String message) {
        skipped++;
        spec.commandLine().getErr().println(message);
    }
}
