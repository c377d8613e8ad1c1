package io.khulasa.analyze;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the language of a text, as an ISO 639-1 code.
 *
 * <p>First by script (the first {@value #MAX_LETTERS} letters within the first {@value #SAMPLE} characters): Arabic script is
 * {@code ar} unless Persian, Urdu or Sorani letters say otherwise; Greek {@code el}, Hebrew {@code he},
 * Han/kana/Hangul {@code zh}/{@code ja}/{@code ko}, Devanagari {@code hi} (or {@code ne}), and so on. For
 * Latin (and Cyrillic) script, a stopword profile decides: each word found in the Lucene stopword lists
 * of the candidate languages scores for them, shared words scoring less. Deterministic; text with no
 * letters, or Latin text with no stopwords, is {@code en}.
 */
public final class LanguageDetector {
    /** Characters looked at, from the start of the text. */
    static final int SAMPLE = 20_000;
    /** Words scored against the stopword profiles. */
    private static final int MAX_WORDS = 500;
    /** Letters enough to tell the script; counting stops there. */
    private static final int MAX_LETTERS = 5_000;
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    private static final int LATIN = Character.UnicodeScript.LATIN.ordinal();

    /** The language of {@code text}. */
    public String detect(CharSequence text) {
        int n = Math.min(text.length(), SAMPLE);
        int[] scripts = new int[SCRIPTS.length];
        int persian = 0, urdu = 0, sorani = 0, arabicOnly = 0, kana = 0, hangul = 0, han = 0;
        int ukr = 0, srb = 0, mkd = 0;
        int letters = 0;
        for (int i = 0; i < n && letters < MAX_LETTERS; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80) { // ASCII fast path: most of a Latin text
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') { scripts[LATIN]++; letters++; }
                continue;
            }
            if (!Character.isLetter(cp)) continue;
            letters++;
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            scripts[sc.ordinal()]++;
            switch (sc) {
                case ARABIC -> {
                    // Letters the other languages written in Arabic script have and Arabic has not.
                    if ("پچژگکی".indexOf(cp) >= 0) persian++;
                    else if ("ٹڈڑںےہ".indexOf(cp) >= 0) urdu++;
                    else if ("ڕڵۆێە".indexOf(cp) >= 0) sorani++;
                    else if ("يكة".indexOf(cp) >= 0) arabicOnly++;
                }
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case HAN -> han++;
                case CYRILLIC -> {
                    if ("іїєґ".indexOf(Character.toLowerCase(cp)) >= 0) ukr++;
                    else if ("ђћџљњј".indexOf(Character.toLowerCase(cp)) >= 0) srb++;
                    else if ("ѓќѕ".indexOf(Character.toLowerCase(cp)) >= 0) mkd++;
                }
                default -> { }
            }
        }
        // CJK scripts mix within one language, so count them together.
        int cjk = kana + hangul + han;
        Character.UnicodeScript best = null;
        int bestCount = 0;
        for (int o = 0; o < scripts.length; o++) {
            Character.UnicodeScript sc = SCRIPTS[o];
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) continue;
            if (scripts[o] > bestCount) { // ties go to the earlier script, deterministically
                best = sc;
                bestCount = scripts[o];
            }
        }
        if (cjk > bestCount) {
            if (hangul >= kana && hangul >= han) return "ko";
            return kana * 10 >= cjk ? "ja" : "zh";
        }
        if (best == null) return "en";
        return switch (best) {
            case LATIN -> Profiles.LATIN.best(text, n, "en");
            case ARABIC -> {
                int other = persian + urdu + sorani;
                if (other == 0 || other < arabicOnly) yield "ar";
                // Urdu and Sorani also use the Persian letters, so their own letters decide at a lower share.
                if (sorani * 5 >= other) yield "ckb";
                yield urdu * 5 >= other ? "ur" : "fa";
            }
            case CYRILLIC -> {
                if (ukr > 0 && ukr >= srb) yield "uk";
                if (srb > 0) yield "sr";
                if (mkd > 0) yield "mk";
                yield Profiles.CYRILLIC.best(text, n, "ru");
            }
            case GREEK -> "el";
            case HEBREW -> "he";
            case DEVANAGARI -> Profiles.DEVANAGARI.best(text, n, "hi");
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            case KANNADA -> "kn";
            case MALAYALAM -> "ml";
            case GUJARATI -> "gu";
            case GURMUKHI -> "pa";
            case ORIYA -> "or";
            case SINHALA -> "si";
            case THAI -> "th";
            case LAO -> "lo";
            case KHMER -> "km";
            case MYANMAR -> "my";
            case TIBETAN -> "bo";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case ETHIOPIC -> "am";
            case THAANA -> "dv";
            default -> "en";
        };
    }

    /** Stopword profiles of the languages sharing one script. */
    private static final class Profiles {
        static final Profiles LATIN = new Profiles(List.of(
                "en", TermAnalyzer.snowball("english_stop.txt"),
                "fr", FrenchAnalyzer.getDefaultStopSet(),
                "de", GermanAnalyzer.getDefaultStopSet(),
                "es", SpanishAnalyzer.getDefaultStopSet(),
                "it", ItalianAnalyzer.getDefaultStopSet(),
                "pt", PortugueseAnalyzer.getDefaultStopSet(),
                "nl", DutchAnalyzer.getDefaultStopSet(),
                "sv", SwedishAnalyzer.getDefaultStopSet(),
                "da", DanishAnalyzer.getDefaultStopSet(),
                "no", NorwegianAnalyzer.getDefaultStopSet(),
                "fi", FinnishAnalyzer.getDefaultStopSet(),
                "hu", HungarianAnalyzer.getDefaultStopSet(),
                "ro", RomanianAnalyzer.getDefaultStopSet(),
                "ca", CatalanAnalyzer.getDefaultStopSet(),
                "tr", TurkishAnalyzer.getDefaultStopSet(),
                "id", IndonesianAnalyzer.getDefaultStopSet(),
                "cs", CzechAnalyzer.getDefaultStopSet()));
        static final Profiles CYRILLIC = new Profiles(List.of(
                "ru", RussianAnalyzer.getDefaultStopSet(),
                "bg", BulgarianAnalyzer.getDefaultStopSet()));
        static final Profiles DEVANAGARI = new Profiles(List.of(
                "hi", HindiAnalyzer.getDefaultStopSet(),
                "ne", NepaliAnalyzer.getDefaultStopSet()));

        private final String[] languages;
        /** Stopword → the languages (bit set over {@link #languages}) whose list has it. */
        private final Map<String, Long> owners = new HashMap<>();

        private Profiles(List<Object> pairs) {
            languages = new String[pairs.size() / 2];
            for (int l = 0; l < languages.length; l++) {
                languages[l] = (String) pairs.get(2 * l);
                for (Object w : (CharArraySet) pairs.get(2 * l + 1)) {
                    String word = w instanceof char[] cs ? new String(cs) : w.toString();
                    owners.merge(word, 1L << l, (a, b) -> a | b);
                }
            }
        }

        /**
         * The language whose stopwords the text's words hit most; a word shared by k lists adds 1/k to
         * each, so the few words that tell languages apart decide. Ties go to the earlier-listed language.
         */
        String best(CharSequence text, int n, String fallback) {
            double[] score = new double[languages.length];
            StringBuilder word = new StringBuilder();
            int words = 0;
            for (int i = 0; i <= n && words < MAX_WORDS; ) {
                int cp = i < n ? Character.codePointAt(text, i) : ' ';
                i += i < n ? Character.charCount(cp) : 1;
                if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                    continue;
                }
                if (word.length() == 0) continue;
                words++;
                Long bits = owners.get(word.toString());
                word.setLength(0);
                if (bits == null) continue;
                double w = 1.0 / Long.bitCount(bits);
                for (int l = 0; l < languages.length; l++) if ((bits & (1L << l)) != 0) score[l] += w;
            }
            int best = -1;
            for (int l = 0; l < languages.length; l++) if (score[l] > 0 && (best < 0 || score[l] > score[best])) best = l;
            return best < 0 ? fallback : languages[best];
        }
    }
}
