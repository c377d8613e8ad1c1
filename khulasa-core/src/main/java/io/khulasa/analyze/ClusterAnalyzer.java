package io.khulasa.analyze;

import io.khulasa.Budget;
import io.khulasa.Omission;
import io.khulasa.clean.CleanedDocument;
import io.khulasa.text.Quotations;

import java.util.ArrayList;
import java.util.List;

/**
 * Detects each document's language (unless one is forced), splits it into sentences and analyses their
 * terms with the shared {@link TermAnalyzer} of that language. Stateless apart from cached analyzers, so
 * one instance may serve many clusters.
 */
public final class ClusterAnalyzer {
    private final LanguageDetector detector = new LanguageDetector();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final boolean verbatim;

    /** An analyzer whose sentences leave their {@linkplain RelativeDays relative days} and {@linkplain OpeningConnectives opening connectives} out. */
    public ClusterAnalyzer() {
        this(false);
    }

    /** @param verbatim true to quote sentences whole, relative days and connectives included */
    public ClusterAnalyzer(boolean verbatim) {
        this.verbatim = verbatim;
    }

    /**
     * Analyses a cluster.
     *
     * @param language an ISO 639-1 code to force for every document (case and region ignored), or
     *                 {@code auto} (or null or blank) to detect it per document
     */
    public AnalyzedCluster analyze(List<CleanedDocument> docs, String language) {
        String forced = forcedLanguage(language);
        List<AnalyzedDocument> out = new ArrayList<>(docs.size());
        for (CleanedDocument d : docs) {
            String lang = forced == null ? detector.detect(d.text()) : forced;
            TermAnalyzer terms = TermAnalyzer.forLanguage(lang);
            List<SentenceSpan> spans = splitter.split(d, lang);
            List<String> sources = new ArrayList<>(spans.size()); // each sentence's text, cut out once
            for (SentenceSpan sp : spans) sources.add(d.text().substring(sp.start(), sp.end()));
            boolean[] inQuote = insideQuotations(spans, sources);
            List<Sentence> sentences = new ArrayList<>(spans.size());
            for (SentenceSpan sp : spans) {
                String source = sources.get(sentences.size());
                List<Omission> omitted = verbatim || sp.title() ? List.of()
                        : Honorifics.with(source, sp.start(), lang,
                                OpeningConnectives.withOpening(source, sp.start(), lang, RelativeDays.find(source, sp.start(), lang)));
                String text = RelativeDays.quote(source, sp.start(), omitted);
                sentences.add(new Sentence(out.size(), sentences.size(), sp.start(), sp.end(), text, omitted,
                        terms.terms(text), sp.title(), Budget.countWords(text), inQuote[sentences.size()]));
            }
            out.add(new AnalyzedDocument(out.size(), d, lang, sentences));
        }
        return new AnalyzedCluster(Schedules.settle(out));
    }

    /** Marks the sentences {@code from} (inclusive) to {@code to} without a quotation mark of their own as inside. */
    private static void confirm(List<String> sources, boolean[] inside, int from, int to) {
        for (int k = from; k < to; k++) inside[k] = !Quotations.hasMark(sources.get(k));
    }

    /**
     * Which sentences lie wholly inside a quotation that an earlier sentence of their paragraph opened and a later
     * one closes, or that began its paragraph and runs on into the next, reopened there by its first mark as news copy
     * does; and which open a quotation that a later sentence of their paragraph closes (half of it, its speaker cut
     * off). A sentence with a mark of its own that closes the quotation is not wholly inside it; a
     * quotation never closed within its paragraph (a stray mark, a scraper's cut) marks nothing, so it cannot take a
     * document's sentences away.
     */
    static boolean[] insideQuotations(List<SentenceSpan> spans, List<String> sources) {
        boolean[] inside = new boolean[spans.size()];
        boolean open = false, openedParagraph = false; // the open quotation began its paragraph
        int pending = -1; // the first sentence since the quotation opened, while it is open
        int opener = -1;  // the sentence of this paragraph that opened the quotation, while it is open
        for (int i = 0; i < spans.size(); i++) {
            SentenceSpan sp = spans.get(i);
            String source = sources.get(i);
            boolean reopened = false;
            if (sp.title()) { open = false; openedParagraph = false; pending = -1; opener = -1; }
            else if (sp.paragraphStart()) {
                opener = -1;
                // a quotation over several paragraphs leaves each open and reopens it in the next: “… / “…,” she said.
                // only a quotation that began its paragraph runs on: a stray mark mid-paragraph is no speech
                reopened = open && openedParagraph && Quotations.opensWithMark(source);
                if (reopened && pending >= 0) confirm(sources, inside, pending, i);
                open = reopened;
                pending = -1;
                if (!reopened) openedParagraph = Quotations.opensWithMark(source);
            }
            if (!Quotations.hasMark(source)) {
                if (open && pending < 0) pending = i;
                continue;
            }
            // the reopening mark continues the quotation: a straight one must not be read as closing it
            boolean after = reopened ? Quotations.openAfter(Quotations.afterFirstMark(source), true) : Quotations.openAfter(source, open);
            if (open && !after && pending >= 0) confirm(sources, inside, pending, i);
            // "``The rules are good. The boat leaves anyway,'' said…": the opening sentence is half a quotation
            // without its speaker, whatever its marks (“…” are caught as unbalanced, the wire's ``…'' are not)
            if (open && !after && opener >= 0) inside[opener] = true;
            if ((!open || reopened) && after && opener < 0) opener = i;
            else if (!after) opener = -1;
            if (!after) { pending = -1; openedParagraph = false; } // closed: a mark opening later is mid-paragraph
            else if (!open && Quotations.leftOpenAsSpeech(source)) openedParagraph = true; // 'said: "…' runs on as well
            open = after && !sp.title(); // a title's marks say nothing of the text below it
        }
        return inside;
    }

    /**
     * The canonical ISO 639-1 code a language option names (case and region ignored: {@code en-US} is
     * {@code en}), or null for {@code auto} (or null or blank).
     */
    public static String forcedLanguage(String language) {
        if (language == null || language.isBlank() || language.strip().equalsIgnoreCase("auto")) return null;
        return TermAnalyzer.canonical(language);
    }
}
