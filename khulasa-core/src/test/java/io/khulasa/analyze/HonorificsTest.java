package io.khulasa.analyze;

import io.khulasa.Omission;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HonorificsTest {

    private static String quoted(String sentence, String language) {
        List<Omission> cut = Honorifics.with(sentence, 10, language, RelativeDays.find(sentence, 10, language));
        return RelativeDays.quote(sentence, 10, cut);
    }

    @Test
    void aRulersBlessingGoesHisTitleStays() {
        assertThat(quoted("وبتوجيهات من صاحب السمو أمير البلاد المفدى حفظه الله ورعاه، اعتمد مجلس الوزراء الميزانية.", "ar"))
                .isEqualTo("وبتوجيهات من صاحب السمو أمير البلاد المفدى، اعتمد مجلس الوزراء الميزانية.");
        assertThat(quoted("استقبل ولي العهد حفظه الله صباح اليوم وزير الخارجية الفرنسي في قصر الروضة.", "ar"))
                .isEqualTo("استقبل ولي العهد وزير الخارجية الفرنسي في قصر الروضة.");
        // a name ending as a relative pronoun does is a name
        assertThat(quoted("استقبل الشيخ محمد بن عبدالرحمن حفظه الله رئيس وزراء ماليزيا في الديوان.", "ar"))
                .isEqualTo("استقبل الشيخ محمد بن عبدالرحمن رئيس وزراء ماليزيا في الديوان.");
        // what belongs to the blessing goes with it
        assertThat(quoted("واستقبل أمير البلاد حفظه الله تعالى رئيس الوزراء في قصر السيف.", "ar"))
                .isEqualTo("واستقبل أمير البلاد رئيس الوزراء في قصر السيف.");
        // set off by commas: one comma stays
        assertThat(quoted("وبعث ملك البلاد، حفظه الله، برقية تعزية إلى رئيس الدولة الشقيقة.", "ar"))
                .isEqualTo("وبعث ملك البلاد، برقية تعزية إلى رئيس الدولة الشقيقة.");
        assertThat(quoted("وافتتح الملك أيده الله بنصره المستشفى الجديد في العاصمة.", "ar"))
                .isEqualTo("وافتتح الملك المستشفى الجديد في العاصمة.");
    }

    @Test
    void aBlessingForTheDeadAndOtherGodsStay() {
        for (String s : List.of("وأطلق اسم الأمير الراحل رحمه الله على الجسر الجديد.",
                "وافتتح الوزير مسجد عبد الله بن عمر في الحي الشمالي.",
                "وقال الوزير إن الله حفظ البلاد من الكارثة.",
                "وتلا الطلاب آيات من القرآن الكريم الذي حفظه الله من التحريف في الحفل.")) {
            assertThat(quoted(s, "ar")).as(s).isEqualTo(s);
        }
    }
}
