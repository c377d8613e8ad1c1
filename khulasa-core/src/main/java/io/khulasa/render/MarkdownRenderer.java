package io.khulasa.render;

import io.khulasa.DocumentReport;
import io.khulasa.Summary;
import io.khulasa.SummarySentence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Markdown report: the summary with a numbered source after each sentence (and the other articles that report
 * the same: "[1; also 3, 4]"), then the sources.
 */
public final class MarkdownRenderer implements SummaryRenderer {
    @Override
    public String render(Summary summary) {
        Map<String, Integer> number = new LinkedHashMap<>();
        for (DocumentReport d : summary.documents()) number.put(d.id(), number.size() + 1);
        StringBuilder out = new StringBuilder("# Summary\n\n");
        for (SummarySentence s : summary.sentences()) {
            out.append("- ").append(escape(s.text())).append(" [").append(number.get(s.document()));
            // the other outlets that report it: "[1; also 3, 4]"
            for (int k = 0; k < s.alsoIn().size(); k++) {
                out.append(k == 0 ? "; also " : ", ").append(number.get(s.alsoIn().get(k).document()));
            }
            out.append("]\n");
        }
        out.append("\n## Sources\n\n");
        for (DocumentReport d : summary.documents()) {
            out.append(number.get(d.id())).append(". `").append(d.id()).append('`');
            if (d.title() != null) out.append(" — ").append(escape(d.title()));
            out.append(" (").append(d.language());
            // a page's kind: a column or an explainer is read but not quoted while there are reports
            String genre = d.metadata().get(io.khulasa.clean.Genre.KEY);
            if (genre != null) out.append(", ").append(genre);
            out.append(")\n");
        }
        out.append("\n_").append(summary.method()).append(", ").append(summary.budget()).append("_\n");
        return out.toString();
    }

    /** Keeps article text from being read as Markdown markup. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
