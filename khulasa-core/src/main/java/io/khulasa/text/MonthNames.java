package io.khulasa.text;

import java.util.List;

/**
 * Month names as news sites write them, in the languages we clean: English (with abbreviations), Arabic in
 * its three calendars of names (Egyptian and Gulf «يناير», Levantine «كانون الثاني», Maghrebi «جانفي» and
 * Moroccan «يوليوز»), French and Persian (solar Hijri). One list, so the cleaner that spots date lines and
 * the reader of casualty counts, which must not take "26 December" for 26 dead, agree on what a month is.
 * Names are given as written; each user folds them as it folds text.
 */
public final class MonthNames {
    private MonthNames() {}

    public static final List<String> ALL = List.of((
            "january february march april may june july august september october november december "
            + "jan feb mar apr jun jul aug sep sept oct nov dec "
            + "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
            + "كانون شباط آذار أذار نيسان أيار حزيران تموز آب أيلول تشرين "
            + "جانفي فيفري أفريل ماي جوان جويلية أوت يوليوز غشت شتنبر نونبر دجنبر "
            + "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre "
            + "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند").split(" "));
}
