package io.khulasa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class SummarizeCommandTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path cluster(Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), """
                Storm closes schools in Lakeside

                A winter storm closed all schools in Lakeside on Monday, the education office said.
                Snow fell for twelve hours and cut power to about 3,000 homes across the county.
                The education office said classes would resume on Wednesday if the roads were cleared.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), """
                Lakeside digs out after heavy snow

                Crews worked through the night to clear roads in Lakeside after a winter storm.
                Power was restored to most of the 3,000 homes that lost it, the utility company said.
                Schools in Lakeside stayed closed on Monday and Tuesday because of the snow.
                """, StandardCharsets.UTF_8);
        return dir;
    }

    /** The two English articles of {@link #cluster} and one Arabic article: English is the main language. */
    static Path mixedCluster(Path dir) throws Exception {
        cluster(dir);
        Files.copy(Path.of(SummarizeCommandTest.class.getResource("/clusters/ar-desalination/001.txt").toURI()), dir.resolve("c.txt"));
        return dir;
    }

    /** The languages of the articles the JSON summary quotes. */
    static Set<String> quotedLanguages(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        Map<String, String> languages = new HashMap<>();
        for (JsonNode d : root.get("documents")) languages.put(d.get("id").asText(), d.get("language").asText());
        assertThat(languages.values()).containsExactlyInAnyOrder("en", "en", "ar");
        Set<String> quoted = new TreeSet<>();
        for (JsonNode s : root.get("sentences")) quoted.add(languages.get(s.get("document").asText()));
        return quoted;
    }

    @Test
    void summaryLanguageChoosesTheArticlesQuoted(@TempDir Path dir) throws Exception {
        String input = mixedCluster(dir).toString();
        assertThat(quotedLanguages(run("summarize", input, "--format", "json"))).containsExactly("en");
        assertThat(quotedLanguages(run("summarize", input, "--format", "json", "--summary-language", "auto"))).containsExactly("en");
        assertThat(quotedLanguages(run("summarize", input, "--format", "json", "--summary-language", "ar"))).containsExactly("ar");
    }

    @Test
    void verbatimKeepsTheRelativeDaysTheDefaultLeavesOut(@TempDir Path dir) throws Exception {
        String input = cluster(dir).toString();
        Run cut = run("summarize", input, "--sentences", "3");
        Run whole = run("summarize", input, "--sentences", "3", "--verbatim");
        assertThat(cut.code()).isZero();
        assertThat(whole.code()).isZero();
        // "on Monday and Tuesday" in a list stays: only the lede's day goes
        assertThat(cut.out()).contains("A winter storm closed all schools in Lakeside, the education office said.")
                .doesNotContain("Lakeside on Monday");
        assertThat(whole.out()).contains("A winter storm closed all schools in Lakeside on Monday, the education office said.");
    }

    @Test
    void aSummaryLanguageNoArticleIsInIsAnInputErrorInOneLine(@TempDir Path dir) throws Exception {
        Run r = run("summarize", mixedCluster(dir).toString(), "--summary-language", "fr");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("khulasa: input: no article in fr; languages found: ar (1), en (2)");
    }

    @Test
    void printsOneSentenceALineWithinTheBudget(@TempDir Path dir) throws Exception {
        Run r = run("summarize", cluster(dir).toString(), "--words", "40");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).isNotEmpty();
        assertThat(r.out().split("\\s+").length).isLessThanOrEqualTo(40);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonCarriesProvenance(@TempDir Path dir) throws Exception {
        Run r = run("summarize", cluster(dir).toString(), "--sentences", "2", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("sentences")).hasSize(2);
        JsonNode first = root.get("sentences").get(0);
        String doc = first.get("document").asText();
        String text = Files.readString(dir.resolve(doc));
        // The source between start and end, less what the sentence omits ("on Monday"), is the sentence.
        StringBuilder kept = new StringBuilder();
        int at = first.get("start").asInt();
        for (JsonNode o : first.get("omitted")) {
            kept.append(text, at, o.get("start").asInt());
            at = o.get("end").asInt();
        }
        kept.append(text, at, first.get("end").asInt());
        assertThat(first.get("omitted")).hasSize(1);
        assertThat(kept.toString()).isEqualTo(first.get("text").asText());
        assertThat(root.get("documents").get(0).get("language").asText()).isEqualTo("en");
    }

    @Test
    void aRepeatedIdIsRenamedAndSaidOnStderrAndInTheJson(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("news.jsonl"), """
                {"id":"s1","text":"A winter storm closed all schools in Lakeside on Monday, the education office said."}
                {"id":"s1","text":"Power was restored to most of the 3,000 homes that lost it, the utility company said."}
                """, StandardCharsets.UTF_8);
        Run r = run("summarize", f.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        String warning = "news.jsonl:2: id 's1' is an earlier record's too; read as 's1#2'";
        assertThat(r.err().strip()).isEqualTo("khulasa: warning: " + warning);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("documents").findValuesAsText("id")).containsExactly("s1", "s1#2");
        assertThat(root.get("warnings").get(0).asText()).isEqualTo(warning);
    }

    @Test
    void missingInputIsAnInputErrorInOneLine(@TempDir Path dir) {
        Run r = run("summarize", dir.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).contains("nope").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void emptyDirectoryIsAnInputError(@TempDir Path dir) {
        Run r = run("summarize", dir.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains(dir.toString());
    }

    @Test
    void usageMistakesExitTwo(@TempDir Path dir) throws Exception {
        assertThat(run("summarize", cluster(dir).toString(), "--words", "ten").code()).isEqualTo(2);
        assertThat(run("summarize", cluster(dir).toString(), "--words", "5", "--chars", "9").code()).isEqualTo(2);
        Run unknown = run("summarize", cluster(dir).toString(), "--method", "magic");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("magic").contains("lexrank");
        assertThat(run("summarize", cluster(dir).toString(), "--format", "pdf").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void helpAndVersion() {
        Run help = run("summarize", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--words").contains("--method").contains("centroid").contains("--summary-language");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("khulasa");
    }
}
