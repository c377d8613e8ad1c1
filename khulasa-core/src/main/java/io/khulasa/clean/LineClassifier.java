package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, for the units of one document, which are furniture and why. Three passes:
 * <ol>
 *   <li>what a line is on its own — slide counter, date, breadcrumb, a prompt or marker, byline, credit —
 *       judged only for short lines that do not read as prose;</li>
 *   <li>the title (first title-like line, tagline cut off) and its repeats, and the lines under a
 *       "related"/"most read" marker up to where prose resumes;</li>
 *   <li>position: short unpunctuated lines before the first prose line (navigation) or after the last one
 *       (a lone site name is the source line), and one-line paragraphs inside the body (subheadings).</li>
 * </ol>
 * The default is to keep: every rule needs the line to be short and not to end like a sentence, so the cost of
 * a miss is a little furniture, never a lost sentence. Facts found on the way (byline, source, dateline, date,
 * site) go to the metadata map.
 */
final class LineClassifier {
    private static final int SHORT_WORDS = 25;
    /** Lines judged on their own from each end of a document; bounds the work on a huge, line-rich file. */
    static final int EDGE_UNITS = 50_000;
    /** A bulleted line: "* ", "• ", "▪ ". */
    private static final Pattern KEY_POINT = Pattern.compile("\\s*[*•▪\\-–] ");
    private static final Pattern SLIDE = Pattern.compile(
            "^[\\s•·●▪◦*\\-–]*(?:\\p{L}+\\s+)?\\d{1,3}\\s*(?:/|of|من)\\s*\\d{1,3}[\\s•·]*$", Pattern.CASE_INSENSITIVE);
    /** A slideshow's counter: "2/5", «2 من 5», "Photo 2/5"; not a page count ("Page 1 of 3", «صفحة 1 من 3»). */
    private static final Pattern SLIDESHOW_COUNTER = Pattern.compile(
            "^[\\s•·●▪◦*\\-–]*(?:(?!page\\b|part\\b|chapter\\b|episode\\b|game\\b|round\\b|day\\b|week\\b|step\\b|صفح|الصفح|الجزء|الحلق)\\p{L}+\\s+)?\\d{1,3}\\s*(?:/|of|من)\\s*\\d{1,3}[\\s•·]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CRUMB_SEP = Pattern.compile("\\s*[/›»>|\\\\]\\s*");
    private static final Pattern NAV_ONLY_SEP = Pattern.compile("[›»>]");
    /**
     * "By Jane Doe", "Written by …", "Por Carmen Ríos": a byline's word, then a name's capital. After "Por", a name
     * and nothing else (two to four capitalised words, "de"/"y" between), maybe a field after a bar: "Por Sevilla
     * pasarán…" and "Por Triana, cerradas tres calles." are headlines.
     */
    private static final Pattern BY_NAME = Pattern.compile("^(?i:by|written by|reporting by)\\s+\\p{Lu}.*"
            + "|^(?i:por|par)\\s+\\p{Lu}[\\p{L}.'\\-]*(?:\\s+(?:(?:de|del|la|los|las|y|e|du|des|le|et)\\s+)*\\p{Lu}[\\p{L}.'\\-]*){1,3}(?:\\s*[|·•]\\s*.*)?");
    /**
     * "CAIRO (Reuters) -", "LONDON, Oct 3 (AFP) —", "DUNMORE, Ark. (AP) —", "PORT ELLIS (AP) _" (the NYT wire's dash),
     * "PORT LOUIS, Cape Verde Islands (AP) _" (a region of up to three words), "Nov 5 (Reuters) -" (the day for the
     * place), "Sevilla, 7 dic (EFE).-" (a place in title case, then its day: the Spanish wires' way),
     * "القاهرة (رويترز) -", «دمشق - (سانا) -», «الرباط في 12 نوفمبر
     * 2025 (و م ع) -» at a line's start.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:(\\p{Lu}[\\p{Lu} .'\\-]{1,30}?|[\\p{IsArabic} ]{2,30}?|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}(?=,\\s*\\d)"
                    + "|\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2}(?=\\s*\\()"
                    // a place in title case right before its agency, as the French wires write it: "Nîmes (AFP) - "
                    + "|\\p{Lu}\\p{Ll}+(?:[ \\-]\\p{Lu}\\p{Ll}+){0,2}(?=\\s\\())"
                    // a region, then its day: "DERVAN, Halvar, March 9 (Continental Press) -"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]{1,12}(?:\\s+\\p{Lu}[\\p{L}.]{1,12}){0,2}(?:\\s+\\d{1,2})?|,\\s*\\d{1,2}\\s+\\p{Ll}{3,10}\\.?"
                    + "|\\s+في\\s+\\d{1,2}\\s+\\p{IsArabic}+\\s+\\d{4}){0,2}\\s*(?:[-–—]\\s*)?)?"
                    + "\\(([^()]{2,30})\\)\\s*\\.?[-–—:_]{1,2}\\s*");
    /**
     * «الدوحة في 14 ديسمبر /قنا/», «أبوظبي في 14 ديسمبر 2025 / وام /»: the Gulf agencies' dateline, the place, «في» and
     * the day, then the agency between slashes.
     */
    private static final Pattern SLASH_DATELINE = Pattern.compile(
            "^([\\p{IsArabic} ]{2,30}?)\\s+في\\s+(\\d{1,2}\\s+\\p{IsArabic}+(?:\\s+\\d{4})?)\\s*/\\s*([\\p{IsArabic} .]{2,20}?)\\s*/\\s*(?=\\p{IsArabic})");
    /**
     * A {@link #SLASH_DATELINE} match names a place of up to three words that opens no report («قتل عشرون مدنيا في 14
     * ديسمبر 2024 /كانون الأول/» is a sentence with a month's other name between slashes), and an agency, not a month.
     */
    private static boolean gulfDateline(Matcher m) {
        String place = m.group(1).strip(), agency = m.group(3).strip();
        // a month reads as a date with a day and a year put around it
        return place.split("\\s+").length <= 3 && !ARABIC_REPORT_OPENING.matcher(place).lookingAt()
                && PublicationDate.parse("1 " + agency + " 2020", false) == null;
    }

    /** «القاهرة - رويترز -»: an Arabic place and a known agency between dashes, without parentheses. */
    private static final Pattern BARE_ARABIC_DATELINE = Pattern.compile(
            "^([\\p{IsArabic} ]{2,30}?)\\s*[-–—]\\s*([\\p{IsArabic} .]{2,25}?)\\s*[-–—]\\s*(?=\\p{IsArabic})");
    /**
     * A newspaper's dateline without an agency: the place in capitals, then a dash and a sentence's first capital
     * ("PINE HOLLOW — The…", "WASHINGTON _ NASA…" as the NYT wire writes it, "ST. LOUIS, Mo. -- "), or in title case
     * with its region ("Meadow Lake, Saskatchewan – The…"); not an acronym opening an aside ("NATO — the Western
     * military alliance — said").
     */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'\\-]+(?: \\p{Lu}[\\p{Lu}.'\\-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]{1,12})?"
                    // and a release's date: "GENEVA, 10 March 2026 – The…", "BOSTON, March 10, 2026 — …"
                    + "(?:,\\s*(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\.?|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},?)(?:\\s+\\d{4})?)?"
                    // or a town and its region in title case, a dash set apart after them ("Meadow Lake, Saskatchewan – The")
                    + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}, \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?=\\s+[—–]\\s))"
                    + "\\s+(?:—|–|--|_)\\s+(?=[\\p{Lu}\\p{Nd}\"“])");
    /** What a writer's note says between the job and the outlet; no relative clause (a sentence about the writer). */
    private static final String WRITER_NOTE_GAP = "\\b(?:(?!\\b(?:who|which|whose)\\b)[^.!?]){0,90}";
    /**
     * "Dev Raman covers transportation for the Courier.", "Jane Doe is a staff writer at the Post.", "Jo Pell covers
     * politics and labour in the Baltic region from Kestrow.": the writer's note.
     */
    private static final Pattern WRITER_NOTE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'\\-]+ ){2,3}(?:(?:covers|writes about|reports on)"
            + WRITER_NOTE_GAP + " (?:for|at|with|from|based in)"
            // after the job, "from" only right after it: "… a reporter who has worked for a decade from Kestrow" is a sentence
            + "|is (?:a|an|the) (?:[\\p{L}\\-]+ ){0,3}(?:reporter|correspondent|writer|columnist|editor|contributor)\\b"
            + "(?:" + WRITER_NOTE_GAP + " (?:for|at|with|based in)| from))"
            + " (?:the )?\\p{Lu}[\\p{L}.'&\\-]*(?: \\p{Lu}[\\p{L}.'&\\-]*){0,3}[.]?");
    /** An e-mail address, a handle, or a short code to text: how to reach someone. */
    private static final Pattern CONTACT = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+\\.[\\w.]+|(?<![\\w@])@\\w{3,}|\\btext us\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The verb that offers the address, among the line's first words: "Reach him at", "Contact us", "Email:", "Text us",
     * "You can get in touch by emailing".
     */
    private static final Pattern CONTACT_CUE = Pattern.compile("\\b(?:reach|contact|e-?mail|text us|write to|send (?:us|tips)|tips?|follow"
            + "|get in touch)\\b", Pattern.CASE_INSENSITIVE);
    /** What may open the offer's sentence before its verb: "You can get in touch…", "Please email…". */
    private static final Pattern CONTACT_OPENING = Pattern.compile("(?i)(?:you can |please |or )?");
    /**
     * A telephone number: a country code and groups of figures ("+00 21 555 0148", "+1 212 555 0142"), or the North
     * American "(212) 555-0142", "212-555-0142".
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])\\+\\d{1,3}(?:[ .\\-]?\\(?\\d{1,4}\\)?){2,5}(?!\\d)|\\(\\d{3}\\) ?\\d{3}-\\d{4}\\b|\\b\\d{3}[-.]\\d{3}[-.]\\d{4}\\b");
    /**
     * The site's notices to its readers, in a sentence of its own: its paywall's offer ("Already a subscriber? Sign
     * in", "Get unlimited digital access for $1 a month.", "Subscribe to continue reading") and its disclaimer of the
     * pages it links to ("The Courier is not responsible for the content of external sites.").
     */
    private static final Pattern SITE_NOTICE = Pattern.compile("(?i)(?:already (?:a )?(?:subscriber|member)(?:\\s*\\?"
            // its question mark, or its sign-in a few words on: "Already a member of the alliance's…" is a sentence
            + "|\\W{0,3}(?:\\S+\\s+){0,2}?(?:sign|log) ?in\\b)"
            + "|get (?:unlimited|full|instant) (?:digital )?access\\b|(?:subscribe|sign in|log in) (?:now )?to (?:continue|keep) reading\\b"
            + "|continue reading with\\b"
            // a WordPress feed's footer: "The post Cabinet reshuffled appeared first on Example News."
            + "|the post\\b.{1,250}?\\bappeared first on\\b"
            // French: an agency's or a paywall's notice ("Ce contenu est offert par La Presse Canadienne.", "Il vous reste
            // 62% de cet article à lire.")
            + "|ce contenu (?:est )?offert par\\b|cet article (?:a été publié automatiquement|est réservé (?:à nos|aux) abonnés)"
            + "|il vous reste \\d+(?:[.,]\\d+)? ?% de cet article)");
    private static final Pattern EXTERNAL_SITES = Pattern.compile(
            "(?i)\\bis not responsible for the content of external (?:sites|websites|internet sites|links)\\b");

    /** A {@link #SITE_NOTICE} at the line's start, or the disclaimer of external sites anywhere in it. */
    private static boolean siteNotice(String raw) {
        return SITE_NOTICE.matcher(raw).lookingAt() || raw.contains("responsible") && EXTERNAL_SITES.matcher(raw).find();
    }

    /** An address or handle needs an @ (or the offer to text): the {@link #CONTACT} pattern is tried on few lines. */
    private static boolean mayContact(String raw) {
        return raw.indexOf('@') >= 0 || raw.contains("ext us") || raw.contains("EXT US");
    }
    /** The most words of a podcast's promotion. */
    private static final int PROMO_WORDS = 60;
    /**
     * A podcast's promotion: "Listen now on Spotify, Apple Podcasts or wherever you get your podcasts." A report on
     * Spotify names no such offer: the verb opens a sentence, an imperative ("Subscribers who listen on Spotify…" is none).
     */
    private static final Pattern PODCAST_PROMO = Pattern.compile("(?i)(?:^|(?<=[.!?:]\\s{1,3}))(?:listen|subscribe|follow)(?: now| free)? (?:on|via) "
            + "(?:spotify|apple podcasts|google podcasts|amazon music|youtube music)\\b|\\bwherever you get your podcasts\\b");
    /** A teaser's imperative after its label: "Listen: Hear the full interview…", "Watch: See how…". */
    private static final Pattern TEASER_VERB = Pattern.compile("^\\p{L}+\\s*[|:]\\s*(?:Hear|Watch|See|Read|Listen|Click|Tap)\\b");

    /** A photo's credit closing a line after a sentence of the caption's: "… reporters. Photo: Metro Radio/Ken Ashdown". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "[.!?]\\s+(?:" + Lexicon.PICTURE_WORDS + "|Credit|تصوير)\\s*:\\s*[^.!?:]{2,50}$");

    /** "c.2010 …", "(c) 2010 …": a wire's copyright, the year after its sign. */
    private static final Pattern WIRE_COPYRIGHT = Pattern.compile("(?:c\\.|\\(c\\)|\\(C\\))\\s?(?:19|20)\\d\\d\\b");

    /** What follows a dateline: a sentence's first capital, a figure or an opening quote. */
    private static final Pattern DATELINE_FOLLOWER = Pattern.compile("[\\p{Lu}\\p{Nd}\"“]");
    /** "3 min read", "5 minutes read", "قراءة 3 دقائق", "دقيقتان للقراءة" (normalized text). */
    private static final Pattern READING_TIME = Pattern.compile(
            "\\b\\d+ (?:min|mins|minute|minutes) read\\b|قراءه \\d+ (?:دقائق|دقايق|دقيقه)"
            + "|\\d+ (?:دقائق|دقايق|دقيقه) (?:للقراءه|قراءه)|(?:دقيقه|دقيقتان|دقيقتين) للقراءه"
            + "|temps de lecture|\\d+ min de lecture|lecture \\d+ min");
    private static final Pattern CONTRIBUTORS = Pattern.compile(
            "contributed (?:to this report|reporting)|(?:ساهم|شارك) في (?:إعداد )?(?:هذا )?(?:التقرير|الخبر)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEASER = Pattern.compile(
            "(?:فيديو|بالفيديو|شاهد|بالصور|صور|إنفوجراف|انفوجراف|فيديوجراف|video|watch|photos|gallery|listen)\\s*[|:]\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WIRE_NOTE = Pattern.compile(
            "\\((?i:reporting|writing|editing|additional reporting|compiled|adds|updates|recasts|corrects|changes"
            + "|fixes|refiles|repeats)\\b[^()]*\\)");
    /**
     * "Correction: An earlier version of this story misstated…", "This article was amended on 12 March 2025 to…",
     * "Good morning and welcome to our live coverage…", «مرحباً بكم في التغطية المباشرة…», "We may earn a commission…",
     * «تصحيح: …».
     */
    private static final Pattern PAGE_NOTE = Pattern.compile("(?i:(?:correction|clarification|editor's note|editors' note)s?\\s*:"
            + "|an earlier version of this (?:story|article|report)|this (?:article|story|report) (?:was|has been) (?:amended|corrected|updated) (?:on|to)\\b"
            + "|(?:good (?:morning|afternoon|evening)[, ]+(?:and )?)?welcome to (?:our|the) live\\b"
            + "|we (?:may )?earn (?:a )?commissions?\\b|this (?:article|story|page) (?:contains|includes) affiliate links)"
            + "|تصحيح\\s*:|توضيح\\s*:"
            // «مرحباً بكم في التغطية المباشرة لقناة…», «نرحب بكم في تغطيتنا الحية»: the live page's greeting
            + "|(?i:bonjour (?:à tous )?et bienvenue dans (?:ce|notre) direct|bienvenue dans (?:ce|notre) direct)"
            // a live page's sign-off, a results page's notes on its figures
            + "|(?i:that's all (?:from us|for (?:now|today|tonight))|thanks for following (?:along|our coverage)"
            + "|our (?:live )?coverage (?:continues|will continue|resumes)|(?:vote )?totals are unofficial"
            + "|percentages may not add (?:up )?to 100)"
            + "|(?:(?:أهلا|أهلاً|اهلا|مرحبا|مرحباً)\\s+بكم|نرحب\\s+بكم)\\s+(?:في|فى)\\s+(?:تغطيتنا|التغطية)\\s+(?:المباشرة|الحية|الحيه)");
    private static final Pattern LINK_CUE = Pattern.compile("(?i:view|read|click|visit|watch|listen|see|download|more|follow|sign up|subscribe)\\b");
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\bhttps?://\\S+|\\bwww\\.[\\w\\-]+\\.\\S+");
    /** A caption that opens with what it shows: «صورة جوية للسفينة…», «الصورة: …». */
    private static final Pattern PICTURE_FIRST = Pattern.compile("(?:" + Lexicon.PICTURE_WORDS + "|(?:ال)?صور)\\b");
    /** «صورة: …», "Photo: …", "Caption: …": a caption's label. */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?:" + Lexicon.PICTURE_WORDS + "|Caption)\\s*:\\s*\\S");
    /**
     * A media player's labels, as a page flattened to text keeps them: "Image caption, Kestrow Central was empty",
     * "Media caption, Watch: …", "Image source, Reuters", "Play video, "…", Duration 2:14". Group 1 is "source".
     */
    private static final Pattern MEDIA_LABEL = Pattern.compile(
            "(?:(?:Image|Media|Video|Photo) (?:caption|(source))|Play video|Watch video)\\s*[,:]\\s*\\S");
    private static final Pattern CITATION = Pattern.compile("[«\"“][^«»\"“”]{3,200}[»\"”]\\s*[—–-]{1,2}\\s*[^.!?«»\"“”]{2,80}(?:19|20)\\d\\d\\s*");
    /**
     * A note to editors opening a line: "EDS: UPDATES with…", "Editor's Note: …", the AP's "EDITOR'S NOTE _ AP
     * correspondent…"; not "Ed:" or "Editor:" alone, an interview's answer by someone so named or titled.
     */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?:EDS|Eds|EDITORS|Editors|(?:EDS?|Eds?|EDITORS?|Editors?)'?S?'? ?(?:NOTE|[Nn]ote)):\\s"
            + "|(?:EDITOR|Editor)'?S'? (?:NOTE|[Nn]ote)\\s+[_—–]\\s");
    /** The most words of a note to editors: the AP's note on how a story was reported runs to a long sentence. */
    private static final int EDITORS_NOTE_WORDS = 60;

    /** Whether the line opens with a note to editors ("Eds: UPDATES with…"): a header line of its own, never a sentence's. */
    static boolean opensEditorsNote(CharSequence line) {
        return line.length() > 3 && line.charAt(0) == 'E' && EDITORS_NOTE.matcher(line).lookingAt();
    }
    private static final Pattern FRENCH_TIME = Pattern.compile("\\d{1,2}h\\d{0,2}");
    private static final Pattern META_SEP = Pattern.compile("\\s+[·|•]\\s+");
    /** A year or a clock time: what a correspondent's line may carry beside the name. */
    private static final Pattern DATE_OR_TIME = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{4}(?!\\p{Nd})|\\p{Nd}{1,2}:\\p{Nd}{2}");
    /** A place, a dash, and the rest of the line: where a correspondent's line names the town first. */
    private static final Pattern PLACE_THEN_BYLINE = Pattern.compile("([^\\-–—]{2,40}?)\\s+[-–—]\\s+(.+)");
    /** A time of day in English closing a line: "6:41 p.m." */
    private static final Pattern CLOCK_END = Pattern.compile("(?i)(?<=\\d)\\s*([ap])\\.m\\.$");
    /**
     * "Tuesday, January 18, 2005Through a telethon…": a date line run into the first paragraph, its line break lost
     * when the page was flattened to text; in Arabic the day, the date and a comma («السبت 26 آذار 2005 ، الأرقام…»).
     * The date is read and cut off.
     */
    private static final Pattern GLUED_DATE = Pattern.compile(
            "^(?:\\p{Lu}\\p{Ll}+day,\\s+)?\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},\\s+\\d{4}(?=\\p{Lu}\\p{Ll})"
                    + "|^(?:" + String.join("|", io.khulasa.text.DayNames.ARABIC) + ")\\s+\\d{1,2}\\s+\\p{IsArabic}+(?:\\s*/\\s*\\p{IsArabic}+)?"
                    + "\\s+\\d{4}(?=\\s*[،,]\\s*\\p{IsArabic}|\\s+[\\p{IsArabic} ]{2,30}?\\s[-–—]\\s)");
    /**
     * A live page's time stamp opening a line, with its dash or colon: "5:41 p.m. —", "17:41 —", "10:05 ET:",
     * «الساعة 17:41 -», «19:40 مساءً -».
     */
    private static final String CLOCK = "^(?:الساعة\\s+|الساعه\\s+)?\\p{Nd}{1,2}:\\p{Nd}{2}(?::\\p{Nd}{2})?"
            + "(?:\\s*(?i:[ap]\\.m\\.|[ap]m))?(?:\\s+(?:\\p{Lu}{1,3}T|UTC))?(?:\\s+(?:صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً|ص|م))?";
    private static final Pattern CLOCK_LEAD = Pattern.compile(CLOCK + "\\s*(?:[-–—:]|--)\\s*(?=\\S)");
    /** A live entry's time stamp on a line of its own (a page's {@code <time>} element): "3:05 p.m.", «10:45 ص». */
    private static final Pattern CLOCK_ALONE = Pattern.compile(CLOCK + "\\s*$");
    /**
     * An Arabic line opening with a verb of saying («قال المتحدث…», «وأعلنت الوزارة…»): an entry's text, stop or none;
     * before a dash, attribution and no dateline («قال مصدر أمني - لوكالة رويترز - إن…»).
     */
    private static final Pattern ARABIC_REPORT_OPENING = Pattern.compile(
            "[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|اكد|اكدت|أفاد|أفادت|افاد|افادت|ذكر|ذكرت|أشار|أشارت|اشار|اشارت"
                    + "|أوضح|أوضحت|اوضح|اوضحت|صرح|صرحت|أضاف|أضافت|اضاف|اضافت)(?:\\s|$)");
    /** A match's minute opening a line of live commentary: «د 23: هدف!», «الدقيقة 90+2 -», "23' Goal!", "90+2' —". */
    private static final Pattern MATCH_MINUTE = Pattern.compile(
            "^(?:(?:د|الدقيقة|الدقيقه)\\s*\\p{Nd}{1,3}(?:\\s*\\+\\s*\\p{Nd}{1,2})?\\s*[:\\-–—]|\\p{Nd}{1,3}(?:\\+\\p{Nd}{1,2})?['’]\\s)");

    /** Minute-by-minute commentary of a match: play told as it happens, not the report of the result. */
    private static boolean matchMinute(String line) {
        if (line.isEmpty()) return false;
        char c = line.charAt(0); // a look at the first character spares the pattern nearly every line
        return (c == 'د' || c == 'ا' || Character.isDigit(c)) && MATCH_MINUTE.matcher(line).lookingAt();
    }

    /** Words an Arabic entry's heading may have: a longer line without a stop may be the entry's text. */
    private static final int ARABIC_ENTRY_HEADING_WORDS = 18;
    /** Words a live entry's heading may have: its headline can run longer than a subheading. */
    private static final int ENTRY_HEADING_WORDS = 30;
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
    private static final Pattern COUNT_LABEL = Pattern.compile("^(?:\\d+ )?\\p{L}+(?: \\d+)?$");

    private final String text;
    private final List<Unit> units;
    private final boolean arabic;
    private final Map<String, String> meta;
    /** The title's unit, once found; -1 before (or when there is none). */
    private int titleIndex = -1;
    /** Rows of forum posts' furniture, and the first one's unit (-1 while none). */
    private int forumRows, firstForumRow = -1;

    LineClassifier(String text, List<Unit> units, boolean arabic, Map<String, String> meta) {
        this.text = text;
        this.units = units;
        this.arabic = arabic;
        this.meta = meta;
    }

    /** Runs all passes; returns the cleaned title (given or found), or null. */
    String classify(String givenTitle, String source, TitleCleaner.Hints hints) {
        int n = units.size();
        Unit previous = null;
        for (Unit u : units) {
            // furniture sits at the head and tail; in a giant document the middle is not worth a look per line
            boolean inReach = u.index < EDGE_UNITS || u.index >= n - EDGE_UNITS;
            boolean stamped = previous != null && CLOCK_ALONE.matcher(previous.text).matches();
            previous = u;
            if (matchMinute(u.text)) u.reason = "match-commentary";
            else if (inReach && CLOCK_ALONE.matcher(u.text).matches()) u.reason = "time-stamp";
            else if (inReach && entryHeading(u, stamped) && textUnder(u)) u.reason = "entry-heading";
            else if (inReach && u.f.words <= EDITORS_NOTE_WORDS && opensEditorsNote(u.text)) {
                // a note that moves the story as a sidebar says it is background, not the news
                if (Genre.isSidebarNote(u.text)) meta.putIfAbsent(Genre.KEY, Genre.BACKGROUND);
                u.reason = "editor-note";
            }
            // a live page's key-points bar flattened to one line: "Key points: Polls closed at 8 p.m. | Berend leads early count"
            else if (inReach && u.f.words <= 40 && u.text.indexOf('|') > 0 && KEY_POINTS_BAR.matcher(u.text).lookingAt()) u.reason = "key-points";
            // a podcast's promotion, its blurb and its offer in one paragraph
            else if (inReach && u.f.words <= PROMO_WORDS && PODCAST_PROMO.matcher(u.text).find() && !saying(u.text)) u.reason = "podcast-promo";
            else if (inReach && u.f.words <= SHORT_WORDS && u.f.chars <= 300) u.reason = intrinsic(u);
        }
        consentBanner();
        captionsUnderCredits();
        tables();
        timelines();
        relatedBlocks();
        keyPointBoxes();
        String title = findTitle(givenTitle, source, withOwnFurniture(hints));
        if (title != null) duplicateTitles(title);
        opinionLabel();
        forumThread();
        positional();
        cutOffSentences();
        releaseFooter();
        datelinePrefix();
        timeStamps();
        transcriptTurns();
        return title;
    }

    /**
     * A line of its own that opens with a time stamp, or stands under one, and ends with no punctuation is a live
     * entry's heading ("5:41 p.m. — Judge raises fine to $55 million; sentencing set for March 12"), though longer
     * than a subheading may be and, before the first entry's text, no subheading at all.
     */
    private boolean entryHeading(Unit u, boolean underTimeStamp) {
        // Arabic prose often ends without a stop: only a headline's length tells its entry's heading from its text
        return u.lines.size() == 1 && u.f.bare() && u.f.words <= (arabic ? ARABIC_ENTRY_HEADING_WORDS : ENTRY_HEADING_WORDS)
                && (underTimeStamp || CLOCK_LEAD.matcher(u.text).lookingAt())
                && !(arabic && ARABIC_REPORT_OPENING.matcher(CLOCK_LEAD.matcher(u.text).replaceFirst("")).lookingAt());
    }

    /**
     * Whether the entry's text follows the unit: a sentence that is no other entry. A timeline's time-stamped lines
     * without stops, one after another, are its entries, not their headings.
     */
    private boolean textUnder(Unit u) {
        if (u.index + 1 >= units.size()) return false;
        Unit next = units.get(u.index + 1);
        return next.f.endsSentence() && !CLOCK_LEAD.matcher(next.text).lookingAt() && !CLOCK_ALONE.matcher(next.text).matches();
    }

    /**
     * A live entry's text run on after its time stamp ("5:41 p.m. — The judge raised the fine."): the stamp is cut
     * as a dateline is, the sentence kept.
     */
    private void timeStamps() {
        for (Unit u : units) {
            if (!u.kept() || u.title || u.keepStart != u.start) continue;
            Matcher m = CLOCK_LEAD.matcher(u.text);
            if (m.lookingAt()) u.cutPrefix(m.end(), "time-stamp");
        }
    }

    /**
     * A broadcast transcript: two speaker labels or more, one of them naming a journalist by role (an update's
     * "UPDATE:" or a wire's "WASHINGTON:" does not make one). A label is cut; the turn of a journalist — by role, or
     * by the surname of one named earlier ("REYES:" after "TOM REYES, KCVN 7 REPORTER:") — is the story told and
     * kept. Anyone else's turn, up to the next label or stage direction, is speech that no longer says who spoke,
     * and is dropped.
     */
    private void transcriptTurns() {
        if (arabic) return; // no capitals to tell a label by
        int turns = 0;
        boolean journalist = false, directions = false;
        for (Unit u : units) {
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
        for (Unit u : units) {
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

    /**
     * A thread: its first post's furniture (the poster's standing, the post's actions) comes before any prose. Under
     * an article the same rows are readers' comments, and the article stays a report.
     */
    private void forumThread() {
        if (forumRows >= Genre.FORUM_ROWS && firstForumRow < firstProse()) meta.putIfAbsent(Genre.KEY, Genre.FORUM);
    }

    /**
     * An opinion section's label next to the title (a kicker above it, «مقالات رأي» below) makes the piece opinion
     * and is dropped. Elsewhere the same word is a menu item or a subheading ("Opinions" over a paragraph of
     * reactions), and the other passes judge it.
     */
    private void opinionLabel() {
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).title) continue;
            for (int j = Math.max(0, i - 1); j <= Math.min(units.size() - 1, i + 1); j++) {
                Unit u = units.get(j);
                // the label alone, or as one field of a short row («رأي | الخميس 20 نوفمبر 2025»)
                if (!u.title && (u.f.words <= 3 && Genre.isLabel(u.norm()) || u.f.words <= 10 && Genre.isOpinionRow(u.text))) {
                    u.reason = "section-label";
                    meta.put(Genre.KEY, Genre.OPINION);
                }
            }
        }
    }

    /**
     * A picture's credit on a line of its own, then a short line and a paragraph: the short line is the picture's
     * caption ("(Image: Harbour Post)" over "The locked gates at Harbour station this morning", "Foto: Ana Gil/EFE" over
     * "Manuel Ortega, a su llegada a la sede del partido."). It must not report (a past verb, a count: the body's
     * first sentence), and the line above the credit must not be a caption the credit closes instead.
     */
    private void captionsUnderCredits() {
        for (int k = 1; k + 2 < units.size(); k++) {
            Unit credit = units.get(k), u = units.get(k + 1), next = units.get(k + 2), above = units.get(k - 1);
            if (!"photo-credit".equals(credit.reason) || !u.kept() || u.lines.size() != 1 || u.f.words > LONG_CAPTION_WORDS) continue;
            if (above.kept() && above.f.words <= LONG_CAPTION_WORDS) continue;
            if (!next.kept() || !next.f.prose() || next.f.words <= u.f.words || sentenceEnds(u.text) > 1) continue;
            if (arabic ? DatedCaptions.narratesInArabic(u.text) : DatedCaptions.reports(u.text)) continue;
            // a whole sentence with "is"/"are" ("Rescue teams are still searching the rubble.") is the text's; a
            // caption drops them, or is in the passive ("A man is led away by police.")
            if (!arabic && u.f.endsSentence() && FINITE_BE.matcher(u.text).find()) continue;
            u.reason = "photo-caption";
        }
    }

    /** "is"/"are" as a verb of its own or before "-ing", not a present passive's ("are seen", "is towed"). */
    private static final Pattern FINITE_BE = Pattern.compile(
            "\\b(?:is|are)\\b(?! (?:being )?(?:[a-z]+ed|seen|shown|pictured|taken|held|led|driven|given|thrown|known)\\b)");

    /** A cell holding a figure: "48.37", "-6.10", "-11.20%", "$1.2bn", "18.4M". */
    private static final Pattern FIGURE_CELL = Pattern.compile("[-+−]?[$€£]?\\d[\\d.,]*(?:%|[KkMmBb]n?)?");

    /**
     * A table a page was flattened into: rows whose cells hold two figures or more ("TSLN     Tessaline Networks
     * 48.37   -6.10   -11.20%"), and the row of headings right over them ("Symbol   Company   Last   Chg   %Chg").
     */
    private void tables() {
        boolean rowBelow = false;
        for (int k = units.size() - 1; k >= 0; k--) { // from the bottom: a heading row is known by the row under it
            Unit u = units.get(k);
            int figures = u.lines.size() == 1 ? figureCells(u.text) : -1;
            boolean row = figures >= 2, heading = figures == 0 && rowBelow;
            if ((row || heading) && u.kept() && !u.title) u.reason = "table-row";
            rowBelow = row;
        }
    }

    /** How many cells of a table's row ({@link Layout#cells}) hold figures; -1 when the line is no such row. */
    private static int figureCells(String line) {
        String[] cells = Layout.cells(line);
        if (cells == null) return -1;
        int figures = 0;
        for (String c : cells) if (FIGURE_CELL.matcher(c).matches()) figures++;
        return figures;
    }

    private static final String MONTH = io.khulasa.text.MonthNames.ENGLISH_PATTERN;
    /**
     * A timeline's entry: a date, maybe its year and hour, then a dash or a colon and the note ("Aug. 12, 9 p.m. — Fire
     * at 11,800 acres, 5% contained", "12 March: Talks collapse", "2009 — Ferry sinks in the strait").
     */
    private static final Pattern DATED_NOTE = Pattern.compile("^(?:(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")"
            + "(?:,?\\s+(?:19|20)\\d\\d)?(?:,?\\s+\\d{1,2}(?:[:.]\\d\\d)?\\s*(?i:[ap]\\.?m\\.?)?)?|(?:19|20)\\d\\d)"
            + "\\s*(?:—|–|--|-|:)\\s+\\S");

    /** A timeline box's heading: "Timeline: how the fire spread", "Key dates", "How the crisis unfolded". */
    private static final Pattern TIMELINE_HEADING = Pattern.compile(
            "(?i)\\b(?:timeline|chronology|key (?:dates|events|moments)|the story so far)\\b|\\bhow\\b.{1,40}\\bunfolded\\b");
    /** An entry that tells what is to come ("Dec. 12 - Drivers … will strike"): a schedule the story announces. */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|(?:is|are) (?:due|set|expected) to)\\b");

    /**
     * Two dated entries in a row or more under a timeline's heading are a timeline box: notes of the story's past
     * stages, each superseded by the next and all by the report itself; not sentences to quote. Without the heading
     * dated paragraphs are the story's own (an update log, a year-by-year account), and a future entry is news.
     */
    private void timelines() {
        for (int k = 0; k < units.size(); k++) {
            int end = k;
            while (end < units.size() && DATED_NOTE.matcher(units.get(end).text).lookingAt()) end++;
            if (end - k >= 2 && k > 0 && timelineHeading(units.get(k - 1))) {
                for (int j = k; j < end; j++) {
                    Unit u = units.get(j);
                    if (u.kept() && !u.title && !FUTURE.matcher(u.text).find()) u.reason = "timeline";
                }
            }
            k = Math.max(k, end - 1);
        }
    }

    private static boolean timelineHeading(Unit u) {
        return u.f.words <= 12 && !u.f.endsSentence() && TIMELINE_HEADING.matcher(u.text).find();
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
    private void cutOffSentences() {
        int last = lastProse();
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
    /** A verb of saying: a sentence that reports what someone said or offers, not the site's own notice. */
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:said|says|told|according to)\\b");

    private static boolean saying(String line) {
        return SAYING.matcher(line).find();
    }

    /** A banner speaks in the site's voice: no quotation marks, no one said to say it. */
    private static boolean sitesVoice(String line) {
        return !saying(line) && line.chars().noneMatch(c -> c == '"' || c == '“' || c == '”' || c == '«' || c == '»');
    }

    /** The answers on a consent banner's buttons: "AGREE", "MORE OPTIONS", "Yes, I agree", "No, take me to settings". */
    private static final Pattern CONSENT_BUTTON = Pattern.compile(
            "(?i)\\b(?:agree|accept|reject|decline|refuse|options|settings|manage|preferences|consent|allow|got it)\\b");

    /**
     * A cookie-consent banner a text scrape kept at its top: its notices, the short heading right above the first
     * ("We value your privacy") and the buttons right under the last. Left in, it would be the title and the lede.
     */
    private void consentBanner() {
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

    // ---- pass 1: the line on its own -------------------------------------------------------------------

    private String intrinsic(Unit u) {
        String raw = u.text;
        LineFeatures f = u.f;
        Matcher media = MEDIA_LABEL.matcher(raw);
        if (media.lookingAt()) return media.group(1) != null ? "photo-credit" : "photo-caption";
        // a wire service's note in brackets: "(Reporting by …; Editing by …)", "(Adds reaction in paragraphs 4-5)"
        if (WIRE_NOTE.matcher(raw).matches()) return "editor-note";
        // a wire's slug over its headline: "BC-Ferry-Capsize, 1st Ld-Writethru,0561"
        if (Layout.WIRE_SLUG.matcher(raw).matches()) return "wire-slug";
        if (f.words <= 25 && CONTRIBUTORS.matcher(raw).find()) {
            meta.putIfAbsent("byline", raw);
            return "byline";
        }
        String n = u.norm();
        if (f.words <= 15 && Lexicon.containsAnyPhrase(n, Lexicon.UPDATE_NOTICES)) return "update-notice";
        // A column's disclaimer makes the piece opinion wherever it stands (a section label, only beside the title).
        if (f.words <= 40 && Genre.hasDisclaimer(n)) {
            meta.put(Genre.KEY, Genre.OPINION);
            return "disclaimer";
        }
        // "فيديو | لحظة انهيار عقار…", "شاهد | …", "WATCH: …": a teaser for another story
        if (f.words <= 25 && !f.endsSentence() && TEASER.matcher(raw).lookingAt()) return "related-articles";
        // "Metro | Tuesday, March 10, 2026 | 9:40 p.m.", "Last updated: Wednesday, March 11, 2026, 6:41 p.m.": a date
        // line, though "p.m." ends like a sentence
        Matcher clock = f.prose() && f.words <= 20 ? CLOCK_END.matcher(raw) : null;
        if (clock != null && clock.find()) {
            String r = raw.substring(0, clock.start()) + " " + clock.group(1) + "m";
            if (raw.contains("|") && isMetaRow(r) || isDate(r, TextNormalizer.normalize(r), LineFeatures.of(r))) {
                meta.putIfAbsent("date", raw);
                return "date-line";
            }
        }
        // a source cited by its headline, outlet and date: «"Transit strike paralyses Eastbridge" — Eastbridge Courier,
        // September 13, 2011», ««نسر الأطلس تعلق رحلات ATR» — هسبريس، 14 مايو 2010»
        if (f.words <= 30 && CITATION.matcher(raw).matches()) return "related-articles";
        // the page's note on itself: a correction, an amendment, a live page's greeting, an affiliate disclosure
        if (f.words <= 60 && PAGE_NOTE.matcher(raw).lookingAt()) return "page-note";
        // a short line with a web address is a link to follow ("View this email in your browser: https://…"), not text
        if (f.words <= 15 && WEB_ADDRESS.matcher(raw).find() && (f.words <= 3 || LINK_CUE.matcher(raw).lookingAt())) return "link";
        // the New York Times wire's "c.2010 N.Y. Times News Service", UPI's "(c) 2010 United Press International. All
        // rights reserved."
        if (f.words <= 12 && WIRE_COPYRIGHT.matcher(raw).lookingAt()) return "copyright";
        // the writer's note and how to reach the newsroom: "Dev Raman covers transportation for the Courier.", "Reach him at
        // draman@courier.example", "Got a story? Text us on 80555 or email news@…"; "Listen: Hear the full interview…"
        if (f.words <= 25 && !arabic) {
            boolean nearEnd = u.index >= units.size() - 4;
            // the note may close with how to reach the writer ("… for The Gazette. Reach her at jdoe@…")
            Matcher note = WRITER_NOTE.matcher(raw);
            if (nearEnd && note.lookingAt() && (note.end() == raw.length() || mayContact(raw) && CONTACT.matcher(raw).region(note.end(), raw.length()).find())) {
                return "byline";
            }
            // the offer opens the line, or follows a question to the reader ("Got a story? Text us…", "Are you
            // affected? You can get in touch by emailing…")
            Matcher cue = CONTACT_CUE.matcher(raw);
            if (mayContact(raw) && CONTACT.matcher(raw).find() && cue.find() && offerOpens(raw, cue.start())) return "contact-line";
            if (TEASER.matcher(raw).lookingAt() && TEASER_VERB.matcher(raw).find()) return "related-articles";
        }
        // a line of names and numbers to call: "+00 21 555 0148 (out of hours: …)", "Analyst: H. Marsh | +1 212 555 0142"
        if (f.words <= 20 && !f.endsSentence() && PHONE.matcher(raw).find()) return "contact-line";
        if (f.words <= 25 && siteNotice(raw)) return isCopyright(raw, n, f) ? "copyright" : "site-notice";
        // a picture's caption with its credit at the end: «صورة جوية للسفينة على الشعاب. الصورة: رويترز», "Union leader
        // Leonard Osei speaks to reporters. Photo: Metro Radio/Ken Ashdown"
        Matcher credited = f.words <= 35 ? CAPTION_CREDIT.matcher(raw) : null;
        if (credited != null && credited.find()) {
            String before = raw.substring(0, credited.start() + 1);
            boolean picture = arabic ? PICTURE_FIRST.matcher(before).lookingAt() : DatedCaptions.describesAPicture(before);
            if (picture) return "photo-caption";
            // a paragraph the page glued its picture's credit to: the credit goes, the paragraph stays
            u.cutSuffix(credited.start() + 1, "photo-credit");
        }
        // or labelled as one: «صورة: طائرة ATR 72 تابعة للشركة في مطار محمد الخامس» (a credit is a name or two)
        if (f.words <= 35 && f.words >= 6 && CAPTION_LABEL.matcher(raw).lookingAt()) return "photo-caption";
        // short fields between bars, one a date: as long as a sentence, but none («الجرف - خاص الخميس 13 نوفمبر 2025 -
        // 10:35 م | آخر تحديث: …»)
        if (f.prose() && f.words <= 20 && !f.endsSentence() && isMetaRow(raw)) {
            meta.putIfAbsent("date", raw);
            return "date-line";
        }
        // a line that reads as a sentence can only be a prompt or a notice, and those start with their cue word
        if (f.prose() && !Lexicon.PROMPT_STARTS.contains(firstToken(raw)) && !raw.startsWith("©")) return null;
        if (SLIDE.matcher(raw).matches()) return "slide-counter";
        if (isDate(raw, n, f)) {
            meta.putIfAbsent("date", raw);
            return "date-line";
        }
        if (f.letters == 0) return "too-short";
        if (f.words <= 12 && Genre.isForumPostRow(raw, n)) {
            if (forumRows++ == 0) firstForumRow = u.index;
            return "forum-post";
        }
        if (isBreadcrumb(raw, f)) return "breadcrumb";
        if (f.words <= 6 && Lexicon.RELATED.contains(n)) return "related-articles";
        if (isInlineRelated(raw, f)) return "related-articles";
        // a dateline on a line of its own, «الدار البيضاء - و م ع»: a place and a known agency, nothing after them
        Matcher alone = DATELINE_ALONE.matcher(raw);
        if (f.words <= 8 && alone.matches() && datelineAgency(alone)) {
            meta.putIfAbsent("dateline", alone.group(1).strip());
            return "dateline";
        }
        // an embedded post's counters: "1.2K likes · 214 comments", «1.2 ألف · 214 تعليقًا · 96 مشاركة»
        if (f.words <= 12 && META_SEP.matcher(raw).find() && engagementOnly(n)) return "social-counts";
        if (f.words <= 12 && Lexicon.allTokens(n, Lexicon.SHARE_WORDS) && Lexicon.anyToken(n, Lexicon.SHARE_CUES)) return "share-prompt";
        if (f.words <= 8 && Lexicon.allTokens(n, Lexicon.SHARE_WORDS) && Lexicon.tokens(n).length >= 2) return "share-prompt";
        if (isCommentPrompt(n, f)) return "comment-prompt";
        if (f.words <= 20 && Lexicon.startsWithAny(n, Lexicon.SUBSCRIBE_CUES)
                && (Lexicon.anyToken(n, Lexicon.SUBSCRIBE_CHANNELS) || f.words <= 3)) return "subscribe-prompt";
        if (f.words <= 15 && Lexicon.startsWithAny(n, Lexicon.FOLLOW_CUES)
                && (Lexicon.anyToken(n, Lexicon.SOCIAL) || Lexicon.containsAnyPhrase(n, Lexicon.NEWS_SERVICES) || f.words <= 2)) return "follow-prompt";
        if (f.words <= 4 && Lexicon.NAVIGATION.contains(n)) return "navigation";
        if (f.words >= 4 && f.words <= 12 && menuRow(raw, n)) return "navigation";
        if (f.words <= 20 && raw.contains(":") && Lexicon.startsWithAny(n, Lexicon.TAG_CUES)) return "tags";
        if (f.words <= 40 && Lexicon.startsWithAny(n, Lexicon.REPUBLISHED_CUES)) return "republished-notice";
        // An English imperative "Subscribe to …" needs no channel word: no news sentence starts that way.
        if (f.words <= 20 && (n.startsWith("subscribe ") || n.startsWith("sign up ") || n.startsWith("abonnez vous ")
                || n.startsWith("abonnés ") || n.startsWith("inscrivez vous "))) return "subscribe-prompt";
        if (f.words <= 12 && READING_TIME.matcher(n).find()) return "reading-time";
        if (f.words <= 20 && !f.endsSentence() && isMetaRow(raw)) {
            meta.putIfAbsent("date", raw);
            return "date-line";
        }
        if (isCopyright(raw, n, f)) return "copyright";
        if (f.prose() || f.ending == LineFeatures.Ending.SENTENCE && f.words > 8) return null;
        String credit = creditOrByline(u, raw, n, f);
        // "(Adds electoral commission rejecting recount request in paragraphs 8-9)": an editor's note
        boolean bracketed = raw.startsWith("(") && raw.endsWith(")") && raw.indexOf(')') == raw.length() - 1;
        return credit == null && bracketed && f.words <= 25 ? "editor-note" : credit;
    }

    /**
     * A short line that starts with © or names the rights, or a notice of any length that opens with © or
     * "Copyright" and names them ("Copyright 2025 The Associated Press. All rights reserved. This material…").
     */
    private static boolean isCopyright(String raw, String n, LineFeatures f) {
        boolean cue = Lexicon.containsAnyPhrase(n, Lexicon.COPYRIGHT_CUES);
        boolean opens = raw.startsWith("©") || n.startsWith("copyright ");
        return f.words <= 15 && (raw.startsWith("©") || cue) || opens && cue;
    }

    /** A British paper's byline: "Rosa Lindqvist in Dervan and agencies", "Staff and agencies", "Jo Reed and agencies". */
    private static final Pattern AND_AGENCIES = Pattern.compile(
            "\\p{Lu}[\\p{L}'\\-]+(?: \\p{Lu}[\\p{L}'\\-]+){0,3}(?: in \\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+){0,2})? and agenc(?:y|ies)");

    private String creditOrByline(Unit u, String raw, String n, LineFeatures f) {
        if (f.words <= 12 && (BY_NAME.matcher(raw).matches() || AND_AGENCIES.matcher(raw).matches()
                || (f.words <= 8 && !f.endsSentence() && Lexicon.startsWithAny(n, Lexicon.BYLINE_CUES)))) {
            meta.putIfAbsent("byline", afterCue(raw));
            return "byline";
        }
        // the place, then the correspondent: «مرسى الغيث - مراسل «نجمة الساحل»», "GRENHOLM — Sentinel staff", and
        // the date a page's markup set beside them («الزهراء - مراسل الوطن اليوم الأحد 16 نوفمبر 2025 - 06:20 مساءً»)
        Matcher placed = PLACE_THEN_BYLINE.matcher(raw);
        if ((f.words <= 8 || f.words <= 16 && DATE_OR_TIME.matcher(raw).find()) && !f.endsSentence() && placed.matches()
                && Lexicon.startsWithAny(TextNormalizer.normalize(placed.group(2)), Lexicon.BYLINE_CUES)) {
            meta.putIfAbsent("byline", placed.group(2).strip());
            meta.putIfAbsent("dateline", placed.group(1).strip());
            return "byline";
        }
        if (f.words <= 8 && raw.contains(":") && Lexicon.startsWithAny(n, Lexicon.SOURCE_CUES)) {
            meta.putIfAbsent("source", afterCue(raw));
            return "source-line";
        }
        Matcher d = DATELINE.matcher(raw);
        if (d.lookingAt() && d.end() == raw.length() && datelineAgency(d)) {
            recordDateline(d);
            return "dateline";
        }
        if (f.words > 8 || f.endsSentence()) return null;
        boolean agency = Lexicon.hasAgency(n);
        boolean photo = Lexicon.anyToken(n, Lexicon.PHOTO_CUES);
        boolean latinInArabic = arabic && f.latinShare() >= 0.7;
        boolean marked = raw.contains("/") || raw.contains("(") || raw.contains(":");
        if (photo && (agency || marked || latinInArabic)) return "photo-credit";
        if (latinInArabic && (agency || marked)) return "photo-credit";
        if (!arabic && agency && (raw.contains("/") || namedBeforeParen(raw))) return "photo-credit";
        if (agency) {
            meta.putIfAbsent("source", raw);
            return "source-line";
        }
        if (latinInArabic && f.words <= 4) return "foreign-script";
        return null;
    }

    /** Whether the offer's verb at {@code cue} opens the line or a sentence after a question, maybe after "You can". */
    private static boolean offerOpens(String raw, int cue) {
        int q = raw.lastIndexOf("? ", cue);
        int start = q < 0 ? 0 : q + 2;
        return CONTACT_OPENING.matcher(raw).region(start, cue).matches();
    }

    private static String firstToken(String raw) {
        int i = 0;
        while (i < raw.length() && !Character.isLetterOrDigit(raw.charAt(i))) i++;
        int j = i;
        while (j < raw.length() && Character.isLetterOrDigit(raw.charAt(j))) j++;
        return TextNormalizer.normalize(raw.substring(i, j));
    }

    private static boolean namedBeforeParen(String raw) {
        int p = raw.indexOf('(');
        return p > 0 && Character.isUpperCase(raw.strip().charAt(0));
    }

    private static String afterCue(String raw) {
        int c = raw.indexOf(':');
        String s = c >= 0 && c < raw.length() - 1 ? raw.substring(c + 1) : raw.replaceFirst("^(?i:by|written by|reporting by|por)\\s+", "");
        int semi = s.indexOf(';');                       // "Reporting by A; Editing by B": the reporter
        if (semi > 0) s = s.substring(0, semi);
        return s.replaceAll("^[\\s\\-–—]+", "").strip();
    }

    private static final Pattern CLOCK_TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");

    /** A line that is a date and nothing else to end it: "Sunday, March 15, 2026", "15/03/2026 08:20". */
    static boolean isDateAlone(String line) {
        LineFeatures f = LineFeatures.of(line);
        return f.digits > 0 && f.words <= 8 && !f.endsSentence() && isDate(line, TextNormalizer.normalize(line), f);
    }

    private static boolean isDate(String raw, String n, LineFeatures f) {
        if (f.digits == 0 || f.words > 12) return false;
        String[] t = Lexicon.tokens(n);
        boolean allNumeric = true;
        int other = 0;
        for (String x : t) {
            boolean num = x.chars().allMatch(Character::isDigit) || FRENCH_TIME.matcher(x).matches(); // "09h15"
            if (!num && !Lexicon.DATE_WORDS.contains(x)) other++;
            allNumeric &= num;
        }
        // A date with one more word (its place: «الدانة، 27 شوال 1447 هـ الموافق 15 أبريل 2026 م»), or with the
        // place of its clock: "…, 09:00 Valdoria time", «… 14:20 بتوقيت عين الريحان».
        // A date with its clock time and a few words more is a page's byline row ("Coastal Post staff Wednesday 5 May
        // 2010 21:05 BST", «الجرف - خاص الخميس 13 نوفمبر 2025 - 10:35 م»): prose gives no clock to the minute unpunctuated.
        if (other > 0) {
            boolean clock = CLOCK_TIME.matcher(raw).find();
            return (other <= 2 || clock) && !f.endsSentence() && PublicationDate.parse(raw, false) != null
                    && (other == 1 || clock || n.contains(" time") || n.contains("بتوقيت") || n.contains("توقيت"));
        }
        // digits only: a date needs separators between at least three numbers, one a year ("2016-10-03", "03/10/2016
        // 12:30", «1447/10/27»); a phone number has none ("+1 614-555-0142")
        if (!allNumeric) return true;
        if (t.length < 3 || raw.indexOf('+') >= 0) return false;
        for (String x : t) if (x.length() == 4 && (x.startsWith("19") || x.startsWith("20") || x.startsWith("14"))) return true;
        return false;
    }

    /**
     * A row of short fields separated by "·" or "|", one of them a date: "نهى الشريف · الإثنين 12 أكتوبر 2026
     * · تحديث 10:40 مساءً", "Source: Daily Wire · 15 Oct 2025 · 3 min read".
     */
    private static boolean isMetaRow(String raw) {
        String[] fields = META_SEP.split(raw.strip());
        if (fields.length < 2) return false;
        boolean dated = false;
        for (String x : fields) {
            LineFeatures xf = LineFeatures.of(x);
            if (xf.words > 8) return false;
            String nx = TextNormalizer.normalize(x);
            dated |= isDate(x, nx, xf) || READING_TIME.matcher(nx).find();
        }
        return dated;
    }

    private static boolean isBreadcrumb(String raw, LineFeatures f) {
        if (f.words > 14 || f.endsSentence()) return false;
        String[] seg = CRUMB_SEP.split(raw.strip());
        int withLetters = 0;
        for (String s : seg) {
            LineFeatures sf = LineFeatures.of(s);
            if (sf.words > 4) return false;
            if (sf.letters > 0) withLetters++;
        }
        return withLetters >= 3 || (withLetters >= 2 && NAV_ONLY_SEP.matcher(raw).find());
    }

    /**
     * "Read also: Another headline" — a marker and one headline on one line; or a marker of two words or more run
     * into its headlines, their breaks lost ("Te puede interesar Quién es Rocío Valdeolmos… Los diez municipios…").
     */
    private static boolean isInlineRelated(String raw, LineFeatures f) {
        if (f.words > SHORT_WORDS || f.ending == LineFeatures.Ending.SENTENCE) return false;
        int colon = indexOfAny(raw, ":|…");
        // «اقرأ أيضا..بالصور.. أبرز قضايا…»: two stops set the label off as a colon would
        int dots = raw.indexOf("..");
        if (dots > 0 && (colon < 0 || dots < colon)) colon = dots;
        if (colon > 0 && colon <= 40) return Lexicon.RELATED.contains(TextNormalizer.normalize(raw.substring(0, colon)));
        String[] words = raw.strip().split("\\s+");
        for (int k = 1; k < Math.min(words.length, 5); k++) {
            String marker = TextNormalizer.normalize(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
            // the label, then a headline in capitals, or a numbered list: «الأكثر قراءة 1. ميسي يحسم مستقبله 2. …»
            if (Lexicon.RELATED.contains(marker) && (k >= 2 && Character.isUpperCase(words[k].codePointAt(0))
                    || NUMBERED.matcher(words[k]).matches())) return true;
        }
        return false;
    }

    /** «الدار البيضاء - و م ع» alone on its line: an Arabic place and an agency after a dash. */
    private static final Pattern DATELINE_ALONE = Pattern.compile("([\\p{IsArabic} ]{2,30}?)\\s*[-–—]\\s*([\\p{IsArabic} .]{2,25}?)\\s*[-–—]?\\s*");

    /** The label of a key-points bar: "Key points:", "Key events:", "At a glance:", «أبرز النقاط:». */
    private static final Pattern KEY_POINTS_BAR = Pattern.compile("(?i:key (?:points|events|facts)|at a glance|the latest)\\s*:|أبرز (?:النقاط|الأحداث)\\s*:");

    /** A list's number: "1.", "2)", «١.». */
    private static final Pattern NUMBERED = Pattern.compile("\\p{Nd}{1,2}[.)]");

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    private static boolean isCommentPrompt(String n, LineFeatures f) {
        if (f.words > 10 || !Lexicon.anyToken(n, Lexicon.COMMENT_WORDS)) return false;
        String[] t = Lexicon.tokens(n);
        // the cue may follow a question: "ما رأيك؟ شاركنا في التعليقات", "What do you think? Tell us in the comments"
        for (int k = 0; k < Math.min(6, t.length); k++) if (Lexicon.COMMENT_CUES.contains(t[k])) return true;
        // a bare label: "Comments", "12 comments", "التعليقات"
        return t.length <= 2 && COUNT_LABEL.matcher(n).matches();
    }

    /**
     * The parenthesis of a dateline names an agency ("Reuters", "أ ف ب", "وكالة أنباء …", "… News Agency"), or spells
     * one by its Arabic initials («أ ش أ», «و.م.ع»).
     */
    private static boolean datelineAgency(Matcher d) {
        String p = TextNormalizer.normalize(d.group(2));
        return Lexicon.hasAgency(p) || p.startsWith("وكاله ") || p.endsWith(" agency") || p.endsWith(" news")
                || ARABIC_INITIALS.matcher(d.group(2).strip()).matches();
    }

    private static final Pattern ARABIC_INITIALS = Pattern.compile("\\p{IsArabic}(?:[ .]\\s?\\p{IsArabic}){1,3}\\.?");

    /** One to four capitalised words: a wire's name ("Wire", "Coastal Press"). */
    private static final Pattern WIRE_NAME = Pattern.compile("\\p{Lu}[\\p{L}.&'\\-]*(?: \\p{Lu}[\\p{L}.&'\\-]*){0,3}");

    /**
     * "HARBOUR TOWN (Coastal Press) — The…": a place in Latin capitals, a parenthesis of one to four capitalised
     * words and a dash before a sentence's first capital are a dateline whatever the wire is called. An Arabic
     * place has no capitals to tell it from an opening phrase, so there the agency must be known.
     */
    private static boolean wireUnderCapitalPlace(String text, Matcher d) {
        String place = d.group(1);
        if (place == null || place.codePoints().filter(Character::isLetter).count() < 3) return false;
        boolean latinCapitals = place.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return latinCapitals && !spelledOut(place, d.group(2)) && wireAfter(text, d);
    }

    /**
     * «مدينة النخيل (ريا) - أعلنت…»: an Arabic place of at most three words and a parenthesis of one to three words
     * without figures before the first paragraph's dash name an agency, known or not; not a photo's «(أرشيفية)».
     */
    private static boolean agencyUnderArabicPlace(Matcher d) {
        String place = d.group(1), agency = d.group(2).strip();
        if (place == null || place.isBlank() || place.strip().split("\\s+").length > 3) return false;
        if (!place.strip().codePoints().allMatch(c -> c == ' ' || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) return false;
        String[] words = agency.split("\\s+");
        return words.length <= 3 && agency.codePoints().noneMatch(Character::isDigit)
                && agency.codePoints().allMatch(c -> c == ' ' || c == '.' || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                && !NOT_AGENCIES.contains(TextNormalizer.normalize(agency));
    }

    /** Parentheses after a name that are no agency: a photo's, a position's. */
    private static final java.util.Set<String> NOT_AGENCIES = java.util.Set.of("ارشيفيه", "يمين", "يسار", "وسط", "صوره", "فيديو");

    /** The parenthesis spells out the capitals before it: "WHO (World Health Organization)", "ISIS (Islamic State)". */
    private static boolean spelledOut(String capitals, String words) {
        StringBuilder initials = new StringBuilder();
        for (String w : words.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        }
        String letters = capitals.replaceAll("[^\\p{L}]", "");
        return initials.length() >= 2 && letters.startsWith(initials.toString());
    }

    /** A day and month without the year ("Nov 5", "7 dic"), as a wire's dateline gives it. */
    private static boolean isDay(String s) {
        return s.chars().anyMatch(Character::isDigit) && PublicationDate.parse(s + ", 2000", false) != null;
    }

    /**
     * The date a dateline gives: for its place ("Nov 5 (Reuters) -") or after it ("NEW YORK, March 2 (Reuters) -",
     * "Sevilla, 7 dic (EFE).-", "LONDON, March 2, 2026 (AFP) -"); null when it gives none.
     */
    private static String datelineDate(String text, Matcher d) {
        if (d.group(1) == null) return null;
        if (isDay(d.group(1))) return d.group(1);
        String between = text.substring(d.end(1), d.start(2) - 1).replaceAll("^[\\s,\\-–—]+|[\\s,\\-–—]+$", "");
        return !between.isEmpty() && (PublicationDate.parse(between, false) != null || isDay(between)) ? between : null;
    }

    /**
     * "Nov 5 (Mercator) - Tessaline Networks…", "Sevilla, 7 dic (Europa Press).- El…": a dateline with its day names a
     * wire, known or not, in one to four capitalised words, before a dash and a sentence's first capital.
     */
    private static boolean wireUnderDay(String text, Matcher d) {
        return datelineDate(text, d) != null && wireAfter(text, d);
    }

    /** The parenthesis names a wire in capitalised words, and a dash (no colon) leads to a sentence's first capital. */
    private static boolean wireAfter(String text, Matcher d) {
        String separator = text.substring(d.end(2) + 1, d.end());
        return WIRE_NAME.matcher(d.group(2).strip()).matches() && separator.indexOf(':') < 0
                && d.end() < text.length() && DATELINE_FOLLOWER.matcher(text).region(d.end(), text.length()).lookingAt();
    }

    /**
     * A site's menu flattened to one line without separators: «الرئيسية محليات اقتصاد برلمان رياضة», "Home News Sport
     * Business Culture". It opens with the home page's name and has no stop, figure or comma; in English every word
     * is capitalised and none is a small word, which a headline in title case has ("Home Sales Slump as Rates Climb").
     */
    private static boolean menuRow(String raw, String norm) {
        if (!norm.startsWith("الرئيسيه ") && !norm.startsWith("home ")) return false;
        if (MENU_BREAKER.matcher(raw).find()) return false;
        if (norm.startsWith("الرئيسيه ")) return true;
        for (String w : raw.strip().split("\\s+")) {
            if (!Character.isUpperCase(w.codePointAt(0)) || SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    private static final Pattern MENU_BREAKER = Pattern.compile("[\\p{Nd}.,،!?؟:;\"'«»“”]");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "as", "at", "by", "for", "in", "of", "on",
            "to", "and", "or", "but", "is", "are", "was", "with", "from", "after", "over", "into");

    /** Every token a count ("1.2", "214", "96k") or a word of {@link Lexicon#ENGAGEMENT}, and one such word at least. */
    private static boolean engagementOnly(String norm) {
        boolean word = false;
        for (String t : Lexicon.tokens(norm)) {
            if (COUNT.matcher(t).matches()) continue;
            if (!Lexicon.ENGAGEMENT.contains(t)) return false;
            word = true;
        }
        return word;
    }

    private static final Pattern COUNT = Pattern.compile("\\p{Nd}+(?:[.,٫]\\p{Nd}+)*[kmKM]?");

    private void recordDateline(Matcher d) {
        if (d.group(1) != null && !d.group(1).isBlank() && !isDay(d.group(1))) meta.putIfAbsent("dateline", d.group(1).strip());
        meta.putIfAbsent("source", d.group(2).strip());
    }

    /**
     * A title suffix that the document itself repeats as furniture — a lone closing "Site Name" line, the last
     * step of a breadcrumb — is the site's name.
     */
    private TitleCleaner.Hints withOwnFurniture(TitleCleaner.Hints cluster) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (int k = 1; k < units.size(); k++) {
            if (k == EDGE_UNITS && units.size() > 2 * EDGE_UNITS) k = units.size() - EDGE_UNITS;
            Unit u = units.get(k);
            if (u.f.words > 6 || u.f.endsSentence()) continue;
            own.add(u.norm());
            if ("breadcrumb".equals(u.reason)) {
                for (String seg : CRUMB_SEP.split(u.text)) own.add(TextNormalizer.normalize(seg));
            }
        }
        return seg -> own.contains(seg) || (cluster != null && cluster.knownSite(seg));
    }

    // ---- pass 2: title and related blocks -------------------------------------------------------------

    /** After a "related" marker, headline-like lines are the list, until a line ends like prose. */
    private void relatedBlocks() {
        for (int k = 0; k < units.size(); k++) {
            Unit m = units.get(k);
            if (!"related-articles".equals(m.reason) || !Lexicon.RELATED.contains(m.norm())) continue;
            int j = k + 1;
            for (; j < units.size(); j++) {
                Unit u = units.get(j);
                if (!u.kept()) continue;
                if (!headlineLike(u.f)) break;
                u.reason = "related-articles";
            }
            k = j - 1; // resume after the block: each unit is visited once however many markers there are
        }
    }

    /** The most points of a box, each a headline of at most 15 words. */
    private static final int KEY_POINTS_MAX = 8;

    /** "Key points" and the unpunctuated lines under it: a box of headlines, not the story's sentences. */
    private void keyPointBoxes() {
        for (int k = 0; k < units.size(); k++) {
            Unit m = units.get(k);
            if (!m.kept() || m.f.words > 4 || !Lexicon.KEY_POINT_HEADINGS.contains(m.norm())) continue;
            int j = k + 1;
            while (j < units.size() && j <= k + KEY_POINTS_MAX && units.get(j).kept() && headlineLike(units.get(j).f)
                    && units.get(j).f.words <= 15) units.get(j++).reason = "key-points";
            if (j > k + 1) m.reason = "key-points";
            k = j - 1;
        }
    }

    private static boolean headlineLike(LineFeatures f) {
        return f.letters > 0 && f.words <= SHORT_WORDS && f.ending != LineFeatures.Ending.SENTENCE;
    }

    private String findTitle(String givenTitle, String source, TitleCleaner.Hints hints) {
        int firstProse = firstProse();
        if (givenTitle != null) {
            String given = givenTitle.strip();
            String clean = given.substring(0, TitleCleaner.titleEnd(given, source, hints)).strip();
            String nGiven = TextNormalizer.normalize(given), nClean = TextNormalizer.normalize(clean);
            // a live page's og:title carries its label ("LIVE: Recount, Day 3"), its heading says more without it
            String nBare = TextNormalizer.normalize(Genre.withoutLiveLabel(clean));
            for (Unit u : units) {
                if (u.index > firstProse + 1 || u.index > 8) break;
                if (!u.kept() || u.lines.size() != 1) continue;
                int te = TitleCleaner.titleEnd(u.text, source, hints);
                String nMain = TextNormalizer.normalize(u.text.substring(0, te));
                if (u.norm().equals(nGiven) || u.norm().equals(nClean) || nMain.equals(nClean)) {
                    markTitle(u, u.norm().equals(nClean) ? u.text.length() : te);
                    break;
                }
                // The page's heading may say more than its og:title ("… failure; 12,500 passengers hit").
                if ((!nClean.isEmpty() && u.norm().startsWith(nClean) || !nBare.isEmpty() && u.norm().startsWith(nBare))
                        && titleEndIfTitleLike(u, source, hints) >= 0) {
                    markTitle(u, u.text.length());
                    break;
                }
            }
            return clean.isEmpty() ? null : clean;
        }
        Unit chosen = headline(firstProse, source, hints);
        if (chosen == null) chosen = headlineOverDate();
        if (chosen == null) return null;
        int te = Math.max(titleEndIfTitleLike(chosen, source, hints), 0);
        if (te == 0) te = chosen.text.length();
        markTitle(chosen, te);
        return chosen.text.substring(0, te).strip();
    }

    /**
     * Above the body a scraped page may stack masthead, site name, date and breadcrumb before the headline. The
     * headline is the title-like line of five words or more that a byline follows, else one a date or source
     * line follows; failing both, the first title-like line of five words or more (a site's name rarely has five),
     * else of three, else any. Null when no line before the body looks like a title.
     */
    private Unit headline(int firstProse, String source, TitleCleaner.Hints hints) {
        Unit byline = null, dated = null, belowDate = null, ruled = null, five = null, three = null, first = null;
        int seen = 0, firstRule = -1;
        for (Unit u : units) {
            if (u.index > firstProse || seen >= 6) break;
            if (firstRule < 0 && Layout.isRule(u.text)) firstRule = u.index;
            if (!u.kept()) continue;
            // a menu's one- and two-word items and a header's labelled fields do not use up the lines looked at
            if (u.f.words >= 3 && !Layout.isField(u.text)) seen++;
            if (titleEndIfTitleLike(u, source, hints) < 0) continue;
            if (first == null) first = u;
            if (u.f.words < 3) continue;
            String next = u.index + 1 < units.size() ? units.get(u.index + 1).reason : null;
            if (byline == null && u.f.words >= 5 && "byline".equals(next)) byline = u;
            boolean underDate = "date-line".equals(next) || "source-line".equals(next) || "dateline".equals(next);
            if (dated == null && u.f.words >= 5 && underDate) dated = u;
            // an agency's text: masthead, slug, number and date above, the headline right over the lede
            String before = u.index > 0 ? units.get(u.index - 1).reason : null;
            if (belowDate == null && u.f.words >= 5 && "date-line".equals(before) && u.index + 1 == firstProse) belowDate = u;
            // or boxed between rules ("=====" above and below it), as agency texts print it
            if (ruled == null && u.f.words >= 5 && isRule(u.index - 1) && (isRule(u.index + 1) || u.index + 1 == firstProse)) ruled = u;
            if (five == null && u.f.words >= 5) five = u;
            if (three == null) three = u;
        }
        // a headline above the first rule outranks what the rules box (then a standfirst or a notice), unless a
        // header's fields or date lie between them: that line is the agency's masthead, and the boxed one its headline
        if (ruled != null && five != null && five.index < firstRule && !headerBetween(five.index, firstRule)
                && !MASTHEAD_TAGLINE.matcher(five.text).find()) ruled = null;
        return byline != null ? byline : dated != null ? dated : ruled != null ? ruled : belowDate != null ? belowDate
                : five != null ? five : three != null ? three : first;
    }

    /** A paper's name with its tagline ("The Millbrook Courier, serving the valley since 1898"): no headline. */
    private static final Pattern MASTHEAD_TAGLINE = Pattern.compile(
            "\\s[|]\\s|\\b(?i:since|est\\.?|founded)\\s+\\d{4}\\b|(?i:,\\s*(?:serving|the voice of|your (?:source|home)|news for))|منذ عام");

    private boolean headerBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (Layout.isField(units.get(k).text) || "date-line".equals(units.get(k).reason)) return true;
        }
        return false;
    }

    private boolean isRule(int index) {
        return index >= 0 && index < units.size() && Layout.isRule(units.get(index).text);
    }

    /** A first line followed directly by a date line is a headline even when it ends with a full stop. */
    private Unit headlineOverDate() {
        for (int k = 0; k + 1 < units.size() && k < 3; k++) {
            Unit u = units.get(k);
            if (!u.kept()) continue;
            boolean next = "date-line".equals(units.get(k + 1).reason);
            return next && u.lines.size() == 1 && u.f.words <= 20 ? u : null;
        }
        return null;
    }

    /** The end of the title proper if the unit looks like a title (short, one line, not ending a sentence), else -1. */
    private static int titleEndIfTitleLike(Unit u, String source, TitleCleaner.Hints hints) {
        if (u.lines.size() > 2 || u.f.words > 40) return -1; // a long headline may wrap once in a hard-wrapped text
        int te = TitleCleaner.titleEnd(u.text, source, hints);
        String main = u.text.substring(0, te);
        LineFeatures m = LineFeatures.of(main);
        if (m.letters == 0 || m.words > 25 || main.length() > 250) return -1;
        boolean endsAbbrev = main.matches("(?s).*\\b(?:\\p{Lu}\\.){2,}$");          // "… in the U.S."
        boolean ok = m.ending == LineFeatures.Ending.NONE || m.ending == LineFeatures.Ending.QUESTION
                || m.ending == LineFeatures.Ending.ELLIPSIS || main.endsWith("!") || endsAbbrev;
        return ok ? te : -1;
    }

    private void markTitle(Unit u, int te) {
        u.title = true;
        titleIndex = u.index;
        if (te < u.text.length()) {
            u.keepEnd = u.start + u.text.substring(0, te).stripTrailing().length();
            int tailStart = te;
            while (tailStart < u.text.length() && !Character.isLetterOrDigit(u.text.charAt(tailStart))) tailStart++;
            if (tailStart < u.text.length()) {
                String tail = u.text.substring(tailStart);
                u.cut(new DroppedLine(tail, "site-tagline", u.start + tailStart, u.end));
                meta.putIfAbsent("site", tail);
            }
        }
    }

    private void duplicateTitles(String title) {
        String nt = TextNormalizer.normalize(title);
        // the heading line may say more than the title ("… – live updates"); its repeats are repeats too
        String line = titleIndex >= 0 ? units.get(titleIndex).norm() : nt;
        for (Unit u : units) {
            if (u.title || !u.kept() || u.f.words > 40) continue;
            if (u.norm().equals(nt) || u.norm().equals(line)) u.reason = "duplicate-title";
        }
    }

    private int firstProse() {
        for (Unit u : units) if (u.kept() && !u.title && u.f.prose()) return u.index;
        return units.size();
    }

    private int lastProse() {
        for (int k = units.size() - 1; k >= 0; k--) {
            Unit u = units.get(k);
            if (u.kept() && !u.title && u.f.prose()) return k;
        }
        return -1;
    }

    // ---- pass 3: position -----------------------------------------------------------------------------

    private void positional() {
        int first = firstProse(), last = lastProse();
        if (last < 0) return; // no prose at all: nothing to measure positions against, keep everything
        boolean spaced = blankSeparated();
        for (Unit u : units) {
            if (!u.kept() || u.title) continue;
            LineFeatures f = u.f;
            if (spaced && gluedUnderParagraph(u)) {
                u.reason = "caption";
                continue;
            }
            // a slideshow's caption under its counters ("1/5 … 5/5") above the text: it describes the picture shown
            if (u.index <= first && slideshowAbove(u.index) && !f.endsSentence() && f.words <= 40) {
                u.reason = "photo-caption";
                continue;
            }
            if (u.index < first) {
                // a wire story's key points under its headline ("* Florin jumps, stocks slide"): headlines, not text
                if (u.index > titleIndex && !f.endsSentence() && KEY_POINT.matcher(u.text).lookingAt()) u.reason = "key-points";
                else if (f.words <= 4 && f.bare() && f.letters > 0) u.reason = "navigation";
                // above the headline: masthead, edition, site name ("THE IBERIAN OBSERVER — Porto edition")
                else if (u.index < titleIndex && headlineLike(f)) u.reason = "masthead";
            } else if (u.index < last) {
                boolean alone = u.blankBefore && u.blankAfter && u.lines.size() == 1;
                boolean headingEnd = f.bare() || (f.ending == LineFeatures.Ending.QUESTION && f.words <= 8);
                if (alone && headingEnd && f.letters > 0 && f.words <= 12 && u.index > first) u.reason = "subheading";
            }
        }
        tail(last);
    }

    /** The most words of a caption set under a paragraph, and of one that reads as a caption. */
    private static final int CAPTION_WORDS = 10, LONG_CAPTION_WORDS = 15;

    /**
     * Whether the text sets its paragraphs apart with blank lines: nearly all of its prose lines longer than a
     * caption, three at least (a list's items stand together).
     */
    private boolean blankSeparated() {
        int prose = 0, spaced = 0;
        for (Unit u : units) {
            if (!u.kept() || u.title || !u.f.prose() || u.f.words <= LONG_CAPTION_WORDS || KEY_POINT.matcher(u.text).lookingAt()) continue;
            prose++;
            if (u.blankBefore) spaced++;
        }
        return prose >= 3 && spaced * 10 >= prose * 9;
    }

    /**
     * In a text whose paragraphs stand between blank lines, one short sentence on the line right under a paragraph,
     * with a blank line after it, is what the page set beside the text there: a picture's caption ("HMS Cornwall at
     * Zeebrugge in 2006.", "Margaret Beckett") or a box's heading ("Japan tops the U.S."). A paragraph of the text
     * would stand apart like the others.
     */
    private boolean gluedUnderParagraph(Unit u) {
        if (u.index == 0 || u.blankBefore || !u.blankAfter || u.lines.size() != 1) return false;
        // longer, it must read as a caption: an English sentence in the present ("Relatives light candles at the
        // terminal on Tuesday night."); a paragraph's sentence the page broke off reports in the past
        if (u.f.words > CAPTION_WORDS && (arabic || u.f.words > LONG_CAPTION_WORDS || !DatedCaptions.describesAPicture(u.text))) return false;
        // shorter, it must not report: no past ("The town mayor resigned."), no count ("Two people are missing."), no
        // Arabic narration («ولا يزال ثلاثة عشر عاملا في عداد المفقودين.»)
        if (arabic ? DatedCaptions.narratesInArabic(u.text) : DatedCaptions.reports(u.text)) return false;
        Unit above = units.get(u.index - 1);
        if (!above.kept() || above.title || !above.blankBefore || !above.f.prose() || !above.f.endsSentence()) return false;
        return !KEY_POINT.matcher(u.text).lookingAt() && sentenceEnds(u.text) <= 1;
    }

    /** How many sentence ends (". ", "! ", "? " or the last character) a short line has; "a.m. " and "U.S. " are none. */
    private static int sentenceEnds(String t) {
        int n = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (".!?؟".indexOf(c) < 0 || k + 1 < t.length() && t.charAt(k + 1) != ' ') continue;
            boolean initial = c == '.' && k >= 2 && Character.isLetter(t.charAt(k - 1)) && (t.charAt(k - 2) == '.' || t.charAt(k - 2) == ' ');
            if (!initial || k + 1 == t.length()) n++;
        }
        return n;
    }

    /**
     * A slide counter right above the unit, in a page with two or more: a slideshow. A lone counter, or a page count
     * ("Page 1 of 3"), is no evidence of a picture, and the line under it may be the lede.
     */
    private boolean slideshowAbove(int index) {
        if (index == 0 || !isSlideshowCounter(units.get(index - 1))) return false;
        // a gallery puts a counter over each caption, or all of them over the first: two in the page at least
        int counters = 0;
        for (Unit u : units) if (isSlideshowCounter(u) && ++counters >= 2) return true;
        return false;
    }

    private static boolean isSlideshowCounter(Unit u) {
        return "slide-counter".equals(u.reason) && SLIDESHOW_COUNTER.matcher(u.text).matches();
    }

    /**
     * After the last prose line: a lone short name right after it is the source ("سيريانيوز", "Reuters");
     * further short labels are navigation; two or more headline-like lines in a row are an unmarked list of
     * other stories. A single longer line is kept: it may be a last sentence that lost its full stop.
     */
    private void tail(int last) {
        boolean first = true;
        for (int k = last + 1; k < units.size(); k++) {
            Unit u = units.get(k);
            if (!u.kept()) { first = false; continue; }
            LineFeatures f = u.f;
            if (first && f.words <= 3 && f.bare() && f.letters > 0) {
                meta.putIfAbsent("source", u.text);
                u.reason = "source-line";
            } else if (f.words <= 4 && f.bare() && f.letters > 0) {
                u.reason = "navigation";
            } else if (headlineLike(f) && k + 1 < units.size() && units.get(k + 1).kept() && headlineLike(units.get(k + 1).f)) {
                u.reason = "related-articles";
                units.get(k + 1).reason = "related-articles";
            }
            first = false;
        }
    }

    /** Metadata key of a dateline's day and month given without a year ("March 2"). */
    static final String DATELINE_DAY = "dateline-day";
    /** A press release's dateline: "CLEVELAND and HARTWELL, Conn., March 3, 2026 /NewsLine Wire/ -- ". */
    private static final Pattern RELEASE_DATELINE = Pattern.compile(
            "(\\p{Lu}[^/\\n]{1,80}?),\\s+(\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},\\s+\\d{4})\\s+/([^/\\n]{2,40})/\\s*(?:--|—|–|-)\\s+");

    /** "CAIRO (Reuters) - …" at the start of the first paragraph: the prefix is metadata, the rest is kept. */
    private void datelinePrefix() {
        int seen = 0;
        for (Unit u : units) {
            if (!u.kept() || u.title) continue;
            if (!u.f.prose()) continue;
            // a deck or a release's subhead may stand above the first paragraph: under such lines a dateline that
            // names its wire is looked for in the first three paragraphs; one that names none only in the first
            boolean first = seen++ == 0;
            if (seen > DATELINE_PARAGRAPHS) return;
            Matcher d = DATELINE.matcher(u.text), release, place;
            int end = -1;
            boolean wire = d.lookingAt() && (datelineAgency(d) || wireUnderCapitalPlace(u.text, d) || wireUnderDay(u.text, d)
                    || agencyUnderArabicPlace(d));
            Matcher bare = wire ? null : BARE_ARABIC_DATELINE.matcher(u.text);
            if (!wire && bare.lookingAt() && datelineAgency(bare) && bare.group(1).strip().split("\\s+").length <= 3
                    && !ARABIC_REPORT_OPENING.matcher(bare.group(1)).lookingAt() && !bare.group(2).strip().startsWith("ل")) {
                d = bare;
                wire = true;
            }
            Matcher slashed;
            if (!wire && (slashed = SLASH_DATELINE.matcher(u.text)).lookingAt() && gulfDateline(slashed)) {
                end = slashed.end();
                meta.putIfAbsent("dateline", slashed.group(1).strip());
                meta.putIfAbsent("source", slashed.group(3).strip());
                String date = slashed.group(2);
                meta.putIfAbsent(PublicationDate.parse(date, false) != null ? "date" : DATELINE_DAY, date);
            } else if (wire) {
                end = d.end();
                if (end >= u.text.length()) continue;
                recordDateline(d);
                // "NEW YORK, March 2 (Reuters) -": a day without its year, which the cluster's other dates may give
                String date = datelineDate(u.text, d);
                if (date != null) meta.putIfAbsent(PublicationDate.parse(date, false) != null ? "date" : DATELINE_DAY, date);
            } else if ((release = RELEASE_DATELINE.matcher(u.text)).lookingAt()) {
                // a press release's "CLEVELAND, March 3, 2026 /NewsLine Wire/ --": place, date and wire
                end = release.end();
                meta.putIfAbsent(Genre.KEY, Genre.RELEASE);
                meta.putIfAbsent("dateline", release.group(1).strip());
                meta.putIfAbsent("date", release.group(2));
                meta.putIfAbsent("source", release.group(3).strip());
            } else if (!first) {
                continue;
            } else if ((place = PLACE_DATELINE.matcher(u.text)).lookingAt() && place.group(1).codePoints().filter(Character::isLetter).count() >= 3) {
                end = place.end();
                String where = place.group(1);
                // a release's date after its place dates the article: "GENEVA, 10 March 2026 –"
                for (int comma = where.indexOf(','); comma > 0; comma = where.indexOf(',', comma + 1)) {
                    String date = where.substring(comma + 1).strip();
                    if (date.chars().anyMatch(Character::isDigit) && PublicationDate.parse(date, false) != null) {
                        meta.putIfAbsent("date", date);
                        where = where.substring(0, comma);
                        break;
                    }
                }
                meta.putIfAbsent("dateline", where);
            } else {
                Matcher glued = GLUED_DATE.matcher(u.text);
                if (glued.lookingAt() && PublicationDate.parse(glued.group(), false) != null) {
                    meta.putIfAbsent("date", glued.group());
                    int cut = glued.end();
                    while (cut < u.text.length() && (Layout.isSpace(u.text.charAt(cut)) || u.text.charAt(cut) == '،' || u.text.charAt(cut) == ',')) cut++;
                    u.cutPrefix(cut, "date-line");
                    return;
                }
            }
            if (end > 0 && end < u.text.length()) u.cutPrefix(end, "dateline");
            // one dateline; past the first paragraph only when that was a deck or a subhead, without a stop
            if (end > 0 || u.f.endsSentence()) return;
        }
    }

    /**
     * A press release ends with notes to editors, the company's profile, its legal notice and its contacts, each under
     * a heading ("Notes to editors", "About Kestrel Home Appliances", "About the RTWU", "Forward-Looking Statements",
     * "Media contact:", "###"): from the first of them on, the text is the issuer's boilerplate (the ballot's dates,
     * "Photographs are available on request", its phone numbers), not the news.
     */
    private void releaseFooter() {
        int first = firstProse();
        if (first < 0) return;
        for (int k = Math.max(first + 1, units.size() / 3); k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.title || u.f.words > 8 || !RELEASE_FOOTER.matcher(u.text).matches()) continue;
            // a release's footer has more than one part; a lone "About Face" is a crosshead of the story
            boolean another = false;
            for (int j = k + 1; j < units.size() && !another; j++) {
                String t = units.get(j).text;
                another = units.get(j).f.words <= 8 && RELEASE_FOOTER.matcher(t).matches() || t.startsWith("SOURCE ");
            }
            if (!another) continue;
            for (int j = k; j < units.size(); j++) if (units.get(j).kept()) units.get(j).reason = "release-boilerplate";
            meta.putIfAbsent(Genre.KEY, Genre.RELEASE);
            return;
        }
    }

    private static final Pattern RELEASE_FOOTER = Pattern.compile("(?:About (?:the |us\\b)?(?:\\p{Lu}[\\p{L}&.,'\\-]*\\s?){0,6}"
            + "|Forward[- ]Looking Statements?|Safe Harbou?r Statement|(?i:(?:Media|Press|Investor)(?: Relations)? Contacts?:?|Contacts?:)"
            + "|(?i:Notes? (?:to|for) editors?|Editors'?’?s?'? notes?)|#{3})"
            + "\\s*(?::.*)?");

    /** How many paragraphs from the top a wire's or a release's dateline is looked for in. */
    private static final int DATELINE_PARAGRAPHS = 3;
}
