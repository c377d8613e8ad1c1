package io.khulasa.clean;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A site's ways elsewhere flattened to a line: a breadcrumb, a menu row, a "related" marker run into its headline. */
final class Navigation {
    private Navigation() {}

    static final Pattern CRUMB_SEP = Pattern.compile("\\s*[/›»>|\\\\]\\s*");
    private static final Pattern NAV_ONLY_SEP = Pattern.compile("[›»>]");

    static boolean isBreadcrumb(String raw, LineFeatures f) {
        if (f.words > 14 || f.endsSentence()) return false;
        String[] seg = CRUMB_SEP.split(raw.strip());
        int withLetters = 0;
        for (String s : seg) {
            LineFeatures sf = LineFeatures.of(s);
            if (sf.words > 4) return false;
            if (sf.letters > 0) withLetters++;
        }
        return withLetters >= 3 || (withLetters >= 2 && NAV_ONLY_SEP.matcher(raw).find());
    }

    private static final Pattern NAV_SPLIT = Pattern.compile("\\s*" + NAV_ONLY_SEP.pattern() + "\\s*");

    /**
     * A breadcrumb that ends with the page's own headline, which the next lines repeat: «بوابة النهار نيوز > محافظات
     * > ارتفاع ضحايا السيول…» over «ارتفاع ضحايا السيول…». Long as its last step makes it, it is the site's way in.
     */
    static boolean crumbOverHeadline(Page page, Layout.Unit u) {
        if (u.f.endsSentence() || u.lines.size() != 1) return false;
        String[] seg = NAV_SPLIT.split(u.text.strip());
        if (seg.length < 3) return false;
        for (int k = 0; k + 1 < seg.length; k++) {
            LineFeatures sf = LineFeatures.of(seg[k]);
            if (sf.words > 4 || sf.letters == 0) return false;
        }
        String last = TextNormalizer.normalize(seg[seg.length - 1]);
        if (LineFeatures.of(seg[seg.length - 1]).words < 3) return false;
        for (int k = u.index + 1; k < Math.min(page.units.size(), u.index + 4); k++) {
            if (page.units.get(k).norm().equals(last)) return true;
        }
        return false;
    }

    /** A count in brackets closing a marker: "More on this story (14 sources)", "Related (3)". */
    private static final Pattern MARKER_COUNT = Pattern.compile("\\s*\\([^()]*\\d[^()]*\\)\\s*$");

    /** A line that announces a list of other stories ({@link Lexicon#RELATED}), maybe with how many it holds. */
    static boolean relatedMarker(String raw, String norm) {
        if (Lexicon.RELATED.contains(norm)) return true;
        Matcher count = raw.endsWith(")") ? MARKER_COUNT.matcher(raw) : null;
        return count != null && count.find() && Lexicon.RELATED.contains(TextNormalizer.normalize(raw.substring(0, count.start())));
    }

    /**
     * "Read also: Another headline" — a marker and one headline on one line; or a marker of two words or more run
     * into its headlines, their breaks lost ("Te puede interesar Quién es Rocío Valdeolmos… Los diez municipios…").
     */
    static boolean isInlineRelated(String raw, LineFeatures f) {
        if (f.words > LineKinds.SHORT_WORDS || f.ending == LineFeatures.Ending.SENTENCE) return false;
        int colon = indexOfAny(raw, ":|…");
        // «اقرأ أيضا..بالصور.. أبرز قضايا…»: two stops set the label off as a colon would
        int dots = raw.indexOf("..");
        if (dots > 0 && (colon < 0 || dots < colon)) colon = dots;
        if (colon > 0 && colon <= 40) return Lexicon.RELATED.contains(TextNormalizer.normalize(raw.substring(0, colon)));
        String[] words = raw.strip().split("\\s+");
        for (int k = 1; k < Math.min(words.length, 5); k++) {
            String marker = TextNormalizer.normalize(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
            // the label, then a headline in capitals, or a numbered list: «الأكثر قراءة 1. ميسي يحسم مستقبله 2. …»
            if (Lexicon.RELATED.contains(marker) && (k >= 2 && Character.isUpperCase(words[k].codePointAt(0))
                    || NUMBERED.matcher(words[k]).matches())) return true;
        }
        return false;
    }

    /** A list's number: "1.", "2)", «١.». */
    private static final Pattern NUMBERED = Pattern.compile("\\p{Nd}{1,2}[.)]");

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /**
     * A site's menu flattened to one line without separators: «الرئيسية محليات اقتصاد برلمان رياضة», "Home News Sport
     * Business Culture". It opens with the home page's name and has no stop, figure or comma; in English every word
     * is capitalised and none is a small word, which a headline in title case has ("Home Sales Slump as Rates Climb").
     */
    static boolean menuRow(String raw, String norm) {
        if (!norm.startsWith("الرئيسيه ") && !norm.startsWith("home ")) return false;
        if (MENU_BREAKER.matcher(raw).find()) return false;
        if (norm.startsWith("الرئيسيه ")) return true;
        for (String w : raw.strip().split("\\s+")) {
            if (!Character.isUpperCase(w.codePointAt(0)) || SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    private static final Pattern MENU_BREAKER = Pattern.compile("[\\p{Nd}.,،!?؟:;\"'«»“”]");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "as", "at", "by", "for", "in", "of", "on",
            "to", "and", "or", "but", "is", "are", "was", "with", "from", "after", "over", "into");
}
