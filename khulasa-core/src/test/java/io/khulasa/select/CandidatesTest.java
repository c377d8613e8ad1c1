package io.khulasa.select;

import io.khulasa.analyze.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandidatesTest {

    private static Sentence sentence(String text, boolean title) {
        return sentence(0, text, title);
    }

    private static Sentence sentence(int document, String text, boolean title) {
        String[] terms = text.toLowerCase().split("[\\s\\p{P}]+");
        return new Sentence(document, 1, 0, text.length(), text, List.of(), terms, title, text.split("\\s+").length, false);
    }

    @Test
    void theEndOfAWireQuotationWithoutItsStartIsNoCandidate() {
        assertThat(Candidates.accept(sentence("I want to know how the ferry passed inspection,'' she said.", false))).isFalse();
        assertThat(Candidates.accept(sentence("``I want to know how the ferry passed inspection,'' she said.", false))).isTrue();
        assertThat(Candidates.accept(sentence("The minister said the ferry had passed its inspection in March.", false))).isTrue();
    }

    @Test
    void aFlashInCapitalsIsNoCandidateASentenceWithAcronymsIs() {
        Sentence flash = sentence("MERIDIAN FOODS Q2 PROFIT $310 MLN VS. EST. $295 MLN, SHARES UP 4%", false);
        Sentence story = sentence("Meridian Foods reported a second-quarter profit of $310 million, above estimates.", false);
        assertThat(Candidates.accept(flash, List.of(flash, story))).isFalse();
        // an article all in capitals, as old wire feeds are, is quoted as it is
        Sentence caps = sentence("THE FIRE BROKE OUT AT ABOUT 3 A.M. IN A WAREHOUSE NEAR THE PORT, POLICE SAID.", false);
        assertThat(Candidates.accept(flash, List.of(flash, caps))).isTrue();
        assertThat(Candidates.accept(sentence("NATO and the EU agreed on Tuesday to fund the UNHCR's new camps in the north.", false))).isTrue();
        // Latin acronyms in a script without case: no shout
        assertThat(Candidates.accept(sentence("وأعلنت منظمة UNESCO ووكالة UNRWA وبرنامج WFP إطلاق نداء مشترك لجمع التبرعات.", false))).isTrue();
    }

    @Test
    void aSentenceThatOnlySaysSomeoneDidNotCommentIsNoCandidate() {
        for (String nothing : List.of("Zeidan was not immediately available for comment.",
                "Harbour officials could not be reached for comment.", "The company declined to comment.",
                "The ministry did not immediately respond to a request for comment.",
                "Le ministère n'a pas souhaité commenter.", "ولم يتسنَّ الحصول على تعليق من وزارة النقل.",
                "ورفض المتحدث باسم الشركة التعليق.")) {
            assertThat(Candidates.accept(sentence(nothing, false))).as(nothing).isFalse();
        }
        // a sentence that says more than that is a fact
        for (String fact : List.of("The company declined to comment on the lawsuit, which seeks $5 million in damages for the families.",
                "Harbour officials said the ferry was not available for service until the inspection ends.",
                "ورفض البرلمان التعديل الدستوري بأغلبية 120 صوتا.",
                "Ford declined to comment on the recall of 40,000 F-150 trucks.",
                "The minister, who resigned on Friday, was not available for comment.",
                "Police declined to comment as three more bodies were found.",
                "Le ministre de l'Intérieur, limogé mardi, n'a pas souhaité commenter.")) {
            assertThat(Candidates.accept(sentence(fact, false))).as(fact).isTrue();
        }
    }

    @Test
    void aBreakingNewsStripIsNoCandidateTheStoryIs() {
        assertThat(Candidates.accept(sentence("عاجل | السجن خمس سنوات للرئيس السابق لهيئة الموانئ في قضية الرافعات", false))).isFalse();
        assertThat(Candidates.accept(sentence("BREAKING: Jury convicts solar executive on nine counts of fraud", false))).isFalse();
        assertThat(Candidates.accept(sentence("قضت المحكمة بالسجن خمس سنوات للرئيس السابق لهيئة الموانئ في قضية الرافعات.", false))).isTrue();
    }

    @Test
    void aShortSentenceIsAFragmentUnlessItGivesAToll() {
        assertThat(Candidates.accept(sentence("Thirteen people remain missing.", false))).isTrue();
        assertThat(Candidates.accept(sentence("ما زال 13 مفقودا.", false))).isTrue();
        assertThat(Candidates.accept(sentence("The ferry remains capsized.", false))).isFalse();
        assertThat(Candidates.accept(sentence("Thirteen remain missing.", false))).isFalse();
    }

    @Test
    void aPronounSubjectIsLeftOutOnlyWhenTheSummaryDrawsOnSeveralArticles() {
        List<String> dangling = List.of(
                "He added that the inspection would take at least three weeks to finish.",
                "But they said the repairs could not begin before the rains had ended.",
                "وأضاف أن أعمال الصيانة ستستمر ثلاثة أسابيع على الأقل في المنطقة.",
                // The same without hamzas, and with vowel marks, as scraped sites write it.
                "واضاف ان اعمال الصيانة ستستمر ثلاثة اسابيع على الاقل في المنطقة.",
                "وقالَ إنَّ فرق الإنقاذ ما زالت تعمل في المنطقة حتى ساعة متأخرة من الليل.",
                // every verb of saying: announced, reported, declared
                "وأعلن أن الطريق سيبقى مغلقا حتى انتهاء أعمال الصيانة في المنطقة.",
                "وأفادت بأن المياه بلغت مستوى متر داخل المنازل في أقل من ساعة.",
                "Ils réclament également une revalorisation salariale de cinq pour cent dès janvier.",
                "وی افزود که ۱۲ نفر از مصدومان به بیمارستان‌های استان منتقل شده‌اند.",
                "وقال أحدهم إن المياه بلغت مستوى متر داخل المنازل في أقل من ساعة.",
                "وقالت، في بيان صدر مساء الاثنين، إن فرق الإنقاذ ما زالت تعمل في المنطقة.",
                "This was the third time the dam had been closed for repairs since it opened.",
                "وهذا ما دفع السلطات إلى إغلاق الطريق المؤدي إلى السد أمام حركة المرور.",
                "Around her, the village of the valley had lost its shape in a single night.");
        List<String> named = List.of(
                "The minister added that the inspection would take at least three weeks to finish.",
                "Heavy rain has fallen on the valley for three days, the weather office said.",
                "وقال وزير التجهيز إن أعمال الصيانة ستستمر ثلاثة أسابيع على الأقل في المنطقة.",
                "وأضاف المتحدث باسم الحماية المدنية أن المياه بلغت مستوى متر داخل المنازل.",
                "هولندا أرسلت فريقا من الخبراء لمساعدة السلطات في تقييم حالة السد المتضرر.",
                "وهذه الخطوة هي الأولى من نوعها منذ بناء السد في سبعينيات القرن الماضي.",
                "This week the dam will be closed to traffic while engineers inspect its walls.",
                "Italy sent a team of engineers to help assess the damaged dam on Tuesday.",
                "Il y a eu trois trains sur dix en circulation mardi dans toute la région.",
                "Around Harwick, the villages of the valley lost their roads in a single night.",
                "With her victory, Sheinbaum becomes the first woman to lead the country in its history.");
        List<Sentence> twoArticles = List.of(sentence(0, "First.", false), sentence(1, "Second.", false));
        List<Sentence> oneArticle = List.of(sentence(0, "First.", false), sentence(0, "Second.", false));
        for (String t : dangling) {
            assertThat(Candidates.accept(sentence(t, false), twoArticles)).as(t).isFalse();
            assertThat(Candidates.accept(sentence(t, false), oneArticle)).as(t).isTrue();
        }
        for (String t : named) assertThat(Candidates.accept(sentence(t, false), twoArticles)).as(t).isTrue();
    }

    @Test
    void rejectsTheSiteSpeakingToItsReaderInsideAParagraph() {
        assertThat(Candidates.accept(sentence("للمزيد من التحديثات تابعونا على صفحاتنا في مواقع التواصل.", false))).isFalse();
        assertThat(Candidates.accept(sentence("For the latest figures, follow us on our social media pages.", false))).isFalse();
        assertThat(Candidates.accept(sentence("Click here to read the full statement of the health ministry.", false))).isFalse();
        assertThat(Candidates.accept(sentence("تابعوا نبض الخبر على إكس وإنستغرام وتيك توك", false))).isFalse();
        assertThat(Candidates.accept(sentence("Follow our coverage of Day 2 of the recount here.", false))).isFalse();
        assertThat(Candidates.accept(sentence("Read the full statement from the elections board here.", false))).isFalse();
        assertThat(Candidates.accept(sentence("Workers found the box here, in a storage cage for Precinct 47.", false))).isTrue();
        // "here" closing the line without a full stop, or with "!"
        assertThat(Candidates.accept(sentence("Read the full statement from the elections board here", false))).isFalse();
        assertThat(Candidates.accept(sentence("Find all the photos of the flooded valley here!", false))).isFalse();
        assertThat(Candidates.accept(sentence("The ballots were counted twice over there!", false))).isTrue();
        // a social-media post: an emoji or a hashtag
        assertThat(Candidates.accept(sentence("⚠️ تنبيه | السيول تغمر شوارع #الدانة وتعطل الحركة في معظم المناطق", false))).isFalse();
        assertThat(Candidates.accept(sentence("Crews are clearing the roads tonight #StormImelda stay safe everyone", false))).isFalse();
        assertThat(Candidates.accept(sentence("The flood closed route #9 and two bridges on Tuesday.", false))).isTrue();
        // "followed", "subscribers": news, not prompts
        assertThat(Candidates.accept(sentence("The ministry followed up with the subscribers of the water network.", false))).isTrue();
        assertThat(Candidates.accept(sentence("وتابع الوزير جولته في المراكز الصحية التسعة في المحافظة.", false))).isTrue();
        // a newsletter: to follow the news, subscribe; not a country that took part («اشترك في المؤتمر»)
        assertThat(Candidates.accept(sentence("لمتابعة آخر الأخبار الاقتصادية اشترك في نشرة السوق اليومية.", false))).isFalse();
        assertThat(Candidates.accept(sentence("اشترك في النشرة الصباحية لتصلك أهم أخبار الميناء كل يوم.", false))).isFalse();
        assertThat(Candidates.accept(sentence("واشترك في المؤتمر ممثلو أربعين دولة ومنظمة إقليمية.", false))).isTrue();
        assertThat(Candidates.accept(sentence("ولمتابعة تنفيذ المشاريع شكلت الحكومة لجنة من خمسة وزراء.", false))).isTrue();
        assertThat(Candidates.accept(sentence("لمتابعة آخر المستجدات، عقد رئيس الوزراء اجتماعا طارئا مع وزيري الداخلية والصحة.", false))).isTrue();
        assertThat(Candidates.accept(sentence("لمتابعة آخر الأخبار حملوا تطبيقنا على هواتفكم.", false))).isFalse();
        assertThat(Candidates.accept(sentence("للاشتراك في النسخة الورقية اتصلوا بالرقم 80020250", false))).isFalse();
        // a file to download, a live page signing off
        assertThat(Candidates.accept(sentence("تحميل النشرة بصيغة PDF (312 كيلوبايت)", false))).isFalse();
        assertThat(Candidates.accept(sentence("Download the full inspection report (PDF, 1.2 MB)", false))).isFalse();
        assertThat(Candidates.accept(sentence("We'll be back early tomorrow with the latest from the valley as crews resume work.", false))).isFalse();
        assertThat(Candidates.accept(sentence("وبدأ تحميل المساعدات على الشاحنات في ميناء المدينة صباح اليوم.", false))).isTrue();
        // the past tense of "call", and words holding an imperative's letters, are news
        assertThat(Candidates.accept(sentence("وقال سكان الحي إنهم اتصلوا بالرقم 122 مرات عدة دون أن يرد أحد.", false))).isTrue();
        assertThat(Candidates.accept(sentence("لمتابعة آخر التطورات وصل وزير الخارجية إلى أنقرة مساء أمس.", false))).isTrue();
        // a quotation closing on ’ is no form's field
        assertThat(Candidates.accept(sentence("The president on the talks: ‘We are not happy with the offer’", false))).isTrue();
        // a form's field is no sentence; a sentence with a colon is
        assertThat(Candidates.accept(sentence("Potential Number of Units Affected: 452,000", false))).isFalse();
        assertThat(Candidates.accept(sentence("Recall Report Date: SEP 10, 2025", false))).isFalse();
        assertThat(Candidates.accept(sentence("The ministry gave one reason: the bridge failed its inspection.", false))).isTrue();
        assertThat(Candidates.accept(sentence("Death toll rises: 45 confirmed dead after the floods in the valley", false))).isTrue();
        assertThat(Candidates.accept(sentence("وقال وزير الأشغال في المؤتمر الصحفي: سنعيد بناء الجسر", false))).isTrue();
    }

    @Test
    void aPromptInQuotationMarksIsSpeechNotThePageTalking() {
        assertThat(Candidates.accept(sentence("\"Watch our coverage,\" the station's director told reporters, promising "
                + "live pictures from the flooded valley all night.", false))).isTrue();
        assertThat(Candidates.accept(sentence("«تابعونا على صفحاتنا»، قالت البلدية في رسالة إلى السكان قبل وصول العاصفة.", false))).isTrue();
        // the page's own prompt, with a programme's name in quotation marks, stays out
        assertThat(Candidates.accept(sentence("Watch our coverage of the \"Valley Floods\" special tonight on channel four.", false))).isFalse();
    }

    @Test
    void acceptsAPlainStatement() {
        assertThat(Candidates.accept(sentence("The ministry said the dam would be inspected on Monday.", false))).isTrue();
    }

    @Test
    void rejectsTitlesQuestionsFragmentsAndCutQuotes() {
        assertThat(Candidates.accept(sentence("Ministry says the dam will be inspected on Monday", true))).isFalse();
        assertThat(Candidates.accept(sentence("Will the dam hold through another winter of storms?", false))).isFalse();
        assertThat(Candidates.accept(sentence("هل كانت السلطات على علم بحالة السد قبل الانهيار؟", false))).isFalse();
        assertThat(Candidates.accept(sentence("Officials said on Monday.", false))).isFalse();
        assertThat(Candidates.accept(sentence("The minister said in a statement \"we will not accept delays in the", false))).isFalse();
        assertThat(Candidates.accept(sentence("The minister said «we will rebuild the dam within a year", false))).isFalse();
        assertThat(Candidates.accept(sentence("The minister said «we will rebuild the dam within a year».", false))).isTrue();
        assertThat(Candidates.accept(sentence("\"The crew were calm and told us exactly what to do.\"", false))).isFalse();
        assertThat(Candidates.accept(sentence("وأضافت: \"لم نر شيئاً كهذا منذ ثلاثين عاماً في هذه المدينة\".", false))).isFalse();
        assertThat(Candidates.accept(sentence("\"We will rebuild,\" the minister told reporters in the capital.", false))).isTrue();
    }
}
