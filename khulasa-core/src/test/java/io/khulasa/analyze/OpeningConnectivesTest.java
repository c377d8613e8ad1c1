package io.khulasa.analyze;

import io.khulasa.Omission;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningConnectivesTest {
    private static String quoted(String sentence, String language) {
        List<Omission> cuts = OpeningConnectives.withOpening(sentence, 100, language,
                RelativeDays.find(sentence, 100, language));
        return RelativeDays.quote(sentence, 100, cuts);
    }

    @Test
    void aConnectiveThatTiesTheSentenceToTheOneBeforeGoes() {
        assertThat(quoted("But at the White House, aides urged him to reconsider.", "en"))
                .isEqualTo("At the White House, aides urged him to reconsider.");
        assertThat(quoted("Meanwhile, France said it had sent a submarine.", "en")).isEqualTo("France said it had sent a submarine.");
        assertThat(quoted("However, the council voted on Tuesday to keep the bridge open.", "en"))
                .isEqualTo("The council voted to keep the bridge open."); // with the relative day after it
        assertThat(quoted("In addition, eBay users may now pay by card.", "en")).isEqualTo("eBay users may now pay by card.");
        // a day told from the sentence before, which the summary does not quote
        assertThat(quoted("The same day, police arrested two employees of the printing house.", "en"))
                .isEqualTo("Police arrested two employees of the printing house.");
        assertThat(quoted("Later that day, the ministry cancelled the exam.", "en")).isEqualTo("The ministry cancelled the exam.");
        assertThat(quoted("وفي اليوم نفسه، أعلنت الوزارة تعليق الرحلات إلى الجزيرة.", "ar")).isEqualTo("أعلنت الوزارة تعليق الرحلات إلى الجزيرة.");
        assertThat(quoted("وفي سياق متصل، أعلنت النيابة العامة توقيف المقاول.", "ar")).isEqualTo("أعلنت النيابة العامة توقيف المقاول.");
    }

    @Test
    void aWordThatIsPartOfTheSentenceStays() {
        for (String s : List.of("Also killed was the driver of the second car.", "Still images showed the collapsed roof.",
                "So far, 30 people have been rescued.", "Yet another storm is forecast for the weekend.",
                "\"But we will not leave,\" the mayor said.", "Andrew Smith said the talks had failed.",
                "Butler County officials closed the road.")) {
            assertThat(quoted(s, "en")).as(s).isEqualTo(s);
        }
    }

    @Test
    void arabicConnectivesGoButTheAndOfEverySentenceStays() {
        assertThat(quoted("كما أرسل المغرب طائرة عسكرية للمساعدة في البحث.", "ar")).isEqualTo("أرسل المغرب طائرة عسكرية للمساعدة في البحث.");
        assertThat(quoted("إلا أن الوزارة نفت انهيار السد.", "ar")).isEqualTo("الوزارة نفت انهيار السد.");
        assertThat(quoted("وفي المقابل، أعلنت الشركة تعويض الأسر.", "ar")).isEqualTo("أعلنت الشركة تعويض الأسر.");
        assertThat(quoted("وأعلنت الشركة تعويض الأسر.", "ar")).isEqualTo("وأعلنت الشركة تعويض الأسر.");
        // "thereby": the sentence before it says how
        assertThat(quoted("وبذلك ترتفع الإيرادات المقدرة إلى 32 مليار دينار.", "ar")).isEqualTo("ترتفع الإيرادات المقدرة إلى 32 مليار دينار.");
        assertThat(quoted("وبذلت الفرق جهودا كبيرة لإنقاذ العالقين.", "ar")).startsWith("وبذلت");
        assertThat(quoted("وبهذا الفوز يتصدر الفريق جدول الترتيب برصيد 40 نقطة.", "ar")).startsWith("وبهذا الفوز");
        assertThat(quoted("وبذلك تكون هذه السيول الأكثر دموية في البلاد منذ عقدين.", "ar")).startsWith("وبذلك تكون");
        // the copula in another person is the copula still
        assertThat(quoted("وبذلك يكونون قد خسروا فرصة التأهل إلى النهائيات.", "ar")).startsWith("وبذلك يكونون");
        assertThat(quoted("وبذلك تكونان قد أنهتا الخلاف الحدودي بينهما.", "ar")).startsWith("وبذلك تكونان");
        assertThat(quoted("وبذلك التحق المشروع بقائمة المبادرات الحكومية الكبرى.", "ar")).isEqualTo("التحق المشروع بقائمة المبادرات الحكومية الكبرى.");
        assertThat(quoted("كمال الدين وزير الصحة زار المستشفى.", "ar")).startsWith("كمال");
        // «كما أن» goes whole; «كما» that compares stays
        assertThat(quoted("كما أن الحكومة قررت صرف تعويضات للأسر.", "ar")).isEqualTo("الحكومة قررت صرف تعويضات للأسر.");
        for (String as : List.of("كما توقع المحللون، ارتفعت الأسعار بعد القرار.", "كما هو معروف، تعاني المدينة من نقص المياه."))
            assertThat(quoted(as, "ar")).as(as).isEqualTo(as);
    }

    @Test
    void anArabicConnectiveStaysBeforeTheAccusativeItGoverns() {
        // without «لكنّ»/«أنّ» a dual or plural in «ين», or a tanween «اً», would open the sentence in the wrong case
        for (String s : List.of("لكن الوزيرين اختلفا على موعد الاجتماع.", "إلا أن المحتجين رفضوا مغادرة الساحة.",
                "ولكن أحداً لم يصب بأذى.", "كما أن الطرفين وقعا على الملحق الأمني.")) {
            assertThat(quoted(s, "ar")).as(s).isEqualTo(s);
        }
        assertThat(quoted("لكن الحكومة رفضت الطلب.", "ar")).isEqualTo("الحكومة رفضت الطلب.");
        assertThat(quoted("لكن الذين نجوا رووا تفاصيل الحادث.", "ar")).isEqualTo("الذين نجوا رووا تفاصيل الحادث.");
        // a noun whose «ين» is its own shows no case: «الصين», «الأمين العام», «البحرين»
        assertThat(quoted("لكن الصين رفضت المقترح.", "ar")).isEqualTo("الصين رفضت المقترح.");
        assertThat(quoted("لكن الأمين العام حذر من تدهور الأوضاع.", "ar")).isEqualTo("الأمين العام حذر من تدهور الأوضاع.");
        assertThat(quoted("إلا أن البحرين أعلنت انسحابها من البطولة.", "ar")).isEqualTo("البحرين أعلنت انسحابها من البطولة.");
    }

    @Test
    void onlyEnglishAndArabicConnectivesAreRead() {
        assertThat(quoted("Mais, la grève continue dans le nord du pays.", "fr")).startsWith("Mais");
        assertThat(quoted("But, the strike goes on in the north.", "fr")).startsWith("But");
    }
}
