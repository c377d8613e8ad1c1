package io.khulasa.text;

import java.util.List;

/**
 * Names of the days of the week as news copy writes them: one list, so the cleaner that spots date lines and the
 * analysis that leaves relative days out of quoted sentences agree on what a day is.
 */
public final class DayNames {
    private DayNames() {}

    /** English, capitalized as written in running text. */
    public static final List<String> ENGLISH = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** Arabic, with the spellings with and without hamza and with final ه for ة that sites print. */
    public static final List<String> ARABIC = List.of("الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
            "الاربعاء", "الخميس", "الجمعة", "الجمعه", "السبت");
    /** French, in lower case as written in running text. */
    public static final List<String> FRENCH = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
}
