package io.khulasa.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Month names as news sites write them, in the languages we clean: English (with abbreviations), Arabic in
 * its three sets of names (Egyptian and Gulf «يناير», Levantine «كانون الثاني», Algerian and Tunisian «جانفي»,
 * Moroccan «يوليوز»), French, Spanish ("7 dic", "6 de diciembre"), and Persian (months of the solar Hijri calendar). One list, so the cleaner that
 * spots and reads date lines and the reader of casualty counts, which must not take "26 December" for 26 dead,
 * agree on what a month is. Names are given as written; each user folds them as it folds text.
 */
public final class MonthNames {
    private MonthNames() {}

    /** Gregorian month number (1–12) by name, lower case; two Levantine names are two words («كانون الثاني»). */
    public static final Map<String, Integer> GREGORIAN;
    /** Solar Hijri month number (1–12) by Persian name. */
    public static final Map<String, Integer> PERSIAN;
    /**
     * Months of the lunar Hijri calendar, which Gulf and Saudi pages print beside the Gregorian date («26 شوال 1447
     * هـ الموافق 14 أبريل 2026»). Named, not converted: the Gregorian date beside them is read instead.
     */
    public static final List<String> HIJRI = List.of("محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال",
            "القعدة", "الحجة");
    /** An English month, in full or abbreviated, capitalised as written in a date: "March", "Sept.", "Aug". */
    public static final String ENGLISH_PATTERN = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** Every word that names a month (of a two-word name, the first), for telling a date from a count. */
    public static final List<String> ALL;

    static {
        Map<String, Integer> g = new LinkedHashMap<>();
        String[] rows = {
                "january february march april may june july august september october november december",
                "jan feb mar apr - jun jul aug sep oct nov dec",
                "- - - - - - - - sept - - -",
                "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
                "- - - إبريل - يونيه يوليه اغسطس - - - -",
                "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
                "- - أذار - - - - - - - - -",
                "جانفي فيفري - أفريل ماي جوان جويلية أوت - - - -",
                "- - - - - - يوليوز غشت شتنبر - نونبر دجنبر",
                "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
                "- fevrier - - - - - aout - - - decembre",
                "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
                "ene - - abr - - - ago setiembre - - dic"};
        for (String row : rows) {
            String[] m = row.split(" ");
            for (int k = 0; k < 12; k++) if (!m[k].equals("-")) g.putIfAbsent(m[k].replace('_', ' '), k + 1);
        }
        Map<String, Integer> p = new LinkedHashMap<>();
        String[] persian = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(" ");
        for (int k = 0; k < 12; k++) p.put(persian[k], k + 1);
        GREGORIAN = Collections.unmodifiableMap(g);
        PERSIAN = Collections.unmodifiableMap(p);
        Set<String> words = new LinkedHashSet<>();
        for (String name : g.keySet()) words.add(name.split(" ")[0]);
        words.addAll(p.keySet());
        words.addAll(HIJRI);
        ALL = List.copyOf(words);
    }
}
