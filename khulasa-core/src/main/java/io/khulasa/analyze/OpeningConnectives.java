package io.khulasa.analyze;

import io.khulasa.Omission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the connective a summary leaves off the front of an English sentence it quotes: "But", "And", "However,",
 * "Meanwhile,". Each ties the sentence to the one before it in its article, which the summary does not quote: a
 * summary sentence that opens with "But" contrasts with nothing. Only a connective set apart by a comma goes, or
 * "But"/"And" before a word: "Also killed was…", "Still images…", "So far…" and "Yet another…" keep theirs, where
 * the word is part of the sentence. A sentence inside quotation marks is quoted as said.
 */
public final class OpeningConnectives {
    private OpeningConnectives() {}

    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?:(?:But|And)\\s+|(?:However|Meanwhile|Still|Also|Moreover|Furthermore|In addition|Nonetheless"
                    + "|Nevertheless|Yet|Instead|Indeed|Eventually|Separately),\\s*)(?=\\p{L})");

    /**
     * The connective opening {@code sentence} (at {@code offset} in its document), as an omission, in front of the
     * {@code others} found in it that do not overlap it; {@code others} alone when there is none or the language is
     * not English.
     */
    public static List<Omission> withOpening(String sentence, int offset, String language, List<Omission> others) {
        if (!"en".equals(language)) return others;
        Matcher m = CONNECTIVE.matcher(sentence);
        if (!m.lookingAt()) return others;
        List<Omission> all = new ArrayList<>(others.size() + 1);
        all.add(new Omission(offset, offset + m.end()));
        for (Omission o : others) if (o.start() >= offset + m.end()) all.add(o);
        return all;
    }
}
