package io.khulasa.analyze;

import io.khulasa.clean.CleanedDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Splits the real evaluation documents in {@code ../shared} (read-only, never copied into the repository)
 * and checks for fragments and fusions. Skipped where the shared data is absent.
 */
class SharedCorpusSplitTest {
    /** Abbreviations a period may follow inside a sentence, listed here independently of the splitter's own. */
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Drs", "St", "Jr", "Sr", "Inc",
            "Corp", "Co", "Ltd", "Bros", "Gen", "Rep", "Reps", "Gov", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm",
            "Brig", "Rev", "Cmdr", "Pres", "Prof", "Messrs", "vs", "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec", "Calif", "Ky", "Mass", "Wash", "Fla", "Tex", "Pa", "Va", "Md", "Ill", "Mich");
    /** A lowercase letter, a period, a space and a capital: {@code said. The}. */
    private static final Pattern INTERNAL_END = Pattern.compile("\\b([A-Za-z][A-Za-z.]*[a-z])\\. +(?=(``)?[A-Z])");

    private final SentenceSplitter splitter = new SentenceSplitter();

    private static Path shared() {
        String prop = System.getProperty("khulasa.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
        if (!Files.isDirectory(p)) p = Path.of("..", "..", "shared");
        return p;
    }

    private static List<Path> files(Path dir, String glob) throws IOException {
        assumeTrue(Files.isDirectory(dir), "shared data not present: " + dir);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> dir.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted().forEach(out::add);
        }
        assumeTrue(!out.isEmpty(), "no files in " + dir);
        return out;
    }

    @Test
    void ducSentencesAreNeitherFragmentsNorFusions() throws IOException {
        List<String> lowercase = new ArrayList<>(), fused = new ArrayList<>(), unterminated = new ArrayList<>();
        int sentences = 0;
        for (Path f : files(shared().resolve("data/duc2004-dev/docs"), "D*.txt")) {
            CleanedDocument doc = TestDocs.of(f.toString(), Files.readString(f, StandardCharsets.UTF_8), false);
            for (String s : TestDocs.texts(doc, "en")) {
                sentences++;
                String flat = s.replaceAll("\\s+", " ");
                if (Character.isLowerCase(flat.codePointAt(0))) lowercase.add(f + ": " + flat);
                if (!SentenceSplitter.endsSentence(flat, 0, flat.length())) unterminated.add(f + ": " + flat);
                Matcher m = INTERNAL_END.matcher(flat);
                while (m.find()) {
                    String word = m.group(1);
                    // "Sen." is a title before a name but the end of "Hun Sen" after one.
                    if (word.equals("Sen") && !flat.substring(0, m.start()).endsWith("Hun ")) continue;
                    if (ABBREVIATIONS.contains(word) || word.matches("([A-Za-z]\\.)+[A-Za-z]")) continue;
                    fused.add(f + ": " + flat);
                    break;
                }
            }
        }
        assertThat(sentences).isGreaterThan(5_000);
        assertThat(lowercase).as("sentences starting in lowercase").isEmpty();
        assertThat(fused).as("sentences with an internal sentence end").isEmpty();
        assertThat(unterminated).as("sentences without final punctuation").isEmpty();
    }

    @Test
    void arabicExampleKeepsWrappedSentencesWhole() throws IOException {
        List<Path> docs = files(shared().resolve("examples/syria-talks-2016"), "*.txt");
        List<String> all = new ArrayList<>();
        for (Path f : docs) all.addAll(TestDocs.texts(TestDocs.of(f.toString(), Files.readString(f), true), "ar"));
        assertThat(all).contains("من جهتها أعربت موسكو عن أسفها على قرار تعليق\n"
                + "المباحثات واتهمت واشنطن بعدم الوفاء بالتزامات أساسية من اتفاق الهدنة.");
        // The slide counter "• 1/5" has no letter.
        assertThat(all).noneMatch(s -> s.startsWith("•"));
        // No sentence ends inside a number, and the Arabic comma never ends one.
        assertThat(all).noneMatch(s -> s.matches(".*\\d[.،]$") && s.length() < 4);
        assertThat(all).noneMatch(s -> s.endsWith("،"));
    }

    @Test
    void multilingArabicSentencesDoNotStartWithPunctuationOrSplitNumbers() throws IOException {
        int sentences = 0;
        for (Path f : files(shared().resolve("data/multiling2011-dev/arabic/docs"), "*")) {
            String prev = "";
            for (String s : TestDocs.texts(TestDocs.of(f.toString(), Files.readString(f), true), "ar")) {
                sentences++;
                assertThat(s).as(f.toString()).doesNotStartWith(".").doesNotStartWith("؟").doesNotStartWith("،");
                boolean cutNumber = prev.matches("(?s).*\\d[.,]") && Character.isDigit(s.charAt(0));
                assertThat(cutNumber).as("a number cut in two in %s: %s | %s", f, prev, s).isFalse();
                prev = s;
            }
        }
        assertThat(sentences).isGreaterThan(500);
    }
}
