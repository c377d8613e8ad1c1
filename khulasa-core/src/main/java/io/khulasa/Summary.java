package io.khulasa;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A summary: its sentences in reading order, each pointing back to its source, and a report on every
 * input document (language, title, what the cleaner dropped).
 *
 * @param method    the method that selected the sentences
 * @param budget    the budget it was made within
 * @param sentences the sentences in reading order
 * @param documents every input document, in input order
 * @param skipped   inputs that could not be read, one line each naming the file and the problem
 * @param warnings  inputs read, but not as written (bad bytes replaced, a repeated id renamed), one line each
 *                  naming the place and the problem
 */
public record Summary(String method, Budget budget, List<SummarySentence> sentences, List<DocumentReport> documents,
                      List<String> skipped, List<String> warnings) {

    public Summary {
        sentences = List.copyOf(sentences);
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** The summary as one string, sentences joined by a space (what the budget counts). */
    public String text() {
        return sentences.stream().map(SummarySentence::text).collect(Collectors.joining(" "));
    }
}
