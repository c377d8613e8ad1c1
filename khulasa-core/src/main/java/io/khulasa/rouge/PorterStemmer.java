package io.khulasa.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's Perl release 1, written with
 * regular expressions, plus Chin-Yew Lin's 2004 change to step 4 (a word ending in "-ement" is no
 * longer offered to the "-ment" and "-ent" rules in the same alternation; they are tried one after
 * another instead).
 *
 * <p>This is not Lucene's {@code PorterStemmer}: that one is a port of the C reference
 * implementation without the step-4 change, and the two disagree on words such as "agreement".
 * The patterns below are the Perl ones, evaluated with {@link java.util.regex}, whose
 * leftmost-match and backtracking semantics agree with Perl's for these expressions. The input
 * must be lower case ASCII; words shorter than 3 characters are returned unchanged.
 */
public final class PorterStemmer {

    private static final String C1 = "[^aeiou]";
    private static final String V1 = "[aeiouy]";
    private static final String CS = C1 + "[^aeiouy]*";
    private static final String VS = V1 + "[aeiou]*";

    private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
    private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
    private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V1);
    private static final Pattern CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

    private static final Pattern SSES_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern PLURAL_S = Pattern.compile("([^s])s$");
    private static final Pattern EED = Pattern.compile("eed$");
    private static final Pattern ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern DOUBLE_CONS = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern FINAL_Y = Pattern.compile("y$");
    private static final Pattern STEP2 = Pattern.compile(
            "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness"
                    + "|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 = Pattern.compile(
            "(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern MENT = Pattern.compile("ment$");
    private static final Pattern ENT = Pattern.compile("ent$");
    private static final Pattern SION_TION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern FINAL_E = Pattern.compile("e$");
    private static final Pattern FINAL_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP2_LIST = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_LIST = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private PorterStemmer() {}

    /** Stems one lower-case word the way ROUGE-1.5.5's {@code stem()} does. */
    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        String w = word;
        // An initial y is a consonant: upper-case it so that no pattern treats it as a vowel.
        boolean initialY = w.charAt(0) == 'y';
        if (initialY) {
            w = "Y" + w.substring(1);
        }
        Matcher m;
        // Step 1a
        if ((m = SSES_IES.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        } else if ((m = PLURAL_S.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        }
        // Step 1b
        if ((m = EED.matcher(w)).find()) {
            if (MGR0.matcher(w.substring(0, m.start())).find()) {
                w = chop(w);
            }
        } else if ((m = ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem;
                if (AT_BL_IZ.matcher(w).find()) {
                    w = w + "e";
                } else if (DOUBLE_CONS.matcher(w).find()) {
                    w = chop(w);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        // Step 1c
        if ((m = FINAL_Y.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        // Step 2
        if ((m = STEP2.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR0.matcher(stem).find()) {
                w = stem + STEP2_LIST.get(m.group(1));
            }
        }
        // Step 3
        if ((m = STEP3.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR0.matcher(stem).find()) {
                w = stem + STEP3_LIST.get(m.group(1));
            }
        }
        // Step 4, with ROUGE's 2004 change: three tests in sequence, each may strip again.
        if ((m = STEP4.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        if ((m = MENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        if ((m = ENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        } else if ((m = SION_TION.matcher(w)).find()) {
            String stem = w.substring(0, m.start()) + m.group(1);
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        // Step 5
        if ((m = FINAL_E.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()
                    || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (FINAL_LL.matcher(w).find() && MGR1.matcher(w).find()) {
            w = chop(w);
        }
        if (initialY) {
            w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
        }
        return w;
    }

    private static String chop(String w) {
        return w.substring(0, w.length() - 1);
    }
}
