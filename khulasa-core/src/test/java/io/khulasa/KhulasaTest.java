package io.khulasa;

import io.khulasa.render.JsonRenderer;
import io.khulasa.select.Summarizers;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KhulasaTest {

    private static Summary summarize(Path cluster, String method, Budget budget) {
        return Khulasa.builder().method(method).budget(budget).build().summarize(cluster);
    }

    @Test
    void everySentenceIsItsDocumentTextBetweenStartAndEndLessWhatItOmits() {
        int omissions = 0;
        for (Path cluster : List.of(TestClusters.englishPortFire(), TestClusters.arabicDamCollapse())) {
            for (String method : Summarizers.names()) {
                Summary s = summarize(cluster, method, Budget.words(80));
                assertThat(s.sentences()).as(method + " on " + cluster.getFileName()).isNotEmpty();
                assertProvenance(s);
                for (SummarySentence ss : s.sentences()) omissions += ss.omitted().size();
            }
        }
        assertThat(omissions).as("the clusters' relative days").isPositive();
    }

    @Test
    void receiptsAreOtherArticlesSentencesAndTheMarkdownNumbersThem() {
        int receipts = 0;
        for (Path cluster : List.of(TestClusters.englishPortFire(), TestClusters.arabicDamCollapse())) {
            Summary s = summarize(cluster, Summarizers.DEFAULT, Budget.words(80));
            List<String> ids = s.documents().stream().map(DocumentReport::id).toList();
            Map<String, String> texts = s.documents().stream().collect(Collectors.toMap(DocumentReport::id, DocumentReport::text));
            String md = new io.khulasa.render.MarkdownRenderer().render(s);
            for (SummarySentence ss : s.sentences()) {
                List<String> from = ss.alsoIn().stream().map(Excerpt::document).toList();
                // another article each, once each, in input order
                assertThat(from).doesNotContain(ss.document()).doesNotHaveDuplicates()
                        .isSortedAccordingTo(java.util.Comparator.comparingInt(ids::indexOf));
                for (Excerpt e : ss.alsoIn()) {
                    assertThat(texts.get(e.document()).substring(e.start(), e.end()).strip()).isNotEmpty()
                            .as("a whole sentence").isEqualTo(texts.get(e.document()).substring(e.start(), e.end()));
                }
                if (!from.isEmpty()) {
                    receipts += from.size();
                    String numbers = String.join(", ", from.stream().map(d -> String.valueOf(ids.indexOf(d) + 1)).toList());
                    assertThat(md).contains("[" + (ids.indexOf(ss.document()) + 1) + "; also " + numbers + "]");
                }
            }
        }
        assertThat(receipts).as("facts both test clusters' outlets share").isPositive();
    }

    @Test
    void verbatimQuotesEverySentenceWhole() {
        for (Path cluster : List.of(TestClusters.englishPortFire(), TestClusters.arabicDamCollapse())) {
            Summary s = Khulasa.builder().verbatim(true).budget(Budget.words(80)).build().summarize(cluster);
            Map<String, String> texts = s.documents().stream().collect(Collectors.toMap(DocumentReport::id, DocumentReport::text));
            for (SummarySentence ss : s.sentences()) {
                assertThat(ss.omitted()).isEmpty();
                assertThat(texts.get(ss.document()).substring(ss.start(), ss.end())).isEqualTo(ss.text());
            }
        }
    }

    @Test
    void aHardWrappedSentenceIsQuotedOnOneLineAndStillPointsAtItsLines() {
        String wrapped = "   PORT ELLIS _ A crowded passenger ferry rolled over and sank in the\n"
                + "harbour late at night, and rescuers in three-\nwheeled carts pulled 228 people from the water\n"
                + "as relatives waited on the pier for news of the missing passengers.\n"
                + "   The coast guard said thirteen people were still missing and that the\n"
                + "search would go on through the night with boats and a helicopter.\n";
        Summary s = Khulasa.builder().budget(Budget.words(60)).build().summarize(List.of(Article.ofText("w.txt", wrapped)));
        assertThat(s.sentences()).isNotEmpty().allSatisfy(ss -> assertThat(ss.text()).doesNotContain("\n").doesNotContain("  "));
        assertThat(s.text()).doesNotContain("\n").contains("three-wheeled");
        assertProvenance(s);
        assertThat(s.sentences()).anyMatch(ss -> s.documents().get(0).text().substring(ss.start(), ss.end()).contains("\n"));
    }

    /**
     * Each sentence is its document's text between start and end with the omitted stretches (inside those
     * bounds, in order) taken out; only the first letter may change case, when the opening was omitted.
     */
    private static void assertProvenance(Summary s) {
        Map<String, String> texts = s.documents().stream().collect(Collectors.toMap(DocumentReport::id, DocumentReport::text));
        for (SummarySentence ss : s.sentences()) {
            String doc = texts.get(ss.document());
            StringBuilder kept = new StringBuilder();
            int at = ss.start();
            for (Omission o : ss.omitted()) {
                assertThat(o.start()).isGreaterThanOrEqualTo(at);
                assertThat(o.end()).isGreaterThan(o.start()).isLessThanOrEqualTo(ss.end());
                kept.append(doc, at, o.start());
                at = o.end();
            }
            kept.append(doc, at, ss.end());
            String expected = SummarySentence.oneLine(kept.toString());
            assertThat(ss.text()).isEqualToIgnoringCase(expected);
            assertThat(ss.text().substring(1)).isEqualTo(expected.substring(1));
        }
    }

    /** The port-fire reports and a column on the fire whose sentences share the reports' words. */
    private static List<Article> reportsAndAColumn() throws java.io.IOException {
        List<Article> articles = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(TestClusters.englishPortFire())) {
            files.sorted().forEach(f -> articles.add(Article.ofText(f.getFileName().toString(), read(f))));
        }
        articles.add(Article.builder("column.html").html("<html><head><meta property='article:section' content='Opinion'>"
                + "<title>The Harwick port fire was a warning</title></head><body><article><h1>The Harwick port fire was a warning</h1>"
                + "<p>The fire at the port of Harwick that destroyed two grain warehouses on Tuesday night was no accident of fate.</p>"
                + "<p>I believe the port authority ignored the state of its storage halls for years, and the fire service knew it.</p>"
                + "<p>Fourteen fire engines and sixty firefighters should never have been needed at the port of Harwick.</p>"
                + "</article></body></html>").build());
        return articles;
    }

    @Test
    void aColumnIsReportedButNotQuotedWhileThereAreReports() throws java.io.IOException {
        List<Article> articles = reportsAndAColumn();
        for (String method : Summarizers.names()) {
            Summary s = Khulasa.builder().method(method).budget(Budget.words(150)).build().summarize(articles);
            assertThat(s.sentences()).as(method).isNotEmpty().noneMatch(x -> x.document().equals("column.html"));
            assertThat(s.documents()).anyMatch(d -> d.id().equals("column.html") && "opinion".equals(d.metadata().get("genre")));
        }
        // A wire's sidebar is the story's history: listed, not quoted.
        List<Article> withSidebar = new java.util.ArrayList<>(articles);
        withSidebar.add(Article.ofText("sidebar.txt", "Port fires: a long record of neglect at Harwick\n"
                + "Eds: Moving as a sidebar to BC-Harwick-Fire.\n\n"
                + "Fires have destroyed grain warehouses at the port of Harwick four times since 1990, killing 31 people.\n\n"
                + "The worst, in 2004, burned for three days and destroyed twelve warehouses at the port of Harwick.\n"));
        Summary sb = Khulasa.builder().budget(Budget.words(150)).build().summarize(withSidebar);
        assertThat(sb.sentences()).isNotEmpty().noneMatch(x -> x.document().equals("sidebar.txt"));
        assertThat(sb.documents()).anyMatch(d -> d.id().equals("sidebar.txt") && "background".equals(d.metadata().get("genre")));
        // An explainer is background and advice: not quoted either.
        List<Article> withGuide = new java.util.ArrayList<>(articles);
        withGuide.add(Article.ofText("guide.txt", "What the Harwick port fire means for grain prices\n\n"
                + "A fire at the port of Harwick destroyed two grain warehouses on Tuesday night, the port authority said.\n\n"
                + "If you buy grain in bulk, you should compare prices at the port of Harwick with inland depots.\n"));
        Summary s = Khulasa.builder().budget(Budget.words(150)).build().summarize(withGuide);
        assertThat(s.sentences()).isNotEmpty().noneMatch(x -> x.document().equals("guide.txt") || x.document().equals("column.html"));
        // the Markdown report says why they have no sentence
        String md = new io.khulasa.render.MarkdownRenderer().render(s);
        assertThat(md).contains("`column.html` — The Harwick port fire was a warning (en, opinion)")
                .contains("`guide.txt` — What the Harwick port fire means for grain prices (en, explainer)");
        // A forum thread is readers' reactions: listed, not quoted.
        List<Article> withForum = new java.util.ArrayList<>(articles);
        withForum.add(Article.ofText("forum.txt", "Harwick Talk - the port's unofficial forum\n\n"
                + "DockerDan\nSenior Member  |  Posts: 3,120\n\n"
                + "The night shift had complained for weeks about sparking cables in the grain warehouses at the port of Harwick.\n\n"
                + "Quote   Reply   Like 7   Report\n\n"
                + "QuaysideQ\nMember  |  Posts: 41\n\n"
                + "Nobody from the port authority has said how the fire at the port of Harwick started, which is typical.\n\n"
                + "Quote   Reply   Like 2   Report\n"));
        // a budget room for every sentence: only the genre keeps the thread's out
        Summary f = Khulasa.builder().budget(Budget.words(1000)).build().summarize(withForum);
        assertThat(f.sentences()).isNotEmpty().noneMatch(x -> x.document().equals("forum.txt"));
        assertThat(new io.khulasa.render.MarkdownRenderer().render(f)).contains("(en, forum)");
        // A column alone is what there is to quote.
        Summary alone = Khulasa.builder().budget(Budget.words(60)).build().summarize(articles.subList(articles.size() - 1, articles.size()));
        assertThat(alone.sentences()).isNotEmpty().allMatch(x -> x.document().equals("column.html"));
    }

    /** Two Arabic articles of the dam cluster and one English article of the port cluster: Arabic is main. */
    private static List<Article> mixedCluster() throws java.io.IOException {
        List<Article> articles = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(TestClusters.arabicDamCollapse())) {
            files.sorted().limit(2).forEach(f -> articles.add(Article.ofText("ar-" + f.getFileName(), read(f))));
        }
        try (var files = java.nio.file.Files.list(TestClusters.englishPortFire())) {
            files.sorted().limit(1).forEach(f -> articles.add(Article.ofText("en-" + f.getFileName(), read(f))));
        }
        return articles;
    }

    /** Asserts every article is reported and every sentence is true to its source and from an article in {@code language}. */
    private static void assertQuotesOnly(Summary s, String language) {
        Map<String, String> languages = s.documents().stream()
                .collect(Collectors.toMap(DocumentReport::id, DocumentReport::language));
        assertThat(languages.values()).contains("ar", "en");
        assertThat(s.sentences()).isNotEmpty().allSatisfy(x -> assertThat(languages.get(x.document())).isEqualTo(language));
        assertProvenance(s);
    }

    @Test
    void aMixedLanguageClusterIsSummarizedInItsMainLanguageWithTheOthersReported() throws java.io.IOException {
        assertQuotesOnly(Khulasa.builder().budget(Budget.words(120)).build().summarize(mixedCluster()), "ar");
    }

    @Test
    void theSummaryLanguageChosenIsTheOneQuoted() throws java.io.IOException {
        List<Article> articles = mixedCluster();
        for (String code : List.of("en", "EN", "en-GB")) {
            Khulasa k = Khulasa.builder().budget(Budget.words(120)).summaryLanguage(code).build();
            assertQuotesOnly(k.summarize(articles), "en");
        }
        String auto = new JsonRenderer().render(Khulasa.builder().budget(Budget.words(120)).summaryLanguage("auto").build().summarize(articles));
        assertThat(auto).isEqualTo(new JsonRenderer().render(Khulasa.builder().budget(Budget.words(120)).build().summarize(articles)));
        assertQuotesOnly(Khulasa.builder().budget(Budget.words(120)).summaryLanguage("auto").build().summarize(articles), "ar");
    }

    @Test
    void aSummaryLanguageNoArticleIsInIsAnInputErrorNamingTheLanguagesFound() throws java.io.IOException {
        List<Article> articles = mixedCluster();
        Khulasa k = Khulasa.builder().summaryLanguage("fr").build();
        assertThatThrownBy(() -> k.summarize(articles))
                .isInstanceOf(InputException.class)
                .hasMessage("input: no article in fr; languages found: ar (2), en (1)");
    }

    private static String read(Path f) {
        try {
            return java.nio.file.Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void detectsTheLanguageOfEachCluster() {
        assertThat(summarize(TestClusters.arabicDamCollapse(), "centroid", Budget.words(50)).documents())
                .extracting(DocumentReport::language).containsOnly("ar");
        assertThat(summarize(TestClusters.englishPortFire(), "centroid", Budget.words(50)).documents())
                .extracting(DocumentReport::language).containsOnly("en");
    }

    @Property(tries = 60)
    void neverExceedsTheBudget(@ForAll("units") Budget.Unit unit, @ForAll @IntRange(min = 1, max = 400) int limit,
                               @ForAll("methods") String method, @ForAll boolean arabic) {
        Budget budget = new Budget(unit, limit);
        Summary s = summarize(arabic ? TestClusters.arabicDamCollapse() : TestClusters.englishPortFire(), method, budget);
        String text = s.text();
        int used = switch (unit) {
            case WORDS -> Budget.countWords(text);
            case CHARS -> text.codePointCount(0, text.length());
            case BYTES -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            case SENTENCES -> s.sentences().size();
        };
        assertThat(used).isLessThanOrEqualTo(limit);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Budget.Unit> units() {
        return net.jqwik.api.Arbitraries.of(Budget.Unit.class);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> methods() {
        return net.jqwik.api.Arbitraries.of(List.copyOf(Summarizers.names()));
    }

    @Test
    void sameInputGivesByteIdenticalJson() {
        for (String method : Summarizers.names()) {
            String a = new JsonRenderer().render(summarize(TestClusters.arabicDamCollapse(), method, Budget.words(100)));
            String b = new JsonRenderer().render(summarize(TestClusters.arabicDamCollapse(), method, Budget.words(100)));
            assertThat(a).isEqualTo(b);
        }
    }

    @Test
    void neverStatesOneFactTwiceNorAsksTheReader() {
        for (String method : Summarizers.names()) {
            Summary s = summarize(TestClusters.englishPortFire(), method, Budget.words(150));
            assertThat(s.sentences()).noneMatch(x -> x.text().endsWith("?"));
            assertThat(s.sentences()).as("titles are not summary sentences")
                    .noneMatch(x -> x.text().startsWith("Fire at Harwick port destroys"));
        }
        // The wire fact "nobody was hurt" is in two outlets; it may appear once at most.
        Summary s = summarize(TestClusters.englishPortFire(), "centroid", Budget.words(200));
        long injuries = s.sentences().stream()
                .filter(x -> x.text().contains("injured")).count();
        assertThat(injuries).isLessThanOrEqualTo(1);
    }

    @Test
    void sentencesAreInReadingOrder() {
        Summary s = summarize(TestClusters.englishPortFire(), "lexrank", Budget.words(150));
        List<String> docs = s.documents().stream().map(DocumentReport::id).toList();
        for (int i = 1; i < s.sentences().size(); i++) {
            SummarySentence a = s.sentences().get(i - 1), b = s.sentences().get(i);
            int da = docs.indexOf(a.document()), db = docs.indexOf(b.document());
            assertThat(da < db || (da == db && a.start() < b.start())).isTrue();
        }
    }

    @Test
    void unknownMethodIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> Khulasa.builder().method("magic").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("magic").hasMessageContaining("centroid");
    }

    @Test
    void publishedDatesOrderTheSummary() {
        Article late = Article.builder("late").published("2024-05-02")
                .text("Second day\n\nOn the second day the river level fell by two metres across the valley towns.").build();
        Article early = Article.builder("early").published("2024-05-01")
                .text("First day\n\nOn the first day the river burst its banks and flooded four valley towns.").build();
        Summary s = Khulasa.builder().method("lead").budget(Budget.words(100)).build().summarize(List.of(late, early));
        assertThat(s.sentences()).extracting(SummarySentence::document).containsExactly("early", "late");
        // An undated article may be the oldest: with one, the input order stands rather than dated ones first.
        Article undated = Article.builder("undated")
                .text("Before the flood\n\nBefore the flood the river rose for three days after storms in the hills.").build();
        s = Khulasa.builder().method("lead").budget(Budget.words(100)).build().summarize(List.of(undated, late, early));
        assertThat(s.sentences()).extracting(SummarySentence::document).containsExactly("undated", "late", "early");
    }
}
