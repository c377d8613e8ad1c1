package io.khulasa.order;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.clean.CleanedDocument;
import io.khulasa.clean.DroppedLine;
import io.khulasa.clean.Genre;
import io.khulasa.select.Selected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts selected sentences in reading order: by the date of their article when every one of them is dated
 * (events are told in the order they were reported), else in input order; then by position in the article, so
 * each article's own order is kept. Dated and undated articles are not interleaved: an undated one may be the
 * oldest or the newest, and placing it after the dated ones would tell Tuesday's news after Thursday's. A live page
 * written newest first (its entries' time stamps run backwards down the page) is read from the bottom up, so its
 * three dead come before its eleven. And a summary drawn from several articles that would open on a detail opens on a
 * lede when it has one: the best-scored chosen lede (an article's first sentence that may stand in a summary) goes
 * first, so the story is told before its details ("Under the plan
 * approved by the council, …" from the first report, after the second report's "The city will ration water from
 * Saturday …").
 */
public final class SentenceOrderer {

    public List<Selected> order(AnalyzedCluster cluster, List<Selected> selection) {
        List<Selected> out = new ArrayList<>(selection);
        boolean allDated = out.stream().allMatch(s -> date(cluster, s) != null);
        boolean[] backwards = new boolean[cluster.documents().size()];
        boolean[] read = new boolean[backwards.length]; // each document's stamps read once, however many it gives
        for (Selected s : out) {
            int d = s.sentence().document();
            if (!read[d]) { backwards[d] = newestFirst(cluster.documents().get(d).cleaned()); read[d] = true; }
        }
        Comparator<Selected> byDocument = Comparator.comparingInt((Selected s) -> s.sentence().document())
                .thenComparingInt(s -> backwards[s.sentence().document()] ? -s.sentence().position() : s.sentence().position());
        out.sort(allDated ? Comparator.comparing((Selected s) -> date(cluster, s)).thenComparing(byDocument) : byDocument);
        if (out.size() < 2 || out.stream().map(s -> s.sentence().document()).distinct().count() < 2) return out;
        // a lede is its article's first sentence that may stand in a summary (a live page read backwards has none)
        int[] ledes = io.khulasa.select.Candidates.ledes(cluster);
        java.util.function.Predicate<Selected> lede = s -> !backwards[s.sentence().document()]
                && ledes[s.sentence().document()] == cluster.indexOf(s.sentence());
        if (lede.test(out.get(0))) return out;
        int best = -1;
        for (int k = 1; k < out.size(); k++) {
            if (lede.test(out.get(k)) && (best < 0 || out.get(k).score() > out.get(best).score())) best = k;
        }
        if (best > 0) out.add(0, out.remove(best));
        return out;
    }

    private static Instant date(AnalyzedCluster cluster, Selected s) {
        return cluster.documents().get(s.sentence().document()).cleaned().asOf();
    }

    /**
     * Whether {@code d} is a live page whose entries' time stamps ("16:10", «١٤:٣٠», "1:25 p.m.") fall down the page:
     * the newest entry on top, as most live pages are written.
     */
    public static boolean newestFirst(CleanedDocument d) {
        if (!Genre.LIVE.equals(d.metadata().get(Genre.KEY))) return false;
        int previous = -1, down = 0, up = 0;
        for (DroppedLine l : d.dropped()) {
            if (!"time-stamp".equals(l.reason())) continue;
            Matcher m = CLOCK.matcher(l.text());
            if (!m.find()) continue;
            int hour = Integer.parseInt(m.group(1));
            if (m.group(3) != null) hour = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
            int minute = hour * 60 + Integer.parseInt(m.group(2));
            if (previous >= 0 && minute < previous) down++;
            if (previous >= 0 && minute > previous) up++;
            previous = minute;
        }
        // twice as many steps down as up, and two at least: one step past midnight, or a stamp out of place, is no order
        return down >= 2 && down >= 2 * up;
    }

    /** Hours and minutes in any digits (\d matches Arabic-Indic ones in Java's Unicode mode). */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:\\s*([AaPp])\\.?\\s?[Mm]\\b\\.?)?",
            Pattern.UNICODE_CHARACTER_CLASS);
}
