package io.khulasa.clean;

import io.khulasa.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDateTest {

    private static String read(String s) { return PublicationDate.parse(s, false); }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", nullValues = "(none)", textBlock = """
            2026-08-12T18:42:00-07:00 => 2026-08-12T18:42-07:00
            2026-04-15 => 2026-04-15
            2026-04-15T09:40 => 2026-04-15T09:40
            2026-02-30 => (none)
            # an hour or offset out of range is no date, and no failure
            2026-08-12T24:00:00Z => (none)
            2026-08-12T10:00:00+25:00 => (none)
            # the first readable date of several: a lunar Hijri one is passed over
            الخميس 1447/02/18 هـ الموافق 2025/08/12 م => 2025-08-12
            """)
    void readsIsoDatesWithTheirTimeAndOffset(String text, String date) {
        assertThat(read(text)).as(text).isEqualTo(date);
    }

    @Test
    void aDayWithoutItsHourFallsAfterTheEveningBeforeWhereverThatEveningWas() {
        assertThat(PublicationDate.instant("2026-08-13")).isAfter(PublicationDate.instant("2026-08-12T20:00-07:00"));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", nullValues = "(none)", textBlock = """
            الثلاثاء 14 أبريل 2026 - 09:12 م => 2026-04-14T21:12
            ١٥ كانون الثاني ٢٠٢٦ => 2026-01-15
            14 نيسان 2026 => 2026-04-14
            الجمعة 14 غشت 2025 => 2025-08-14
            Updated 6:42 PM PDT, Aug. 12, 2026 => 2026-08-12T18:42-07:00
            Thursday 16 October 2025 => 2025-10-16
            Publié le mardi 14 octobre 2025 à 09h15 => 2025-10-14
            منذ ساعتين => (none)
            """)
    void readsDatesInWordsInEveryCalendarOfMonthNames(String text, String date) {
        assertThat(read(text)).as(text).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", nullValues = "(none)", textBlock = """
            Martes, 13 de octubre de 2026, 19:45 => 2026-10-13T19:45
            Miércoles, 14 de octubre de 2026 | Actualizado 09:10 => 2026-10-14
            14 oct 2026 => 2026-10-14
            14/10/2026 06:55 => 2026-10-14T06:55
            # a time not beside the date is another moment's: the day alone
            Mar 14, 2026 Updated 7:40 PM => 2026-03-14
            # "de" between words that make no date
            la ley de 2026 => (none)
            """)
    void readsSpanishDatesAndATwentyFourHourTimeRightAfterADate(String text, String date) {
        assertThat(read(text)).as(text).isEqualTo(date);
    }

    @Test
    void aSpanishDateRowIsADateLine() {
        for (String row : List.of("Martes, 13 de octubre de 2026, 19:45", "Miércoles, 14 de octubre de 2026 | Actualizado 09:10")) {
            CleanedDocument d = Fixtures.cleanText("s.txt", "El puerto reabre tras el temporal\n" + row + "\n\n"
                    + "El puerto de Vigo reabrió el martes tras tres días cerrado por el temporal, según la autoridad portuaria.\n");
            assertThat(d.title()).isEqualTo("El puerto reabre tras el temporal");
            assertThat(Fixtures.reasonOf(d, row)).as(row).isEqualTo("date-line");
            assertThat(d.published()).as(row).startsWith("2026-10-1");
        }
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", nullValues = "(none)", textBlock = """
            زمان انتشار: پنجشنبه ۱۸ اردیبهشت ۱۴۰۴ - ۲۲:۱۵ => 2025-05-08
            ۱ فروردین ۱۴۰۵ => 2026-03-21
            زمان انتشار: ۱۴۰۴/۰۲/۲۰ - ۲۱:۳۰ => 2025-05-10
            15/10/1447هـ => (none)
            """)
    void turnsSolarHijriDatesGregorianButLeavesLunarHijriOnes(String text, String date) {
        assertThat(read(text)).as(text).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", nullValues = "(none)", textBlock = """
            Thu, 05 Nov 2026 21:45:00 GMT => 2026-11-05T21:45Z
            Thu, 05 Nov 2026 14:38:12 +0100 => 2026-11-05T14:38:12+01:00
            5 Nov 2026 09:05 EST => 2026-11-05T09:05-05:00
            Thu, 05 Nov 2026 21:45 => 2026-11-05T21:45
            Thu, 31 Nov 2026 21:45:00 GMT => (none)
            """)
    void rssDatesKeepTheirTimeAndZone(String text, String date) {
        assertThat(read(text)).as(text).isEqualTo(date);
    }

    @Test
    void twoRssStoriesOfOneDayKeepTheirOrder() {
        assertThat(PublicationDate.instant(read("Thu, 05 Nov 2026 15:30:00 GMT")))
                .isBefore(PublicationDate.instant(read("Thu, 05 Nov 2026 21:45:00 GMT")));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", nullValues = "(none)", textBlock = """
            Posted: 17 Mar 2026 08:40 PM => 2026-03-17T20:40
            Tue, 17 Mar 2026 12:15 a.m. EDT => 2026-03-17T00:15-04:00
            17 Mar 2026 11:05 am => 2026-03-17T11:05
            17 Mar 2026 20:40 PM => 2026-03-17
            """)
    void aTwelveHourClockAfterAnRssDateKeepsItsHalfOfTheDay(String text, String date) {
        assertThat(read(text)).as(text).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0} => {1}")
    @CsvSource(delimiterString = "=>", nullValues = "(none)", textBlock = """
            14/10/2026 6:55 PM => 2026-10-14T18:55
            Thursday 15 October 2026 21:05 BST => 2026-10-15T21:05+01:00
            June 3, 2026, 4:05 p.m. => 2026-06-03T16:05
            Posted: Jun 3, 2026 / 06:20 AM EDT => 2026-06-03T06:20-04:00
            Filed June 3, 2026 at 9:00 AM => 2026-06-03T09:00
            السبت 6 يونيو 2026 - 08:30 صباحاً => 2026-06-06T08:30
            # before the date, a weekday between
            Posted 11:15 p.m. Friday, June 5, 2026 => 2026-06-05T23:15
            # "ET" without its season: the offset New York had that day
            Harbor Desk | June 3, 2026 4:45 PM ET => 2026-06-03T16:45-04:00
            Harbor Desk | January 3, 2026 4:45 PM ET => 2026-01-03T16:45-05:00
            # a dash between day, month and year, as many Arabic sites write them, and its 24-hour clock
            آخر تحديث: 07-06-2026 22:05 => 2026-06-07T22:05
            07-06-2026 => 2026-06-07
            07-06/2026 => (none)
            """)
    void aClockBesideTheDateKeepsItsHalfOfTheDayAndItsZone(String text, String date) {
        assertThat(read(text)).as(text).isEqualTo(date);
    }

    @Test
    void aTextsDateLineKeepsItsClockAndALocalClockTakesTheClustersOffset() {
        Article zoned = Article.builder("a.html").html("<html><head><meta property='article:published_time' "
                + "content='2026-06-07T08:00:00+03:00'></head><body>" + BODY + "</body></html>").build();
        Article local = Article.ofText("b.txt", "جسر النهر يغلق أمام الشاحنات\nآخر تحديث: 07-06-2026 22:05\n\n"
                + "قرر مجلس المحافظة يوم الأحد إغلاق جسر النهر القديم أمام الشاحنات الثقيلة بعد أن عثر المفتشون على تشققات في دعامتين.\n");
        List<CleanedDocument> docs = new ArticleCleaner().clean(List.of(zoned, local));
        // the page's clock is the story's (+03:00), not UTC: 22:05 there is after the other page's 08:00
        assertThat(docs.get(1).published()).isEqualTo("2026-06-07T22:05+03:00");
        // alone, the local time stays local
        assertThat(clean(local).published()).isEqualTo("2026-06-07T22:05");
    }

    @Test
    void numericDatesAreDayFirstUnlessThatCannotBe() {
        assertThat(read("04/05/2026")).isEqualTo("2026-05-04");
        assertThat(PublicationDate.parse("04/05/2026", true)).isEqualTo("2026-04-05");
        assertThat(read("08/25/2026")).isEqualTo("2026-08-25");
    }

    private static CleanedDocument clean(Article a) {
        return new ArticleCleaner().clean(List.of(a)).get(0);
    }

    private static final String BODY = "<h1>Bridge closed to heavy trucks after inspection</h1><p>The county board voted on "
            + "Tuesday to close the old river bridge to heavy trucks after inspectors found cracks in two piers.</p>";

    @Test
    void aPageDateComesFromItsMetadataItsTimeElementOrItsDateLine() {
        assertThat(clean(Article.builder("a.html").html("<html><head><meta property='article:published_time' "
                + "content='2026-05-12T08:00:00+01:00'></head><body>" + BODY + "</body></html>").build()).published())
                .isEqualTo("2026-05-12T08:00+01:00");
        // a live page that gives only its last update: that is the moment its figures speak of
        CleanedDocument live = clean(Article.builder("b.html").html("<html><head><script type='application/ld+json'>"
                + "{\"@type\":\"LiveBlogPosting\",\"dateModified\":\"2026-05-14T09:15:00-07:00\"}</script></head><body>"
                + BODY + "</body></html>").build());
        assertThat(live.published()).isNull();
        assertThat(live.asOf()).hasToString("2026-05-14T16:15:00Z");
        assertThat(clean(Article.builder("c.html").html("<html><body>" + BODY.replace("</h1>", "</h1><time datetime='2026-05-13'>"
                + "May 13</time>") + "</body></html>").build()).published()).isEqualTo("2026-05-13");
        assertThat(clean(Article.ofText("d.txt", "Bridge closed to heavy trucks after inspection\n\nWednesday 13 May 2026\n\n"
                + "The county board voted on Tuesday to close the old river bridge to heavy trucks.\n")).published())
                .isEqualTo("2026-05-13");
        // a date given with the article wins, read as ISO when it can be
        assertThat(clean(Article.builder("e.txt").published("13 May 2026").text("The county board voted on Tuesday.").build())
                .published()).isEqualTo("2026-05-13");
    }
}
