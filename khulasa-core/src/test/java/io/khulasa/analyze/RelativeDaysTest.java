package io.khulasa.analyze;

import io.khulasa.Omission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeDaysTest {

    private static String quote(String sentence, String language) {
        List<Omission> cut = RelativeDays.find(sentence, 0, sentence.length(), language);
        return RelativeDays.quote(sentence, 0, sentence.length(), cut);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The harbour authority on Tuesday closed the northern basin to tankers.|The harbour authority closed the northern basin to tankers.",
            "The council voted Thursday to delay the budget.|The council voted to delay the budget.",
            "Rescuers reached the village late Monday night after the road reopened.|Rescuers reached the village after the road reopened.",
            "On Wednesday, the ministry published the inspection report.|The ministry published the inspection report.",
            "Late Sunday police sealed off the square.|Police sealed off the square.",
            "The mayor said yesterday that the bridge would stay shut.|The mayor said that the bridge would stay shut.",
            "About 400 homes lost power, the utility said Friday.|About 400 homes lost power, the utility said.",
            "The union, on Monday, rejected the offer.|The union rejected the offer.",
    })
    void leavesOutADayThatOnlyDatesTheReport(String sentence, String quoted) {
        assertThat(quote(sentence, "en")).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The talks resume Monday.",                                    // the day is the news
            "The port will stay closed until Friday while divers search the wreck.",
            "Ballots must arrive by Thursday to be counted.",
            "The festival runs from Friday through Sunday in the old town.",
            "Stations were closed on Saturday and Sunday for repairs.",
            "Voters go to the polls next Sunday in the first round.",
            "The ceasefire announced on Sunday, January 16, held through the night.",
            "Tuesday's vote was postponed after a walkout.",
            "The interview ran in the Sunday Times and was widely quoted.",
            "Pilgrims gathered for Good Friday processions across the island.",
            "Sunday was the deadline for the first payment.",
            "The suspension was extended to include Wednesday, officials said.",
            "Shops close early every Friday in the old city.",
    })
    void keepsADayThatCarriesThePoint(String sentence) {
        assertThat(quote(sentence, "en")).isEqualTo(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت وزارة الصحة يوم الثلاثاء إغلاق ثلاث مدارس في المدينة.|وأعلنت وزارة الصحة إغلاق ثلاث مدارس في المدينة.",
            "وقال المحافظ مساء أمس إن الطريق سيعاد فتحه قريبا.|وقال المحافظ إن الطريق سيعاد فتحه قريبا.",
            "وصل الوفد صباح الخميس إلى العاصمة لبدء المفاوضات.|وصل الوفد إلى العاصمة لبدء المفاوضات.",
            "في يوم الأربعاء، أعلنت الشركة وقف رحلاتها.|أعلنت الشركة وقف رحلاتها.",
            "تداولت قنوات صباح أمس الثلاثاء صورا للأسئلة قبل بدء الامتحان.|تداولت قنوات صورا للأسئلة قبل بدء الامتحان.",
    })
    void leavesOutAnArabicRelativeDay(String sentence, String quoted) {
        assertThat(quote(sentence, "ar")).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ومن المتوقع أن تنتهي القمة يوم الجمعة.",                       // the day is the news
            "وتستمر الإغلاقات حتى يوم السبت في المناطق المنكوبة.",
            "وجرى الاحتفال يوم الأحد 16 يناير في القاعة الكبرى.",
            "وأدى المصلون صلاة الجمعة في ساحة المسجد رغم المطر.",
            "وقررت الحكومة تمديد التعطيل ليشمل يوم الأربعاء، على أن يستأنف الدوام بعده.",
            "وبدأت المفاوضات في الساعات الأولى من صباح اليوم نفسه.",
    })
    void keepsAnArabicDayThatCarriesThePoint(String sentence) {
        assertThat(quote(sentence, "ar")).isEqualTo(sentence);
    }

    @Test
    void omissionsAreInTheDocumentsOffsets() {
        String doc = "Headline\n\nThe harbour authority on Tuesday closed the basin.";
        int start = doc.indexOf("The harbour");
        List<Omission> cut = RelativeDays.find(doc, start, doc.length(), "en");
        assertThat(cut).containsExactly(new Omission(doc.indexOf(" on Tuesday"), doc.indexOf(" closed")));
    }

    @Test
    void otherLanguagesAreQuotedWhole() {
        String s = "Le ministre a annoncé mardi la fermeture du port.";
        assertThat(RelativeDays.find(s, 0, s.length(), "fr")).isEmpty();
    }
}
