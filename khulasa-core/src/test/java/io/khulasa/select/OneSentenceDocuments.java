package io.khulasa.select;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.AnalyzedDocument;
import io.khulasa.analyze.Sentence;
import io.khulasa.clean.CleanedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Clusters built straight from analysed terms: one document per term list, one sentence each. */
final class OneSentenceDocuments {
    private OneSentenceDocuments() {}

    static TermVectors vectors(String[]... sentences) {
        List<AnalyzedDocument> docs = new ArrayList<>();
        for (int d = 0; d < sentences.length; d++) {
            String text = String.join(" ", sentences[d]);
            CleanedDocument c = new CleanedDocument("d" + d, text, null, List.of(), List.of(), Map.of(), null, null);
            Sentence s = new Sentence(d, 0, 0, text.length(), text, List.of(), sentences[d], false, sentences[d].length, false);
            docs.add(new AnalyzedDocument(d, c, "ar", List.of(s)));
        }
        return new TermVectors(new AnalyzedCluster(docs));
    }
}
