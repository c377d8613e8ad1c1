package io.khulasa.order;

import io.khulasa.Article;
import io.khulasa.Budget;
import io.khulasa.Khulasa;
import io.khulasa.Summary;
import io.khulasa.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceOrdererTest {

    /** A live page's entries under their time stamps, in the order given. */
    private static String livePage(String... stampsAndEntries) {
        StringBuilder b = new StringBuilder("<html><head><title>مباشر | سيول الوادي</title></head><body><article><h1>مباشر | سيول الوادي</h1>");
        for (int k = 0; k < stampsAndEntries.length; k += 2) {
            b.append("<p>").append(stampsAndEntries[k]).append("</p><p>").append(stampsAndEntries[k + 1]).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    private static List<String> lead(String html) {
        Summary s = Khulasa.builder().method("lead").budget(Budget.words(200)).build()
                .summarize(List.of(Article.builder("live.html").html(html).build()));
        assertThat(s.documents().get(0).metadata()).containsEntry("genre", "live");
        return s.sentences().stream().map(SummarySentence::text).toList();
    }

    private static final String FIRST = "أعلن الدفاع المدني وفاة ثلاثة أشخاص جرفت السيول سيارتهم في الوادي الشرقي للمدينة.";
    private static final String SECOND = "وارتفع عدد ضحايا السيول إلى سبعة قتلى بعد انتشال أربع جثث من مجرى الوادي الشرقي.";
    private static final String THIRD = "وأعلن المحافظ تعطيل الدراسة في جميع مدارس المدينة حتى إشعار آخر بسبب الأمطار.";

    @Test
    void aLivePageWrittenNewestFirstIsReadFromTheBottomUp() {
        // its greeting, the oldest entry, is no news
        assertThat(lead(livePage("16:10", THIRD, "١٢:٠٥", SECOND, "٠٨:٢٠", FIRST, "٠٨:٠٠",
                "مرحباً بكم في التغطية المباشرة لتطورات السيول في مدينة الوادي وضواحيها.")))
                .containsExactly(FIRST, SECOND, THIRD);
        // written oldest first, it is read as written, past noon too
        assertThat(lead(livePage("11:40 a.m.", FIRST, "12:50 p.m.", SECOND, "1:25 p.m.", THIRD))).containsExactly(FIRST, SECOND, THIRD);
        assertThat(lead(livePage("08:20", FIRST, "12:05", SECOND, "16:10", THIRD))).containsExactly(FIRST, SECOND, THIRD);
    }
}
