package io.khulasa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khulasa.rouge.CorpusScore;
import io.khulasa.rouge.Measure;
import io.khulasa.rouge.Rouge155Numbers;
import io.khulasa.rouge.ScoreTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvalRunnerTest {

    private static final String ARTICLE_A = """
            Ferry strikes pier in Norland harbour. The ferry Aurora struck a pier in Norland harbour on Sunday,
            injuring eleven passengers, the coast guard said. The vessel was carrying 240 people from the
            island of Vell. Investigators said strong winds pushed the ferry off course as it entered the port.
            """;
    private static final String ARTICLE_B = """
            The coast guard said eleven passengers were hurt when the ferry Aurora hit a pier in Norland.
            Strong winds pushed the ferry off course, investigators said. The harbour reopened on Monday
            after divers inspected the damaged pier.
            """;

    /** A DUC-layout dataset with two good clusters and every kind of bad input. */
    private static Path dataset(Path root) throws Exception {
        for (String c : List.of("c1", "c2", "c3")) {
            Files.createDirectories(root.resolve("docs/" + c));
            Files.writeString(root.resolve("docs/" + c + "/D1.txt"), ARTICLE_A);
            Files.writeString(root.resolve("docs/" + c + "/D2.txt"), ARTICLE_B);
        }
        Files.createDirectories(root.resolve("refs"));
        Files.createDirectories(root.resolve("peers"));
        Files.writeString(root.resolve("refs/c1.m.100.t.a"), "A ferry struck a pier in Norland harbour, injuring eleven passengers.\n");
        Files.writeString(root.resolve("refs/c1.m.100.t.b"), "Strong winds pushed the ferry Aurora into a pier; eleven were hurt.\n");
        Files.writeString(root.resolve("refs/c2.m.100.t.a"), "The ferry Aurora hit a pier in Norland; the harbour reopened Monday.\n");
        Files.write(root.resolve("refs/c2.m.100.t.b"), new byte[] {'A', ' ', (byte) 0xC3, (byte) 0x28, '\n'}); // invalid UTF-8
        // c3 has no reference at all.
        Files.writeString(root.resolve("peers/c1.Baseline"), "The ferry Aurora struck a pier in Norland harbour on Sunday.\n");
        Files.writeString(root.resolve("peers/c2.Baseline"), "");                                   // empty summary
        Files.writeString(root.resolve("peers/c3.Baseline"), "A peer for a cluster without references.\n");
        return root;
    }

    @Test
    void scoresOursAndPeersAndNamesEverySkippedInput(@TempDir Path dir) throws Exception {
        Dataset d = new DatasetLoader().load(dataset(dir));
        assertThat(d.layout()).isEqualTo(Dataset.Layout.DUC);
        EvalReport r = new EvalRunner(done -> {}).run(d, List.of("centroid", "lead"),
                EvalSettings.forDataset(d).withBootstrap(50));

        assertThat(r.clusters()).isEqualTo(2);
        assertThat(r.rows()).extracting(EvalReport.Row::system)
                .containsExactlyInAnyOrder("khulasa:centroid", "khulasa:lead", "Baseline");
        assertThat(r.row("Baseline").orElseThrow().byCluster()).containsOnlyKeys("c1");
        assertThat(r.row("khulasa:centroid").orElseThrow().byCluster()).containsOnlyKeys("c1", "c2");
        assertThat(r.row("khulasa:centroid").orElseThrow().recall(io.khulasa.rouge.Measure.ngram(1))).isGreaterThan(0.3);

        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("c2.m.100.t.b").contains("not valid UTF-8"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("c2.Baseline").contains("empty summary"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("c3").contains("no usable reference"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("c3.Baseline").contains("no references"));
    }

    @Test
    void tablesAreSortedByRouge2AndStateTheirMode(@TempDir Path dir) throws Exception {
        Dataset d = new DatasetLoader().load(dataset(dir));
        EvalReport r = new EvalRunner(done -> {}).run(d, List.of("centroid", "lead"), EvalSettings.forDataset(d).withBootstrap(50));
        for (int i = 1; i < r.rows().size(); i++) {
            assertThat(r.rows().get(i - 1).recall(io.khulasa.rouge.Measure.ngram(2)))
                    .isGreaterThanOrEqualTo(r.rows().get(i).recall(io.khulasa.rouge.Measure.ngram(2)));
        }
        String text = EvalReportWriter.text(r, true);
        assertThat(text).contains("# mode: ascii-rouge155").contains("stem=porter").contains("ROUGE-SU4").contains("c1");
        List<String> csv = EvalReportWriter.csv(r, false).lines().toList();
        assertThat(csv.get(0)).isEqualTo("# mode: " + r.mode()).contains("stem=porter");
        assertThat(csv.get(1)).isEqualTo(String.join(",", ScoreTable.COLUMNS) + ",ours");
        // Rows in the table's order, each measure's average; ours flagged in the last column.
        assertThat(csv.get(2)).startsWith(r.rows().get(0).system() + ",ROUGE-1,ALL,")
                .endsWith("," + r.rows().get(0).ours());
        CorpusScore.Aggregate su4 = r.row("Baseline").orElseThrow().score().get(Measure.skipBigram(4, true));
        assertThat(csvRow(csv, "Baseline,ROUGE-SU4,ALL,"))
                .containsEntry("recall", f5(su4.recall().resampledMean()))
                .containsEntry("recall_mean", f5(su4.recall().mean()))
                .containsEntry("precision_low", f5(su4.precision().lower()))
                .containsEntry("f_high", f5(su4.f().upper()))
                .containsEntry("ours", "false");
        assertThat(csv.subList(2, csv.size())).hasSize(3 * r.rows().get(0).score().measures().size());

        JsonNode json = new ObjectMapper().readTree(EvalReportWriter.json(r, true));
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("mode", "dataset", "clusters", "millis", "problems", "systems");
        assertThat(json.get("mode").asText()).isEqualTo(r.mode());
        assertThat(json.get("dataset").asText()).isEqualTo(r.dataset());
        assertThat(json.get("problems")).hasSize(r.problems().size());
        JsonNode first = json.get("systems").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("system", "ours", "clusters", "averages", "perCluster");
        assertThat(first.get("system").asText()).isEqualTo(r.rows().get(0).system());
        JsonNode baseline = json.get("systems").get(r.rows().indexOf(r.row("Baseline").orElseThrow()));
        assertThat(baseline.get("ours").asBoolean()).isFalse();
        assertThat(baseline.get("perCluster").fieldNames()).toIterable().containsExactly("c1");
        assertThat(baseline.get("averages").get("ROUGE-2").get("recall").get("mean").asDouble())
                .isEqualTo(Rouge155Numbers.round5(r.row("Baseline").orElseThrow().recall(Measure.ngram(2))));
        // Same input, same report (the bootstrap is seeded).
        EvalReport again = new EvalRunner(done -> {}).run(d, List.of("centroid", "lead"), EvalSettings.forDataset(d).withBootstrap(50));
        assertThat(EvalReportWriter.csv(again, true)).isEqualTo(EvalReportWriter.csv(r, true));
    }

    /** The CSV row that starts with {@code prefix}, by column name. */
    private static Map<String, String> csvRow(List<String> csv, String prefix) {
        String[] header = csv.get(1).split(",");
        String[] cells = csv.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().split(",", -1);
        assertThat(cells).hasSameSizeAs(header);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
        return row;
    }

    private static String f5(double x) {
        return Rouge155Numbers.format5(x).trim();
    }

    @Test
    void recognisesMultiLingAndEascLayoutsAndRejectsOthers(@TempDir Path dir) throws Exception {
        Path ml = dir.resolve("ml/arabic");
        Files.createDirectories(ml.resolve("docs/M001"));
        Files.writeString(ml.resolve("docs/M001/M0010.arabic"), "عنوان\nنص الخبر الأول هنا.\n");
        Files.createDirectories(ml.resolve("refs"));
        Files.writeString(ml.resolve("refs/M001.A.250"), "ملخص.\n");
        Files.createDirectories(ml.resolve("peers/ID1"));
        Files.writeString(ml.resolve("peers/ID1/M001"), "ملخص النظام.\n");
        Dataset m = new DatasetLoader().load(ml);
        assertThat(m.layout()).isEqualTo(Dataset.Layout.MULTILING);
        assertThat(m.language()).isEqualTo("ar");
        assertThat(m.clusters().get(0).peers()).containsOnlyKeys("ID1");
        assertThat(m.clusters().get(0).wordBudget()).isEqualTo(250);

        Path easc = dir.resolve("easc");
        Files.createDirectories(easc.resolve("Articles"));
        Files.createDirectories(easc.resolve("Summaries"));
        Files.writeString(easc.resolve("Articles/Topic (1).txt"), "كلمة ".repeat(30), StandardCharsets.UTF_8);
        Files.writeString(easc.resolve("Summaries/Topic (1)_A.txt"), "كلمة كلمة.");
        Files.writeString(easc.resolve("manifest.tsv"), "article_file\ttopic\tsummary_files\n"
                + "Articles/Topic (1).txt\ttopic\tSummaries/Topic (1)_A.txt\n");
        Dataset e = new DatasetLoader().load(easc);
        assertThat(e.layout()).isEqualTo(Dataset.Layout.EASC);
        assertThat(e.clusters().get(0).wordBudget()).isEqualTo(10); // ceil(0.33 × 30)

        assertThatThrownBy(() -> new DatasetLoader().load(dir)).hasMessageContaining("unknown dataset layout");
    }
}
