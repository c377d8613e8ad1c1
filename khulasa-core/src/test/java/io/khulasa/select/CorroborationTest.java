package io.khulasa.select;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorroborationTest {

    /** Asserts that {@code receipt} alone corroborates the first sentence of the articles {@code texts} containing {@code quoted}. */
    private static void onlyReceipt(String quoted, String receipt, String... texts) {
        AnalyzedCluster c = TextClusters.of("en", texts);
        Sentence s = c.sentences().stream().filter(x -> x.text().contains(quoted)).findFirst().orElseThrow();
        assertThat(Corroboration.of(c, List.of(new Selected(s, 1))).get(0)).extracting(Sentence::text).containsExactly(receipt);
    }

    @Test
    void anotherOutletSayingItInOtherWordsIsAReceiptAnotherMansSentenceIsNot() {
        onlyReceipt("Xu spent 12 years in prison",
                "Xu spent 12 years in jail, much of it in solitary confinement.",
                "Police in Hallam arrested the dissident writer Xu Peng at his home late at night.\n\nXu spent 12 years in prison.\n",
                "The writer Xu Peng was detained in Hallam, his family said.\n\nXu spent 12 years in jail, much of it in solitary confinement.\n",
                "The lawyer Wang Li was questioned in Hallam for six hours.\n\nWang spent two years in prison.\n");
    }

    @Test
    void oneSpeakerTellingTwoFactsIsNoReceipt() {
        onlyReceipt("Hazardous-materials crews capped",
                "Crews capped the breached tank car overnight and the leak has stopped, the fire department said.",
                "Hazardous-materials crews capped the breached tank car, Fire Chief Dale Okonkwo said.\n",
                "One of four tank cars carrying chlorine was breached in the crash, Fire Chief Dale Okonkwo said.\n",
                "Crews capped the breached tank car overnight and the leak has stopped, the fire department said.\n");
        AnalyzedCluster c = TextClusters.of("ar",
                "وقال المتحدث باسم الدفاع المدني العقيد سامر الخطيب إن فرق الإنقاذ انتشلت جثتين من مجرى الوادي.\n",
                "وقال المتحدث باسم الدفاع المدني العقيد سامر الخطيب إن المدارس ستغلق أبوابها حتى الخميس.\n");
        Sentence s = c.sentences().get(0);
        assertThat(Corroboration.of(c, List.of(new Selected(s, 1))).get(0)).isEmpty();
    }

    @Test
    void differentFiguresAreDifferentFactsARoundedOneIsTheSame() {
        onlyReceipt("More than 350",
                "All 353 passengers and crew of the ferry Aegean Star were evacuated after a fire broke out in its engine room.",
                "More than 350 passengers and crew were evacuated from the ferry Aegean Star after a fire broke out in its engine room.\n",
                "All 353 passengers and crew of the ferry Aegean Star were evacuated after a fire broke out in its engine room.\n",
                "Some 41 passengers and crew of the ferry Aegean Star were treated after a fire broke out in its engine room.\n");
    }

    @Test
    void twoTalliesSharingNoFigureAreTwoCountsHoweverClose() {
        onlyReceipt("143 votes to 88",
                "Parliament passed the motion of no confidence by 143 votes to 88, with 11 abstentions, the speaker announced.",
                "Parliament passed the motion of no confidence by 143 votes to 88, with 11 abstentions, the speaker said.\n",
                "Parliament passed the motion of no confidence by 139 votes to 91, with 12 abstentions, an early count showed.\n",
                "Parliament passed the motion of no confidence by 143 votes to 88, with 11 abstentions, the speaker announced.\n");
    }

    @Test
    void anotherDeathTollIsNoReceiptWhateverOtherFigureTheyShare() {
        onlyReceipt("rose to 118",
                "The death toll has risen to 118 after six of the injured died in hospital, of the 150 people on board.",
                "The death toll rose to 118 after six of the injured died in hospital, leaving 32 survivors of the 150 people on board.\n",
                "The death toll rose to 112 after the injured died in hospital, leaving 38 survivors of the 150 people on board.\n",
                "The death toll has risen to 118 after six of the injured died in hospital, of the 150 people on board.\n");
    }

    @Test
    void aSmallCountInDigitsDiffersFromAnotherInWords() {
        onlyReceipt("rose to five",
                "The death toll from the chlorine train derailment in Ohio has risen to five, officials said.",
                "The death toll from the chlorine train derailment in Ohio rose to five, officials said.\n",
                "Ohio chlorine train derailment death toll rises to 4, officials said\n\nCrews worked through the night.\n",
                "The death toll from the chlorine train derailment in Ohio has risen to five, officials said.\n");
    }

    @Test
    void aCompoundsFigureIsNoCountTheyShare() {
        onlyReceipt("About 38,000 rail workers",
                "Around 38,000 rail workers walked out on the first day of the 48-hour national strike over pay, the union said.",
                "About 38,000 rail workers began a 48-hour national strike over pay on Monday, cancelling most trains.\n",
                "Around 38,000 rail workers walked out on the first day of the 48-hour national strike over pay, the union said.\n",
                "About 41,500 rail workers were on strike on the second day of the 48-hour national strike over pay.\n");
    }

    @Test
    void countsWrittenInWordsAreFiguresToo() {
        onlyReceipt("Leaders of seven states",
                "The leaders of seven states signed the Aqaba declaration on water and energy at the close of the summit.",
                "Leaders of seven states signed the Aqaba declaration on water and energy at the close of the summit on Monday.\n",
                "The leaders of seven states signed the Aqaba declaration on water and energy at the close of the summit.\n",
                "The leaders of six states opened the summit on water and energy in Aqaba before the declaration was signed.\n");
    }

    @Test
    void aHeadlineSayingPartOfTheFactCountsAFragmentDoesNot() {
        onlyReceipt("The port authority",
                "Harwick grain terminal closed after warehouse fire",
                "The port authority of Harwick closed the grain terminal on Tuesday after a fire destroyed two warehouses and injured three dock workers.\n",
                "Harwick grain terminal closed after warehouse fire\n\nThe terminal handles a fifth of the country's wheat exports.\n",
                "Officials gave no details.\n\nThe terminal was closed.\n");
    }

    @Test
    void oneReceiptPerArticleTheClosest() {
        onlyReceipt("stranding two trains",
                "Flood waters cut the railway line between Mirva and Tolan, stranding two trains with 400 passengers.",
                "Flood waters cut the railway line between Mirva and Tolan on Sunday, stranding two trains.\n",
                "Flood waters cut the railway between Mirva and Tolan.\n\n"
                        + "Flood waters cut the railway line between Mirva and Tolan, stranding two trains with 400 passengers.\n");
    }
}
