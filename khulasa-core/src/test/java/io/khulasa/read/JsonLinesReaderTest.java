package io.khulasa.read;

import io.khulasa.Article;
import io.khulasa.InputException;
import io.khulasa.clean.ArticleCleaner;
import io.khulasa.clean.CleanedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonLinesReaderTest {
    @TempDir Path dir;

    private ReadResult read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@code bytes} as the file cluster.jsonl, whatever their encoding. */
    private ReadResult read(byte[] bytes) throws IOException {
        return new ArticleReader().read(Files.write(dir.resolve("cluster.jsonl"), bytes));
    }

    @Test
    void readsTheFieldsOfEachRecord() throws IOException {
        ReadResult r = read("""
                {"id":"a1","title":"Talks resume","text":"Talks resumed on Monday.","url":"https://example.org/a1","source":"Example Wire","published":"2025-03-03"}
                {"id":"a2","html":"<p>Second story.</p>"}
                """);
        Article a = r.articles().get(0);
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.title()).isEqualTo("Talks resume");
        assertThat(a.text()).isEqualTo("Talks resumed on Monday.");
        assertThat(a.url()).isEqualTo("https://example.org/a1");
        assertThat(a.source()).isEqualTo("Example Wire");
        assertThat(a.published()).isEqualTo("2025-03-03");
        assertThat(r.articles().get(1).html()).isEqualTo("<p>Second story.</p>");
    }

    @Test
    void feedsAsNewsApisAndRssToJsonDeliverThem() throws IOException {
        ReadResult r = read("""
                {"source":{"id":null,"name":"The Harbour Ledger"},"title":"Union calls offer &#8216;an insult&#8217;","content":"Dockworkers rejected the offer as &#8220;an insult&#8221;. The union said talks would resume on Friday, but the harbour m… [+2345 chars]"}
                {"title":"Reshuffle","link":"https://example.org/r","content:encoded":"<p>The king approved the reshuffle.</p>","dc:creator":"Example Agency"}
                {"title":"Cabinet meets","description":"The cabinet met for the first time after the reshuffle. It approved the plan for next ye..."}
                {"title":"Only a title","link":"https://example.org/t"}
                """);
        assertThat(r.articles()).hasSize(3);
        Article api = r.articles().get(0);
        assertThat(api.source()).isEqualTo("The Harbour Ledger");
        assertThat(api.title()).isEqualTo("Union calls offer ‘an insult’");
        // the cut and the unfinished sentence before it go
        assertThat(api.text()).isEqualTo("Dockworkers rejected the offer as “an insult”.");
        assertThat(r.articles().get(1).html()).isEqualTo("<p>The king approved the reshuffle.</p>");
        assertThat(r.articles().get(1).source()).isEqualTo("Example Agency");
        // a teaser read when nothing else is there, without its cut-off end
        assertThat(r.articles().get(2).text()).isEqualTo("The cabinet met for the first time after the reshuffle.");
        assertThat(r.skipped()).singleElement().extracting(InputException::getMessage).asString().contains(":4: record has neither text nor html");
    }

    @Test
    void readsTheCommonOtherNamesOfTheTextAndTheDate() throws IOException {
        ReadResult r = read("""
                {"id":"b1","content":"The ferry resumed service.","date":"2025-03-04"}
                {"id":"b2","body":"The port reopened.","publishedAt":"2025-03-05T10:00:00Z","headline":"Port reopens","link":"https://example.org/b2"}
                {"id":"b3","text":"Both given.","content":"ignored","published":"2025-03-06","date":"2025-01-01"}
                """);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.articles()).extracting(Article::text).containsExactly("The ferry resumed service.", "The port reopened.", "Both given.");
        assertThat(r.articles()).extracting(Article::published).containsExactly("2025-03-04", "2025-03-05T10:00:00Z", "2025-03-06");
        assertThat(r.articles().get(1).title()).isEqualTo("Port reopens");
        assertThat(r.articles().get(1).url()).isEqualTo("https://example.org/b2");

        // a feed's publisher and its time in seconds since 1970
        ReadResult f = read("""
                {"headline":"Ferry resumes","text":"The ferry resumed service.","publisher":"Coast Radio","time":1762951200}
                """);
        assertThat(f.articles().get(0).source()).isEqualTo("Coast Radio");
        assertThat(f.articles().get(0).published()).isEqualTo("1762951200");
        // a time of day is no date; a fraction of a second is dropped; a blank date gives way to the next field
        ReadResult g = read("""
                {"id":"g1","text":"LONDON, Dec 30 (Reuters) - The ferry resumed service.","time":"10:30"}
                {"id":"g2","text":"The port reopened.","timestamp":1762951200.5}
                {"id":"g3","text":"The port closed.","date":"","timestamp":1762951200123}
                """);
        assertThat(g.articles()).extracting(Article::published).containsExactly(null, "1762951200", "1762951200123");
    }

    @Test
    void aMissingIdBecomesFileAndLine() throws IOException {
        ReadResult r = read("\n{\"text\":\"No id here.\"}\n{\"id\":7,\"text\":\"Numeric id.\"}\n");
        assertThat(r.articles()).extracting(Article::id).containsExactly("cluster.jsonl:2", "7");
    }

    @Test
    void aMalformedLineIsSkippedAndTheOthersContinue() throws IOException {
        ReadResult r = read("{\"id\":\"ok1\",\"text\":\"Fine.\"}\n{\"id\": \"broken\", \"text\": \n{\"id\":\"ok2\",\"text\":\"Fine too.\"}\n");
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok1", "ok2");
        assertThat(r.skipped()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("cluster.jsonl:2");
            assertThat(e.getMessage()).startsWith("cluster.jsonl:2: not valid JSON (");
        });
    }

    @Test
    void anUnclosedRecordIsReportedWithItsColumnAndWithoutJacksonsSourceNoise() throws IOException {
        ReadResult r = read("{\"id\":\"ok1\",\"text\":\"Fine.\"}\n{\"id\":\"cut\",\"text\":\"Cut off here.\"\n");
        assertThat(r.skipped()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("cluster.jsonl:2: not valid JSON (Unexpected end-of-input")
                .contains("column ").doesNotContain("Source", "REDACTED", "start marker");
    }

    @Test
    void aRecordWithNeitherTextNorHtmlIsSkipped() throws IOException {
        ReadResult r = read("{\"id\":\"x\",\"title\":\"Only a title\"}\n{\"id\":\"y\",\"text\":\"Body.\"}\n[1,2]\n"
                + "{\"id\":\"z\",\"title\":\"Breaking\",\"text\":\"  \"}\n");
        assertThat(r.articles()).extracting(Article::id).containsExactly("y");
        // the message names the record, and says whether its text is missing or empty
        assertThat(r.skipped()).extracting(Throwable::getMessage)
                .containsExactly("cluster.jsonl:1: record 'x' has neither text nor html (read from text, content, body, html,"
                        + " content_html, body_html, raw_html, content:encoded, description, summary, abstract)", "cluster.jsonl:3: not a JSON object",
                        "cluster.jsonl:4: record 'z' has an empty 'text' and no other text or html");
    }

    @Test
    void otherFeedsNamesForTheIdTheHtmlAndTheOutletAreRead() throws IOException {
        ReadResult r = read("{\"doc_id\":7,\"headline\":\"Strike ends\",\"content_html\":\"<p>The strike ended.</p>\",\"outlet\":\"Metro Radio\"}\n");
        assertThat(r.skipped()).isEmpty();
        Article a = r.articles().get(0);
        assertThat(a.id()).isEqualTo("7");
        assertThat(a.html()).contains("The strike ended.");
        assertThat(a.source()).isEqualTo("Metro Radio");
    }

    @Test
    void aTextFieldHoldingMarkupIsReadAsHtmlAndTextThatMentionsATagStaysText() throws IOException {
        ReadResult r = read("""
                {"id":"m1","content":"<p><strong>Bay Courier</strong> - Staff</p>\\n<p>The ferry resumed &laquo;full service&raquo; at dawn, the operator said.</p>\\n<p>&nbsp;</p>"}
                {"id":"m2","text":"Crews cheered: I <3 this harbour, and a < b in every sense."}
                {"id":"m3","text":"The page sets each line in a <p> tag, the designer said; a <title> names it."}
                {"id":"m4","body":"The ferry resumed.<br>Crews cheered."}
                {"id":"m5","text":"<p>Shorter copy.</p>","html":"<html><body><p>The page itself.</p></body></html>"}
                """);
        assertThat(r.articles()).extracting(a -> a.html() != null).containsExactly(true, false, false, true, true);
        assertThat(r.articles().get(4).html()).contains("The page itself.");
        CleanedDocument d = new ArticleCleaner().clean(List.of(r.articles().get(0))).get(0);
        assertThat(d.text()).contains("The ferry resumed «full service» at dawn, the operator said.").doesNotContain("<p>", "&laquo;", "&nbsp;");
    }

    @Test
    void aTextInBlankLineParagraphsWithAnAddressSetByLineBreaksStaysText() throws IOException {
        ReadResult r = read("""
                {"id":"t1","text":"The bakery on Mill Lane reopened on Friday.\\n\\nIts owner said the repairs took six weeks.\\n\\nMill Lane Bakery<br>Mill Lane 12<br/>Dunmore\\n\\nThe council paid part of the cost."}
                """);
        Article a = r.articles().get(0);
        assertThat(a.html()).isNull();
        assertThat(a.text()).contains("reopened on Friday.\n\nIts owner", "Mill Lane Bakery\nMill Lane 12\nDunmore")
                .doesNotContain("<br");
    }

    @Test
    void aRepeatedIdIsRenamedWithAWarningNamingTheLine() throws IOException {
        ReadResult r = read("""
                {"id":"a1","text":"The ferry resumed service."}
                {"id":"a1","text":"The port reopened."}
                {"id":"b1","text":"The bridge closed."}
                {"id":"a1","text":"The ferry stopped again."}
                """);
        assertThat(r.articles()).extracting(Article::id).containsExactly("a1", "a1#2", "b1", "a1#3");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.warnings()).containsExactly("cluster.jsonl:2: id 'a1' is an earlier record's too; read as 'a1#2'",
                "cluster.jsonl:4: id 'a1' is an earlier record's too; read as 'a1#3'");
    }

    @Test
    void aJsonArrayIsRefusedAsOneNotAsManyBadLines() throws IOException {
        String pretty = """
                [
                  {"id": "a1", "text": "The ferry resumed service."},
                  {"id": "a2", "text": "The port reopened."}
                ]
                """;
        for (String array : List.of(pretty, pretty.replace("\n", ""))) {
            assertThatThrownBy(() -> read(array)).isInstanceOf(InputException.class)
                    .hasMessageEndingWith("(1 skipped; first: cluster.jsonl: a JSON array, not JSON Lines (one object per line))");
        }
        // a line that is an array is one bad record among good ones
        ReadResult r = read("[1,2]\n{\"id\":\"a1\",\"text\":\"The ferry resumed service.\"}\n");
        assertThat(r.articles()).extracting(Article::id).containsExactly("a1");
        assertThat(r.skipped()).extracting(Throwable::getMessage).containsExactly("cluster.jsonl:1: not a JSON object");
    }

    @Test
    void aLineWithAStrayByteIsReadAloneAndTheRestStaysUtf8() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"id\":\"u1\",\"text\":\"• Ferry fares rise — again › details.\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\":\"l1\",\"text\":\"Ferry fares rose, said Ren\u00e9e Okafor.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes("{\"id\":\"u2\",\"text\":\"“Fares rose,” said the operator — at 9 a.m. ↑\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', 'u', '3', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE2, (byte) 0x80, (byte) 0x9C});
        b.writeBytes("Cut short, with a bad byte: \u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        ReadResult r = read(b.toByteArray());
        assertThat(r.articles()).extracting(Article::text).containsExactly("• Ferry fares rise — again › details.",
                "Ferry fares rose, said Renée Okafor.", "“Fares rose,” said the operator — at 9 a.m. ↑", "“Cut short, with a bad byte: \uFFFD");
        assertThat(r.warnings()).hasSize(2).satisfiesExactly(
                w -> assertThat(w).startsWith("cluster.jsonl:2: not UTF-8 as the rest of the file is; read as "),
                w -> assertThat(w).isEqualTo("cluster.jsonl:4: not valid UTF-8; 1 bad byte replaced"));
    }

    @Test
    void aWindows1256FileOfRecordsIsStillDecodedWhole() throws IOException {
        String s = """
                {"id":"w1","text":"افتتح وزير الطاقة، صباح الأحد، محطة جديدة لتوليد الكهرباء من الطاقة الشمسية في الجنوب."}
                {"id":"w2","text":"وقال الوزير إن المحطة ستغطي حاجة ثلاث مدن من الكهرباء بحلول نهاية العام المقبل."}
                """;
        ReadResult r = read(s.getBytes(Charset.forName("windows-1256")));
        assertThat(r.articles()).extracting(Article::text).containsExactly(
                "افتتح وزير الطاقة، صباح الأحد، محطة جديدة لتوليد الكهرباء من الطاقة الشمسية في الجنوب.",
                "وقال الوزير إن المحطة ستغطي حاجة ثلاث مدن من الكهرباء بحلول نهاية العام المقبل.");
        assertThat(r.warnings()).isEmpty();
    }
}
