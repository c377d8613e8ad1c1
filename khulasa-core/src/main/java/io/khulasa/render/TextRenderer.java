package io.khulasa.render;

import io.khulasa.Summary;
import io.khulasa.SummarySentence;

/** One summary sentence a line; line breaks inside a sentence (hard-wrapped sources) become spaces. */
public final class TextRenderer implements SummaryRenderer {
    @Override
    public String render(Summary summary) {
        StringBuilder out = new StringBuilder();
        for (SummarySentence s : summary.sentences()) out.append(oneLine(s.text())).append('\n');
        return out.toString();
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }
}
