package io.khulasa.clean;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the site tagline glued to a title ("Talks suspended | The Daily Post", "… - It's Over 9000!") and where
 * the real title ends. A trailing segment after a separator is a tagline when it is short, shorter than the
 * title, and something marks it as a site rather than a headline clause: a pipe-like separator, a different
 * script from the title (a Latin name on an Arabic title), a site-ish word (news, times, ".com", نيوز, …), the
 * article's known source, or the same segment ending titles of other documents of the cluster.
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[-–—~]|\\|\\|?|::|«|»|•)\\s+|\\s*\\|\\s*");
    private static final Set<String> SITE_WORDS = Set.of(
            "news", "times", "post", "daily", "online", "tv", "press", "herald", "tribune", "journal", "gazette",
            "network", "media", "com", "net", "org", "24", "365", "today", "live", "magazine", "radio", "agency",
            "نيوز", "اليوم", "الاخباريه", "اخبار", "الاخبار", "وكاله", "جريده", "صحيفه", "موقع", "قناه", "بوابه",
            "اونلاين", "برس", "نت");

    /** Hints from the rest of the cluster: normalized segments seen after separators in other titles. */
    interface Hints {
        boolean knownSite(String normalizedSegment);
    }

    private TitleCleaner() {}

    /**
     * The length of the title proper within {@code line} (the whole line when there is no tagline). Several
     * taglines ("Title - World - Site") are peeled one by one.
     */
    static int titleEnd(String line, String source, Hints hints) {
        int end = line.length();
        for (int guard = 0; guard < 3; guard++) {
            int cut = lastSeparator(line, end);
            if (cut < 0) break;
            String head = line.substring(0, cut).strip();
            String tail = line.substring(separatorEnd(line, cut), end).strip();
            if (!isTagline(head, tail, line.substring(cut, separatorEnd(line, cut)), source, hints)) break;
            end = line.substring(0, cut).stripTrailing().length(); // lines are stripped, so the head starts at 0
        }
        return end;
    }

    /**
     * Where the title proper starts within {@code line}: after the site's name set before it ("Riverbend Gazette -
     * Fourth death in chlorine derailment"), when the page, the source or the cluster's other titles name that site;
     * else 0. A headline's own first clause is no site's name.
     */
    static int titleStart(String line, String site, String source, Hints hints) {
        Matcher m = SEPARATOR.matcher(line);
        if (!m.find() || m.start() == 0) return 0;
        String head = line.substring(0, m.start()).strip(), rest = line.substring(m.end()).strip();
        LineFeatures h = LineFeatures.of(head), r = LineFeatures.of(rest);
        if (h.words == 0 || h.words > 6 || r.words < 3 || head.length() >= rest.length()) return 0;
        String nh = TextNormalizer.normalize(head);
        boolean named = site != null && TextNormalizer.normalize(site).equals(nh) || source != null && TextNormalizer.normalize(source).equals(nh)
                || hints != null && hints.knownSite(nh);
        return named ? m.end() : 0;
    }

    private static int lastSeparator(String line, int end) {
        Matcher m = SEPARATOR.matcher(line).region(0, end);
        int last = -1;
        while (m.find()) if (m.start() > 0 && m.end() < end) last = m.start();
        return last;
    }

    private static int separatorEnd(String line, int start) {
        Matcher m = SEPARATOR.matcher(line);
        return m.find(start) ? m.end() : start;
    }

    private static boolean isTagline(String head, String tail, String sep, String source, Hints hints) {
        LineFeatures h = LineFeatures.of(head), t = LineFeatures.of(tail);
        if (t.words == 0 || t.words > 6 || h.words < 2 || tail.length() >= head.length()) return false;
        String nt = TextNormalizer.normalize(tail);
        boolean pipe = sep.contains("|") || sep.contains("::") || sep.contains("«") || sep.contains("»");
        boolean otherScript = h.arabic > h.latin ? t.latin > t.arabic : t.arabic > t.latin;
        boolean siteWord = Lexicon.anyToken(nt, SITE_WORDS) || tail.contains(".com") || tail.contains(".net");
        boolean isSource = source != null && TextNormalizer.normalize(source).equals(nt);
        boolean elsewhere = hints != null && hints.knownSite(nt);
        return pipe || otherScript || siteWord || isSource || elsewhere;
    }

    /** The segments after separators of a title-like line, for {@link Hints} across documents. */
    static java.util.List<String> trailingSegments(String line) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = SEPARATOR.matcher(line);
        while (m.find()) {
            if (m.start() == 0) continue;
            String seg = TextNormalizer.normalize(line.substring(m.end()));
            if (!seg.isEmpty() && Lexicon.tokens(seg).length <= 6) out.add(seg);
        }
        return out;
    }

    private static final java.util.regex.Pattern WIRE_PREFIX = java.util.regex.Pattern.compile(
            "^(?:UPDATE \\d+|CORRECTED|REFILE|RPT|WRAPUP(?: \\d+)?|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|TIMELINE|BREAKINGVIEWS"
            + "|BREAKING(?: NEWS)?|URGENT|عاجل)(?:-|\\s*[:|]\\s*)(?=\\S)");

    /** The title without a wire service's slug prefix ("UPDATE 2-", "CORRECTED-", "BREAKING:", "عاجل |"). */
    static String withoutWirePrefix(String title) {
        return title == null ? null : WIRE_PREFIX.matcher(title).replaceFirst("");
    }
}
