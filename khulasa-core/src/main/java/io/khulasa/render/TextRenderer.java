package io.khulasa.render;

import io.khulasa.Summary;
import io.khulasa.SummarySentence;

/** One summary sentence a line. */
public final class TextRenderer implements SummaryRenderer {
    @Override
    public String render(Summary summary) {
        StringBuilder out = new StringBuilder();
        for (SummarySentence s : summary.sentences()) out.append(s.text()).append('\n');
        return out.toString();
    }
}
