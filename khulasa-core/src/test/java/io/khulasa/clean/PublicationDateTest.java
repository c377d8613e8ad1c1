package io.khulasa.clean;

import io.khulasa.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDateTest {

    private static String read(String s) { return PublicationDate.parse(s, false); }

    @Test
    void readsIsoDatesWithTheirTimeAndOffset() {
        assertThat(read("2026-08-12T18:42:00-07:00")).isEqualTo("2026-08-12T18:42-07:00");
        assertThat(read("2026-04-15")).isEqualTo("2026-04-15");
        assertThat(read("2026-04-15T09:40")).isEqualTo("2026-04-15T09:40");
        assertThat(read("2026-02-30")).isNull();
        // an hour or offset out of range is no date, and no failure
        assertThat(read("2026-08-12T24:00:00Z")).isNull();
        assertThat(read("2026-08-12T10:00:00+25:00")).isNull();
        // the first readable date of several: a lunar Hijri one is passed over
        assertThat(read("الخميس 1447/02/18 هـ الموافق 2025/08/12 م")).isEqualTo("2025-08-12");
        // a day without its hour falls after the evening before, wherever that evening was
        assertThat(PublicationDate.instant("2026-08-13")).isAfter(PublicationDate.instant("2026-08-12T20:00-07:00"));
    }

    @Test
    void readsDatesInWordsInEveryCalendarOfMonthNames() {
        assertThat(read("الثلاثاء 14 أبريل 2026 - 09:12 م")).isEqualTo("2026-04-14T21:12");
        assertThat(read("١٥ كانون الثاني ٢٠٢٦")).isEqualTo("2026-01-15");
        assertThat(read("14 نيسان 2026")).isEqualTo("2026-04-14");
        assertThat(read("الجمعة 14 غشت 2025")).isEqualTo("2025-08-14");
        assertThat(read("Updated 6:42 PM PDT, Aug. 12, 2026")).isEqualTo("2026-08-12T18:42-07:00");
        assertThat(read("Thursday 16 October 2025")).isEqualTo("2025-10-16");
        assertThat(read("Publié le mardi 14 octobre 2025 à 09h15")).isEqualTo("2025-10-14");
        assertThat(read("منذ ساعتين")).isNull();
    }

    @Test
    void readsSpanishDatesAndATwentyFourHourTimeRightAfterADate() {
        assertThat(read("Martes, 13 de octubre de 2026, 19:45")).isEqualTo("2026-10-13T19:45");
        assertThat(read("Miércoles, 14 de octubre de 2026 | Actualizado 09:10")).isEqualTo("2026-10-14");
        assertThat(read("14 oct 2026")).isEqualTo("2026-10-14");
        assertThat(read("14/10/2026 06:55")).isEqualTo("2026-10-14T06:55");
        // a time not beside the date is another moment's: the day alone
        assertThat(read("Mar 14, 2026 Updated 7:40 PM")).isEqualTo("2026-03-14");
        // "de" between words that make no date
        assertThat(read("la ley de 2026")).isNull();
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

    @Test
    void turnsSolarHijriDatesGregorianButLeavesLunarHijriOnes() {
        assertThat(read("زمان انتشار: پنجشنبه ۱۸ اردیبهشت ۱۴۰۴ - ۲۲:۱۵")).isEqualTo("2025-05-08");
        assertThat(read("۱ فروردین ۱۴۰۵")).isEqualTo("2026-03-21");
        assertThat(read("زمان انتشار: ۱۴۰۴/۰۲/۲۰ - ۲۱:۳۰")).isEqualTo("2025-05-10");
        assertThat(read("15/10/1447هـ")).isNull();
    }

    @Test
    void rssDatesKeepTheirTimeAndZone() {
        assertThat(read("Thu, 05 Nov 2026 21:45:00 GMT")).isEqualTo("2026-11-05T21:45Z");
        assertThat(read("Thu, 05 Nov 2026 14:38:12 +0100")).isEqualTo("2026-11-05T14:38:12+01:00");
        assertThat(read("5 Nov 2026 09:05 EST")).isEqualTo("2026-11-05T09:05-05:00");
        assertThat(read("Thu, 05 Nov 2026 21:45")).isEqualTo("2026-11-05T21:45");
        // two stories of one day keep their order
        assertThat(PublicationDate.instant(read("Thu, 05 Nov 2026 15:30:00 GMT")))
                .isBefore(PublicationDate.instant(read("Thu, 05 Nov 2026 21:45:00 GMT")));
        assertThat(read("Thu, 31 Nov 2026 21:45:00 GMT")).isNull();
    }

    @Test
    void aTwelveHourClockAfterAnRssDateKeepsItsHalfOfTheDay() {
        assertThat(read("Posted: 17 Mar 2026 08:40 PM")).isEqualTo("2026-03-17T20:40");
        assertThat(read("Tue, 17 Mar 2026 12:15 a.m. EDT")).isEqualTo("2026-03-17T00:15-04:00");
        assertThat(read("17 Mar 2026 11:05 am")).isEqualTo("2026-03-17T11:05");
        assertThat(read("17 Mar 2026 20:40 PM")).isEqualTo("2026-03-17");
    }

    @Test
    void aClockBesideTheDateKeepsItsHalfOfTheDayAndItsZone() {
        assertThat(read("14/10/2026 6:55 PM")).isEqualTo("2026-10-14T18:55");
        assertThat(read("Thursday 15 October 2026 21:05 BST")).isEqualTo("2026-10-15T21:05+01:00");
        assertThat(read("June 3, 2026, 4:05 p.m.")).isEqualTo("2026-06-03T16:05");
        assertThat(read("Posted: Jun 3, 2026 / 06:20 AM EDT")).isEqualTo("2026-06-03T06:20-04:00");
        assertThat(read("Filed June 3, 2026 at 9:00 AM")).isEqualTo("2026-06-03T09:00");
        assertThat(read("السبت 6 يونيو 2026 - 08:30 صباحاً")).isEqualTo("2026-06-06T08:30");
        // before the date, a weekday between
        assertThat(read("Posted 11:15 p.m. Friday, June 5, 2026")).isEqualTo("2026-06-05T23:15");
        // "ET" without its season: the offset New York had that day
        assertThat(read("Harbor Desk | June 3, 2026 4:45 PM ET")).isEqualTo("2026-06-03T16:45-04:00");
        assertThat(read("Harbor Desk | January 3, 2026 4:45 PM ET")).isEqualTo("2026-01-03T16:45-05:00");
        // a dash between day, month and year, as many Arabic sites write them, and its 24-hour clock
        assertThat(read("آخر تحديث: 07-06-2026 22:05")).isEqualTo("2026-06-07T22:05");
        assertThat(read("07-06-2026")).isEqualTo("2026-06-07");
        assertThat(read("07-06/2026")).isNull();
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
