package io.khulasa.analyze;

import io.khulasa.text.ArabicOrthography;
import io.khulasa.text.DayNames;
import io.khulasa.text.MonthNames;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences that announce what is still to come: "The summit is scheduled to end on Wednesday", "Sentencing is set
 * for March", «ومن المقرر أن يختتم المؤتمر أعماله», «حجزت المحكمة القضية للنطق بالحكم في جلسة 6 أبريل». Told in an article a day or more older than the newest of its
 * cluster, such a sentence is out of date: the newer reports say what happened, and a summary quoting the plan
 * beside them reads as if it were still to come.
 */
public final class Schedules {
    private Schedules() {}

    /**
     * Events a plan is made for, after "is due to" or "is expected to": not a cause ("due to flooding") or a lasting
     * forecast ("expected to last six weeks").
     */
    static final String EVENTS = "(?:begin|start|open|end|close|finish|meet|vote|announce|hold|resume|conclude|decide"
            + "|rule|arrive|sign|deliver|publish|release|visit|return|convene|reopen|take\\s+place|deliberate|testify"
            + "|appear|report|launch|expire|leave|travel|speak|address|submit|present|complete|land|depart|sentence|issue)\\b";

    /**
     * A plan of the sentence's own: "is scheduled to", "are set for", "was scheduled to", "is due to begin", "is
     * expected to end"; not a cause ("the delay is due to a shortage"), a past expectation ("was expected to resign
     * but stayed") or a lasting forecast ("is expected to last six weeks").
     */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:is|are)\\s+(?:(?:now|also|still)\\s+)?(?:scheduled|set|slated)\\s+(?:to|for)\\b"
            + "|\\b(?:was|were)\\s+(?:(?:scheduled|slated)\\s+(?:to|for)|set\\s+for)\\b"
            + "|\\b(?:is|are)\\s+(?:due|expected)\\s+to\\s+(?:be\\s+\\p{L}+ed\\b|" + Schedules.EVENTS + ")"
            + "|\\b(?:is|are)\\s+due\\s+for\\b"
            + "|\\blater (?:today|tonight|this week)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The same in Arabic, matched in folded spelling, with its «أن»: «من المقرر أن», «ومن المنتظر أن», «يرتقب أن»;
     * not «أكثر من المتوقع» (more than expected).
     */
    private static final Pattern ARABIC = Pattern.compile(
            "(?:^|\\s)[وف]?(?:من المقرر|من المنتظر|من المرتقب|المقرر|ينتظر|يرتقب) ان(?:\\s|$)"
            // an expectation is a plan only for an event: «ويتوقع أن يعلن…», not «يتوقع أن يبلغ النمو 3.2%»
            // a case adjourned for its verdict: «حجزت المحكمة القضية للنطق بالحكم في جلسة 6 أبريل»; not «قضت … في الجلسة
            // المخصصة للنطق بالحكم», the verdict itself
            + "|(?:^|\\s)[وف]?(?:حجز|حجزت|اجل|اجلت|تاجيل)(?:\\s+\\S+){0,8}\\s+للنطق بالحكم(?:\\s|$)"
            + "|(?:^|\\s)[وف]?(?:من المتوقع|يتوقع|ويتوقع) ان [يت](?:عقد|بدا|نتهي|صوت|علن|صدر|لتقي|جتمع|زور|ختتم|ستانف|وقع|فتتح|غادر|عود|جري|جرى|ستضيف|لقي|نطلق|حضر|ترس|راس)");

    /**
     * The same in French: «La réunion est prévue mardi à 14 heures», «aura lieu jeudi», «doit se tenir», «les deux
     * parties se retrouveront mardi»; not a forecast of a figure («la croissance est prévue à 2 %»).
     */
    private static final Pattern FRENCH = Pattern.compile(
            "\\b(?:est|sont)\\s+(?:(?:toujours|désormais)\\s+)?(?:prévue?s?|programmée?s?|fixée?s?)\\s+(?!à\\s+\\d|de\\s+\\d)"
            + "|\\b(?:aura|auront)\\s+lieu\\b"
            + "|\\b(?:doit|doivent|devrait|devraient)\\s+(?:se\\s+tenir|se\\s+réunir|reprendre|débuter|commencer|s'ouvrir|voter|rendre)\\b"
            + "|\\bse\\s+(?:retrouveront|réuniront|retrouvera|réunira)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * In Arabic a weekday to come is a plan whatever the verb («موعد التبادل لا يزال قائما يوم الخميس المقبل», «تُعقد
     * الجلسة الأحد القادم»): a day later that day is nearer, or past, or put off. Folded spelling.
     */
    private static final Pattern COMING_DAY_AR = Pattern.compile(
            "(?:^|\\s)(?:يوم )?(?:" + String.join("|", DayNames.ARABIC) + ") (?:المقبل|القادم)(?:\\s|[.،]|$)");
    /** The same in Spanish: «está prevista para el martes», «se celebrará», «tendrá lugar». */
    private static final Pattern SPANISH = Pattern.compile(
            "\\b(?:está|están)\\s+(?:previst[oa]s?|programad[oa]s?)\\s+(?:para|el|la|los|las|a\\s+las)\\b"
            + "|\\b(?:tendrá|tendrán)\\s+lugar\\b|\\bse\\s+(?:celebrará|celebrarán|reunirán|reunirá)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A plan a day can overtake names its day or hour («mardi», «demain», «à 14 heures», «el martes», «a las 10»); one
     * for June («aura lieu en juin») is still to come a day later.
     */
    private static final Pattern SOON_FR = Pattern.compile(
            "\\b(?:" + String.join("|", DayNames.FRENCH) + "|demain|ce soir|cet après-midi|ce matin)\\b|\\b\\d{1,2}\\s?h(?:eures?)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SOON_ES = Pattern.compile(
            "\\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|esta tarde|esta noche)\\b|\\ba las \\d{1,2}\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the sentence announces what is to come, in English, Arabic, French or Spanish; false for other languages. */
    public static boolean announces(String sentence, String language) {
        return announces(sentence, foldedFor(sentence, language), language);
    }

    /** Arabic is matched in folded spelling ({@link ArabicOrthography#fold}); other languages as written. */
    private static String foldedFor(String sentence, String language) {
        return "ar".equals(language) ? ArabicOrthography.fold(sentence) : sentence;
    }

    /** {@link #announces(String, String)} with the sentence's {@link #foldedFor folded} spelling read once. */
    private static boolean announces(String sentence, String folded, String language) {
        return switch (language == null ? "" : language) {
            case "en" -> ENGLISH.matcher(sentence).find();
            case "ar" -> ARABIC.matcher(folded).find() || COMING_DAY_AR.matcher(folded).find();
            case "fr" -> FRENCH.matcher(sentence).find() && SOON_FR.matcher(sentence).find();
            case "es" -> SPANISH.matcher(sentence).find() && SOON_ES.matcher(sentence).find();
            default -> false;
        };
    }

    /**
     * A plan without its day: "A state funeral is expected next week", "a date will be announced within days", «خلال
     * الأيام المقبلة», « la semaine prochaine ». Another outlet that gives the day has overtaken it.
     */
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?:next (?:week|month)|in the coming (?:days|weeks)|within the next few days|later this (?:week|month)"
            + "|in due course|la semaine prochaine|dans les (?:prochains|tout prochains) jours|prochainement)\\b"
            // «قريبا من المقر» is "near the headquarters", no time
            + "|(?:^|\\s)(?:الاسبوع (?:المقبل|القادم)|الايام (?:المقبله|القادمه)|الشهر (?:المقبل|القادم)|قريبا(?!\\s+(?:جدا\\s+)?من\\s))(?:\\s|[.،]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Words that give a time after a moment, in a plan or in a story told in the past: "a date will be announced within
     * days" and "Within days, the virus had spread to 12 provinces"; «ستعلن في وقت لاحق» and «أعلنت في وقت لاحق أن». A plan
     * only with {@link #FUTURE} in the sentence.
     */
    private static final Pattern VAGUE_OR_PAST = Pattern.compile(
            "\\bwithin (?:days|weeks)\\b|(?:^|\\s)[وف]?(?:خلال ايام|في وقت لاحق)(?:\\s|[.،]|$)", Pattern.CASE_INSENSITIVE);
    /** A future or a plan: "will", "is expected", "due to", «سوف», «من المقرر», «سيعلن» (folded). */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|would|shall|expected|due|scheduled|set to|plans?|planned|going to|to be)\\b|'ll\\b"
            + "|(?:^|\\s)(?:[وف]?س[يتنا]\\p{L}{2,}|سوف|من المقرر|من المتوقع|المقرر|المتوقع|يتوقع|ينتظر|المرتقب|مرتقب)(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);

    /** A word each of {@link #VAGUE} and {@link #VAGUE_OR_PAST} has, the same folded or not: a look for them spares the patterns. */
    private static final List<String> VAGUE_CUES = List.of("next", "coming", "within", "later", "course", "prochain",
            "المقبل", "القادم", "قريبا", "خلال", "لاحق");

    /** False when the text certainly gives no plan without its day; a scan, not a pattern: it runs over every sentence. */
    private static boolean mayBeVague(String text) {
        for (String cue : VAGUE_CUES) {
            if (text.indexOf(cue) >= 0 || Character.isLetter(cue.charAt(0)) && cue.charAt(0) < 128
                    && text.regionMatches(true, 0, cue, 0, cue.length())) return true;
        }
        return false;
    }

    /** Whether folded text gives a plan without its day ({@link #VAGUE}, or {@link #VAGUE_OR_PAST} in the future). */
    private static boolean vaguePlan(String folded) {
        return VAGUE.matcher(folded).find() || VAGUE_OR_PAST.matcher(folded).find() && FUTURE.matcher(folded).find();
    }
    /** A day named: a weekday, or a day of a month ("Friday 14 March", "March 14", «الجمعة 14 مارس», « vendredi 14 mars »). */
    private static final Pattern DAY_GIVEN = Pattern.compile(
            "\\b(?:" + String.join("|", DayNames.ENGLISH) + "|" + String.join("|", DayNames.FRENCH) + ")\\b"
            + "|\\b\\d{1,2}\\s+" + MonthNames.ENGLISH_PATTERN + "\\b|\\b" + MonthNames.ENGLISH_PATTERN + "\\s+\\d{1,2}\\b"
            + "|(?:^|\\s)(?:يوم )?(?:" + String.join("|", DayNames.ARABIC) + ")(?:\\s|[.،]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Terms a plan without its day shares with a sentence that gives the day, at least, to speak of one event ("state
     * funeral" and the government announcing it); two are often only the speaker's ("the finance minister").
     */
    static final int SHARED_TERMS = 3;

    /**
     * Whether {@code sentence} says something was not known yet at the hour of its report: "The company said it did not
     * yet know what caused the collapse.", "The cause of the fire was not immediately known.", «ولم تعرف بعد أسباب
     * الانهيار». Told a day or more before the newest report, it is out of date as a plan is: the newer reports may
     * know.
     */
    static boolean stillOpen(String sentence, String language) {
        return stillOpen(sentence, foldedFor(sentence, language), language);
    }

    private static boolean stillOpen(String sentence, String folded, String language) {
        return switch (language == null ? "" : language) {
            case "en" -> STILL_OPEN_EN.matcher(sentence).find();
            case "ar" -> STILL_OPEN_AR.matcher(folded).find();
            default -> false;
        };
    }

    private static final Pattern STILL_OPEN_EN = Pattern.compile(
            "\\b(?:(?:did|do|does|was|were|is|are|has|have|had)\\s*(?:not|n't)|still\\s+(?:did|do|does)\\s*(?:not|n't))\\s+"
            // "know" only as what is not known yet: "did not yet know what caused…", "was not immediately known", "was not
            // known."; not a fact about someone ("The gunman did not know his victims", "was not known to police")
            + "(?:(?:yet|immediately)\\s+(?:been\\s+)?(?:know|known)\\b|(?:been\\s+)?(?:know|known)(?=\\s*[.,;]|\\s*$"
            + "|\\s+(?:what|why|how|who|whom|whose|whether|if|when|where|which|yet|immediately)\\b)"
            + "|(?:yet\\s+|immediately\\s+|been\\s+)*(?:clear|determined|confirmed|identified)\\b)"
            + "|\\b(?:remains?|remained)\\s+(?:unclear|unknown|under\\s+investigation)\\b", Pattern.CASE_INSENSITIVE);
    /** «لم تعرف بعد», «لم يتضح بعد», «لم تتضح … حتى الآن», «لا تزال مجهولة», folded. */
    private static final Pattern STILL_OPEN_AR = Pattern.compile(
            // «بعد» is "yet" right after the verb or ending its clause; after other words and before a noun it is "after"
            // («لم يكشف الجيش عن خسائره بعد المعركة»)
            "(?:^|\\s)[وف]?لم (?:[يت](?:عرف|تضح|تحدد|علن|كشف)|تعرف|يعرف)(?:\\s+(?:بعد|حتي الان)(?:\\s|[.،]|$)"
            + "|(?:\\s+\\S+){1,4}\\s+(?:حتي الان(?:\\s|[.،]|$)|بعد(?:[.،]|$|\\s+(?!ال)\\S)))"
            + "|(?:^|\\s)[وف]?(?:لا|ما) (?:تزال|يزال|زالت|زال)(?:\\s+\\S+){0,3} (?:مجهوله|مجهولا|غامضه|غامضا|غير معروفه|غير معروف|قيد التحقيق)(?:\\s|[.،]|$)");

    /**
     * The documents with their sentences marked {@code outdated} or not, from nothing but the documents given: a plan
     * told a day or more before the newest of them ({@link #announces}), or what was not known yet then ({@link
     * #stillOpen}), and a plan without its day that another of
     * them dates ({@link #settleVaguePlans}). Run again on any part of a cluster kept as a cluster of its own, since
     * what overtakes a plan may be left out.
     */
    static List<AnalyzedDocument> settle(List<AnalyzedDocument> docs) {
        java.time.Instant newest = newest(docs.stream().map(AnalyzedDocument::cleaned).toList());
        List<AnalyzedDocument> dated = new java.util.ArrayList<>(docs.size());
        for (AnalyzedDocument doc : docs) {
            boolean older = overtaken(doc.cleaned().asOf(), newest);
            List<Sentence> sentences = new java.util.ArrayList<>(doc.sentences().size());
            boolean changed = false;
            for (Sentence s : doc.sentences()) {
                String folded = older && !s.title() ? foldedFor(s.text(), doc.language()) : null;
                Sentence marked = s.with(s.document(), folded != null
                        && (announces(s.text(), folded, doc.language()) || stillOpen(s.text(), folded, doc.language())));
                changed |= marked != s;
                sentences.add(marked);
            }
            dated.add(changed ? new AnalyzedDocument(doc.index(), doc.cleaned(), doc.language(), sentences) : doc);
        }
        return settleVaguePlans(dated);
    }

    /**
     * The documents with each plan that does not give its day marked {@code outdated} when another document gives the
     * day of the same event (three terms shared: "A state funeral is expected next week" and "The state funeral … will be
     * held … on Friday 14 March"), provided that document is dated and not the older of the two: a plan may be put off,
     * and of two undated articles none is known to be the later.
     */
    private static List<AnalyzedDocument> settleVaguePlans(List<AnalyzedDocument> docs) {
        List<AnalyzedDocument> out = new java.util.ArrayList<>(docs);
        // per document, the terms of each sentence naming a day: read once, and only for a dated document a plan is compared with
        List<List<java.util.Set<String>>> days = new java.util.ArrayList<>(java.util.Collections.nCopies(docs.size(), null));
        for (int d = 0; d < docs.size(); d++) {
            AnalyzedDocument doc = docs.get(d);
            List<Sentence> sentences = null;
            for (int k = 0; k < doc.sentences().size(); k++) {
                Sentence s = doc.sentences().get(k);
                if (s.title() || s.outdated() || !mayBeVague(s.text()) || !vaguePlan(ArabicOrthography.fold(s.text()))) continue;
                if (!dayGivenElsewhere(docs, days, d, s)) continue;
                if (sentences == null) sentences = new java.util.ArrayList<>(doc.sentences());
                sentences.set(k, s.with(s.document(), true));
            }
            if (sentences != null) out.set(d, new AnalyzedDocument(doc.index(), doc.cleaned(), doc.language(), sentences));
        }
        return out;
    }

    /** The distinct terms of each sentence of {@code doc} that names a day ({@link #DAY_GIVEN}). */
    private static List<java.util.Set<String>> dayTerms(AnalyzedDocument doc) {
        List<java.util.Set<String>> named = new java.util.ArrayList<>();
        for (Sentence t : doc.sentences()) {
            if (!t.title() && DAY_GIVEN.matcher(ArabicOrthography.fold(t.text())).find()) named.add(new java.util.HashSet<>(List.of(t.terms())));
        }
        return named;
    }

    private static boolean dayGivenElsewhere(List<AnalyzedDocument> docs, List<List<java.util.Set<String>>> days, int d, Sentence plan) {
        java.util.Set<String> terms = new java.util.HashSet<>(List.of(plan.terms()));
        java.time.Instant asOf = docs.get(d).cleaned().asOf();
        for (int e = 0; e < docs.size(); e++) {
            java.time.Instant other = docs.get(e).cleaned().asOf();
            // only a dated report overtakes: among undated articles none is known to be the later
            if (e == d || other == null || asOf != null && asOf.isAfter(other)) continue;
            if (days.get(e) == null) days.set(e, dayTerms(docs.get(e)));
            for (java.util.Set<String> named : days.get(e)) {
                int shared = 0;
                for (String x : terms) if (named.contains(x) && ++shared >= SHARED_TERMS) return true;
            }
        }
        return false;
    }

    /** The latest moment any of the documents speaks of, or null when none is dated. */
    static java.time.Instant newest(java.util.List<io.khulasa.clean.CleanedDocument> docs) {
        java.time.Instant newest = null;
        for (io.khulasa.clean.CleanedDocument d : docs) {
            java.time.Instant t = d.asOf();
            if (t != null && (newest == null || t.isAfter(newest))) newest = t;
        }
        return newest;
    }

    /** Whether a document of {@code asOf} is a day or more older than {@code newest}: what it announced has come. */
    static boolean overtaken(java.time.Instant asOf, java.time.Instant newest) {
        return newest != null && asOf != null && !asOf.plus(java.time.Duration.ofDays(1)).isAfter(newest);
    }
}
