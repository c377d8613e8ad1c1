package io.khulasa.analyze;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ar|أعلنت واشنطن تعليق المباحثات الثنائية مع موسكو بشأن سوريا، واتهمتها بعدم الوفاء بالتزاماتها.",
            "en|The talks were suspended on Monday after the United States accused Russia of failing to honour the truce.",
            "fr|Les négociations ont été suspendues lundi après que les États-Unis ont accusé la Russie de ne pas respecter la trêve.",
            "de|Die Gespräche wurden am Montag ausgesetzt, nachdem die Vereinigten Staaten Russland vorgeworfen hatten, die Waffenruhe nicht einzuhalten.",
            "es|Las conversaciones se suspendieron el lunes después de que Estados Unidos acusara a Rusia de no respetar la tregua.",
            "it|I colloqui sono stati sospesi lunedì dopo che gli Stati Uniti hanno accusato la Russia di non rispettare la tregua.",
            "pt|As negociações foram suspensas na segunda-feira depois que os Estados Unidos acusaram a Rússia de não respeitar a trégua.",
            "nl|De gesprekken werden maandag opgeschort nadat de Verenigde Staten Rusland hadden beschuldigd het bestand niet na te leven.",
            "ru|Переговоры были приостановлены в понедельник, после того как США обвинили Россию.",
            "el|Οι συνομιλίες ανεστάλησαν τη Δευτέρα.",
            "he|השיחות הושעו ביום שני.",
            "zh|美国暂停与俄罗斯的谈判",
            "ja|米国はロシアとの協議を停止した",
            "ko|미국은 러시아와의 회담을 중단했다",
            "hi|अमेरिका ने रूस के साथ बातचीत स्थगित कर दी है।",
            "fa|آمریکا مذاکرات با روسیه را به حالت تعلیق درآورد و گفت که این تصمیم آسان نبود",
    })
    void detectsLanguage(String expected, String text) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @Test
    void arabicWithEnglishNamesIsArabic() {
        // Scraped Arabic news often carries Latin names and credits; the Arabic letters still dominate.
        String text = "أعلنت واشنطن (Washington) تعليق المباحثات مع موسكو بشأن سوريا وقال المتحدث John Kirby "
                + "إن القرار لم يكن سهلا. AFP Photo/Timothy A. Clary";
        assertThat(detector.detect(text)).isEqualTo("ar");
    }

    @Test
    void englishQuotingArabicIsEnglish() {
        assertThat(detector.detect("John Kirby said the decision was not easy, and the agency headline read: قرار صعب"))
                .isEqualTo("en");
    }

    @Test
    void textWithoutLettersFallsBackToEnglish() {
        assertThat(detector.detect("")).isEqualTo("en");
        assertThat(detector.detect("12345 !!! ... 1/5")).isEqualTo("en");
    }

    @Test
    void onlyTheStartOfALongTextIsSampled() {
        // Past the sample, a different language no longer counts: detection stays cheap on huge inputs.
        String english = "The talks were suspended on Monday after the accusation. ".repeat(400);
        String arabic = "أعلنت واشنطن تعليق المباحثات مع موسكو. ".repeat(4000);
        assertThat(english.length()).isGreaterThanOrEqualTo(LanguageDetector.SAMPLE);
        assertThat(detector.detect(english + arabic)).isEqualTo("en");
    }

    @Test
    void isDeterministic() {
        String text = "De gesprekken werden maandag opgeschort en la reunión se suspendió el lunes.";
        assertThat(detector.detect(text)).isEqualTo(detector.detect(text)).isEqualTo(new LanguageDetector().detect(text));
    }
}
