package io.khulasa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khulasa.rouge.ScoreTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RougeCommandTest {

    @TempDir Path tmp;
    Path refs;
    Path peers;
    String out;
    String err;

    @BeforeEach
    void ducLayout() throws IOException {
        refs = Files.createDirectory(tmp.resolve("refs"));
        peers = Files.createDirectory(tmp.resolve("peers"));
        write(refs.resolve("d1.m.100.t.a"), "The cat sat on the mat.\nIt was happy.\n");
        write(refs.resolve("d1.m.100.t.b"), "A cat was sitting on a mat.\n");
        write(refs.resolve("d2.m.100.t.a"), "Markets fell sharply on Monday.\n");
        write(peers.resolve("d1.SysA"), "The cat sat on the mat.\nIt was happy.\n");
        write(peers.resolve("d2.SysA"), "Markets rose on Tuesday.\n");
        write(peers.resolve("d1.SysB"), "A dog barked.\n");
        write(peers.resolve("d2.SysB"), "Markets fell on Monday.\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = new CommandLine(new RougeCommand());
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private String[] args(String... extra) {
        List<String> a = new ArrayList<>(List.of("--refs", refs.toString(), "--peers", peers.toString()));
        a.addAll(List.of(extra));
        return a.toArray(new String[0]);
    }

    private void assertNoStackTrace() {
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void scoresEverySystemInRouge155Layout() {
        assertThat(run(args("--per-cluster", "--stem", "-n", "2"))).isZero();
        assertThat(err).isEmpty();
        assertThat(out.lines().findFirst().orElseThrow())
                .startsWith("# mode: ascii-rouge155 normalize=none stem=porter+wordnet stopwords=no")
                .contains("bootstrap=1000");
        assertThat(out).contains("SysA ROUGE-1 Average_R: ")
                .contains("(95%-conf.int. ")
                .contains("SysB ROUGE-SU4 Average_F: ")
                .contains("SysA ROUGE-L Eval d2.SysA R:")
                // SysA's d1 summary is reference a verbatim (9 tokens): pooled over both references it
                // hits all 9 of a's and 4 of b's 7 (cat, was, on, mat), so R = 13/16, P = 13/(2 x 9).
                .contains("SysA ROUGE-1 Eval d1.SysA R:0.81250 P:0.72222 F:0.76470");
    }

    @Test
    void readsSystemSubdirectoriesAndWritesJson() throws IOException {
        Path nested = Files.createDirectory(tmp.resolve("nested"));
        Files.createDirectory(nested.resolve("ID1"));
        write(nested.resolve("ID1").resolve("d1"), "القط جلس على الحصيرة\n");
        write(refs.resolve("d1.m.100.t.c"), "جلس القط على الحصيرة\n");
        assertThat(run("--refs", refs.toString(), "--peers", nested.toString(), "--tokens", "unicode",
                "--normalize", "arabic", "--format", "json", "--per-cluster"))
                .as(err).isEqualTo(RougeCommand.EXIT_SKIPPED); // ID1 has no summary for d2
        assertThat(err).contains("missing peer: system ID1 has no summary for cluster d2");
        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.get("mode").asText()).startsWith("unicode normalize=arabic");
        JsonNode sys = root.get("systems").get(0);
        assertThat(sys.get("system").asText()).isEqualTo("ID1");
        // All 4 Arabic tokens match reference c (4 tokens), none of English a (9) and b (7):
        // pooled R = 4/20.
        assertThat(sys.get("perCluster").get("d1").get("ROUGE-1").get("recall").asDouble())
                .isEqualTo(0.2);
        assertThat(sys.get("averages").get("ROUGE-1").get("recall").get("low").isNumber()).isTrue();
    }

    @Test
    void writesCsv() {
        assertThat(run(args("--format", "csv", "--per-cluster", "-n", "1", "--no-rouge-l"))).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("# mode: ");
        assertThat(lines.get(1)).isEqualTo(String.join(",", ScoreTable.COLUMNS));
        assertThat(lines).anyMatch(l -> l.startsWith("SysA,ROUGE-1,ALL,"))
                .anyMatch(l -> l.startsWith("SysB,ROUGE-1,d2,"))
                .noneMatch(l -> l.contains("ROUGE-L"));
    }

    @Test
    void peerForAClusterWithoutReferencesIsSkippedAndNamed() throws IOException {
        Path orphan = peers.resolve("d9.SysA");
        write(orphan, "Nobody wrote a reference for this.\n");
        assertThat(run(args())).isEqualTo(RougeCommand.EXIT_SKIPPED);
        assertThat(err.lines().toList())
                .containsExactly("skipped peer " + orphan + ": no reference summary for cluster d9");
        assertThat(out).contains("SysA ROUGE-1 Average_R:").contains("SysB ROUGE-1 Average_R:");
        assertNoStackTrace();
    }

    @Test
    void missingReferencesDirectoryIsAUsageError() {
        assertThat(run("--refs", tmp.resolve("nope").toString(), "--peers", peers.toString()))
                .isEqualTo(2);
        assertThat(err).contains("--refs " + tmp.resolve("nope") + ": no such directory");
        assertThat(out).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void emptyPeerSummaryIsSkippedAndNamed() throws IOException {
        Path empty = peers.resolve("d2.SysB");
        write(empty, " \n\n");
        assertThat(run(args())).isEqualTo(RougeCommand.EXIT_SKIPPED);
        assertThat(err.lines().toList()).containsExactly("skipped peer " + empty + ": empty summary");
        assertThat(out).contains("SysB ROUGE-1 Average_R:"); // d1 still scored
    }

    @Test
    void emptyReferenceIsSkippedAndTheClusterScoredWithTheOthers() throws IOException {
        Path empty = refs.resolve("d1.m.100.t.b");
        write(empty, "");
        assertThat(run(args("--per-cluster"))).isEqualTo(RougeCommand.EXIT_SKIPPED);
        assertThat(err.lines().toList()).containsExactly("skipped reference " + empty + ": empty summary");
        // Against reference a alone, SysA's d1 summary is a perfect match.
        assertThat(out).contains("SysA ROUGE-1 Eval d1.SysA R:1.00000 P:1.00000 F:1.00000");
    }

    @Test
    void nonUtf8FileIsSkippedAndNamed() throws IOException {
        Path latin1 = peers.resolve("d1.SysB");
        Files.write(latin1, "Caf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run(args())).isEqualTo(RougeCommand.EXIT_SKIPPED);
        assertThat(err.lines().toList()).containsExactly(
                "skipped peer " + latin1 + ": not valid UTF-8 (bad byte at offset 3)");
        assertThat(out).contains("SysB ROUGE-1 Average_R:");
        assertNoStackTrace();
    }

    @Test
    void clusterWhoseReferencesAreAllUnusableSkipsItsPeers() throws IOException {
        write(refs.resolve("d2.m.100.t.a"), "\n");
        assertThat(run(args())).isEqualTo(RougeCommand.EXIT_SKIPPED);
        assertThat(err).contains("skipped reference " + refs.resolve("d2.m.100.t.a") + ": empty summary")
                .contains("skipped peer " + peers.resolve("d2.SysA")
                        + ": every reference of cluster d2 was unusable");
    }

    @Test
    void peerFileNameWithoutSystemIsSkipped() throws IOException {
        write(peers.resolve("d1"), "No system in this name.\n");
        assertThat(run(args())).isEqualTo(RougeCommand.EXIT_SKIPPED);
        assertThat(err).contains("skipped peer " + peers.resolve("d1") + ": name is not <cluster>.<System>");
    }

    @Test
    void conflictingOrInvalidOptionsAreUsageErrors() {
        assertThat(run(args("--words", "100", "--bytes", "665"))).isEqualTo(2);
        assertThat(err).contains("give --words or --bytes, not both");
        assertThat(run(args("--normalize", "arabic"))).isEqualTo(2);
        assertThat(err).contains("--normalize arabic and --light-stem need --tokens unicode");
        assertThat(run(args("--multi-ref", "median"))).isEqualTo(2);
        assertThat(run(args("-n", "7"))).isEqualTo(2);
        assertThat(run(args("--frobnicate"))).isEqualTo(2);
        assertThat(run("--peers", peers.toString())).isEqualTo(2);
        assertNoStackTrace();
    }

    @Test
    void outputIsDeterministicAndSeedSelectsTheResampler() {
        run(args());
        String first = out;
        run(args());
        assertThat(out).isEqualTo(first);
        run(args("--seed", "7"));
        assertThat(out).isNotEqualTo(first).contains("rng=splittable:7");
    }
}
