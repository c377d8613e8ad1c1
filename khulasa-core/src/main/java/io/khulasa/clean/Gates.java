package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a site puts between the reader and the text: a cookie-consent banner at the top, a paywall's cut at the end. */
final class Gates {
    private Gates() {}

    /** The first units of a text a cookie-consent banner is looked for in, with its heading and buttons. */
    private static final int BANNER_UNITS = 8;
    /**
     * A consent banner's words, in the site's voice: "We use cookies…", "We and our 142 partners store…", "Please let
     * us know if you agree to all of these cookies", "We value your privacy"; not a report on cookie rules ("Sites
     * must ask users to accept cookies, the regulator said"), which tells of them in the third person.
     */
    private static final Pattern CONSENT = Pattern.compile("(?i)\\b(?:we|this (?:web)?site) (?:use|uses|may use) cookies\\b"
            + "|\\bwe and our (?:\\d+ )?(?:trusted |selected )?partners (?:use|store|access|process|collect)\\b|\\b(?:you )?(?:agree|consent) to (?:all )?(?:of )?"
            + "(?:these |our |the use of )?cookies\\b|\\bwe value your privacy\\b|\\byour (?:cookie )?preferences will apply\\b"
            + "|nous utilisons des cookies|(?:utilizamos|usamos) cookies|نستخدم (?:ملفات )?(?:تعريف )?(?:الارتباط|الكوكيز)");

    /** A banner speaks in the site's voice: no quotation marks, no one said to say it. */
    private static boolean sitesVoice(String line) {
        return !LineKinds.saying(line) && line.chars().noneMatch(c -> c == '"' || c == '“' || c == '”' || c == '«' || c == '»');
    }

    /** The answers on a consent banner's buttons: "AGREE", "MORE OPTIONS", "Yes, I agree", "No, take me to settings". */
    private static final Pattern CONSENT_BUTTON = Pattern.compile(
            "(?i)\\b(?:agree|accept|reject|decline|refuse|options|settings|manage|preferences|consent|allow|got it)\\b");

    /**
     * A cookie-consent banner a text scrape kept at its top: its notices, the short heading right above the first
     * ("We value your privacy") and the buttons right under the last. Left in, it would be the title and the lede.
     */
    static void consentBanner(Page page) {
        List<Unit> units = page.units;
        int first = -1, last = -1;
        for (int k = 0; k < Math.min(units.size(), BANNER_UNITS); k++) {
            String t = units.get(k).text;
            if (!mayBeConsent(t) || !CONSENT.matcher(t).find() || !sitesVoice(t)) continue;
            units.get(k).reason = "consent-banner";
            if (first < 0) first = k;
            last = k;
        }
        if (first < 0) return;
        boolean buttons = false;
        for (int k = last + 1; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.f.words > 6 || u.f.endsSentence() || !CONSENT_BUTTON.matcher(u.text).find()) break;
            u.reason = "consent-banner";
            buttons = true;
        }
        // the heading above only with buttons below: without them the short line may be the story's headline
        if (buttons && first > 0 && units.get(first - 1).f.words <= 6 && !units.get(first - 1).f.endsSentence()) {
            units.get(first - 1).reason = "consent-banner";
        }
    }

    /** Longest line read as a consent notice. */
    private static final int CONSENT_CHARS = 1500;

    /** A word every {@link #CONSENT} notice has: the notice's pattern is tried on few lines. */
    private static boolean mayBeConsent(String t) {
        if (t.length() > CONSENT_CHARS) return false; // a notice is a paragraph, not a hard-wrapped article
        String l = t.toLowerCase(java.util.Locale.ROOT);
        return l.contains("cookie") || l.contains("partners") || l.contains("privacy") || l.contains("preferences")
                || t.contains("الارتباط") || t.contains("الكوكيز");
    }

    /** A sentence's end inside a paragraph: its stop, closing quotes or brackets, a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟…][\"”’»')]*\\s+(?=\\S)");
    /** The fewest words of a sentence cut off, told from a label ending in a preposition ("Follow us on"). */
    private static final int CUT_OFF_WORDS = 6;

    /**
     * A paragraph whose last sentence a paywall cut off ("Analysts said the dispute was likely to", then "Subscribe to
     * continue reading"), at the end of the text or above the paywall's prompt: that sentence ends with a word no
     * sentence ends with, and is dropped; the paragraph's whole sentences before it are kept.
     */
    static void cutOffSentences(Page page) {
        List<Unit> units = page.units;
        int last = page.lastProse();
        for (Unit u : units) {
            if (!u.kept() || u.title || u.f.endsSentence() || u.keepEnd != u.end) continue;
            Unit next = u.index + 1 < units.size() ? units.get(u.index + 1) : null;
            boolean gate = next != null && ("subscribe-prompt".equals(next.reason) || "site-notice".equals(next.reason));
            if (u.index < last && !gate) continue;
            String[] words = Lexicon.tokens(u.norm());
            if (words.length == 0 || !Lexicon.DANGLING_WORDS.contains(words[words.length - 1]) || endsWhole(u.text, words)) continue;
            int from = 0;
            Matcher m = SENTENCE_END.matcher(u.text);
            while (m.find()) from = m.end();
            // without the paywall's prompt under it, a last paragraph that only lost its stop is not dropped whole
            if (from == 0 && !gate) continue;
            if (io.khulasa.Budget.countWords(u.text.substring(from)) < CUT_OFF_WORDS) continue;
            if (from == 0) u.reason = "cut-off-sentence";
            else u.cutSuffix(from, "cut-off-sentence");
        }
    }

    /** A name's letter after a capitalised word: "in Group A", "Plan B". */
    private static final Pattern NAMED_LETTER = Pattern.compile("\\p{Lu}[\\p{L}\\-]* \\p{Lu}[\\p{P}]*$");

    /** Whether a sentence ends whole on a word {@link Lexicon#DANGLING_WORDS} holds: "… in Group A", "… in between". */
    private static boolean endsWhole(String text, String[] words) {
        int n = words.length;
        return NAMED_LETTER.matcher(text.strip()).find() || n >= 2 && words[n - 2].equals("in") && words[n - 1].equals("between");
    }
}
