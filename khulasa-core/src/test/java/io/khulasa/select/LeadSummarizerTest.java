package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadSummarizerTest {

    @Test
    void aLedeTooLongForTheBudgetGivesWayToTheNextArticlesOpening() {
        AnalyzedCluster c = TextClusters.of("en",
                "Under the patronage of the minister of finance and in the presence of the governors of all twelve provinces, "
                        + "the council of ministers approved at its weekly meeting the draft state budget for the coming year.\n\n"
                        + "The budget was sent to parliament.\n",
                "The cabinet approved next year's budget with a deficit of 3.2 billion dinars.\n\n"
                        + "Parliament will debate the draft in January.\n");
        assertThat(new LeadSummarizer().select(c, Budget.words(20))).extracting(s -> s.sentence().text())
                .containsExactly("The cabinet approved next year's budget with a deficit of 3.2 billion dinars.",
                        "Parliament will debate the draft in January.");
        // once a sentence is chosen, the lead stops at the first that does not fit, as the baseline always has
        assertThat(new LeadSummarizer().select(c, Budget.words(45))).extracting(s -> s.sentence().text())
                .containsExactly("Under the patronage of the minister of finance and in the presence of the governors of all twelve provinces, "
                        + "the council of ministers approved at its weekly meeting the draft state budget for the coming year.",
                        "The budget was sent to parliament.");
    }
}
