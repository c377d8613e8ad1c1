package io.khulasa.cli;

import io.khulasa.eval.Dataset;
import io.khulasa.eval.DatasetLoader;
import io.khulasa.eval.EvalReport;
import io.khulasa.eval.EvalReportWriter;
import io.khulasa.eval.EvalRunner;
import io.khulasa.eval.EvalSettings;
import io.khulasa.select.Summarizers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code khulasa eval}: summarize a dataset with our methods and score them beside the published systems. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Summarizes every cluster of an evaluation dataset with our methods, then scores ours and every peer "
                + "system found with one ROUGE scorer and one setting; prints one table sorted by ROUGE-2 recall.",
            "Layouts: DUC (docs/ refs/ peers/), MultiLing (<language>/docs refs peers/ID*), EASC (manifest.tsv)."
        },
        footer = {"%nDefaults follow each dataset's convention: DUC 100 words, Porter-stemmed, stopwords kept; "
                + "MultiLing 250 words, Unicode tokens, no stemming; EASC ceil(0.33 x article words), Arabic-normalized.",
            "%nExamples:",
            "  khulasa eval ../shared/data/duc2004-dev",
            "  khulasa eval ../shared/data/multiling2011-dev/arabic --method all --normalize",
            "  khulasa eval ../shared/data/easc --format csv --per-cluster"})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset directory.")
    Path dataset;

    @Option(names = {"-m", "--method"}, paramLabel = "NAME", split = ",",
            description = "Our methods to run: names, comma-separated, or 'all' (default: the default method and lead).")
    List<String> methods;

    @Option(names = "--words", paramLabel = "N", description = "Word budget instead of the dataset's convention.")
    Integer words;

    @Option(names = "--normalize", negatable = true,
            description = "Arabic normalization of Unicode tokens (default: on for EASC only).")
    Boolean normalize;

    @Option(names = "--verbatim", description = "Our summaries quote sentences whole, relative days and opening connectives included.")
    boolean verbatim;

    @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap samples for the 95%% intervals (default: 1000).")
    int bootstrap = 1000;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--per-cluster", description = "Also list every cluster's scores.")
    boolean perCluster;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "' (text, json, csv)");
        }
        List<String> run = resolveMethods();
        Dataset d = new DatasetLoader().load(dataset);
        EvalSettings settings = EvalSettings.forDataset(d).withBootstrap(bootstrap);
        if (words != null) {
            if (words <= 0) throw new IllegalArgumentException("--words must be positive");
            settings = settings.withWordBudget(words);
        }
        if (normalize != null) settings = settings.withNormalizeArabic(normalize);
        if (verbatim) settings = settings.withVerbatim(true);
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, d.clusters().size(), System.console() != null);
        EvalReport report = new EvalRunner(bar::update).run(d, run, settings);
        bar.finish();
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case "json" -> EvalReportWriter.json(report, perCluster);
            case "csv" -> EvalReportWriter.csv(report, perCluster);
            default -> EvalReportWriter.text(report, perCluster);
        });
        out.flush();
        for (String p : report.problems()) err.println("khulasa: " + p);
        err.flush();
        return report.problems().isEmpty() ? 0 : Main.INPUT_ERROR;
    }

    private List<String> resolveMethods() {
        if (methods == null || methods.isEmpty()) {
            return Summarizers.DEFAULT.equals("lead") ? List.of("lead") : List.of(Summarizers.DEFAULT, "lead");
        }
        List<String> out = new ArrayList<>();
        for (String m : methods) {
            if (m.equalsIgnoreCase("all")) out.addAll(Summarizers.names());
            else { Summarizers.create(m); out.add(m.strip().toLowerCase(java.util.Locale.ROOT)); }
        }
        return out.stream().distinct().toList();
    }

    /** A one-line progress bar on stderr, drawn only on a terminal. */
    static final class ProgressBar {
        private final PrintWriter err;
        private final int total;
        private final boolean enabled;

        ProgressBar(PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = Math.max(1, total);
            this.enabled = enabled;
        }

        void update(int done) {
            if (!enabled) return;
            int width = 30, filled = done * width / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            err.flush();
        }

        void finish() {
            if (enabled) { err.print("\r" + " ".repeat(50) + "\r"); err.flush(); }
        }
    }
}
