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
            "Officials in Washington said Tuesday that the talks had failed.|Officials in Washington said that the talks had failed.",
            "The minister said talks would go on, though the envoy walked out yesterday in protest.|The minister said talks would go on, though the envoy walked out in protest.",
            "The U.S. on Tuesday said it would send aid.|The U.S. said it would send aid.",
            "On Tuesday, 40 people were evacuated from the valley.|40 people were evacuated from the valley.",
            "On Tuesday, “we closed the basin,” the mayor said.|“We closed the basin,” the mayor said.",
            "On Tuesday, iPhone sales fell by a tenth.|iPhone sales fell by a tenth.",
            // will cannot be yesterday's: yesterday dates the saying
            "The mayor, who will retire in May, said yesterday that the bridge would stay shut.|The mayor, who will retire in May, said that the bridge would stay shut.",
            // right after a verb of saying the day dates the saying, even of a plan or of what will be
            "The company plans to cut 500 jobs, it said yesterday.|The company plans to cut 500 jobs, it said.",
            "The union will strike next month, its leader said Tuesday.|The union will strike next month, its leader said.",
            // "of" after the day is the verb's ("convicted of"), unless it names the day's week ("Monday of this week")
            "The founder was convicted on Tuesday of defrauding investors.|The founder was convicted of defrauding investors.",
            // a sayer and a verb of saying stand without the day, a participle alone ("The result, announced Tuesday,") does not
            "The storm killed three people, authorities said Monday, as crews worked to restore power.|The storm killed three people, authorities said, as crews worked to restore power.",
            "The plant will close next year, Italy said Monday, as talks with the unions failed.|The plant will close next year, Italy said, as talks with the unions failed.",
            // a past event: the day at the end only dates it, with its part of the day and a clock time
            "Workers patched the cracked dam wall late Thursday.|Workers patched the cracked dam wall.",
            "The ferry struck the pier near the old customs house Saturday night.|The ferry struck the pier near the old customs house.",
            "Six carriages of the night train left the rails at about 11:05 p.m. Friday.|Six carriages of the night train left the rails.",
            "Two hikers were found alive near the ridge early Sunday.|Two hikers were found alive near the ridge.",
            "Divers searched the flooded harbour at dawn Monday.|Divers searched the flooded harbour.",
            // a bare day after a sayer's verb and before the reported clause, or between a subject and its past verb (wire style)
            "Prime Minister Lena Varga said Friday she would not seek a third term.|Prime Minister Lena Varga said she would not seek a third term.",
            "The harbour board said Monday the basin would reopen in spring.|The harbour board said the basin would reopen in spring.",
            "The dockers' union Tuesday rejected the port authority's offer.|The dockers' union rejected the port authority's offer.",
            "Regional leaders Saturday backed calls for an inquiry into the collapse.|Regional leaders backed calls for an inquiry into the collapse.",
            "Rebel commanders Sunday agreed to a ceasefire along the northern front.|Rebel commanders agreed to a ceasefire along the northern front.",
            // two days in two clauses are no list: each is read on its own
            "A guard who helped divers reach the hull Friday night, died early Sunday in the city hospital.|A guard who helped divers reach the hull, died in the city hospital.",
    })
    void leavesOutADayThatOnlyDatesTheReport(String sentence, String quoted) {
        assertThat(quote(sentence, "en")).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The talks resume Monday.",                                    // the day is the news
            "The company widened the recall it announced on Tuesday to 2.9 million units.", // the figure is the recall's
            "The port closed on Monday of this week after the storm.",     // "of" names the day's week
            "The plan, which was announced Monday, calls for 500 new homes.", // no sayer: a clause that would be a stub
            "The plan, first announced Tuesday, calls for 500 new homes.",
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
            "He said Sunday was the deadline for the payment.",              // the subject
            "He said Monday marked the start of the harvest.",                // the subject of the reported clause
            // the subject of a clause a conjunction or a verb of thinking opens, before its past verb
            "The ferry office stayed closed because Monday was a public holiday.",
            "Investigators believe Saturday was the day the tanker began leaking.",
            "Markets were quiet although Friday brought fresh losses in Tokyo.",
            "Many analysts think Tuesday marked the turning point in the talks.",
            "Experts agreed Monday signalled a shift in policy.",
            "A rally held Sunday followed a week of protests.",               // the participle's day, not the verb's
            "The storm that hit Monday destroyed 300 homes on the coast.",    // the relative clause's day
            "Flights stayed grounded for a fifth day since the strike that began Monday.", // "that began." would dangle
            "The deal, reached after 19 hours of talks that began Sunday morning, was announced by the minister.",
            // which day the aside counts from depends on the days left
            "Negotiators met Thursday for the first time since talks collapsed Tuesday, a day before the deadline.",
            "Thousands attended Friday prayers at the main mosque.",          // a modifier
            "The bill would allow Sunday trading in small shops.",
            "The mayor, speaking on Tuesday, said the port was safe.",        // a clause that would be a stub
            "The result, announced Tuesday, surprised analysts.",
            "The vote—held Sunday—was close.",
            "Talks continued Wednesday, Thursday and Friday.",                // lists and contrasts
            "It rained on Tuesday and on Wednesday.",
            "It rained Tuesday but not Wednesday, the weather office said.",
            "The summit will open on Monday in Geneva.",                      // what is to come
            "Results will be announced Tuesday, the company said.",
            "The court on Friday may rule on the ban.",
            "The talks broke down on Monday, a day before the deadline.",
            "\"He left on Sunday,\" she said.",                              // a quotation is quoted as said
            "The fire started on Sunday the 16th near the quay.",
            "On Tuesday (local time), the ministry said the port was shut.",
            "Yesterday, too, the ministry said the port was shut.",
            "The ferry tickets for yesterday were refunded in full.",        // "for" needs its object
            "The vote scheduled for yesterday was postponed after a walkout.",
            "The vote had been expected yesterday but was postponed again.", // a plan may be a past one
            "The talks ran into Tuesday morning as delegates argued.",       // a preposition needs its object
            "Flights were suspended during Sunday as the storm passed.",
            "Fighting went on throughout Monday in the north.",
            "The talks dragged on past Sunday in Geneva.",
            "The deadline was extended beyond Friday by the court.",
            "The fire was reported at about 2:15 p.m. Sunday near the trailhead, officials said.", // a time needs its day
            "The polls closed at 8 p.m. Sunday in most of the country.",
            "The delayed talks on the dam resume Thursday.",                 // present: what is to come
            "Schools in the valley remain closed Thursday.",
            "Four people killed in the flood are buried Thursday.",
            "He died Tuesday.",                                               // the day is most of its clause
            "The new ferry was to leave the harbour early Thursday.",         // a plan
            "Only 18 of the bodies had been identified by midday Saturday.",  // a bound
            "With all ballots counted, the mayor had 52 percent, the commission said at 6:40 a.m. Monday.", // the count's time
            "The ferry had been ordered to stay in port until 9 p.m. Friday.", // a bound
            "Pilgrims marched from the station on Saturday to the shrine on Sunday.",
            "Parliament approved a law that comes into force Sunday.",          // what is to come, in a clause of its own
            "Water use fell 22 percent on Sunday compared with the previous Sunday, the authority said.", // a day set against another
            "Turnout on Friday was half that of the preceding Friday.",
    })
    void keepsADayThatCarriesThePoint(String sentence) {
        assertThat(quote(sentence, "en")).isEqualTo(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت وزارة الصحة يوم الثلاثاء إغلاق ثلاث مدارس في المدينة.|وأعلنت وزارة الصحة إغلاق ثلاث مدارس في المدينة.",
            "وقال المحافظ مساء أمس إن الطريق سيعاد فتحه قريبا.|وقال المحافظ إن الطريق سيعاد فتحه قريبا.",
            "وصل الوفد صباح الخميس إلى العاصمة لبدء المفاوضات.|وصل الوفد إلى العاصمة لبدء المفاوضات.",
            "في صبيحة يوم الأحد، اجتاحت السيول بلدة العين البيضاء وجرفت عشرات السيارات.|اجتاحت السيول بلدة العين البيضاء وجرفت عشرات السيارات.",
            "ووصل الوفد صبيحة يوم الخميس إلى العاصمة.|ووصل الوفد إلى العاصمة.",   // "on Thursday morning", as «صباح الخميس»
            "في يوم الأربعاء، أعلنت الشركة وقف رحلاتها.|أعلنت الشركة وقف رحلاتها.",
            "تداولت قنوات صباح أمس الثلاثاء صورا للأسئلة قبل بدء الامتحان.|تداولت قنوات صورا للأسئلة قبل بدء الامتحان.",
            "وفي يوم الأربعاء، أعلنت الشركة وقف رحلاتها.|أعلنت الشركة وقف رحلاتها.",
            "أعلنت السلطات، الثلاثاء، ارتفاع عدد المصابين إلى 40.|أعلنت السلطات ارتفاع عدد المصابين إلى 40.",
            "وقال المتحدث الصحفي يوم الثلاثاء إن الميناء أغلق.|وقال المتحدث الصحفي إن الميناء أغلق.",
            "قال الوزير، اليوم الثلاثاء، إن البلدين سيواصلان المحادثات رغم إعلان واشنطن أمس تعليقها.|قال الوزير إن البلدين سيواصلان المحادثات رغم إعلان واشنطن تعليقها.",
            // «في» goes with the yesterday it governs, as with a day, not left as «قال في في بيان»
            "وقال المتحدث في مساء أمس في بيان إن الميناء أغلق.|وقال المتحدث في بيان إن الميناء أغلق.",
            // today with its time of day is the report's day, as yesterday is
            "اعتمد مجلس الوزراء في اجتماعه الذي عقده صباح اليوم الميزانية العامة للدولة.|اعتمد مجلس الوزراء في اجتماعه الذي عقده الميزانية العامة للدولة.",
            "وتواصل فرق الإنقاذ مساء اليوم البحث عن المفقودين في الوادي.|وتواصل فرق الإنقاذ البحث عن المفقودين في الوادي.",
            // a past event at the end: the day only dates it
            "لم يتوقع الصيادون أن تغمر المياه مرفأ البلدة القديم خلال دقائق فجر اليوم الجمعة.|لم يتوقع الصيادون أن تغمر المياه مرفأ البلدة القديم خلال دقائق.",
            "انتشلت فرق الدفاع المدني جثة صياد من البحيرة مساء أمس.|انتشلت فرق الدفاع المدني جثة صياد من البحيرة.",
            // «as of today» bounds nothing a reader can place
            "وأعلنت البلدية إغلاق السوق لمدة يومين اعتبارا من اليوم، تجرى خلالهما الصيانة.|وأعلنت البلدية إغلاق السوق لمدة يومين، تجرى خلالهما الصيانة.",
            "وأعلنت البلدية إغلاق السوق لمدة يومين اعتبارا من اليوم.|وأعلنت البلدية إغلاق السوق لمدة يومين.",
            // a relative clause in the perfect dates a past event, whatever verbal nouns («تسريب») the sentence holds
            "أوقفت الشرطة موظفين اثنين للاشتباه في تورطهما في تسريب الوثائق، التي نشرتها صحيفة محلية صباح اليوم الخميس.|أوقفت الشرطة موظفين اثنين للاشتباه في تورطهما في تسريب الوثائق، التي نشرتها صحيفة محلية.",
            // yesterday is never a plan's day, though a verbal noun («تمديد») precedes it
            "أعلنت البلدية تمديد فترة التسجيل إلى 20 يوما بدلا من 10 أيام أعلنت عنها أمس.|أعلنت البلدية تمديد فترة التسجيل إلى 20 يوما بدلا من 10 أيام أعلنت عنها.",
            // a verbal noun still makes today's day a plan's date; a relative clause's imperfect does too
            "أعلنت الوزارة تعليق الدراسة صباح يوم الأحد.|أعلنت الوزارة تعليق الدراسة صباح يوم الأحد.",
            "أعلنت الوزارة تعليق الدراسة في المدارس التي تقع في المنطقة صباح يوم الأحد.|أعلنت الوزارة تعليق الدراسة في المدارس التي تقع في المنطقة صباح يوم الأحد.",
            // a day after an aside goes with its closing comma only: the comma before it closes the aside
            "أعلن الاتحادان، الآسيوي والأفريقي، اليوم الثلاثاء، إلغاء البطولة المشتركة.|أعلن الاتحادان، الآسيوي والأفريقي، إلغاء البطولة المشتركة.",
            "وبعد انتهاء الاجتماع، أعلن الاتحاد، الثلاثاء، إلغاء البطولة.|وبعد انتهاء الاجتماع، أعلن الاتحاد إلغاء البطولة.",
            "فاز الفريق باللقب بعد تغلبه على منافسه العنيد بثلاثة أهداف مقابل هدف، مساء اليوم السبت، في المباراة النهائية.|فاز الفريق باللقب بعد تغلبه على منافسه العنيد بثلاثة أهداف مقابل هدف في المباراة النهائية.",
            // the day of a statement issued or a meeting held describes it: without the day the verb hangs
            "أكدت الحكومتان، في بيان مشترك صدر مساء اليوم الثلاثاء، أن المعبر سيفتح.|أكدت الحكومتان، في بيان مشترك، أن المعبر سيفتح.",
            "وقالت الحكومتان في البيان الذي صدر مساء اليوم الثلاثاء إن المعبر سيفتح.|وقالت الحكومتان في البيان الذي صدر مساء اليوم الثلاثاء إن المعبر سيفتح.",
            // "the same day" as a sentence the summary does not quote; ending the sentence it is the point
            "وأُلقي القبض في اليوم نفسه على أربعة أشخاص بينهم موظف في البلدية.|وأُلقي القبض على أربعة أشخاص بينهم موظف في البلدية.",
            "وأعلنت الوزارة في اليوم ذاته تعليق الرحلات إلى الجزيرة.|وأعلنت الوزارة تعليق الرحلات إلى الجزيرة.",
            "ووقعت الانفجارات الثلاثة في اليوم نفسه.|ووقعت الانفجارات الثلاثة في اليوم نفسه.",
            // the day a relative clause names stays with it
            "وقتل ثلاثة أشخاص في اليوم نفسه الذي وصل فيه الوزير إلى المدينة.|وقتل ثلاثة أشخاص في اليوم نفسه الذي وصل فيه الوزير إلى المدينة.",
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
            "وتبدأ المفاوضات يوم الأحد المقبل في جنيف.",
            "وتعقد الجلسة يوم الأحد الموافق 16 يناير في القاعة.",
            "وتعقد الجلسة يوم الأحد (16 يناير) في القاعة.",
            "وتستمر الرحلات بين يوم السبت ويوم الأحد دون توقف.",
            "وقال إن يوم الأحد سيكون حاسما للمفاوضات.",
            "واعتبر أن أمس كان أصعب يوم على السكان.",
            "ستعقد اللجنة اجتماعها يوم الخميس في مقر الوزارة.",
            "قال الوزير «أغلقنا الميناء يوم الثلاثاء بعد الانفجار» للصحفيين.",
            "كان من المقرر أن يصوت البرلمان أمس على القانون لكنه أجل التصويت.", // a plan may be a past one
            "وتستمر المهلة حتى نهاية اليوم الخميس في كل المحافظات.",         // a part of the day needs its day
            "وتستمر المهلة حتى نهايه يوم الخميس في كل المحافظات.",
            "وبدأت الاحتجاجات منذ بداية يوم الأحد في العاصمة.",
            "وعاد الوفد مطلع يوم الأحد إلى العاصمة.",
            "وانقطعت الكهرباء منذ منتصف ليل الأربعاء في المدينة.",
            "وتنتهي المهلة بحلول يوم الأحد في كل المحافظات.",                // a preposition needs its object
            "ووقع الانفجار قبيل ظهر أمس في السوق.",
            "ووقع الانفجار بعيد ظهر أمس في السوق.",
            "ووقع الانفجار عند ظهر أمس في السوق.",
            "وبدأ الهجوم مع فجر الخميس على البلدة.",
            "واستمر القصف طوال يوم الخميس على المدينة.",
            "واستمر القصف طيلة يوم الخميس على المدينة.",
            "ووصل الوفد عشية يوم الخميس إلى العاصمة.",
            "وعاد الوفد غداة يوم الخميس إلى العاصمة.",
            "ووصل الوزير إلى المطار وقبل يوم الأحد التقى الرئيس.",
            "وأغلقت المعابر وبعد يوم الخميس أعيد فتحها.",
            "وتوقف القصف ليلا وخلال يوم الخميس عاد الهدوء إلى المدينة.",
            "وقال إن السكان في أمس الحاجة إلى المساعدة.",                   // "in direst need"
            "وعاد الوفد صباح اليوم التالي إلى العاصمة بعد فشل المفاوضات.",    // "the next morning"
            "وتجددت الاشتباكات صباح اليوم الثاني للهدنة في الأحياء الشرقية.",  // a day counted
            "وقدم الوزير مقابلة في برنامج صباح اليوم على القناة الأولى.",     // a programme's name
            "وقال إن اليوم يختلف عن الأمس في كل شيء.",                        // a bare «اليوم» may be "nowadays"
            "وأعلنت الوزارة أن البيان صدر مساء اليوم.",                       // the day may be the news
            "يتوقع أن تغمر المياه مرفأ البلدة القديم خلال دقائق فجر اليوم الجمعة.", // not past: what is to come
            "وأعلنت الشركة أن رحلات الخط الجديد تبدأ صباح اليوم الجمعة.",
            "المحادثات بين الوفدين في العاصمة تنطلق صباح اليوم الجمعة.",
            "وتعاني المدينة منذ السبت من انقطاع الكهرباء.",                   // a bound
            "ومددت الوزارة إغلاق المدارس حتى الخميس.",
            "وتم حتى الآن إجلاء 300 عائلة.",
            "وأعلنت البلدية إغلاق السوق اعتبارا من اليوم الثاني للمهرجان.",   // a day counted
            "وحددت محكمة الجنايات موعد النطق بالحكم في القضية صباح يوم الاثنين.",  // the date set
            "وأعلنت وزارة التربية إعادة فتح المدارس في المحافظة صباح يوم الأحد.",
            "لم يكن السكان يتوقعون أن ينتهي مساء الخميس بكارثة في الحي القديم.", // the subjunctive's subject
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

    @ParameterizedTest
    @ValueSource(strings = {
            "Yesterday, Monday, the ministry said the strike at the port was over after talks.",
            "Yesterday, on Monday, the ministry said the strike at the port was over after talks.",
            "Yesterday\tstocks\tfell\tsharply\tin\tTokyo\tafter\ta\tsell-off\ton\tMonday.",
            "أمس، يوم الثلاثاء، أعلنت الوزارة انتهاء الإضراب في الميناء.",
    })
    void omissionsNeverOverlapAndTheQuoteIsTheRest(String sentence) {
        String language = sentence.contains("أمس") ? "ar" : "en";
        List<Omission> cut = RelativeDays.find(sentence, 0, sentence.length(), language);
        for (int k = 1; k < cut.size(); k++) assertThat(cut.get(k).start()).isGreaterThanOrEqualTo(cut.get(k - 1).end());
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (Omission o : cut) {
            kept.append(sentence, at, o.start());
            at = o.end();
        }
        kept.append(sentence.substring(at));
        assertThat(RelativeDays.quote(sentence, 0, sentence.length(), cut)).isEqualToIgnoringCase(kept);
    }

    @Test
    void otherLanguagesAreQuotedWhole() {
        String s = "Der Minister kündigte am Dienstag die Schließung des Hafens an.";
        assertThat(RelativeDays.find(s, 0, s.length(), "de")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "L'avion est sorti de piste à l'atterrissage vendredi matin.|L'avion est sorti de piste à l'atterrissage.",
            "Le ministre a présenté samedi sa démission au Premier ministre.|Le ministre a présenté sa démission au Premier ministre.",
            "Vendredi soir, les pompiers ont évacué trois cents habitants.|Les pompiers ont évacué trois cents habitants.",
            // the day is the point: with its date, after « jusqu'à », in a plan, in the present
            "Le ministre a annoncé la fermeture du port jusqu'à vendredi.|Le ministre a annoncé la fermeture du port jusqu'à vendredi.",
            "Les obsèques ont été fixées au vendredi 14 mars.|Les obsèques ont été fixées au vendredi 14 mars.",
            "La réunion est prévue mardi à 14 heures à la préfecture.|La réunion est prévue mardi à 14 heures à la préfecture.",
            "Le port reste fermé jusqu'à nouvel ordre ce lundi.|Le port reste fermé jusqu'à nouvel ordre ce lundi.",
            "Le syndicat a appelé à une nouvelle grève samedi prochain.|Le syndicat a appelé à une nouvelle grève samedi prochain.",
            "Météo-France avait placé le département en vigilance rouge lundi à 16h00.|Météo-France avait placé le département en vigilance rouge lundi à 16h00.",
            "Le corps d'un homme porté disparu depuis la nuit de lundi à mardi a été retrouvé.|Le corps d'un homme porté disparu depuis la nuit de lundi à mardi a été retrouvé.",
    })
    void leavesOutAFrenchDayOfACompoundPast(String sentence, String quoted) {
        assertThat(quote(sentence, "fr")).isEqualTo(quoted);
    }

    @Test
    void aCapitalizedVerbOfSayingBeforeADayIsReadWithoutFailing() {
        // the verb is found where it stands, not searched for in lower case
        assertThat(quote("Announced Tuesday, the plan drew criticism from unions.", "en")).isNotBlank();
        assertThat(quote("Police Said Tuesday that the suspect had fled the city.", "en"))
                .isEqualTo("Police Said that the suspect had fled the city.");
    }

    @Test
    void theEarlyHoursOfADayGoAsEarlyThatDayDoes() {
        assertThat(quote("The fire was reported in the early hours of Sunday, when a guard saw smoke over the depot.", "en"))
                .isEqualTo("The fire was reported, when a guard saw smoke over the depot.");
        assertThat(quote("In the early hours of Sunday, firefighters reached the depot.", "en")).isEqualTo("Firefighters reached the depot.");
        String plan = "The depot will reopen in the early hours of Sunday.";
        assertThat(quote(plan, "en")).isEqualTo(plan);
    }

    @Test
    void anAsideCountingFromADateLeavesTheOtherDaysFree() {
        assertThat(quote("The festival will now open on Friday, May 9, a day earlier than planned, after ticket sales "
                + "doubled, organizers said Wednesday.", "en")).isEqualTo("The festival will now open on Friday, May 9, a day "
                + "earlier than planned, after ticket sales doubled, organizers said.");
        // counting from a relative day, the aside needs it
        String s = "Talks collapsed Tuesday, a day before the deadline, officials said Thursday.";
        assertThat(quote(s, "en")).isEqualTo(s);
    }
}
