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

    private static boolean isComma(char c) {
        return c == '،' || c == ',';
    }
}
