package io.khulasa.select;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuresTest {

    @Test
    void readsWhatEachFigureCounts() {
        assertThat(Measures.read("The Cedar Ridge Fire has burned 14,200 acres and is 40% contained as of 8 a.m. Friday."))
                .isEqualTo(Map.of("acre", Set.of(14200.0), "%contain", Set.of(40.0)));
        assertThat(Measures.read("Containment stood at 15 percent containment, and 57 homes were destroyed."))
                .containsEntry("%contain", Set.of(15.0)).containsEntry("home", Set.of(57.0));
        assertThat(Measures.read("زيادة رأسمال الصندوق الذي ارتفع إلى 8 مليارات دولار")).isEqualTo(Map.of("دولار", Set.of(8e9)));
        assertThat(Measures.read("إطلاق وعاء مالي مشترك بقيمة خمسة مليارات دولار")).isEqualTo(Map.of("دولار", Set.of(5e9)));
        assertThat(Measures.read("ووقّع على إعلانه سبعة عشر رئيس وفد")).isEqualTo(Map.of("رئيس", Set.of(17.0)));
        assertThat(Measures.read("أعلنت الشرطة توقيف 40 محتجاً")).isEqualTo(Map.of("محتج", Set.of(40.0)));
        // a definite number follows what it counts, after the noun's complement if it has one
        assertThat(Measures.read("إن مراكز العلاج الأربعة تعمل بكامل طاقتها")).isEqualTo(Map.of("مراكز", Set.of(4.0)));
        assertThat(Measures.read("ورفعت الوزارة عدد المراكز إلى 9 مراكز")).containsEntry("مراكز", Set.of(9.0));
        assertThat(Measures.read("ورفعت الوزارة عدد المراكز إلى ٩ مراكز")).containsEntry("مراكز", Set.of(9.0)); // Arabic-Indic
        assertThat(Measures.read("وقالت المصادر إن المراكز التسعة تعمل")).isEqualTo(Map.of("مراكز", Set.of(9.0)));
    }

    @Test
    void figuresThatCountAnythingAreNoMeasure() {
        // people, time, distance, degrees, years and dates; casualties are read by CasualtyCounts
        assertThat(Measures.read("About 3,000 people left within 24 hours, 650 kilometres from the coast.")).isEmpty();
        assertThat(Measures.read("A 6.1 magnitude quake in 2026 was followed by a 4.4 degree aftershock on 14 October.")).isEmpty();
        assertThat(Measures.read("Twelve people were killed and 40 injured.")).isEmpty();
        // a date with a month spelled with hamza, a place after «في»
        assertThat(Measures.read("وقع الحادث في 14 أكتوبر واعتقال 12 في الخليل")).isEmpty();
        // a thousand with its separator is no year
        assertThat(Measures.read("The storm destroyed 2,000 homes in the valley.")).isEqualTo(Map.of("home", Set.of(2000.0)));
    }

    @Test
    void aFigureSetAgainstTheOldOneOrCountingWhatStandsBeforeItsVerbIsAnUpdate() {
        Measures.Reading old = Measures.reading("With 104 of 112 precincts recounted, the challenger's lead stands at 71 votes.");
        // "59 votes, down from 187": the new value beside the old; no function word is what a figure counts
        Measures.Reading down = Measures.reading("The challenger's lead is 59 votes, down from 187 when the count was certified.");
        assertThat(down.figures()).isEqualTo(Map.of("vote", Set.of(59.0)));
        assertThat(old.updatedBy(down)).containsExactly("vote");
        // "the number of challenged ballots rose to 1,412 by…": the counted thing stands before the verb
        Measures.Reading before = Measures.reading("The number of challenged ballots rose to 1,412 by the end of the day.");
        assertThat(before.figures()).isEqualTo(Map.of("ballot", Set.of(1412.0)));
        assertThat(Measures.reading("Observers set aside 640 ballots as challenged.").updatedBy(before)).containsExactly("ballot");
    }

    @Test
    void anUpdateIsAFigureGivenAfterAVerbOfChange() {
        Measures.Reading old = Measures.reading("The blaze had burned 8,900 acres by Thursday night.");
        assertThat(old.updatedBy(Measures.reading("The fire grew to 14,200 acres overnight."))).containsExactly("acre");
        // the same figure, or a figure not given as a change, updates nothing
        assertThat(old.updatedBy(Measures.reading("The fire has burned 14,200 acres."))).isEmpty();
        assertThat(old.updatedBy(Measures.reading("The fire grew to 8,900 acres."))).isEmpty();
        // «ارتفاع أسعار» is a rise of prices, not of the figure that follows
        Measures.Reading fund = Measures.reading("بقيمة 8 مليارات دولار");
        assertThat(fund.updatedBy(Measures.reading("وعاء بقيمة خمسة مليارات دولار يخفف وطأة ارتفاع أسعار الوقود"))).isEmpty();
        assertThat(Measures.reading("بقيمة خمسة مليارات دولار").updatedBy(Measures.reading("الذي ارتفع إلى 8 مليارات دولار")))
                .containsExactly("دولار");
    }

    @Test
    void whatAnUpdateCountsIsNoAuxiliaryPronounOrBareTotal() {
        // the noun before the verb, past its auxiliaries; not "has", "been", "it" or "total"
        assertThat(Measures.read("Unemployment has climbed to 8 percent.")).isEqualTo(Map.of("%unemploy", Set.of(8.0)));
        assertThat(Measures.read("Turnout has been rising to 55 percent.")).isEqualTo(Map.of("%turnout", Set.of(55.0)));
        assertThat(Measures.read("It rose to 12 percent.")).isEmpty();
        assertThat(Measures.read("The total has risen to 340.")).isEmpty();
        // a total counts what follows its "of"; a transitive verb's object is what it changed
        assertThat(Measures.read("The total number of cases has risen to 340.")).isEqualTo(Map.of("case", Set.of(340.0)));
        assertThat(Measures.read("The number of cases in Kern County rose to 340.")).isEqualTo(Map.of("case", Set.of(340.0)));
        assertThat(Measures.read("The Fed raised rates to 5.5 percent.")).isEqualTo(Map.of("%rate", Set.of(5.5)));
        assertThat(Measures.read("ارتفع عدد الموقوفين في صفوف المحتجين إلى 112")).isEqualTo(Map.of("موقوف", Set.of(112.0)));
    }

    @Test
    void noFunctionWordIsWhatAFigureCounts() {
        // "down from", "up from", "last year", «حتى الآن», «بعد أن»: the figure counts nothing said after it
        assertThat(Measures.read("Unemployment had climbed to 8 percent, down from 9.1 percent."))
                .isEqualTo(Map.of("%unemploy", Set.of(8.0)));
        assertThat(Measures.read("Inflation rose to 3%, up from 2% according to the agency.")).isEqualTo(Map.of("%inflation", Set.of(3.0)));
        assertThat(Measures.read("Turnout was 40%, down from 55% last year.")).isEmpty();
        // not «بعد»: the share before the figure says what it counts
        assertThat(Measures.read("وبلغت نسبة المشاركة 40 في المئة بعد أن كانت 30 في المئة")).isEqualTo(Map.of("%مشارك", Set.of(40.0)));
        assertThat(Measures.read("وارتفعت النسبة إلى 40 في المئة حتى الآن")).isEmpty();
    }

    @Test
    void whatTheReaderGivesAsAnUpdateThePrefilterLetsThrough() {
        for (String s : List.of("The lead is 59 votes, down from the 187 recorded earlier.",
                "Turnout rose to twelve percent.",
                "وارتفع عدد الموقوفين إِلَى 112 موقوفاً",
                // words of approximation between "to" and the figure
                "The number of rescuers in Meris province has grown to about 2,500, including army units.",
                "ليرتفع عدد المضربين إلى نحو 4500 عامل.")) {
            assertThat(Measures.reading(s).updated()).as(s).isNotEmpty();
            assertThat(Measures.mayGiveUpdate(s)).as(s).isTrue();
        }
        assertThat(Measures.mayGiveUpdate("The lead is 59 votes after the recount.")).isFalse();
        // a market's close is the day's figure
        assertThat(Measures.reading("استرد الجنيه جزءا من خسائره ليغلق عند 22.90 جنيه للدولار.").updated()).containsExactly("جني");
        assertThat(Measures.reading("The index closed at 31,450 points, its highest ever.").updated()).containsExactly("point");
        // a time of day is no figure
        assertThat(Measures.reading("The shop closed at 9 pm on Saturday.").figures()).isEmpty();
        // "at" of "stood at about" is the verb's, not an approximation's
        assertThat(Measures.reading("Unemployment stood at about 7.5 percent in May.").updated()).containsExactly("%unemploy");
    }

    @Test
    void theParallelMarketsRateIsAnotherPriceThanTheOfficialOne() {
        assertThat(Measures.read("وقال تجار إن سعر الدولار في السوق السوداء تراجع إلى 25 جنيها.")).containsOnlyKeys("جني" + Measures.PARALLEL);
        assertThat(Measures.read("On the black market, the dollar sold for 26 dinars.")).containsOnlyKeys("dinar" + Measures.PARALLEL);
        assertThat(Measures.read("وكان السعر الرسمي 15.70 جنيه، بينما تجاوز في السوق الموازية 26 جنيها."))
                .containsOnlyKeys("جني", "جني" + Measures.PARALLEL);
    }

    @Test
    void egyptianPoundsAreMoney() {
        assertThat(Measures.allMoney(Measures.read("بلغت قيمة المشروع 5 مليارات جنيه").keySet())).isTrue();
        assertThat(Measures.allMoney(Measures.read("ارتفع سعر الدولار إلى 30 جنيها").keySet())).isTrue();
        assertThat(Measures.allMoney(Measures.read("دفع 100 جنيهات").keySet())).isTrue();
    }

    @Test
    void namesBetweenAFigureAndWhatItCountsAndAnOldFigureSetAgainstItFartherOn() {
        Measures.Reading r = Measures.reading("About 67,000 Harbour Light customers remained without power, down from a peak"
                + " of more than 112,000 late Sunday.");
        assertThat(r.figures()).containsOnlyKeys("customer@harbour light");
        assertThat(r.figures().get("customer@harbour light")).containsExactly(67000.0);
        assertThat(r.updated()).containsExactly("customer@harbour light");
        // the update of an earlier report's customers, named or not, but not of another company's
        assertThat(Measures.reading("The storm left about 48,000 customers without power.").updatedBy(r)).containsExactly("customer");
        assertThat(Measures.reading("Harbour Light said about 48,000 customers had no power.").updatedBy(r)).containsExactly("customer");
        assertThat(Measures.reading("Valley Power said about 48,000 customers had no power.").updatedBy(r)).isEmpty();
        // names that are what is counted, before an adverb or a verb
        assertThat(Measures.reading("Officials denied that troops killed more than 40 Valley Timorese recently.").figures())
                .doesNotContainKey("recently");
        assertThat(Measures.reading("Seven Republicans voted against the measure.").figures()).containsOnlyKeys("republican");
        assertThat(Measures.reading("About 1,200 Americans remain in the city, the embassy said.").figures()).containsOnlyKeys("american");
        assertThat(Measures.reading("Some 300 Britons remain in the city, the embassy said.").figures()).containsOnlyKeys("briton");
    }

    @Test
    void aFigureClosingItsClauseCountsNothingAfterItButMayCountTheShareBeforeIt() {
        assertThat(Measures.read("وقدرت الهيئة نسبة المشاركة الأولية بـ31%، وهي نسبة وصفها مراقبون بأنها مخيبة"))
                .isEqualTo(Map.of("%مشارك", Set.of(31.0)));
        assertThat(Measures.read("The list won 127 seats of 300, while turnout reached a record.")).isEqualTo(Map.of("seat", Set.of(127.0)));
    }

    @Test
    void aShareBeforeItsFigureWinsAndAFigureIsSetAgainstOneOfItsKind() {
        assertThat(Measures.read("وبلغت نسبة المشاركة 38.5% مقارنة بـ41% في انتخابات 2019").get("%مشارك")).containsExactly(38.5);
        Measures.Reading r = Measures.reading("Turnout was 38.5% among 2.1 million registered voters, down from 41% in 2019.");
        assertThat(r.updated()).isEmpty();
    }

    @Test
    void perShareCountsSharesIrregularPluralsAfterNamesAndNamesNearAFigure() {
        assertThat(Measures.read("Ashcombe will buy the bank for $44.10 per share in cash.")).containsOnlyKeys("per-share");
        assertThat(Measures.read("Brent crude traded near $82 per barrel on Monday.")).containsOnlyKeys("per-barrel");
        assertThat(Measures.read("Israel released 30 Palestinian women from prison.")).containsOnlyKeys("women@palestinian");
        // names near a figure tell two companies' counts apart; a sentence's first word is no name on its own
        Measures.Reading duke = Measures.reading("Duke Energy said 112,000 customers were without power.");
        Measures.Reading dominion = Measures.reading("Dominion Energy reported 48,000 customers without power.");
        Measures.Reading officials = Measures.reading("Officials said about 48,000 customers were still in the dark.");
        assertThat(Measures.otherFigures(duke, dominion)).isEmpty();
        assertThat(Measures.otherFigures(duke, officials)).containsExactly("customer");
        // the same figure of two subjects (Redundancy's short repeat asks this): Brunson's 25 points are not Davis's
        assertThat(Measures.sameNames(Measures.reading("Jalen Brunson finished with 25 points."),
                Measures.reading("Anthony Davis added 25 points and 12 rebounds."), "point")).isFalse();
    }

    @Test
    void aSentencesFirstWordIsANameUnlessItIsACommonSubject() {
        Measures.Reading brunson = Measures.reading("Brunson scored 25 points for the Knicks on the night.");
        Measures.Reading davis = Measures.reading("Davis had 25 points for the Lakers in the loss.");
        assertThat(Measures.sameNamesStrictly(brunson, davis, "point")).isFalse();
        assertThat(Measures.otherFigures(Measures.reading("Israel said 200 fighters were killed in the raid."),
                Measures.reading("Hamas said 20 fighters were killed in the raid."))).isEmpty();
        // given as an update, one measure whatever names stand near: the buyer's first offer and the raised one
        assertThat(Measures.otherFigures(Measures.reading("Ashcombe will pay $44.10 per share in cash."),
                Measures.reading("Ashcombe will acquire the shares of Pellworth common stock for $47.85 per share, up from $44.10 per share.")))
                .containsExactly("per-share");
        // two outlets' unnamed counts of one thing, told twice
        assertThat(Measures.sameNamesStrictly(Measures.reading("Officials said about 48,000 customers had no power."),
                Measures.reading("Crews said 48,000 customers were still waiting."), "customer")).isTrue();
    }

    @Test
    void aMeasureGoingDownIsAnUpdateToo() {
        assertThat(Measures.reading("The lira gave back some of its gains, slipping 0.5% to 18.44 per dollar.").updated())
                .contains("per-dollar");
        assertThat(Measures.reading("Outages fell to 67,000 customers by Monday afternoon.").updated()).contains("customer");
        // the present state: "are now working"
        String now = "About 4,000 rescuers, including specialist teams from 11 countries, are now working in the zone.";
        assertThat(Measures.reading(now).updated()).contains("rescuer");
        assertThat(Measures.mayGiveUpdate(now)).isTrue();
        assertThat(Measures.reading("Around 900 rescuers were deployed to the region by Monday evening.").updated()).isEmpty();
    }

    @Test
    void noUpdateFromARecipientAnotherClausesNowOrAFarFall() {
        assertThat(Measures.reading("The storm, which cut power to 112,000 customers at its peak on Sunday, toppled trees.").updated()).isEmpty();
        assertThat(Measures.reading("Rescuers pulled 12 survivors from the rubble overnight, and aid agencies are now warning of disease.")
                .updated()).isEmpty();
        assertThat(Measures.reading("The hospital, which treated 120 patients on Monday, is now overwhelmed.").updated()).isEmpty();
        assertThat(Measures.reading("Shares fell as the chain announced plans to grow to 450 stores.").updated()).isEmpty();
        // a "now" after a word that holds its letters
        assertThat(Measures.mayGiveUpdate("Heavy snow slowed the search, but about 4,000 rescuers are now searching.")).isTrue();
        assertThat(Measures.mayGiveUpdate("وأعلنت فرق الإنقاذ أن 4000 منقذ يعملون الآن في المنطقة.")).isTrue();
    }

    @Test
    void barrelsCountAnythingOil() {
        // a cut, a quota and a country's output are all counted in barrels: no one measure
        assertThat(Measures.read("وقرر التحالف خفض إنتاجه بمقدار 400 ألف برميل يوميا.")).isEmpty();
        assertThat(Measures.read("The group pumps about 9.8 million barrels a day.")).isEmpty();
    }

    @Test
    void aForecastIsAnotherFigureThanTheOneReached() {
        Measures.Reading close = Measures.reading("وأغلق سعر خام نهر الفضة عند 64.30 دولار للبرميل.");
        Measures.Reading forecast = Measures.reading("ورجح المحلل أن يبلغ متوسط سعر خام نهر الفضة 70 دولارا خلال العام المقبل.");
        assertThat(Measures.otherFigures(close, forecast)).isEmpty();
        assertThat(Measures.otherFigures(Measures.reading("Silver River crude closed at $64.30 a barrel."),
                Measures.reading("Analysts expect Silver River crude to average $70 a barrel next year."))).isEmpty();
    }

    @Test
    void anArabicFallNamesWhatFellAfterItsVerb() {
        Measures.Reading close = Measures.reading("وأغلق سعر خام نهر الفضة عند 64.30 دولار للبرميل.");
        Measures.Reading fall = Measures.reading("وتراجع سعر خام نهر الفضة في التعاملات الصباحية إلى 63.10 دولار للبرميل.");
        assertThat(close.updatedBy(fall)).containsExactly("دولار");
        // another grade's close, named after its verb, is another price
        Measures.Reading other = Measures.reading("وأغلق خام جبل الملح الخفيف عند 61.75 دولار للبرميل.");
        assertThat(close.updatedBy(other)).isEmpty();
        assertThat(Measures.otherFigures(close, other)).isEmpty();
        // a clause of its own between the verb and «إلى» is no fall to that figure
        assertThat(Measures.reading("وتراجعت أسهم الشركة بعد أن أعلنت خطة للتوسع إلى 450 فرعا.").updated()).isEmpty();
    }

    @Test
    void twoNounsOfOneCountKeepItsNow() {
        // "and" joins what the count counts, not another clause
        assertThat(Measures.reading("The clinic said 820 scans and consultations had now been cancelled.").updated()).isNotEmpty();
        assertThat(Measures.reading("The clinic said 820 scans were cancelled, and staff are now working late.").updated()).isEmpty();
    }

    @Test
    void aFigureSetAgainstAnOldOneIsAnUpdate() {
        // "instead of", "N more than the M", "below the M": the old figure is told, the new one is the update
        Measures.Reading instead = Measures.reading("The ferry line said it would run 30 sailings a week instead of the 24 planned.");
        assertThat(instead.figures()).isEqualTo(Map.of("sailing", Set.of(30.0)));
        assertThat(instead.updated()).containsExactly("sailing");
        assertThat(Measures.reading("The council will shut 52 libraries, six more than the 46 it listed in March.").updated())
                .containsExactly("librarie");
        // a figure after "at" counts the noun before it when an old figure is set against it
        Measures.Reading below = Measures.reading("The survey puts the lake's salinity at 4.2%, below the 4.6% measured last spring.");
        assertThat(below.figures()).isEqualTo(Map.of("%salinity", Set.of(4.2)));
        assertThat(below.updated()).containsExactly("%salinity");
        for (String s : List.of("The ferry line will run 30 sailings instead of the 24 planned.", "It shut 52 libraries, six more than the 46 listed.",
                "It puts salinity at 4.2%, below the 4.6% seen.")) {
            assertThat(Measures.mayGiveUpdate(s)).isTrue();
        }
        // "more than 40" without "the" is a count given roughly, and "at" alone sets nothing against
        assertThat(Measures.reading("The council shut 52 libraries, more than 40 of them in villages.").updated()).isEmpty();
        assertThat(Measures.reading("The survey puts the lake's salinity at 4.2% this year.").figures()).doesNotContainKey("%salinity");
    }

    @Test
    void aParticipleBeforeWhatIsCountedQualifiesIt() {
        // "46 struggling libraries" are the libraries another outlet counts, whoever it names
        Measures.Reading struggling = Measures.reading("The council will shut 46 struggling libraries by June.");
        assertThat(Measures.otherFigures(struggling, Measures.reading("Ashford County Council now plans to shut 52 libraries.")))
                .containsExactly("librarie");
        // but confirmed cases are not suspected ones
        assertThat(Measures.otherFigures(Measures.reading("Doctors reported 12 confirmed cases in the town."),
                Measures.reading("Doctors reported 30 suspected cases in the town."))).isEmpty();
        // a clause's end is no participle's: "profit fell 68%, sending shares down"
        assertThat(Measures.read("Profit fell 68%, sending shares down.")).doesNotContainKey("%share@~sending");
    }
}
