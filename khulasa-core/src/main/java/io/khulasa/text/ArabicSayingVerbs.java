package io.khulasa.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic verbs of saying in the perfect, as a reported sentence opens («قال», «وأضافت»): one list, so the rules that
 * read a line or a sentence as reported speech spell the verbs alike. Each rule takes the groups it needs and names
 * what it adds; the verbs go into a pattern through {@link #written} or {@link #folded}, which add the
 * feminine in «ت» and, for text as written, the spelling without hamza.
 */
public final class ArabicSayingVerbs {
    private ArabicSayingVerbs() {}

    /** Said, added, stressed, mentioned, explained, reported, declared: verbs whose subject is the one who spoke. */
    public static final List<String> SPEAKING = List.of("قال", "أضاف", "أكد", "ذكر", "أوضح", "أفاد", "صرح");
    /**
     * Announced, pointed out: verbs whose subject may be in the fact as well as the speaker («أعلنت الشركة إغلاق
     * مصنعها», «أشار التقرير إلى ارتفاع…»).
     */
    public static final List<String> ANNOUNCING = List.of("أعلن", "أشار");
    /** Both groups. */
    public static final List<String> ALL = join(SPEAKING, ANNOUNCING);

    /** {@code verbs} followed by {@code more}. */
    public static List<String> join(List<String> verbs, List<String> more) {
        List<String> out = new ArrayList<>(verbs);
        out.addAll(more);
        return List.copyOf(out);
    }

    /** A regex alternation (no group) of {@code verbs} as written: masculine and feminine, with hamza and without. */
    public static String written(List<String> verbs) {
        Set<String> forms = new LinkedHashSet<>();
        for (String v : verbs) {
            forms.add(v);
            forms.add(v + "ت");
            String bare = ArabicOrthography.fold(v);
            forms.add(bare);
            forms.add(bare + "ت");
        }
        return String.join("|", forms);
    }

    /** A regex alternation (no group) of {@code verbs} in folded text ({@link ArabicOrthography#fold}): masculine and feminine. */
    public static String folded(List<String> verbs) {
        Set<String> forms = new LinkedHashSet<>();
        for (String v : verbs) {
            String bare = ArabicOrthography.fold(v);
            forms.add(bare);
            forms.add(bare + "ت");
        }
        return String.join("|", forms);
    }
}
