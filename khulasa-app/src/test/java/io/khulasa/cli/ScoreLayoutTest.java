package io.khulasa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.khulasa.rouge.ScoreTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code khulasa rouge} and {@code khulasa eval} write corpus scores as CSV and JSON in one layout: scoring the
 * same peer summaries with the same settings, both write the same lines and the same JSON for them.
 */
class ScoreLayoutTest {

    private static final String ARTICLE = """
            The ferry Aurora struck a pier in Norland harbour on Sunday, injuring eleven passengers.
            Strong winds pushed the ferry off course as it entered the port, investigators said.
            """;

    /** The rouge options that score as eval does on DUC: ROUGE-1..4, L, SU4, Porter stemming, 100 words. */
    private static final List<String> ROUGE_AS_EVAL = List.of("-n", "4", "--stem", "--words", "100");

    @TempDir Path root;

    /** A DUC-layout dataset: two clusters, two peer systems. */
    @BeforeEach
    void dataset() throws IOException {
        Map<String, String> files = Map.of(
                "docs/d1/a.txt", ARTICLE,
                "docs/d2/a.txt", ARTICLE,
                "refs/d1.m.100.t.a", "A ferry struck a pier in Norland, injuring eleven.\n",
                "refs/d1.m.100.t.b", "Winds pushed the ferry Aurora into a pier.\n",
                "refs/d2.m.100.t.a", "Eleven passengers were hurt when a ferry hit a pier.\n",
                "peers/d1.SysA", "The ferry struck a pier.\nEleven were hurt.\n",
                "peers/d2.SysA", "Winds pushed a ferry off course.\n",
                "peers/d1.SysB", "Investigators said the port was closed.\n",
                "peers/d2.SysB", "Eleven passengers were hurt by a ferry.\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
    }

    private static String run(Callable<Integer> command, List<String> args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(args.toArray(new String[0]))).isZero();
        return out.toString();
    }

    private String rouge(String format) {
        List<String> args = new ArrayList<>(List.of("--refs", root.resolve("refs").toString(),
                "--peers", root.resolve("peers").toString(), "--format", format, "--per-cluster"));
        args.addAll(ROUGE_AS_EVAL);
        return run(new RougeCommand(), args);
    }

    private String eval(String format) {
        return run(new EvalCommand(), List.of(root.toString(), "--method", "lead", "--format", format, "--per-cluster"));
    }

    @Test
    void csvHasOneHeaderAndTheSameRowsForTheSamePeers() {
        List<String> rouge = rouge("csv").lines().toList();
        List<String> eval = eval("csv").lines().toList();

        assertThat(rouge.get(0)).startsWith("# mode: ascii-rouge155 ").contains("stem=porter").contains("limit=words:100");
        assertThat(eval.get(0)).isEqualTo(rouge.get(0).replace(" bootstrap=", " budget=100 words bootstrap="));
        String header = String.join(",", ScoreTable.COLUMNS);
        assertThat(rouge.get(1)).isEqualTo(header);
        assertThat(eval.get(1)).isEqualTo(header + ",ours");
        // 2 systems x 6 measures x (average + 2 clusters) for rouge; eval adds khulasa:lead.
        assertThat(rouge).hasSize(2 + 2 * 6 * 3);
        assertThat(eval).hasSize(2 + 3 * 6 * 3);
        List<String> peersInEval = eval.stream().filter(l -> l.startsWith("Sys"))
                .map(l -> l.substring(0, l.length() - ",false".length())).toList();
        assertThat(peersInEval).containsExactlyInAnyOrderElementsOf(rouge.subList(2, rouge.size()));
        assertThat(eval).filteredOn(l -> l.startsWith("khulasa:lead,")).hasSize(6 * 3)
                .allSatisfy(l -> assertThat(l).endsWith(",true"));
    }

    @Test
    void jsonHasOneShapeAndTheSameFiguresForTheSamePeers() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode rouge = mapper.readTree(rouge("json"));
        JsonNode eval = mapper.readTree(eval("json"));

        assertThat(rouge.fieldNames()).toIterable().containsExactly("mode", "systems");
        assertThat(eval.fieldNames()).toIterable()
                .containsExactly("mode", "dataset", "clusters", "millis", "problems", "systems");
        assertThat(eval.get("dataset").asText()).isEqualTo(root.getFileName().toString());
        assertThat(eval.get("clusters").asInt()).isEqualTo(2);
        for (JsonNode peer : rouge.get("systems")) {
            String name = peer.get("system").asText();
            assertThat(peer.fieldNames()).toIterable()
                    .containsExactly("system", "clusters", "averages", "perCluster");
            ObjectNode same = find(eval, name).deepCopy();
            assertThat(same.remove("ours").asBoolean()).isFalse();
            assertThat(same).isEqualTo(peer);
        }
        assertThat(find(eval, "khulasa:lead").get("ours").asBoolean()).isTrue();
        assertThat(find(eval, "khulasa:lead").get("averages").fieldNames()).toIterable()
                .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU4");
    }

    private static JsonNode find(JsonNode report, String system) {
        for (JsonNode s : report.get("systems")) {
            if (s.get("system").asText().equals(system)) return s;
        }
        throw new AssertionError("no system " + system + " in " + report);
    }
}
