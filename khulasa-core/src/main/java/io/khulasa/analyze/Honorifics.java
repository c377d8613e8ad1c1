package io.khulasa.analyze;

import io.khulasa.Omission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the blessings that Gulf and other state agencies' wires write after a ruler's name and that a summary
 * leaves out of its quotes: «أمير البلاد المفدى حفظه الله ورعاه» becomes «أمير البلاد المفدى». They say nothing of
 * the news, and a protocol lede spends a good share of its words on them. Titles («صاحب السمو», «معالي») stay: they
 * are part of how the person is named. A blessing for the dead («رحمه الله», «طيب الله ثراه») stays too: it says the
 * person has died.
 */
public final class Honorifics {
    private Honorifics() {}

    /**
     * The blessing with what belongs to it («تعالى», «بنصره», «ورعاه»); not after a relative pronoun («القرآن الذي حفظه
     * الله من التحريف», where God kept the book: the verb is the clause's).
     */
    private static final Pattern BLESSING = Pattern.compile(
            "(?<!(?:^|\\s)(?:الذي|التي|الذين|اللذين|اللتين|ما|من))\\s+(?:حفظه|حفظها|حفظهما|حفظهم|يحفظه|رعاه|يرعاه|أيده|ايده|يؤيده)\\s+الله"
                    + "(?:\\s+(?:تعالى|تعالي|بنصره))?(?:\\s+و(?:رعاه|أيده|ايده|حفظه|سدد\\s+خطاه))?(?![\\p{L}\\p{M}])");

    /**
     * {@code others} (omissions of the sentence {@code sentence} at {@code offset}, in order) with the blessings of
     * an Arabic sentence added, in order and not overlapping them; {@code others} for other languages.
     */
    public static List<Omission> with(String sentence, int offset, String language, List<Omission> others) {
        if (!"ar".equals(language) || !sentence.contains("الله")) return others; // most sentences bless no one
        Matcher m = BLESSING.matcher(sentence);
        List<Omission> all = new ArrayList<>(others);
        boolean found = false;
        while (m.find()) {
            int end = m.end();
            // set off by commas («ملك المنارة، حفظه الله، برقية»): one comma goes with it, not «،،»
            if (m.start() > 0 && isComma(sentence.charAt(m.start() - 1))) {
                int k = end;
                while (k < sentence.length() && Character.isWhitespace(sentence.charAt(k))) k++;
                if (k < sentence.length() && isComma(sentence.charAt(k))) end = k + 1;
            }
            Omission o = new Omission(offset + m.start(), offset + end);
            if (others.stream().noneMatch(x -> x.start() < o.end() && o.start() < x.end())) { all.add(o); found = true; }
        }
        if (!found) return others;
        all.sort(Comparator.comparingInt(Omission::start));
        return all;
    }

    /**
     * The titles of address a protocol text sets before a name, {@linkplain io.khulasa.text.ArabicOrthography#fold folded}:
     * «صاحب الجلالة», «صاحب السمو الملكي», «فخامة», «معالي», «دولة» (before a prime minister's office), «حضرة».
     */
    private static final String TITLE_OF_ADDRESS = "(?:حضره\\s+)?(?:(?:صاحب|صاحبه)\\s+(?:الجلاله|السمو|الفخامه|المعالي|السعاده)(?:\\s+الملكي)?"
            + "|فخامه|جلاله|سمو|معالي|سعاده|دوله(?=\\s+رئيس))";
    /** An office that follows a name in apposition: «رئيس جمهورية قيدار», «ملك مملكة الراوية», «وزيرة خارجية …». */
    private static final String OFFICE = "(?:رئيس|رئيسه|ملك|ملكه|امير|اميره|سلطان|ولي\\s+عهد|وزير|وزيره|نائب|سفير|سفيره|امين|حاكم|ممثل|مبعوث)";
    /**
     * A line that is only a titled name and its office, with no verb: «فخامة الرئيس عمر الحداد، رئيس جمهورية قيدار.» —
     * a protocol list's item (the delegations, the guests), not a statement. At most four words after the office's
     * noun, none a verb in the present («… رئيس الجمهورية يصل إلى …» is news).
     */
    private static final Pattern NAME_WITH_OFFICE = Pattern.compile("[-–•*]?\\s*" + TITLE_OF_ADDRESS
            + "\\s+[^،,.:؛]{2,60}[،,]\\s*" + OFFICE + "((?:\\s+(?!ي)[^\\s،,.:؛]+){0,4})\\s*\\.?");

    /** Whether an Arabic sentence is only a titled name and its office ({@link #NAME_WITH_OFFICE}). */
    public static boolean nameWithOffice(String sentence) {
        if (sentence.indexOf('،') < 0 && sentence.indexOf(',') < 0 || io.khulasa.Budget.countWords(sentence) > 18) return false;
        java.util.regex.Matcher m = NAME_WITH_OFFICE.matcher(io.khulasa.text.ArabicOrthography.fold(sentence.strip()));
        return m.matches() && officeOnly(m.group(1).strip());
    }

    /**
     * Whether the words after an office's noun only complete it: a chain of nouns closed by a definite one and its
     * adjectives («وزير المالية», «رئيس الوزراء الأردني»), or a place after «في» («وزير الدفاع في سلطنة الجبل»). A word
     * without «ال» after the definite noun is a verb in the past: «وزير الخارجية غادر الرياض» is news.
     */
    private static boolean officeOnly(String tail) {
        boolean closed = false;
        for (String w : tail.isEmpty() ? new String[0] : tail.split("\\s+")) {
            if (w.equals("في") || w.equals("لدى")) closed = false;
            else if (w.startsWith("ال")) closed = true;
            else if (closed) return false;
        }
        return true;
    }

    private static boolean isComma(char c) {
        return c == '،' || c == ',';
    }
}
