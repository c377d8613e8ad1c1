package io.khulasa.analyze;

import io.khulasa.clean.CleanedDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.khulasa.analyze.TestDocs.sentences;
import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** A line too long to be a wrapped line, ending a sentence. */
    private static final String LONG_AR = "أعلنت الولايات المتحدة الأمريكية، الاثنين، أنها ستوقف المباحثات مع روسيا في مسعى "
            + "لإنهاء العنف في سوريا واتهمت موسكو بعدم الوفاء بالتزاماتها بموجب اتفاق وقف إطلاق النار.";

    @Nested
    class Arabic {
        @Test
        void splitsOnQuestionMarkSemicolonExclamationAndPeriod() {
            assertThat(sentences("هل توقفت المحادثات؟ نعم توقفت؛ لكنها ستعود! وقال مسؤول إن الأمر انتهى. ثم غادر.", "ar"))
                    .containsExactly("هل توقفت المحادثات؟", "نعم توقفت؛", "لكنها ستعود!", "وقال مسؤول إن الأمر انتهى.",
                            "ثم غادر.");
        }

        @Test
        void doesNotSplitOnArabicComma() {
            assertThat(sentences("قال المتحدث، في بيان، إن المحادثات توقفت، وإن واشنطن ستسحب طواقمها.", "ar"))
                    .hasSize(1);
        }

        @Test
        void splitsAtAPeriodWithoutSpace() {
            // Scraped Arabic often omits the space after a period.
            assertThat(sentences("وانتهى الاجتماع في السياق.وهي التي توجه القرار.", "ar"))
                    .containsExactly("وانتهى الاجتماع في السياق.", "وهي التي توجه القرار.");
        }

        @Test
        void aQuotedQuestionInsideASentenceDoesNotEndIt() {
            // No capital tells a new Arabic sentence, so the quoted question is part of the one around it.
            assertThat(sentences("يكشف الانسحاب أن سؤال “من يحتضن المؤسسة؟” ما زال أثقل من سؤال “ماذا ستفعل؟”. وانتهى الاجتماع.", "ar"))
                    .containsExactly("يكشف الانسحاب أن سؤال “من يحتضن المؤسسة؟” ما زال أثقل من سؤال “ماذا ستفعل؟”.",
                            "وانتهى الاجتماع.");
        }

        @Test
        void theFirstLineOfAHardWrappedArabicParagraphRunsOn() {
            String text = "صادق مجلس وزراء المالية لاتحاد المغرب العربي، في ختام أشغال دورته\n"
                    + "الاستثنائية بالرباط يوم الثلاثاء، على إحداث الصندوق المغاربي المشترك\n"
                    + "برأسمال قدره أربعة مليارات ونصف المليار دولار. وأوضح البيان أن\n"
                    + "الصندوق سيمول مشاريع الربط الكهربائي على امتداد سبع سنوات.\n\n"
                    + "وتساهم المملكة المغربية والجمهورية الجزائرية بمليار ومائتي مليون\n"
                    + "دولار لكل منهما، وتساهم ليبيا بمليار دولار وتونس بسبعمائة مليون.\n";
            assertThat(sentences(text, "ar")).hasSize(3).allMatch(x -> x.endsWith("."));
        }

        @Test
        void aPersianSemicolonDoesNotEndASentence() {
            assertThat(sentences("محور کاوه‌شهر–نیلوان پس از ۴۸ ساعت انسداد، عصر شنبه بازگشایی شد؛ اما تردد کامیون‌ها همچنان ممنوع است. "
                    + "استاندار از مردم خواست احتیاط کنند.", "fa")).hasSize(2);
        }

        @Test
        void aFrenchQuoteClosedAfterANoBreakSpaceStaysWithItsSpeaker() {
            assertThat(sentences("« On ne signe pas un chèque en blanc\u00A0! », a lancé sa secrétaire générale. "
                    + "La grève est reconduite jusqu'à lundi.", "fr"))
                    .containsExactly("« On ne signe pas un chèque en blanc\u00A0! », a lancé sa secrétaire générale.",
                            "La grève est reconduite jusqu'à lundi.");
        }

        @Test
        void aListItemIsQuotedWithoutItsMarker() {
            assertThat(sentences("1- وقع الحادث في السادسة صباح الثلاثاء عند الكيلو 382.\n2- خرجت 3 عربات من القطار عن القضبان.\n"
                    + "• وأعلنت الوزارة فتح تحقيق عاجل.", "ar"))
                    .containsExactly("وقع الحادث في السادسة صباح الثلاثاء عند الكيلو 382.", "خرجت 3 عربات من القطار عن القضبان.",
                            "وأعلنت الوزارة فتح تحقيق عاجل.");
            assertThat(sentences("3 people died in the fire on Monday.", "en")).containsExactly("3 people died in the fire on Monday.");
        }

        @Test
        void theLastItemOfAListDoesNotRunOnIntoTheParagraphAfterIt() {
            // an item is a line of its own, however many words it has and however the next line ends
            assertThat(sentences("وتوزعت حصص الخفض على النحو التالي:\n- محافظة الساحل الجنوبي: 30 ألف طن سنويا\n"
                    + "- محافظة السهول الوسطى الكبرى: 25 ألف طن سنويا\nوقال الوزير إن الحصص ستراجع بعد عام.", "ar"))
                    .containsExactly("وتوزعت حصص الخفض على النحو التالي:", "محافظة الساحل الجنوبي: 30 ألف طن سنويا",
                            "محافظة السهول الوسطى الكبرى: 25 ألف طن سنويا", "وقال الوزير إن الحصص ستراجع بعد عام.");
        }

        @Test
        void aTranscriptsSpeakerLabelIsNotQuoted() {
            assertThat(sentences("[المراسل - نزار العلي]: داخل هذه الخيمة لا تهدأ الحركة.\n[Reporter]: Doctors work in shifts.", "ar"))
                    .containsExactly("داخل هذه الخيمة لا تهدأ الحركة.", "Doctors work in shifts.");
            assertThat(sentences("تحديث 16:40: رفعت المحكمة الغرامة إلى 2.5 مليون دينار.\nUpdate 9:15 a.m. — The fire grew overnight.", "ar"))
                    .containsExactly("رفعت المحكمة الغرامة إلى 2.5 مليون دينار.", "The fire grew overnight.");
            assertThat(sentences("المذيعة: مساء الخير، ولا تزال المدينة تعيش يومها الثاني تحت السيول.", "ar"))
                    .containsExactly("ولا تزال المدينة تعيش يومها الثاني تحت السيول.");
            // a bracket that is part of the sentence stays
            assertThat(sentences("[Updated] The ministry opened nine centres on Tuesday.", "en"))
                    .containsExactly("[Updated] The ministry opened nine centres on Tuesday.");
        }

        @Test
        void aQuotedSentenceEndsAfterTheClosingQuote() {
            assertThat(sentences("قال الوزير «انتهت المحادثات.» وأضاف أن واشنطن ستنسحب.", "ar"))
                    .containsExactly("قال الوزير «انتهت المحادثات.»", "وأضاف أن واشنطن ستنسحب.");
            assertThat(sentences("وقال كيربي \"لقد نفد صبر الجميع من روسيا.\" وغادر القاعة.", "ar"))
                    .containsExactly("وقال كيربي \"لقد نفد صبر الجميع من روسيا.\"", "وغادر القاعة.");
            assertThat(sentences("وأضاف كيري أن “واشنطن وموسكو ستواصلان المباحثات”. وشدد على ضرورة الاتصالات.", "ar"))
                    .containsExactly("وأضاف كيري أن “واشنطن وموسكو ستواصلان المباحثات”.", "وشدد على ضرورة الاتصالات.");
        }

        @Test
        void anOpeningQuoteOrBracketAfterAPeriodStartsTheNextSentence() {
            // ICU files opening punctuation with the sentence before it.
            assertThat(sentences("وانتهى الاجتماع.“وقال الوزير إن الأمر انتهى”.", "ar"))
                    .containsExactly("وانتهى الاجتماع.", "“وقال الوزير إن الأمر انتهى”.");
            assertThat(sentences("وقالت إنه \"كان نجاحا كبيرا...[15 مليار] هذا كثير من المال\".", "ar")).hasSize(1);
        }

        @Test
        void numbersAndDatesNeverSplit() {
            String s = "ونص القرار رقم 2254 الصادر في 19 سبتمبر/ أيلول على هدنة بنسبة 3.5 في المئة بعد هجمات 9/11 في 1.10.2016 ظهرا.";
            assertThat(sentences(s, "ar")).containsExactly(s);
        }

        @Test
        void aNumberMayEndASentence() {
            assertThat(sentences("وصدر القرار رقم 2254. وقال المتحدث إنه ملزم.", "ar"))
                    .containsExactly("وصدر القرار رقم 2254.", "وقال المتحدث إنه ملزم.");
        }

        @Test
        void singleLetterAbbreviationsDoNotEndASentence() {
            assertThat(sentences("وقال د. محمد علي إن أ. د. سامي حضر مع م. خالد و ص. 12 من التقرير. وانتهى الاجتماع.", "ar"))
                    .containsExactly("وقال د. محمد علي إن أ. د. سامي حضر مع م. خالد و ص. 12 من التقرير.", "وانتهى الاجتماع.");
            assertThat(sentences("وقال أ.د. سامي إن الأمر انتهى.", "ar")).hasSize(1);
        }

        @Test
        void spelledOutInitialDoesNotEndASentence() {
            assertThat(sentences("ووقعه الرئيس جورج دبليو. بوش. وانتهى الأمر.", "ar"))
                    .containsExactly("ووقعه الرئيس جورج دبليو. بوش.", "وانتهى الأمر.");
        }

        @Test
        void eraLetterAfterAYearMayEndASentence() {
            assertThat(sentences("ولد الشاعر عام 1950 م. وتوفي في القاهرة.", "ar"))
                    .containsExactly("ولد الشاعر عام 1950 م.", "وتوفي في القاهرة.");
        }

        @Test
        void ellipsisInsideASentenceIsAPause() {
            assertThat(sentences("فاقت السبعين.. إحصائية بعدد القتلى في درعا", "ar")).hasSize(1);
            assertThat(sentences("إطلاق خدمة الفيزا الإلكترونية .... واقع أم بالون إعلامي؟", "ar")).hasSize(1);
            assertThat(sentences("وقال إن الأمر \"كان نجاحا كبيرا (...) هذا كثير من المال\".", "ar")).hasSize(1);
        }

        @Test
        void aLineBrokenInsideASentenceIsJoined() {
            String wrapped = "من جهتها أعربت موسكو عن أسفها على قرار تعليق\n"
                    + "المباحثات واتهمت واشنطن بعدم الوفاء بالتزامات أساسية من اتفاق الهدنة.";
            assertThat(sentences(LONG_AR + "\n" + wrapped + "\n" + LONG_AR, "ar"))
                    .containsExactly(LONG_AR, wrapped, LONG_AR);
        }

        @Test
        void aLineEndingInAPrepositionRunsOnWhateverItsLength() {
            String wrapped = "وذكرت وكالات أنباء روسية نقلا عن المتحدثة باسم وزارة الخارجية قولها، \"نحن نأسف لقرار واشنطن\"، "
                    + "مضيفة أن الولايات المتحدة تحاول إلقاء اللوم على\nروسيا من خلال تعليق التعاون بشأن هدنة في\nسوريا.";
            assertThat(sentences(LONG_AR + "\n" + wrapped, "ar")).containsExactly(LONG_AR, wrapped);
        }

        @Test
        void aLongLineWithoutPunctuationEndsItsSentence() {
            // A truncated quote: the line is a paragraph of its own, not a wrapped line.
            String truncated = "وقال المتحدث باسم الخارجية الأمريكية جون كيربي في بيان \"الولايات المتحدة ستعلق مشاركتها في "
                    + "القنوات الثنائية مع روسيا، لم يتم اتخاذ هذا القرار بسهولة";
            String next = "من جهته دافع البيت الأبيض الاثنين عن قراره تعليق محادثاته مع روسيا.";
            assertThat(truncated.length()).isGreaterThan(SentenceSplitter.SHORT_LINE);
            assertThat(sentences(LONG_AR + "\n" + truncated + "\n" + next, "ar"))
                    .containsExactly(LONG_AR, truncated, next);
        }

        @Test
        void aShortHeadingIsNotGluedToTheParagraphAfterIt() {
            String heading = "الامم المتحده تحذر من التأخير";
            String body = "بالرغم من الوعود المشجعه حذر منسق الاغاثه من ان المساعدات قد تتأخر.";
            assertThat(sentences(LONG_AR + "\n" + heading + "\n" + body, "ar")).containsExactly(LONG_AR, heading, body);
            assertThat(sentences(LONG_AR + "\nالسبت 1 يناير 2005\n" + body, "ar"))
                    .containsExactly(LONG_AR, "السبت 1 يناير 2005", body);
        }

        @Test
        void aParagraphBreakAlwaysEndsASentence() {
            assertThat(sentences("وقال المتحدث إن\n\nالمحادثات توقفت.", "ar")).containsExactly("وقال المتحدث إن", "المحادثات توقفت.");
        }

        @Test
        void theTitleIsASentenceOfItsOwn() {
            CleanedDocument doc = TestDocs.titled("واشنطن توقف المباحثات الثنائية مع موسكو حول سوريا\n"
                    + "أعلنت واشنطن تعليق المشاركة في المباحثات.");
            List<SentenceSpan> spans = splitter.split(doc, "ar");
            assertThat(spans).hasSize(2);
            assertThat(spans.get(0).title()).isTrue();
            assertThat(doc.text().substring(spans.get(0).start(), spans.get(0).end()))
                    .isEqualTo("واشنطن توقف المباحثات الثنائية مع موسكو حول سوريا");
            assertThat(spans.get(1).title()).isFalse();
        }
    }

    @Nested
    class English {
        @Test
        void hardWrappedNewswireIsSplitIntoSentencesAcrossLines() {
            String text = "\nThe minister said on Friday that talks would resume in the capital \n"
                    + "next week, accusing the rebels of trying to ``stall'' the whole process. \n"
                    + "``We will not wait forever,'' he told reporters after a Cabinet \n"
                    + "meeting. Rebel leaders were not available for comment on Sep. \n"
                    + "24. Mr. Smith and Dr. Jones met U.S. officials in the morning. \n";
            assertThat(sentences(text, "en")).containsExactly(
                    "The minister said on Friday that talks would resume in the capital \n"
                            + "next week, accusing the rebels of trying to ``stall'' the whole process.",
                    "``We will not wait forever,'' he told reporters after a Cabinet \nmeeting.",
                    "Rebel leaders were not available for comment on Sep. \n24.",
                    "Mr. Smith and Dr. Jones met U.S. officials in the morning.");
        }

        @Test
        void abbreviationsAndInitials() {
            assertThat(sentences("Acme Inc. said it would buy No. 2 rival Bolt Corp. The deal was announced by "
                    + "J. Smith at 5 p.m. Monday in Washington, D.C. It closes in the U.S. The rest follows on Jan. 5.", "en"))
                    .containsExactly("Acme Inc. said it would buy No. 2 rival Bolt Corp.",
                            "The deal was announced by J. Smith at 5 p.m. Monday in Washington, D.C.",
                            "It closes in the U.S.", "The rest follows on Jan. 5.");
            assertThat(sentences("Lt. Col. Nancy Currie and Brig. Gen. Fayez Zeidan met Reps. David Price and Julia Carson.", "en"))
                    .hasSize(1);
            assertThat(sentences("But Sen. Dale Bumpers said the former Sen. Bob Dole had agreed.", "en")).hasSize(1);
        }

        @Test
        void versusAndCitationAbbreviationsNeverEndASentence() {
            // "vs." follows a capitalized name as titles do after "Hun Sen", but it always links two parties
            assertThat(sentences("The case of United States vs. Microsoft Corp. opens today. See Smith v. Jones.", "en"))
                    .containsExactly("The case of United States vs. Microsoft Corp. opens today.", "See Smith v. Jones.");
        }

        @Test
        void shoutsInsideASentenceThatRunsOnAfterThemAreNotSentences() {
            assertThat(sentences("Democrats bellowed ``You resign! You resign!'' at the speaker when he rose. He left.", "en"))
                    .containsExactly("Democrats bellowed ``You resign! You resign!'' at the speaker when he rose.", "He left.");
            assertThat(sentences("Fans chanted \u201CGo! Go!\u201D as the team arrived. It won.", "en"))
                    .containsExactly("Fans chanted \u201CGo! Go!\u201D as the team arrived.", "It won.");
            // a quotation that closes before a new sentence still ends one
            assertThat(sentences("Democrats shouted ``You resign! You resign!'' Livingston went on.", "en"))
                    .containsExactly("Democrats shouted ``You resign!", "You resign!''", "Livingston went on.");
        }

        @Test
        void aTitleAfterANameIsTheNamesEnd() {
            // "Sen" is a title before a name and the end of Cambodia's Hun Sen after one.
            assertThat(sentences("The king met Hun Sen. Events moved fast. Ranariddh met Hun Sen. The talks failed.", "en"))
                    .containsExactly("The king met Hun Sen.", "Events moved fast.", "Ranariddh met Hun Sen.",
                            "The talks failed.");
        }

        @Test
        void doubledApostropheClosesAQuote() {
            assertThat(sentences("He said ``It is over.'' Then he left.", "en"))
                    .containsExactly("He said ``It is over.''", "Then he left.");
        }

        @Test
        void aQuotedQuestionFollowedByTheSpeakerIsOneSentence() {
            assertThat(sentences("``Who is in charge now?'' asked one official. Nobody answered.", "en"))
                    .containsExactly("``Who is in charge now?'' asked one official.", "Nobody answered.");
        }

        @Test
        void decimalsAndDatesStayWhole() {
            assertThat(sentences("Prices rose 3.5 percent after the 9/11 attacks, the report said on 10.11.2001 in Geneva.", "en"))
                    .hasSize(1);
        }

        @Test
        void wireServicePickupNotesAreNotSentences() {
            assertThat(sentences("The attack was condemned. Hamas is, 2nd graf pvs\n\nThe men, pickup 9th pvs", "en"))
                    .containsExactly("The attack was condemned.");
        }

        @Test
        void unwrappedLinesContinueOnlyWhenTheyVisiblyRunOn() {
            String text = "Japan Pledges Half a Billion Dollars in Aid to the Region\n"
                    + "Japan's prime minister announced on Saturday that his government would give\n"
                    + "half a billion dollars, the largest pledge by any single country so far this year.\n";
            assertThat(sentences(text, "en")).containsExactly("Japan Pledges Half a Billion Dollars in Aid to the Region",
                    "Japan's prime minister announced on Saturday that his government would give\n"
                            + "half a billion dollars, the largest pledge by any single country so far this year.");
        }

        @Test
        void titleIsNotGluedToALowercaseFirstLine() {
            CleanedDocument doc = TestDocs.titled("Talks suspended\nthe United States said on Monday.");
            List<SentenceSpan> spans = splitter.split(doc, "en");
            assertThat(spans).extracting(SentenceSpan::title).containsExactly(true, false);
        }

        @Test
        void flashHeadlinesInCapitalsAreOneALineAndTheirAbbreviationsDoNotEndThem() {
            String flash = "HARBOURVIEW FOODS Q2 SALES $812 MLN VS. FACTSET EST. $840 MLN\n"
                    + "HARBOURVIEW FOODS Q2 ADJ EPS $0.41 VS. EST. $0.47\n"
                    + "HARBOURVIEW FOODS SHARES DOWN 6% PREMARKET\n";
            assertThat(sentences(flash, "en")).containsExactly(
                    "HARBOURVIEW FOODS Q2 SALES $812 MLN VS. FACTSET EST. $840 MLN",
                    "HARBOURVIEW FOODS Q2 ADJ EPS $0.41 VS. EST. $0.47", "HARBOURVIEW FOODS SHARES DOWN 6% PREMARKET");
            // a line in capitals ending in a comma runs on
            assertThat(sentences("THE HARBOUR BOARD VOTED TO RAISE THE DUES,\nITS CHAIRMAN SAID\n", "en")).hasSize(1);
        }

        @Test
        void adjAndVsBeforeTheWordsTheyQualifyDoNotEndASentence() {
            assertThat(sentences("Second-quarter adj. EPS was $0.41 vs. a consensus of $0.47. Sales fell 3%.", "en"))
                    .containsExactly("Second-quarter adj. EPS was $0.41 vs. a consensus of $0.47.", "Sales fell 3%.");
            // time zones and abbreviations in capitals still end a sentence before its opener
            assertThat(sentences("The market opened at 9:30 a.m. EST. The index fell 2% in the first hour.", "en"))
                    .containsExactly("The market opened at 9:30 a.m. EST.", "The index fell 2% in the first hour.");
        }

        @Test
        void anAcronymOrInitialsInProseEndASentenceBeforeAnyCapitalOrFigure() {
            assertThat(sentences("The bank said it had written to the SEC. Its shares fell 4% in London.", "en"))
                    .containsExactly("The bank said it had written to the SEC.", "Its shares fell 4% in London.");
            assertThat(sentences("The studio will move to LA. Analysts expect savings.", "en")).hasSize(2);
            assertThat(sentences("The firm was founded in Great Falls, MT. Farmers sued it in 2019.", "en")).hasSize(2);
            assertThat(sentences("The mill will be built in the U.S. $2.5 billion of it is a state grant.", "en"))
                    .containsExactly("The mill will be built in the U.S.", "$2.5 billion of it is a state grant.");
        }

        @Test
        void aPromptsShortAnswerAfterItsQuestionEndsAtTheLineBreak() {
            assertThat(sentences("Have an account? Log in\nRead every story for $2 a week.\n", "en"))
                    .containsExactly("Have an account?", "Log in", "Read every story for $2 a week.");
            // a sentence whose line ends in a stopword still runs on
            assertThat(sentences("The talks resumed. Delegates from the\nHarbour Board said the dues would rise.\n", "en"))
                    .containsExactly("The talks resumed.", "Delegates from the\nHarbour Board said the dues would rise.");
        }
    }

    @Nested
    class Robustness {
        @Test
        void spansWithoutLettersAreNotSentences() {
            assertThat(sentences("•\n\n1/5\n\n• 2/5\n\n-- 2016 --\n\nReal sentence here.", "en"))
                    .containsExactly("Real sentence here.");
        }

        @Test
        void aHundredThousandCharacterLineIsCutIntoPieces() {
            String line = "word ".repeat(20_000).strip();
            CleanedDocument doc = TestDocs.plain(line);
            List<SentenceSpan> spans = splitter.split(doc, "en");
            assertThat(spans).hasSizeGreaterThan(200);
            int covered = 0;
            for (SentenceSpan s : spans) {
                String t = line.substring(s.start(), s.end());
                assertThat(SentenceSplitter.countWords(t, 0, t.length())).isLessThanOrEqualTo(SentenceSplitter.MAX_WORDS);
                covered += SentenceSplitter.countWords(t, 0, t.length());
            }
            assertThat(covered).isEqualTo(20_000);
        }

        @Test
        void aRunOnIsCutAfterACommaWhenThereIsOne() {
            String clause = "ومنعت القوات وصول المساعدات إلى المدنيين في الأحياء الشرقية من المدينة المحاصرة منذ شهر، ";
            String text = clause.repeat(20).strip();
            for (String s : sentences(text, "ar")) assertThat(s).endsWith("،");
        }

        @Test
        void textWithoutSpacesIsCutAtTheCharacterLimit() {
            String blob = "x".repeat(100_000);
            List<SentenceSpan> spans = splitter.split(TestDocs.plain(blob), "en");
            assertThat(spans).hasSize(100_000 / SentenceSplitter.MAX_CHARS);
            assertThat(spans).allSatisfy(s -> assertThat(s.end() - s.start()).isEqualTo(SentenceSplitter.MAX_CHARS));
        }

        @Test
        void anEmptyDocumentHasNoSentences() {
            assertThat(sentences("", "ar")).isEmpty();
            assertThat(sentences("\n\n  \n", "en")).isEmpty();
        }

        @Test
        void unknownLanguageStillSplits() {
            assertThat(sentences("One thing. Another thing.", "xx")).containsExactly("One thing.", "Another thing.");
            assertThat(sentences("One thing. Another thing.", null)).hasSize(2);
        }
    }
}
