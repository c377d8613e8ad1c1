package io.khulasa.analyze;

import io.khulasa.Omission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the connective a summary leaves off the front of a sentence it quotes: "But", "And", "However,",
 * "Meanwhile,", «كما», «إلا أن», «في المقابل،». Each ties the sentence to the one before it in its article, which the
 * summary does not quote: a summary sentence that opens with "But" contrasts with nothing. In English only a
 * connective set apart by a comma goes, or "But"/"And" before a word: "Also killed was…", "Still images…", "So far…"
 * and "Yet another…" keep theirs, where the word is part of the sentence. Arabic «و» is no connective here: it opens
 * most sentences of a report. «لكنّ» and «أنّ» stay before a noun whose ending shows their accusative
 * («لكن المسؤولين أكدوا»), which without them would be the sentence's subject in the wrong case. A sentence inside quotation marks is quoted as said. Measured: MultiLing Arabic R-2
 * 0.2963 → 0.2958, EASC 0.4327 → 0.4323 (extractive references keep the words); the rest unchanged.
 */
public final class OpeningConnectives {
    private OpeningConnectives() {}

    /**
     * Whether an opening «كما» is "as" rather than "also": «كما هو معروف،», «كما توقع المحللون، ارتفعت…» (a comma soon
     * after it closes the comparison), «كما في…». Then it stays.
     */
    private static boolean comparison(String sentence, int after) {
        String head = sentence.substring(0, after).strip();
        if (!head.endsWith("كما")) return false;
        String rest = sentence.substring(after);
        if (AS_FOLLOWERS.matcher(rest).lookingAt()) return true;
        int comma = rest.indexOf('،');
        return comma >= 0 && io.khulasa.Budget.countWords(rest.substring(0, comma)) <= 4;
    }

    private static final Pattern AS_FOLLOWERS = Pattern.compile("(?:هو|هي|كان|كانت|جاء|جاءت|يلي|في|توقع|ذكر|ذكرت|قال|قالت|أشار|اشار|أوضح|اوضح|اتفق|ورد)(?:\\s|$|،)");

    /**
     * «كما أرسل…», «كما أن…», «لكن الوزير…», «إلا أن…», «وفي المقابل، …», «إلى ذلك، …», «وبذلك ترتفع…» ("thereby": the
     * sentence before it says how; not «وبهذا الفوز يتصدر…», "with this win", which names its noun; «وبذلك» before «ال» is a verb's, «وبذلك التحق»; before the copula it stays, in any person: «وبذلك تكون هذه السيول الأكثر
     * دموية» is a conclusion, «تكون هذه السيول…» alone a fragment, as «يكونون قد خسروا…» is).
     */
    private static final Pattern ARABIC = Pattern.compile(
            "(?:[وف]?كما (?:أن|ان)\\s+|[وف]?(?:كما|لكن|ولكن)\\s+|و?بذلك\\s+(?!(?:[يتن]كون|[يتن]صبح)(?:ون|ان|وا|ن)?(?:\\s|$)|(?:أصبح|اصبح)(?:ت|وا|تا|ا)?(?:\\s|$))|و?بهذا\\s+(?!ال)|(?:إلا|الا|غير) (?:أن|ان)\\s+(?=\\p{IsArabic}{2})"
                    + "|و?(?:في المقابل|من جهة أخرى|من جهة اخرى|من ناحية أخرى|إلى ذلك|الى ذلك|في غضون ذلك|في الأثناء|في الاثناء|في اليوم نفسه|في اليوم ذاته|في نفس اليوم"
                    // "in a related development": ties it to a story before it that the summary does not quote
                    + "|في سياق متصل|في السياق نفسه|في السياق ذاته|على صعيد متصل|في سياق آخر|في سياق اخر|على صعيد آخر|على صعيد اخر"
                    + ")\\s*[،,]\\s*)(?=\\p{IsArabic})");
    /** «لكنّ» and «أنّ» (in «إلا أن», «كما أن», «غير أن») at the end of a connective: they govern the noun after them. */
    private static final Pattern GOVERNING = Pattern.compile("(?:لكن|أن|ان)\\s*$");
    /**
     * A noun whose ending shows the accusative «لكنّ» or «أنّ» gives it: a dual or plural in «ين» («الطرفين»,
     * «المسؤولين», «عشرين»), or a tanween «اً»/«ًا» («أحداً»); not «الذين», which does not change.
     */
    private static final Pattern ACCUSATIVE = Pattern.compile("(?!الذين(?:\\s|$))"
            // not a word whose «ين» is its own, short («الصين», «الأمين العام», «بكين») or a name («البحرين», «فلسطين»)
            + "(?!(?:ال)?\\p{IsArabic}{0,2}ين(?:\\s|$))(?!(?:البحرين|فلسطين|برلين|ياسين|بنيامين|شيرين|نسرين)(?:\\s|$))"
            + "\\p{IsArabic}{2,}ين(?:\\s|$)|\\p{IsArabic}+(?:اً|ًا)(?:\\s|$)");

    /**
     * Whether the connective ending at {@code after} governs the noun after it and that noun shows it: without
     * «لكن» the sentence «لكن الطرفين تبادلا الاتهامات» would open with an accusative subject, «الطرفين تبادلا…».
     */
    private static boolean governsItsNoun(String sentence, int after) {
        return GOVERNING.matcher(sentence.substring(0, after)).find()
                && ACCUSATIVE.matcher(sentence).region(after, sentence.length()).lookingAt();
    }

    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?:(?:But|And)\\s+|(?:However|Meanwhile|Still|Also|Moreover|Furthermore|In addition|Nonetheless"
                    + "|Nevertheless|Yet|Instead|Indeed|Eventually|Separately"
                    // a day told from the sentence before: "On the same day, police…", "Later that day, …"
                    + "|(?:On the|On that|The|That) same day|Later that day|Earlier that day),\\s*)(?=\\p{L})");

    /**
     * The connective opening {@code sentence} (at {@code offset} in its document), as an omission, in front of the
     * {@code others} found in it that do not overlap it; {@code others} alone when there is none or the language is
     * not English.
     */
    public static List<Omission> withOpening(String sentence, int offset, String language, List<Omission> others) {
        boolean arabic = "ar".equals(language);
        if (!"en".equals(language) && !arabic) return others;
        Matcher m = (arabic ? ARABIC : CONNECTIVE).matcher(sentence);
        if (!m.lookingAt() || arabic && (comparison(sentence, m.end()) || governsItsNoun(sentence, m.end()))) return others;
        List<Omission> all = new ArrayList<>(others.size() + 1);
        all.add(new Omission(offset, offset + m.end()));
        for (Omission o : others) if (o.start() >= offset + m.end()) all.add(o);
        return all;
    }
}
