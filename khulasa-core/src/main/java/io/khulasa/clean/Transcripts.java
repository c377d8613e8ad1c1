package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A broadcast transcript: speakers' labels, stage directions, and whose turns are the story. */
final class Transcripts {
    private Transcripts() {}

    /**
     * A transcript's speaker label opening a line: capitals, figures, commas and apostrophes, then a colon ("DENISE
     * HARLAN, KCVN 7 ANCHOR:", "DUNMORE'S ATTORNEY:", "REYES (voice-over):"). Group 1 is the label.
     */
    private static final Pattern SPEAKER_LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{Nd}'’.\\-]+(?:,?\\s[\\p{Lu}\\p{Nd}(][\\p{Lu}\\p{Nd}'’.\\-()]*){0,7})"
                    + "(?:\\s\\([\\p{L} -]{1,30}\\))?:\\s+(?=\\S)");
    /** Roles in a speaker label of those who tell the story in a transcript. */
    private static final java.util.Set<String> JOURNALIST_ROLES = java.util.Set.of("ANCHOR", "REPORTER", "CORRESPONDENT", "HOST");
    /** A stage direction alone on a line: "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)", "[18:04:12]". */
    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\([^()]{1,80}\\)|\\[[^\\[\\]]{1,80}]");

    /**
     * A broadcast transcript: two speaker labels or more, one of them naming a journalist by role (an update's
     * "UPDATE:" or a wire's "WASHINGTON:" does not make one). A label is cut; the turn of a journalist — by role, or
     * by the surname of one named earlier ("REYES:" after "TOM REYES, KCVN 7 REPORTER:") — is the story told and
     * kept. Anyone else's turn, up to the next label or stage direction, is speech that no longer says who spoke,
     * and is dropped.
     */
    static void transcriptTurns(Page page) {
        if (page.arabic) return; // no capitals to tell a label by
        int turns = 0;
        boolean journalist = false, directions = false;
        for (Unit u : page.units) {
            if (u.title) continue;
            Matcher m = SPEAKER_LABEL.matcher(u.text);
            if (isTurn(u, m)) {
                turns++;
                journalist |= journalistByRole(m.group(1));
            } else if (STAGE_DIRECTION.matcher(u.text).matches()) {
                directions = true;
            }
        }
        // three turns at least: a fact box ("HOST CITIES: …", "DATES: …") or a quoted exchange in a story is none
        if (turns < MIN_TURNS || !journalist) return;
        java.util.Set<String> surnames = new java.util.HashSet<>();
        boolean speech = false; // inside the turn of someone who does not report
        for (Unit u : page.units) {
            if (u.title) continue;
            boolean open = u.kept() && u.keepStart == u.start;
            Matcher m = SPEAKER_LABEL.matcher(u.text);
            // in a transcript a short turn is a turn too ("TALLIS: No comment.")
            if (open && m.lookingAt()) {
                speech = !journalist(m.group(1), surnames);
                if (speech) {
                    u.reason = "transcript-speech";
                } else {
                    u.cutPrefix(m.end(), "speaker-label");
                }
            } else if (STAGE_DIRECTION.matcher(u.text).matches()) {
                speech = false;
                if (u.kept()) u.reason = "stage-direction";
            } else if (speech && open && directions) {
                // a turn runs on over paragraphs without a label only where stage directions show a transcript
                u.reason = "transcript-speech";
            } else {
                speech = false;
            }
        }
    }

    /** Labelled turns a transcript has at least. */
    private static final int MIN_TURNS = 3;

    /**
     * A speaker's label followed by speech, not by a short value ("REPORTER: Jane Whitfield", "HOST CITIES: Milan
     * and Cortina"): a sentence of four words or more, or eight words without a stop.
     */
    private static boolean isTurn(Unit u, Matcher label) {
        if (!label.lookingAt()) return false;
        String said = u.text.substring(label.end());
        int words = io.khulasa.Budget.countWords(said);
        LineFeatures.Ending end = LineFeatures.ending(said.strip());
        return words >= 8 || words >= 4 && (end == LineFeatures.Ending.SENTENCE || end == LineFeatures.Ending.QUESTION
                || end == LineFeatures.Ending.ELLIPSIS);
    }

    /** A journalist's label: by role (the name before its comma gives a surname to know them by), or by that surname. */
    private static boolean journalist(String label, java.util.Set<String> surnames) {
        int comma = label.indexOf(',');
        String[] name = (comma < 0 ? label : label.substring(0, comma)).strip().split("\\s+");
        String surname = name[name.length - 1];
        if (journalistByRole(label)) {
            if (comma > 0) surnames.add(surname);
            return true;
        }
        return comma < 0 && surnames.contains(surname);
    }

    private static boolean journalistByRole(String label) {
        for (String w : label.split("[^\\p{L}]+")) if (JOURNALIST_ROLES.contains(w)) return true;
        return false;
    }
}
