package io.khulasa.analyze;

import io.khulasa.text.ArabicOrthography;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Turns text into content terms for one language with a Lucene analysis chain: tokenized, lowercased,
 * normalized, stopwords removed, stemmed.
 *
 * <p>Arabic: standard tokenizer, lowercase, decimal digits folded to ASCII ({@code ٢٠١٦ → 2016}),
 * {@link ArabicNormalizationFilter} (hamza-carrying alefs {@code أ إ آ → ا}, {@code ى → ي}, {@code ة → ه},
 * diacritics and tatweel removed), Lucene's Arabic stopwords (folded by {@link ArabicOrthography}, so every
 * spelling of a stopword is caught), then the light {@code ArabicStemmer}. English: Lucene's {@link EnglishAnalyzer}
 * (possessives, lowercase, stopwords, Porter) with the larger Snowball English stopword list Lucene
 * bundles, because its default 33-word list leaves pronouns and auxiliaries as "content". Every other
 * language Lucene has an analyzer for uses that analyzer with its defaults; an unknown language gets
 * tokenizing and lowercasing only.
 *
 * <p>Instances are shared and thread-safe: Lucene analyzers reuse their token streams per thread, so
 * {@link #terms(String)} is cheap to call once per sentence.
 */
public final class TermAnalyzer {
    private static final Map<String, TermAnalyzer> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Analyzer analyzer;
    private final CharArraySet stopwords;

    private TermAnalyzer(String language, Analyzer analyzer, CharArraySet stopwords) {
        this.language = language;
        this.analyzer = analyzer;
        this.stopwords = stopwords;
    }

    /**
     * The analyzer for an ISO 639-1 language code (case and region ignored: {@code en-US} is {@code en});
     * a code Lucene has no analyzer for gets a lowercasing, non-stemming analyzer. Instances are cached.
     */
    public static TermAnalyzer forLanguage(String language) {
        String code = canonical(language);
        return CACHE.computeIfAbsent(code, TermAnalyzer::create);
    }

    /** The canonical code this analyzer was made for ({@code und} when none was given). */
    public String language() { return language; }

    /** The content terms of {@code text}, in order, repeats kept. */
    public String[] terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toArray(String[]::new);
    }

    /**
     * True if {@code word} (as written; it is lowercased, and for Arabic folded by
     * {@link ArabicOrthography#fold}, first) is one of this language's stopwords.
     */
    public boolean isStopword(String word) {
        if (stopwords.isEmpty() || word.isEmpty()) return false;
        String w = word.toLowerCase(Locale.ROOT);
        if (language.equals("ar")) w = ArabicOrthography.fold(w);
        return stopwords.contains(w);
    }

    static String canonical(String language) {
        if (language == null || language.isBlank()) return "und";
        String code = language.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (dash > 0) code = code.substring(0, dash);
        return switch (code) {
            case "ara" -> "ar";
            case "eng" -> "en";
            case "nb", "nn" -> "no";
            default -> code;
        };
    }

    private static TermAnalyzer create(String code) {
        return switch (code) {
            case "ar" -> arabic();
            case "en" -> {
                CharArraySet stops = snowball("english_stop.txt");
                yield new TermAnalyzer(code, new EnglishAnalyzer(stops), stops);
            }
            case "fr" -> of(code, FrenchAnalyzer::new, FrenchAnalyzer.getDefaultStopSet());
            case "de" -> of(code, GermanAnalyzer::new, GermanAnalyzer.getDefaultStopSet());
            case "es" -> of(code, SpanishAnalyzer::new, SpanishAnalyzer.getDefaultStopSet());
            case "it" -> of(code, ItalianAnalyzer::new, ItalianAnalyzer.getDefaultStopSet());
            case "pt" -> of(code, PortugueseAnalyzer::new, PortugueseAnalyzer.getDefaultStopSet());
            case "nl" -> of(code, DutchAnalyzer::new, DutchAnalyzer.getDefaultStopSet());
            case "sv" -> of(code, SwedishAnalyzer::new, SwedishAnalyzer.getDefaultStopSet());
            case "da" -> of(code, DanishAnalyzer::new, DanishAnalyzer.getDefaultStopSet());
            case "no" -> of(code, NorwegianAnalyzer::new, NorwegianAnalyzer.getDefaultStopSet());
            case "fi" -> of(code, FinnishAnalyzer::new, FinnishAnalyzer.getDefaultStopSet());
            case "hu" -> of(code, HungarianAnalyzer::new, HungarianAnalyzer.getDefaultStopSet());
            case "ro" -> of(code, RomanianAnalyzer::new, RomanianAnalyzer.getDefaultStopSet());
            case "ca" -> of(code, CatalanAnalyzer::new, CatalanAnalyzer.getDefaultStopSet());
            case "gl" -> of(code, GalicianAnalyzer::new, GalicianAnalyzer.getDefaultStopSet());
            case "eu" -> of(code, BasqueAnalyzer::new, BasqueAnalyzer.getDefaultStopSet());
            case "ga" -> of(code, IrishAnalyzer::new, IrishAnalyzer.getDefaultStopSet());
            case "tr" -> of(code, TurkishAnalyzer::new, TurkishAnalyzer.getDefaultStopSet());
            case "id" -> of(code, IndonesianAnalyzer::new, IndonesianAnalyzer.getDefaultStopSet());
            case "cs" -> of(code, CzechAnalyzer::new, CzechAnalyzer.getDefaultStopSet());
            case "lv" -> of(code, LatvianAnalyzer::new, LatvianAnalyzer.getDefaultStopSet());
            case "lt" -> of(code, LithuanianAnalyzer::new, LithuanianAnalyzer.getDefaultStopSet());
            case "et" -> of(code, EstonianAnalyzer::new, EstonianAnalyzer.getDefaultStopSet());
            case "ru" -> of(code, RussianAnalyzer::new, RussianAnalyzer.getDefaultStopSet());
            case "bg" -> of(code, BulgarianAnalyzer::new, BulgarianAnalyzer.getDefaultStopSet());
            case "sr" -> of(code, SerbianAnalyzer::new, SerbianAnalyzer.getDefaultStopSet());
            case "el" -> of(code, GreekAnalyzer::new, GreekAnalyzer.getDefaultStopSet());
            case "hy" -> of(code, ArmenianAnalyzer::new, ArmenianAnalyzer.getDefaultStopSet());
            case "fa" -> of(code, PersianAnalyzer::new, PersianAnalyzer.getDefaultStopSet());
            case "ckb", "ku" -> of(code, SoraniAnalyzer::new, SoraniAnalyzer.getDefaultStopSet());
            case "hi" -> of(code, HindiAnalyzer::new, HindiAnalyzer.getDefaultStopSet());
            case "ne" -> of(code, NepaliAnalyzer::new, NepaliAnalyzer.getDefaultStopSet());
            case "bn" -> of(code, BengaliAnalyzer::new, BengaliAnalyzer.getDefaultStopSet());
            case "ta" -> of(code, TamilAnalyzer::new, TamilAnalyzer.getDefaultStopSet());
            case "te" -> of(code, TeluguAnalyzer::new, TeluguAnalyzer.getDefaultStopSet());
            case "th" -> of(code, ThaiAnalyzer::new, ThaiAnalyzer.getDefaultStopSet());
            // CJKAnalyzer indexes Han/kana/Hangul as overlapping bigrams: there are no spaces to split on.
            case "zh", "ja", "ko" -> of(code, CJKAnalyzer::new, CJKAnalyzer.getDefaultStopSet());
            default -> new TermAnalyzer(code, new LowercaseAnalyzer(), CharArraySet.EMPTY_SET);
        };
    }

    private static TermAnalyzer of(String code, Supplier<? extends Analyzer> make, CharArraySet stops) {
        return new TermAnalyzer(code, make.get(), stops);
    }

    private static TermAnalyzer arabic() {
        // Lucene's ArabicAnalyzer filters stopwords before normalizing, so a stopword spelled with another
        // hamza form slips through; normalize the list and filter after normalizing instead.
        CharArraySet stops = new CharArraySet(ArabicAnalyzer.getDefaultStopSet().size(), false);
        for (Object w : ArabicAnalyzer.getDefaultStopSet())
            stops.add(ArabicOrthography.fold(w instanceof char[] cs ? new String(cs) : w.toString()));
        CharArraySet frozen = CharArraySet.unmodifiableSet(stops);
        return new TermAnalyzer("ar", new ArabicChain(frozen), frozen);
    }

    /** Lucene's Arabic chain with the stopword filter moved after normalization. */
    private static final class ArabicChain extends Analyzer {
        private final CharArraySet stops;

        ArabicChain(CharArraySet stops) { this.stops = stops; }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new DecimalDigitFilter(ts);
            ts = new ArabicNormalizationFilter(ts);
            ts = new StopFilter(ts, stops);
            ts = new ArabicStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
        }
    }

    /** For languages Lucene has no analyzer for: words, lowercased, nothing removed. */
    private static final class LowercaseAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** A Snowball stopword list bundled with Lucene ({@code org/apache/lucene/analysis/snowball/}). */
    static CharArraySet snowball(String file) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing Lucene resource " + file);
            return CharArraySet.unmodifiableSet(
                    WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Codes with a dedicated Lucene analysis chain (others only tokenize and lowercase). */
    public static Set<String> supportedLanguages() {
        return Set.of("ar", "en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "hu", "ro", "ca",
                "gl", "eu", "ga", "tr", "id", "cs", "lv", "lt", "et", "ru", "bg", "sr", "el", "hy", "fa", "ckb",
                "hi", "ne", "bn", "ta", "te", "th", "zh", "ja", "ko");
    }
}
