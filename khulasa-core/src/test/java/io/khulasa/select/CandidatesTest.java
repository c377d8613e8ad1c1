package io.khulasa.select;

import io.khulasa.analyze.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CandidatesTest {

    private static Sentence sentence(String text, boolean title) {
        return sentence(0, text, title);
    }

    private static Sentence sentence(int document, String text, boolean title) {
        String[] terms = text.toLowerCase().split("[\\s\\p{P}]+");
        return new Sentence(document, 1, 0, text.length(), text, List.of(), terms, title, text.split("\\s+").length, false);
    }

    /** A row of a table: {@code text}, alone and no title, is a candidate. */
    private static Arguments candidate(String text) {
        return Arguments.of(text, true);
    }

    /** A row of a table: {@code text}, alone and no title, is no candidate. */
    private static Arguments noCandidate(String text) {
        return Arguments.of(text, false);
    }

    private static void assertCandidate(String text, boolean candidate) {
        assertThat(Candidates.accept(sentence(text, false))).as(text).isEqualTo(candidate);
    }

    static Stream<Arguments> theEndOfAWireQuotationWithoutItsStartIsNoCandidate() {
        return Stream.of(
                noCandidate("I want to know how the ferry passed inspection,'' she said."),
                candidate("``I want to know how the ferry passed inspection,'' she said."),
                candidate("The minister said the ferry had passed its inspection in March."));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource
    void theEndOfAWireQuotationWithoutItsStartIsNoCandidate(String text, boolean candidate) {
        assertCandidate(text, candidate);
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

    static Stream<Arguments> aSentenceThatOnlySaysSomeoneDidNotCommentIsNoCandidate() {
        return Stream.of(
                noCandidate("Zeidan was not immediately available for comment."),
                noCandidate("Harbour officials could not be reached for comment."),
                noCandidate("The company declined to comment."),
                noCandidate("The ministry did not immediately respond to a request for comment."),
                noCandidate("Le ministère n'a pas souhaité commenter."),
                noCandidate("ولم يتسنَّ الحصول على تعليق من وزارة النقل."),
                noCandidate("ورفض المتحدث باسم الشركة التعليق."),
                // a sentence that says more than that is a fact
                candidate("The company declined to comment on the lawsuit, which seeks $5 million in damages for the families."),
                candidate("Harbour officials said the ferry was not available for service until the inspection ends."),
                candidate("ورفض البرلمان التعديل الدستوري بأغلبية 120 صوتا."),
                candidate("Ford declined to comment on the recall of 40,000 F-150 trucks."),
                candidate("The minister, who resigned on Friday, was not available for comment."),
                candidate("Police declined to comment as three more bodies were found."),
                candidate("Le ministre de l'Intérieur, limogé mardi, n'a pas souhaité commenter."));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource
    void aSentenceThatOnlySaysSomeoneDidNotCommentIsNoCandidate(String text, boolean candidate) {
        assertCandidate(text, candidate);
    }

    static Stream<Arguments> aBreakingNewsStripIsNoCandidateTheStoryIs() {
        return Stream.of(
                noCandidate("عاجل | السجن خمس سنوات للرئيس السابق لهيئة الموانئ في قضية الرافعات"),
                noCandidate("BREAKING: Jury convicts solar executive on nine counts of fraud"),
                candidate("قضت المحكمة بالسجن خمس سنوات للرئيس السابق لهيئة الموانئ في قضية الرافعات."));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource
    void aBreakingNewsStripIsNoCandidateTheStoryIs(String text, boolean candidate) {
        assertCandidate(text, candidate);
    }

    static Stream<Arguments> aShortSentenceIsAFragmentUnlessItGivesAToll() {
        return Stream.of(
                candidate("Thirteen people remain missing."),
                candidate("ما زال 13 مفقودا."),
                noCandidate("The ferry remains capsized."),
                noCandidate("Thirteen remain missing."));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource
    void aShortSentenceIsAFragmentUnlessItGivesAToll(String text, boolean candidate) {
        assertCandidate(text, candidate);
    }

    /** Two one-sentence articles, and one article of two sentences: what a candidate is read beside. */
    private static final List<Sentence> TWO_ARTICLES = List.of(sentence(0, "First.", false), sentence(1, "Second.", false));
    private static final List<Sentence> ONE_ARTICLE = List.of(sentence(0, "First.", false), sentence(0, "Second.", false));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
                "He added that the inspection would take at least three weeks to finish.",
                "But they said the repairs could not begin before the rains had ended.",
                "وأضاف أن أعمال الصيانة ستستمر ثلاثة أسابيع على الأقل في المنطقة.",
                // The same without hamzas, and with vowel marks, as scraped sites write it.
                "واضاف ان اعمال الصيانة ستستمر ثلاثة اسابيع على الاقل في المنطقة.",
                "وقالَ إنَّ فرق الإنقاذ ما زالت تعمل في المنطقة حتى ساعة متأخرة من الليل.",
                // every verb of saying: announced, reported, declared
                "وأعلن أن الطريق سيبقى مغلقا حتى انتهاء أعمال الصيانة في المنطقة.",
                "وأفادت بأن المياه بلغت مستوى متر داخل المنازل في أقل من ساعة.",
                // a fact told as like the one before it
                "وبعث ولي العهد الأمير سيف برقية مماثلة إلى رئيس الجمهورية.",
                "The crown prince sent a similar cable to the president.",
                "Ils réclament également une revalorisation salariale de cinq pour cent dès janvier.",
                "وی افزود که ۱۲ نفر از مصدومان به بیمارستان‌های استان منتقل شده‌اند.",
                "وقال أحدهم إن المياه بلغت مستوى متر داخل المنازل في أقل من ساعة.",
                "وقالت، في بيان صدر مساء الاثنين، إن فرق الإنقاذ ما زالت تعمل في المنطقة.",
                "This was the third time the dam had been closed for repairs since it opened.",
                "وهذا ما دفع السلطات إلى إغلاق الطريق المؤدي إلى السد أمام حركة المرور.",
                "Around her, the village of the valley had lost its shape in a single night.",
                // first person outside quotation marks: a press release's or an analyst's "we", a witness's "I"
                "We have informed the data protection regulator and are working with the police.",
                "Our engineers restored the main water line overnight after the burst.",
                "I waited six hours at the clinic before a nurse could see my son.",
                "ورد إلينا أن جزءا من جسر الميناء انهار قبل قليل وسط أنباء عن سقوط ضحايا.",
                // a pronoun after an opening phrase
                "Speaking to reporters, she said an independent inquiry into the collapse would open next month.",
                // a claim whose only source is a pronoun
                "Nine children and 14 foreign nationals were among the dead, she said.",
                "Trente-huit survivants ont été hospitalisés dans trois hôpitaux de la ville, a-t-elle précisé."})
    void aPronounSubjectIsLeftOutOnlyWhenTheSummaryDrawsOnSeveralArticles(String dangling) {
        assertThat(Candidates.accept(sentence(dangling, false), TWO_ARTICLES)).as(dangling).isFalse();
        assertThat(Candidates.accept(sentence(dangling, false), ONE_ARTICLE)).as(dangling).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
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
                "Weather permitting, the ferries will resume their crossings to the islands.",
                "Speaking to reporters, the minister said an independent inquiry would open next month.",
                "Iraq and Iran signed a border agreement after two days of talks in Basra.",
                "With her victory, Sheinbaum becomes the first woman to lead the country in its history.",
                "Nine children were among the dead, she said, and the others were being identified by their families."})
    void aNamedSubjectIsKeptWhenTheSummaryDrawsOnSeveralArticles(String named) {
        assertThat(Candidates.accept(sentence(named, false), TWO_ARTICLES)).as(named).isTrue();
    }

    static Stream<Arguments> rejectsTheSiteSpeakingToItsReaderInsideAParagraph() {
        return Stream.of(
                noCandidate("للمزيد من التحديثات تابعونا على صفحاتنا في مواقع التواصل."),
                noCandidate("For the latest figures, follow us on our social media pages."),
                noCandidate("Click here to read the full statement of the health ministry."),
                noCandidate("تابعوا نبض الخبر على إكس وإنستغرام وتيك توك"),
                noCandidate("Follow our coverage of Day 2 of the recount here."),
                noCandidate("Read the full statement from the elections board here."),
                noCandidate("Here is what parents need to know about the new vaccine."),
                noCandidate("The Valley Health Network today provides an update on the cyber incident identified on 7 June."),
                candidate("The network said the update to its patient records system would take two weeks to install."),
                // an update told of, not the release announcing itself
                candidate("The health ministry, which publishes an update on infections every evening, reported 412 new cases."),
                candidate("The prime minister is expected to give an update on the negotiations to parliament on Friday."),
                noCandidate("وتتابع بوابة الأفق تفاصيل الخبر تباعا."),
                noCandidate("وسنوافيكم بآخر المستجدات فور ورودها."),
                candidate("Here is the village where the river burst its banks three times in a decade."),
                candidate("ووصلت شحنات المساعدات تباعا إلى القرى المتضررة خلال الأسبوع."),
                candidate("Workers found the box here, in a storage cage for Precinct 47."),
                // "here" closing the line without a full stop, or with "!"
                noCandidate("Read the full statement from the elections board here"),
                noCandidate("Find all the photos of the flooded valley here!"),
                candidate("The ballots were counted twice over there!"),
                // a social-media post: an emoji or a hashtag
                noCandidate("⚠️ تنبيه | السيول تغمر شوارع #الدانة وتعطل الحركة في معظم المناطق"),
                noCandidate("Crews are clearing the roads tonight #StormImelda stay safe everyone"),
                candidate("The flood closed route #9 and two bridges on Tuesday."),
                // "followed", "subscribers": news, not prompts
                candidate("The ministry followed up with the subscribers of the water network."),
                candidate("وتابع الوزير جولته في المراكز الصحية التسعة في المحافظة."),
                // a newsletter: to follow the news, subscribe; not a country that took part («اشترك في المؤتمر»)
                noCandidate("لمتابعة آخر الأخبار الاقتصادية اشترك في نشرة السوق اليومية."),
                noCandidate("اشترك في النشرة الصباحية لتصلك أهم أخبار الميناء كل يوم."),
                candidate("واشترك في المؤتمر ممثلو أربعين دولة ومنظمة إقليمية."),
                candidate("ولمتابعة تنفيذ المشاريع شكلت الحكومة لجنة من خمسة وزراء."),
                candidate("لمتابعة آخر المستجدات، عقد رئيس الوزراء اجتماعا طارئا مع وزيري الداخلية والصحة."),
                noCandidate("لمتابعة آخر الأخبار حملوا تطبيقنا على هواتفكم."),
                noCandidate("للاشتراك في النسخة الورقية اتصلوا بالرقم 80020250"),
                // a file to download, a live page signing off
                noCandidate("تحميل النشرة بصيغة PDF (312 كيلوبايت)"),
                noCandidate("Download the full inspection report (PDF, 1.2 MB)"),
                noCandidate("We'll be back early tomorrow with the latest from the valley as crews resume work."),
                candidate("وبدأ تحميل المساعدات على الشاحنات في ميناء المدينة صباح اليوم."),
                // the past tense of "call", and words holding an imperative's letters, are news
                candidate("وقال سكان الحي إنهم اتصلوا بالرقم 122 مرات عدة دون أن يرد أحد."),
                candidate("لمتابعة آخر التطورات وصل وزير الخارجية إلى أنقرة مساء أمس."),
                // a quotation closing on ’ is no form's field
                candidate("The president on the talks: ‘We are not happy with the offer’"),
                // a form's field is no sentence; a sentence with a colon is
                noCandidate("Potential Number of Units Affected: 452,000"),
                noCandidate("Recall Report Date: SEP 10, 2025"),
                candidate("The ministry gave one reason: the bridge failed its inspection."),
                candidate("Death toll rises: 45 confirmed dead after the floods in the valley"),
                candidate("وقال وزير الأشغال في المؤتمر الصحفي: سنعيد بناء الجسر"));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource
    void rejectsTheSiteSpeakingToItsReaderInsideAParagraph(String text, boolean candidate) {
        assertCandidate(text, candidate);
    }

    static Stream<Arguments> aPromptInQuotationMarksIsSpeechNotThePageTalking() {
        return Stream.of(
                candidate("\"Watch our coverage,\" the station's director told reporters, promising "
                        + "live pictures from the flooded valley all night."),
                candidate("«تابعونا على صفحاتنا»، قالت البلدية في رسالة إلى السكان قبل وصول العاصفة."),
                // the page's own prompt, with a programme's name in quotation marks, stays out
                noCandidate("Watch our coverage of the \"Valley Floods\" special tonight on channel four."));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource
    void aPromptInQuotationMarksIsSpeechNotThePageTalking(String text, boolean candidate) {
        assertCandidate(text, candidate);
    }

    @Test
    void acceptsAPlainStatement() {
        assertThat(Candidates.accept(sentence("The ministry said the dam would be inspected on Monday.", false))).isTrue();
    }

    static Stream<Arguments> rejectsQuestionsFragmentsAndCutQuotes() {
        return Stream.of(
                noCandidate("Will the dam hold through another winter of storms?"),
                noCandidate("هل كانت السلطات على علم بحالة السد قبل الانهيار؟"),
                noCandidate("Officials said on Monday."),
                noCandidate("The minister said in a statement \"we will not accept delays in the"),
                noCandidate("The minister said «we will rebuild the dam within a year"),
                candidate("The minister said «we will rebuild the dam within a year»."),
                noCandidate("\"The crew were calm and told us exactly what to do.\""),
                noCandidate("وأضافت: \"لم نر شيئاً كهذا منذ ثلاثين عاماً في هذه المدينة\"."),
                candidate("\"We will rebuild,\" the minister told reporters in the capital."));
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource
    void rejectsQuestionsFragmentsAndCutQuotes(String text, boolean candidate) {
        assertCandidate(text, candidate);
    }

    @Test
    void rejectsATitle() {
        assertThat(Candidates.accept(sentence("Ministry says the dam will be inspected on Monday", true))).isFalse();
    }

    static Stream<Arguments> aProtocolListsTitledNameAndOfficeIsNoCandidate() {
        return Stream.of(
                noCandidate("معالي الشيخ سالم بن ناصر، وزير الدفاع في سلطنة الجبل."),
                noCandidate("- صاحب السمو الملكي الأمير فهد بن خالد، ولي عهد مملكة البحيرة."),
                noCandidate("دولة رئيس الوزراء نبيل الساعدي، رئيس وزراء جمهورية السهل."),
                // a verb after the office, or a sentence around the name: news
                candidate("فخامة الرئيس سامي العلي، رئيس جمهورية الوادي يصل إلى العاصمة."),
                candidate("استقبل فخامة الرئيس سامي العلي، رئيس جمهورية الوادي، وفدا من رجال الأعمال."),
                candidate("معالي الوزير سالم بن ناصر، الذي استقال أمس، رئيس اللجنة الجديدة."),
                // a past verb after the office's definite noun: news too
                candidate("معالي الوزير سالم العلي، وزير المالية أكد ضرورة الإصلاح."),
                candidate("سمو الأمير فيصل، وزير الخارجية غادر الرياض."));
    }

    @ParameterizedTest
    @MethodSource
    void aProtocolListsTitledNameAndOfficeIsNoCandidate(String text, boolean candidate) {
        assertCandidate(text, candidate);
    }
}
