package io.khulasa.read;

import io.khulasa.Article;
import io.khulasa.InputException;
import io.khulasa.clean.ArticleCleaner;
import io.khulasa.clean.CleanedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReaderTest {
    @TempDir Path dir;
    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsADirectoryInNameOrderSkippingHiddenFiles() throws IOException {
        write("b.txt", "Second article.\n");
        write("a.txt", "First article.\n");
        write("c.html", "<html><body><p>Third article.</p></body></html>");
        write(".DS_Store", "hidden");
        ReadResult r = reader.read(dir);
        assertThat(r.articles()).extracting(Article::id).containsExactly("a.txt", "b.txt", "c.html");
        assertThat(r.articles().get(0).text()).isEqualTo("First article.\n");
        assertThat(r.articles().get(2).html()).contains("<p>Third article.</p>");
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void readsASingleFile() throws IOException {
        Path f = write("one.txt", "Only article.\n");
        assertThat(reader.read(f).articles()).extracting(Article::id).containsExactly("one.txt");
    }

    @Test
    void anEmptyDirectoryIsAnError() {
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(InputException.class).hasMessageContaining("no articles found");
    }

    @Test
    void aMissingPathIsAnError() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file or directory");
    }

    @Test
    void anEmptyFileIsSkippedWithAReason() throws IOException {
        write("empty.txt", "");
        write("blank.txt", "  \n\n ");
        write("ok.txt", "Real article.\n");
        ReadResult r = reader.read(dir);
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok.txt");
        assertThat(r.skipped()).extracting(Throwable::getMessage).allMatch(m -> m.endsWith("empty file")).hasSize(2);
    }

    @Test
    void aBinaryFileIsSkippedWithAReason() throws IOException {
        Files.write(dir.resolve("photo.dat"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write("ok.txt", "Real article.\n");
        ReadResult r = reader.read(dir);
        assertThat(r.skipped()).singleElement().satisfies(e -> assertThat(e.getMessage()).endsWith("photo.dat: binary file, not text"));
    }

    @Test
    void knownNonArticleTypesAreSkippedAndOtherTextFilesAreRead() throws IOException {
        write("notes.pdf", "%PDF-1.4");
        write("README", "An article saved without an extension.\n");
        ReadResult r = reader.read(dir);
        assertThat(r.articles()).extracting(Article::id).containsExactly("README");
        assertThat(r.skipped()).singleElement().satisfies(e -> assertThat(e.getMessage()).endsWith("unsupported file type .pdf"));
    }

    @Test
    void whenNothingIsReadableTheErrorNamesThePath() throws IOException {
        write("empty.txt", "");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).where()).isEqualTo(dir.toString()))
                .hasMessageContaining("no readable articles");
    }

    @Test
    void aWindows1256FileIsDecoded() throws IOException {
        String s = "وزير الطاقة يفتتح محطة جديدة\n\nافتتح وزير الطاقة، صباح الأحد، محطة جديدة لتوليد الكهرباء من الطاقة الشمسية في الجنوب.\n";
        Files.write(dir.resolve("w.txt"), s.getBytes(Charset.forName("windows-1256")));
        assertThat(reader.read(dir).articles().get(0).text()).isEqualTo(s);
    }

    @Test
    void aTwentyMegabyteFileIsReadAndCleaned() throws IOException {
        Path big = dir.resolve("big.txt");
        String para = "The committee met again on Monday and agreed to publish its findings before the end of the month, officials said.\n\n";
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("Committee to publish findings\n\n");
            long written = 0;
            while (written < 20_000_000) { w.write(para); written += para.length(); }
        }
        List<Article> articles = reader.read(big).articles();
        assertThat(articles.get(0).text().length()).isGreaterThan(20_000_000);
        CleanedDocument d = new ArticleCleaner().clean(articles).get(0);
        assertThat(d.title()).isEqualTo("Committee to publish findings");
        assertThat(d.dropped()).isEmpty();
        assertThat(d.blocks()).hasSize(1 + 20_000_000 / para.length() + 1);
    }

    @Test
    void aSingleLineOfOneHundredThousandCharactersIsReadAndKept() throws IOException {
        StringBuilder b = new StringBuilder();
        while (b.length() < 100_000) b.append("وقال المسؤول إن المفاوضات ستستمر حتى التوصل إلى اتفاق، ");
        b.setLength(100_000);
        String line = b.toString().strip() + ".";
        write("long.txt", line);
        CleanedDocument d = new ArticleCleaner().clean(reader.read(dir).articles()).get(0);
        assertThat(d.blocks()).singleElement().satisfies(x -> assertThat(x.end() - x.start()).isEqualTo(line.length()));
    }
}
