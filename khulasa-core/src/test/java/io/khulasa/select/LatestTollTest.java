package io.khulasa.select;

import io.khulasa.Article;
import io.khulasa.Budget;
import io.khulasa.Khulasa;
import io.khulasa.Summary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatestTollTest {
    private static final String MORNING = "Three people were killed when a fire broke out at a textile factory in the port city "
            + "of Valmora early on Monday, the civil defence said.\n\n"
            + "Firefighters brought the blaze under control after four hours, and the factory was evacuated.\n\n"
            + "The cause of the fire at the textile factory was not yet known, officials in Valmora said.\n";
    private static final String NOON = "A fire at a textile factory in Valmora killed three workers on Monday morning and "
            + "injured at least twenty others, the regional governor said.\n\n"
            + "The governor said prosecutors had opened an investigation into the fire at the factory.\n\n"
            + "Workers said the emergency exits of the textile factory had been locked during the night shift.\n";
    private static final String EVENING = "The death toll from Monday's fire at a textile factory in Valmora rose to "
            + "seven after rescuers recovered four more bodies from the rubble, the civil defence said.\n\n"
            + "Prosecutors questioned the factory's owner about locked emergency exits on Monday evening.\n";

    private static Summary summarize(String method, String... texts) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) articles.add(Article.ofText("a" + i + ".txt", texts[i]));
        return Khulasa.builder().method(method).language("en").budget(Budget.words(60)).build().summarize(articles);
    }

    @Test
    void aSummaryGivesTheLatestDeathTollOnce() {
        for (String method : List.of("centroid", "mmr", "ilp")) {
            String text = summarize(method, MORNING, NOON, EVENING).text();
            assertThat(text).as(method).contains("rose to seven").doesNotContain("Three people were killed")
                    .doesNotContain("killed three workers");
        }
    }

    @Test
    void aHigherFigureNotGivenAsAnUpdateReplacesNothing() {
        // Without "rose to" the higher figure may be an early estimate revised down: the chosen toll stays.
        String estimate = EVENING.replace("The death toll from Monday's fire at a textile factory in Valmora rose to seven",
                "Monday's fire at a textile factory in Valmora may have killed seven");
        String text = summarize("centroid", MORNING, NOON, estimate).text();
        assertThat(text).doesNotContain("may have killed seven");
    }
}
