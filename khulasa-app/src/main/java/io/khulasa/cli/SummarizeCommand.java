package io.khulasa.cli;

import io.khulasa.Budget;
import io.khulasa.Khulasa;
import io.khulasa.Summary;
import io.khulasa.render.Format;
import io.khulasa.select.Summarizers;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code khulasa summarize}: one cluster in, one summary out. */
@Command(name = "summarize",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Summarizes one cluster of articles about one story.",
            "INPUT is a directory of .txt/.html files (a file with another extension, or none, is read as plain text"
                + " when its bytes are text; dot-files are skipped), a .jsonl file (one article a line: id, title, text or"
                + " html, url, source, published) or one article file."
        },
        footer = {"%nExamples:",
            "  khulasa summarize examples/ar-cluster",
            "  khulasa summarize examples/en-cluster --sentences 3 --format markdown",
            "  khulasa summarize news.jsonl --chars 600 --format json --method lexrank",
            "  khulasa summarize examples/en-cluster --verbatim --format json"})
public final class SummarizeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "Directory, .jsonl file or article file.")
    Path input;

    @Option(names = {"-m", "--method"}, paramLabel = "NAME",
            description = "Summarization method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = MethodNames.class)
    String method = Summarizers.DEFAULT;

    @Option(names = {"-l", "--language"}, paramLabel = "CODE",
            description = "auto (detect per article), or an ISO 639-1 code such as ar, en, fr (default: ${DEFAULT-VALUE}).")
    String language = "auto";

    @Option(names = "--summary-language", paramLabel = "CODE",
            description = "auto (the language most articles are in), or an ISO 639-1 code such as ar, en, fr: the summary"
                + " quotes only articles in it (default: ${DEFAULT-VALUE}).")
    String summaryLanguage = "auto";

    @Option(names = "--verbatim",
            description = "Quote every sentence whole. By default relative days (\"on Tuesday\", «يوم الثلاثاء») are left"
                + " out of quoted sentences: a summary of articles written on different days cannot say which Tuesday;"
                + " so is an opening \"But\", \"However,\" or «كما», which ties a sentence to one not quoted;"
                + " and a blessing after a ruler's name («حفظه الله»);"
                + " JSON lists what each sentence left out.")
    boolean verbatim;

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Budget (default: 100 words):%n")
    BudgetOptions budget = new BudgetOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output: text (one sentence a line), json or markdown (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class BudgetOptions {
        @Option(names = "--words", paramLabel = "N", description = "At most N words.") Integer words;
        @Option(names = "--chars", paramLabel = "N", description = "At most N characters.") Integer chars;
        @Option(names = "--bytes", paramLabel = "N", description = "At most N bytes of UTF-8.") Integer bytes;
        @Option(names = "--sentences", paramLabel = "N", description = "At most N sentences.") Integer sentences;

        Budget toBudget() {
            if (chars != null) return Budget.chars(chars);
            if (bytes != null) return Budget.bytes(bytes);
            if (sentences != null) return Budget.sentences(sentences);
            return Budget.words(words != null ? words : 100);
        }
    }

    /** Lets picocli list the method names in --help. */
    static final class MethodNames implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return Summarizers.names().iterator(); }
    }

    @Override
    public Integer call() {
        Format fmt = Format.parse(format);
        Khulasa khulasa = Khulasa.builder().method(method).language(language).summaryLanguage(summaryLanguage)
                .budget(budget.toBudget()).verbatim(verbatim).build();
        Summary summary = khulasa.summarize(input);
        PrintWriter err = spec.commandLine().getErr();
        for (String s : summary.skipped()) err.println("khulasa: skipped " + s);
        for (String s : summary.warnings()) err.println("khulasa: warning: " + s);
        PrintWriter out = spec.commandLine().getOut();
        out.print(fmt.renderer().render(summary));
        out.flush();
        if (summary.sentences().isEmpty()) {
            err.println("khulasa: " + input + ": no sentence fits the budget of " + summary.budget());
            return Main.INPUT_ERROR;
        }
        return 0;
    }
}
