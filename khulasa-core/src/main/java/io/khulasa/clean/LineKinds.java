package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line is on its own — slide counter, date, breadcrumb, a prompt or marker, a notice, byline, credit — judged
 * only for short lines that do not read as prose; and the tests on a line the other passes share.
 */
final class LineKinds {
    private LineKinds() {}

    static final int SHORT_WORDS = 25;
    private static final Pattern SLIDE = Pattern.compile(
            "^[\\s•·●▪◦*\\-–]*(?:\\p{L}+\\s+)?\\d{1,3}\\s*(?:/|of|من)\\s*\\d{1,3}[\\s•·]*$", Pattern.CASE_INSENSITIVE);
    /** A writer's job, as a note under the story names it. */
    private static final String WRITER_JOBS = "(?:reporter|correspondent|writer|columnist|editor|contributor)";
    /** What a writer's note says between the job and the outlet; no relative clause (a sentence about the writer). */
    private static final String WRITER_NOTE_GAP = "\\b(?:(?!\\b(?:who|which|whose)\\b)[^.!?]){0,90}";
    /**
     * "Dev Raman covers transportation for the Courier.", "Jane Doe is a staff writer at the Post.", "Jo Pell covers
     * politics and labour in the Baltic region from Kestrow.": the writer's note.
     */
    private static final Pattern WRITER_NOTE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'\\-]+ ){2,3}(?:"
            // the outlet before the job: "Helen Rusk is the Northern Courier's Halverston correspondent."
            + "is (?:the|a|an) (?:\\p{Lu}[\\p{L}.&\\-]* ){0,3}\\p{Lu}[\\p{L}.&\\-]*['’]s (?:[\\p{L}\\-]+ ){0,3}" + WRITER_JOBS + "[.]?"
            + "|(?:(?:covers|writes about|reports on)"
            + WRITER_NOTE_GAP + " (?:for|at|with|from|based in)"
            // after the job, "from" only right after it: "… a reporter who has worked for a decade from Kestrow" is a sentence
            + "|is (?:a|an|the) (?:[\\p{L}\\-]+ ){0,3}" + WRITER_JOBS + "\\b"
            + "(?:" + WRITER_NOTE_GAP + " (?:for|at|with|based in)| from))"
            + " (?:the )?\\p{Lu}[\\p{L}.'&\\-]*(?: \\p{Lu}[\\p{L}.'&\\-]*){0,3}[.]?)");
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

    /**
     * A site's appeal for its readers' money: "Support independent Statehouse journalism. Become a member today.",
     * "Donate now". The imperative opens the line ("Support for local journalism has waned" is a sentence).
     */
    private static final Pattern SUPPORT_APPEAL = Pattern.compile("(?i)(?:support (?:(?!(?:for|of|from|among|in|to|has|is|was|at|the|a|an|on|with"
            + "|staff|workers|services?|groups?|teams?)\\b)[\\p{L}\\-]+ ){0,3}(?:journalism|reporting|newsroom)\\b"
            + "|become an? (?:member|supporter|donor|patron)\\b(?! of\\b)"
            + "|donate (?:now|today)\\b|make a (?:donation|gift) (?:now|today)\\b)");
    /**
     * A comment form's heading and notices: "Leave a Reply", "Cancel reply", "Comments are closed on this article.",
     * "Your email address will not be published. Required fields are marked *".
     */
    private static final Pattern COMMENT_FORM = Pattern.compile("(?i)(?:leave a (?:reply|comment)|cancel reply"
            // the notice alone, not a report of comments closed elsewhere ("… disabled on the mayor's page after threats")
            + "|(?:comments|commenting) (?:are|is|has been|have been) (?:now )?(?:closed|disabled|turned off)"
            + "(?: (?:on|for) this (?:article|story|post|page))?[.!]?$"
            + "|your email address will not be published|required fields are marked"
            // the moderation notice under the form: "Comments are moderated. Please keep it civil…"
            + "|comments are (?:pre-?)?moderated\\b"
            + "|you must be logged in to (?:post a )?comment)");
    /**
     * The page asking its readers to comment: "Tell us in the comments below.", "Let us know your thoughts in the
     * comments". It opens the line or follows the page's question ("How are you saving water? Tell us…").
     */
    private static final Pattern COMMENT_INVITE = Pattern.compile("(?i)(?:tell us|let us know|share your (?:thoughts|views|stories|story"
            + "|experiences?))\\b[^.!?]{0,40}\\bin the comments?(?: section)?(?: below)?[.!]?$");
    /** A newsletter's offer: "Get local news delivered to your inbox!", "… straight to your inbox". */
    private static final Pattern INBOX_OFFER = Pattern.compile("(?i)\\b(?:delivered|sent|straight|directly)(?: \\p{L}+)? to your (?:inbox|email|mailbox|phone)"
            // the offer ends the line: "Fake delivery texts sent to your phone were the most common scam" is a report
            + "(?: (?:every|each) \\p{L}+| (?:daily|weekly))?[.!]?$");
    /** A newsletter's blurb ended by its button: "The Morning Ledger: Start your day with the headlines. Subscribe". */
    private static final Pattern BUTTON_END = Pattern.compile("[.!?]\\s+(?i:subscribe|sign up|sign me up|join)(?i: (?:now|free|today|here))?[.!]?$");
    /**
     * A stock's quote box: a ticker in brackets, the price, its change and the change in percent ("Tri-State Midland
     * Railroad Co (TSMR) 87.41 ▼ 3.83 (-4.20%)"). A sentence gives the figures words between them.
     */
    private static final Pattern STOCK_QUOTE = Pattern.compile("\\(\\p{Lu}{1,5}(?:[.:]\\p{Lu}{1,3})?\\)\\s*[$€£]?\\d[\\d,]*(?:\\.\\d+)?\\s*"
            + "[▲▼△▽↑↓]?\\s*[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?\\s*\\(?[+\\-−]?\\d+(?:\\.\\d+)?%");
    /** A link to the outlet's standards under each story: "Our Standards: The Kestrel Trust Principles." */
    private static final Pattern STANDARDS_LINK = Pattern.compile("(?i)our (?:editorial )?standards\\s*:");
    /**
     * An audio player's label over the text: "Listen to this article 2 min", "Listen (4 min)", "Audio: 3:12". Alone
     * on its line, or the summary would glue it to the lede.
     */
    private static final String DURATION = "\\s*[(:·•|\\-–—]?\\s*\\d{1,2}(?::\\d{2})?\\s*(?:min(?:ute)?s?|sec(?:ond)?s?)?\\s*\\)?";
    private static final Pattern AUDIO_PLAYER = Pattern.compile("(?i)(?:listen to (?:this|the) (?:article|story|report)(?:" + DURATION + ")?"
            + "|(?:listen|play audio|audio)" + DURATION + ")\\s*");

    /** A {@link #SITE_NOTICE} at the line's start, or the disclaimer of external sites anywhere in it. */
    private static boolean siteNotice(String raw) {
        return SITE_NOTICE.matcher(raw).lookingAt() || raw.contains("responsible") && EXTERNAL_SITES.matcher(raw).find();
    }

    /** An address or handle needs an @ (or the offer to text): the {@link #CONTACT} pattern is tried on few lines. */
    private static boolean mayContact(String raw) {
        return raw.indexOf('@') >= 0 || raw.contains("ext us") || raw.contains("EXT US");
    }
    /** The most words of a podcast's promotion. */
    static final int PROMO_WORDS = 60;
    /**
     * A podcast's promotion: "Listen now on Spotify, Apple Podcasts or wherever you get your podcasts." A report on
     * Spotify names no such offer: the verb opens a sentence, an imperative ("Subscribers who listen on Spotify…" is none).
     */
    static final Pattern PODCAST_PROMO = Pattern.compile("(?i)(?:^|(?<=[.!?:]\\s{1,3}))(?:listen|subscribe|follow)(?: now| free)? (?:on|via) "
            + "(?:spotify|apple podcasts|google podcasts|amazon music|youtube music)\\b|\\bwherever you get your podcasts\\b");
    /** A teaser's imperative after its label: "Listen: Hear the full interview…", "Watch: See how…". */
    private static final Pattern TEASER_VERB = Pattern.compile("^\\p{L}+\\s*[|:]\\s*(?:Hear|Watch|See|Read|Listen|Click|Tap)\\b");

    /** A photo's credit closing a line after a sentence of the caption's: "… reporters. Photo: Metro Radio/Ken Ashdown". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "[.!?]\\s+(?:(?:" + Lexicon.PICTURE_WORDS + "|Credit|تصوير)\\s*:\\s*[^.!?:]{2,50}"
            // a photographer and an agency after a slash: "PASCAL GUYOT / AFP", "Ken Ashdown/Metro Radio"
            + "|\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]+){1,3}\\s*/\\s*\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2})\\s*$");

    /** "c.2010 …", "(c) 2010 …": a wire's copyright, the year after its sign. */
    private static final Pattern WIRE_COPYRIGHT = Pattern.compile("(?:c\\.|\\(c\\)|\\(C\\))\\s?(?:19|20)\\d\\d\\b");

    private static final Pattern CONTRIBUTORS = Pattern.compile(
            "contributed (?:to this report|reporting)|(?:ساهم|شارك) في (?:إعداد )?(?:هذا )?(?:التقرير|الخبر)", Pattern.CASE_INSENSITIVE);
    /**
     * A report credited to a newsroom: "From Meridian Press and Courier staff", "Staff and wire reports", "From news
     * services". After names, the credit is in lower case unless "From" opens the line: a headline in title case ("Pay
     * Rise For Hospital Staff") is no credit.
     */
    private static final String NEWSROOM_NAMES = "(?:(?:the\\s+)?\\p{Lu}[\\p{L}.&'’-]*\\s+(?:and\\s+)?){0,5}";
    private static final String NEWSROOM = "(?:staff|wire reports|news services|agencies)";
    private static final Pattern STAFF_CREDIT = Pattern.compile(
            "(?:From\\s+" + NEWSROOM_NAMES + "(?i:" + NEWSROOM + ")|" + NEWSROOM_NAMES + NEWSROOM + "|(?i:" + NEWSROOM + "))"
            + "(?:\\s+and\\s+(?i:wire|news|agency)\\s+(?i:reports|services))?\\.?");
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
            + "|(?:(?:أهلا|أهلاً|اهلا|مرحبا|مرحباً)\\s+بكم|نرحب\\s+بكم)\\s+(?:في|فى)\\s+(?:تغطيتنا|التغطية)\\s+(?:المباشرة|الحية|الحيه)"
            // the reporter opening, resuming or closing the coverage in the first person: «نبدأ تغطيتنا المباشرة لتطورات…»,
            // "We're ending our live coverage here", « Nous commençons ce direct… »; the news is in the entries
            + "|(?:(?:بهذا|وبهذا|هنا|إلى هنا|الى هنا)\\s+)?(?:نبدأ|نبدا|نواصل|نتابع|نستأنف|نستانف|نختتم|ننهي|نختم|نوقف)\\s+(?:معكم\\s+)?"
            + "(?:تغطيتنا|التغطية|هذه التغطية)\\s+(?:المباشرة|الحية|الحيه)"
            + "|(?i:we(?:'re| are| will|'ll)? (?:begin(?:ning)?|start(?:ing)?|end(?:ing)?|clos(?:e|ing)|wrap(?:ping)? up|paus(?:e|ing)) (?:our|this) live (?:coverage|blog)"
            + "|this (?:concludes|ends) our live (?:coverage|blog)"
            + "|nous (?:commençons|ouvrons|poursuivons|terminons|clôturons|fermons) ce direct|ce direct est (?:désormais )?(?:terminé|clos)"
            + "|merci de nous avoir suivis)");
    /**
     * A wire's sign-off under its story: the agency's and the editors' initials, letters apart and a slash between
     * («ن ب أ / م ع», «و م ع / ح ر», "jm/ab", "AFP/kr").
     */
    private static final Pattern WIRE_SIGN_OFF = Pattern.compile(
            "\\p{L}{1,4}(?:[ .]\\p{L}{1,4}){0,3}\\.?\\s*/\\s*\\p{L}{1,3}(?:[ .]\\p{L}{1,3}){0,3}\\.?"
                    + "(?:\\s*/\\s*\\p{L}{1,3}(?:[ .]\\p{L}{1,3}){0,3}\\.?)?");
    /**
     * A wire's end mark under its story: «/انتهى/», «(انتهى)», «-انتهى-», "ENDS", "-30-". It closes the copy and names
     * no one, so it is no source line.
     */
    private static final Pattern WIRE_END_MARK = Pattern.compile(
            "[/(\\-–—*]?\\s*(?:انتهى|انتهي)\\s*[/)\\-–—*]?\\.?|[\\-–—]*\\s*(?:ENDS?|(?i:ends))\\s*[\\-–—]*|[\\-–—]30[\\-–—]");
    private static final Pattern LINK_CUE = Pattern.compile("(?i:view|read|click|visit|watch|listen|see|download|more|follow|sign up|subscribe)\\b");
    /** An aggregator's or a teaser's link to the whole text: "Read the full story at Kestrel", "Continue reading the article". */
    private static final Pattern FULL_STORY_LINK = Pattern.compile(
            "(?i)(?:read|see|continue reading)(?: the)? (?:full|whole|complete|original|rest of the) (?:story|article|report)\\b");
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\bhttps?://\\S+|\\bwww\\.[\\w\\-]+\\.\\S+");
    /** A caption that opens with what it shows: «صورة جوية للسفينة…», «الصورة: …». */
    private static final Pattern PICTURE_FIRST = Pattern.compile("(?:" + Lexicon.PICTURE_WORDS + "|(?:ال)?صور)\\b"
            // «جانب من الاجتماع…»: "a view of", how an Arabic caption opens
            + "|جانب من\\s");
    /**
     * A caption whose credit follows a dash, no sentence ended before it: «وزراء الطاقة خلال الاجتماع - تصوير: سامي
     * الهاجري», "Rescuers at the pit head — Photo: Ken Ashdown". A paragraph ends its sentence before a glued credit.
     */
    private static final Pattern DASHED_CREDIT = Pattern.compile(
            "\\s[-–—|]\\s*(?:" + Lexicon.PICTURE_WORDS + "|Credit|تصوير)\\s*:\\s*[^.!?:]{2,50}$");
    /** A file picture's mark closing its caption: «(أرشيفية)», "(File photo)", "(Archive)". */
    private static final Pattern FILE_PICTURE_MARK = Pattern.compile("\\((?:أرشيفية|ارشيفية|أرشيفيه|ارشيفيه|صورة أرشيفية|صورة ارشيفية"
            + "|(?i:file|file photo|file picture|archive|archive photo))\\)$");
    /** After the writer's name, what a note on the writer says: "Harriet Lomax is a retired hydrologist…". */
    private static final Pattern WRITER_IS = Pattern.compile(" (?:is|was) (?:a|an|the) ");
    /** The writer's name opening a byline's text: "Harriet Lomax" of "Harriet Lomax, Guest Columnist". */
    private static final Pattern BYLINE_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'\\-]+(?: \\p{Lu}[\\p{L}.'\\-]+){1,3}");
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
    static final int EDITORS_NOTE_WORDS = 60;

    /** Whether the line opens with a note to editors ("Eds: UPDATES with…"): a header line of its own, never a sentence's. */
    static boolean opensEditorsNote(CharSequence line) {
        return line.length() > 3 && line.charAt(0) == 'E' && EDITORS_NOTE.matcher(line).lookingAt();
    }

    /** A time of day in English closing a line: "6:41 p.m." */
    private static final Pattern CLOCK_END = Pattern.compile("(?i)(?<=\\d)\\s*([ap])\\.m\\.$");
    private static final Pattern COUNT_LABEL = Pattern.compile("^(?:\\d+ )?\\p{L}+(?: \\d+)?$");

    /** A verb of saying: a sentence that reports what someone said or offers, not the site's own notice. */
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:said|says|told|according to)\\b");

    static boolean saying(String line) {
        return SAYING.matcher(line).find();
    }

    /**
     * The page speaking to the reader's browser: "Please turn on JavaScript for a better experience", "Your browser
     * does not support the video tag", «يرجى تفعيل جافا سكريبت»; in the line of a live page's tools, too.
     */
    private static final Pattern BROWSER_NOTICE = Pattern.compile(
            // spoken to the reader: the line or one of its fields opens on it ("… | Please turn on JavaScript"); a report
            // on browsers ("Google said Chrome would warn users … to enable JavaScript") is news
            "(?i)(?:^|\\|)\\s*(?:(?:sorry|oops)[,!.]?\\s*)?(?:(?:please|you (?:must|need to|have to|should))\\s+|(?:يرجى|الرجاء|يجب)\\s+)?"
            + "(?:(?:turn on|enable|activate) javascript|javascript (?:is )?(?:disabled|required)|your browser does not support"
            + "|(?:update|upgrade) your browser|it (?:seems|looks like) javascript\\b|(?:تفعيل|تمكين) (?:جافا ?سكريبت|الجافا ?سكريبت)|متصفحك لا يدعم)");

    /**
     * A scene and its date, as a picture's caption ends: « Une rue inondée … à Nîmes, le 8 décembre 2026. », "A flooded
     * street in Nimes, December 8, 2026." With a credit after it, it is the picture's.
     */
    private static final Pattern DATED_SCENE = Pattern.compile(
            ",\\s+(?:le\\s+|on\\s+)?(?:\\p{Nd}{1,2}(?:er)?\\s+\\p{L}+|\\p{L}+\\s+\\p{Nd}{1,2},?)\\s+(?:19|20)\\p{Nd}{2}\\.?\\s*$");

    static String intrinsic(Page page, Unit u) {
        Map<String, String> meta = page.meta;
        boolean arabic = page.arabic;
        String raw = u.text;
        LineFeatures f = u.f;
        Matcher media = MEDIA_LABEL.matcher(raw);
        if (media.lookingAt()) return media.group(1) != null ? "photo-credit" : "photo-caption";
        // a wire service's note in brackets: "(Reporting by …; Editing by …)", "(Adds reaction in paragraphs 4-5)"
        if (WIRE_NOTE.matcher(raw).matches()) return "editor-note";
        // a wire's slug over its headline: "BC-Ferry-Capsize, 1st Ld-Writethru,0561"
        if (Layout.WIRE_SLUG.matcher(raw).matches()) return "wire-slug";
        if (f.words <= 25 && CONTRIBUTORS.matcher(raw).find() || f.words <= 10 && STAFF_CREDIT.matcher(raw.strip()).matches()) {
            meta.putIfAbsent("byline", raw);
            return "byline";
        }
        String n = u.norm();
        if (f.words <= 15 && (Lexicon.containsAnyPhrase(n, Lexicon.UPDATE_NOTICES) || STANDARDS_LINK.matcher(raw).lookingAt())) return "update-notice";
        if (f.words <= 12 && AUDIO_PLAYER.matcher(raw).matches() && (f.digits > 0 || n.startsWith("listen to"))) return "audio-player";
        // A column's disclaimer makes the piece opinion wherever it stands (a section label, only beside the title).
        if (f.words <= 40 && Genre.hasDisclaimer(n)) {
            meta.put(Genre.KEY, Genre.OPINION);
            return "disclaimer";
        }
        // "فيديو | لحظة انهيار عقار…", "شاهد | …", "WATCH: …": a teaser for another story
        if (f.words <= 25 && !f.endsSentence() && TEASER.matcher(raw).lookingAt()) return "related-articles";
        // "Metro | Tuesday, March 10, 2026 | 9:40 p.m.", "Last updated: Wednesday, March 11, 2026, 6:41 p.m.": a date
        // line, though "p.m." ends like a sentence
        Matcher clock = f.words <= 20 ? CLOCK_END.matcher(raw) : null; // short or not: "March 11, 2025, 1:20 p.m."
        if (clock != null && clock.find()) {
            String r = raw.substring(0, clock.start()) + " " + clock.group(1) + "m";
            if (raw.contains("|") && DateRows.isMetaRow(r) || DateRows.isDate(r, TextNormalizer.normalize(r), LineFeatures.of(r))) {
                meta.putIfAbsent("date", raw);
                return "date-line";
            }
        }
        // a source cited by its headline, outlet and date: «"Transit strike paralyses Eastbridge" — Eastbridge Courier,
        // September 13, 2011», ««نسر الأطلس تعلق رحلات ATR» — هسبريس، 14 مايو 2010»
        if (f.words <= 30 && CITATION.matcher(raw).matches()) return "related-articles";
        // the page's note on itself: a correction, an amendment, a live page's greeting, an affiliate disclosure
        if (f.words <= 60 && PAGE_NOTE.matcher(raw).lookingAt()) return "page-note";
        if (f.words <= 10 && WIRE_SIGN_OFF.matcher(raw.strip()).matches()) return "sign-off";
        if (f.words <= 25 && BROWSER_NOTICE.matcher(raw).find()) return "browser-notice";
        if (f.words <= 2 && WIRE_END_MARK.matcher(raw.strip()).matches()) return "end-mark";
        // a short line with a web address is a link to follow ("View this email in your browser: https://…"), not text
        if (f.words <= 15 && WEB_ADDRESS.matcher(raw).find() && (f.words <= 3 || LINK_CUE.matcher(raw).lookingAt())) return "link";
        if (f.words <= 12 && FULL_STORY_LINK.matcher(raw).lookingAt()) return "link";
        // the New York Times wire's "c.2010 N.Y. Times News Service", UPI's "(c) 2010 United Press International. All
        // rights reserved."
        if (f.words <= 12 && WIRE_COPYRIGHT.matcher(raw).lookingAt()) return "copyright";
        // the writer's note and how to reach the newsroom: "Dev Raman covers transportation for the Courier.", "Reach him at
        // draman@courier.example", "Got a story? Text us on 80555 or email news@…"; "Listen: Hear the full interview…"
        if (f.words <= 25 && !arabic) {
            boolean nearEnd = u.index >= page.units.size() - 4;
            // the note may close with how to reach the writer ("… for The Gazette. Reach her at jdoe@…")
            Matcher note = WRITER_NOTE.matcher(raw);
            if (nearEnd && note.lookingAt() && (note.end() == raw.length() || mayContact(raw) && CONTACT.matcher(raw).region(note.end(), raw.length()).find())) {
                return "byline";
            }
            // a note on the writer that the byline names, wherever it stands (an opinion piece opens with it)
            if (aboutTheWriter(meta.get("byline"), raw)) return "byline";
            // the offer opens the line, or follows a question to the reader ("Got a story? Text us…", "Are you
            // affected? You can get in touch by emailing…")
            Matcher cue = CONTACT_CUE.matcher(raw);
            if (mayContact(raw) && CONTACT.matcher(raw).find() && cue.find() && offerOpens(raw, cue.start())) return "contact-line";
            if (TEASER.matcher(raw).lookingAt() && TEASER_VERB.matcher(raw).find()) return "related-articles";
        }
        // before the numbers to call: a rise, "+2.44%", is no country code
        if (f.words <= 25 && !f.endsSentence() && STOCK_QUOTE.matcher(raw).find()) return "stock-quote";
        // a line of names and numbers to call: "+00 21 555 0148 (out of hours: …)", "Analyst: H. Marsh | +1 212 555 0142"
        if (f.words <= 20 && !f.endsSentence() && PHONE.matcher(raw).find()) return "contact-line";
        if (f.words <= 25 && siteNotice(raw)) return isCopyright(raw, n, f) ? "copyright" : "site-notice";
        if (f.words <= 25 && SUPPORT_APPEAL.matcher(raw).lookingAt() && !saying(raw)) return "support-appeal";
        if (f.words <= 25 && COMMENT_FORM.matcher(raw).lookingAt()) return "comment-prompt";
        Matcher invite = f.words <= 25 ? COMMENT_INVITE.matcher(raw) : null;
        if (invite != null && invite.find() && offerOpens(raw, invite.start())) return "comment-prompt";
        // a share bar, before the breadcrumb's test: its buttons may stand between bars too ("Share: Facebook | X")
        if (f.words <= 12 && shareBar(n)) return "share-prompt";
        // the site's own pages, linked in a row under every story: "Terms of Use · About Us · Privacy Policy · Cookies"
        if (f.words <= 25 && !f.endsSentence() && siteLinks(raw)) return "navigation";
        if (f.words <= 20 && !saying(raw) && (INBOX_OFFER.matcher(raw).find() || BUTTON_END.matcher(raw).find())) return "subscribe-prompt";
        // a picture's caption with its credit at the end: «صورة جوية للسفينة على الشعاب. الصورة: رويترز», "Union leader
        // Leonard Osei speaks to reporters. Photo: Metro Radio/Ken Ashdown"
        if (f.words <= 35 && DASHED_CREDIT.matcher(raw).find() && sentenceEnds(raw) == 0) return "photo-caption";
        if (f.words <= SHORT_WORDS && sentenceEnds(raw) == 0 && FILE_PICTURE_MARK.matcher(raw.strip()).find()) return "photo-caption";
        Matcher credited = f.words <= 35 ? CAPTION_CREDIT.matcher(raw) : null;
        if (credited != null && credited.find()) {
            String before = raw.substring(0, credited.start() + 1);
            boolean picture = arabic ? PICTURE_FIRST.matcher(before).lookingAt() : DatedCaptions.describesAPicture(before)
                    || DATED_SCENE.matcher(before).find();
            if (picture) return "photo-caption";
            // a paragraph the page glued its picture's credit to: the credit goes, the paragraph stays
            u.cutSuffix(credited.start() + 1, "photo-credit");
        }
        // or labelled as one: «صورة: طائرة ATR 72 تابعة للشركة في مطار محمد الخامس» (a credit is a name or two)
        if (f.words <= 35 && f.words >= 6 && CAPTION_LABEL.matcher(raw).lookingAt()) return "photo-caption";
        // short fields between bars, one a date: as long as a sentence, but none («الجرف - خاص الخميس 13 نوفمبر 2025 -
        // 10:35 م | آخر تحديث: …»)
        if (f.prose() && f.words <= 20 && !f.endsSentence() && DateRows.isMetaRow(raw)) {
            meta.putIfAbsent("date", raw);
            return "date-line";
        }
        if (f.words <= 25 && Navigation.crumbOverHeadline(page, u)) return "breadcrumb";
        // a line that reads as a sentence can only be a prompt or a notice, and those start with their cue word
        if (f.prose() && !Lexicon.PROMPT_STARTS.contains(firstToken(raw)) && !raw.startsWith("©")) return null;
        if (SLIDE.matcher(raw).matches()) return "slide-counter";
        if (DateRows.isDate(raw, n, f)) {
            meta.putIfAbsent("date", raw);
            return "date-line";
        }
        if (f.letters == 0) return "too-short";
        if (f.words <= 12 && Genre.isForumPostRow(raw, n)) {
            if (page.forumRows++ == 0) page.firstForumRow = u.index;
            return "forum-post";
        }
        if (Navigation.isBreadcrumb(raw, f)) return "breadcrumb";
        if (f.words <= 6 && Navigation.relatedMarker(raw, n)) return "related-articles";
        if (Navigation.isInlineRelated(raw, f)) return "related-articles";
        // a dateline on a line of its own, «الدار البيضاء - و م ع»: a place and a known agency, nothing after them
        Matcher alone = Datelines.DATELINE_ALONE.matcher(raw);
        if (f.words <= 8 && alone.matches() && Datelines.datelineAgency(alone)) {
            meta.putIfAbsent("dateline", alone.group(1).strip());
            return "dateline";
        }
        // an embedded post's counters: "1.2K likes · 214 comments", «1.2 ألف · 214 تعليقًا · 96 مشاركة»
        if (f.words <= 12 && DateRows.META_SEP.matcher(raw).find() && engagementOnly(n)) return "social-counts";
        if (isCommentPrompt(n, f)) return "comment-prompt";
        if (f.words <= 20 && Lexicon.startsWithAny(n, Lexicon.SUBSCRIBE_CUES)
                && (Lexicon.anyToken(n, Lexicon.SUBSCRIBE_CHANNELS) || f.words <= 3)) return "subscribe-prompt";
        if (f.words <= 15 && Lexicon.startsWithAny(n, Lexicon.FOLLOW_CUES)
                && (Lexicon.anyToken(n, Lexicon.SOCIAL) || Lexicon.containsAnyPhrase(n, Lexicon.NEWS_SERVICES) || f.words <= 2)) return "follow-prompt";
        if (f.words <= 4 && Lexicon.NAVIGATION.contains(n)) return "navigation";
        if (f.words >= 4 && f.words <= 12 && Navigation.menuRow(raw, n)) return "navigation";
        if (f.words <= 20 && raw.contains(":") && Lexicon.startsWithAny(n, Lexicon.TAG_CUES)) return "tags";
        if (f.words <= 40 && Lexicon.startsWithAny(n, Lexicon.REPUBLISHED_CUES)) return "republished-notice";
        // An English imperative "Subscribe to …" needs no channel word: no news sentence starts that way.
        if (f.words <= 20 && (n.startsWith("subscribe ") || n.startsWith("sign up ") || n.startsWith("abonnez vous ")
                || n.startsWith("abonnés ") || n.startsWith("inscrivez vous "))) return "subscribe-prompt";
        if (f.words <= 12 && DateRows.READING_TIME.matcher(n).find()) {
            // "Posted on March 12, 2025 by Colleen Marchetti · 4 min read": the row carries the page's date too
            if (PublicationDate.parse(raw, false) != null) meta.putIfAbsent("date", raw);
            return "reading-time";
        }
        if (f.words <= 20 && !f.endsSentence() && (DateRows.isMetaRow(raw) || DateRows.isDashedMetaRow(raw, arabic))) {
            meta.putIfAbsent("date", raw);
            return "date-line";
        }
        if (isCopyright(raw, n, f)) return "copyright";
        if (f.prose() || f.ending == LineFeatures.Ending.SENTENCE && f.words > 8) return null;
        String credit = Credits.creditOrByline(page, raw, n, f);
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

    /**
     * Whether the line, one sentence, opens with the byline's writer and says who the writer is: "Harriet Lomax is a
     * retired hydrologist and a former member of the water board." under "By Harriet Lomax, Guest Columnist".
     */
    private static boolean aboutTheWriter(String byline, String raw) {
        if (byline == null || sentenceEnds(raw) != 1 || !raw.endsWith(".")) return false;
        Matcher name = BYLINE_NAME.matcher(byline.strip());
        if (!name.lookingAt() || !raw.startsWith(name.group())) return false;
        return WRITER_IS.matcher(raw).region(name.end(), raw.length()).lookingAt();
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

    /** The label of a key-points bar: "Key points:", "Key events:", "At a glance:", «أبرز النقاط:». */
    static final Pattern KEY_POINTS_BAR = Pattern.compile("(?i:key (?:points|events|facts)|at a glance|the latest)\\s*:|أبرز (?:النقاط|الأحداث)\\s*:");

    /**
     * A bar of share buttons: its labels only, with the cue ("Share on Facebook | Share on X | Email") or two at least
     * ("Facebook Twitter WhatsApp SMS Email Print"); with the cue, the comments' count may close it ("Share Tweet Email
     * Comments (214)").
     */
    private static boolean shareBar(String n) {
        String[] t = Lexicon.tokens(n);
        boolean cue = Lexicon.anyToken(n, Lexicon.SHARE_CUES), count = false;
        for (String x : t) {
            if (Lexicon.SHARE_WORDS.contains(x)) continue;
            if (!cue || !(Lexicon.COMMENT_WORDS.contains(x) || COUNT.matcher(x).matches())) return false;
            count = true;
        }
        return t.length > 0 && (cue || t.length >= 2 && !count);
    }

    /** The fields of a row of links, between its bars or dots. */
    private static final Pattern LINK_SEP = Pattern.compile("\\s*[·•|]\\s*");

    /** A row of two fields or more, each a link to one of the site's own pages and two of them its legal ones. */
    private static boolean siteLinks(String raw) {
        String[] fields = LINK_SEP.split(raw.strip());
        if (fields.length < 3) return false;
        int legal = 0;
        for (String fld : fields) {
            String fn = TextNormalizer.normalize(fld);
            if (Lexicon.LEGAL_PAGES.contains(fn)) legal++;
            else if (LineFeatures.of(fld).words > 3) return false;
        }
        return legal >= 2;
    }

    private static boolean isCommentPrompt(String n, LineFeatures f) {
        if (f.words > 10 || !Lexicon.anyToken(n, Lexicon.COMMENT_WORDS)) return false;
        String[] t = Lexicon.tokens(n);
        // the cue may follow a question: "ما رأيك؟ شاركنا في التعليقات", "What do you think? Tell us in the comments"
        for (int k = 0; k < Math.min(6, t.length); k++) if (Lexicon.COMMENT_CUES.contains(t[k])) return true;
        // a bare label: "Comments", "12 comments", "التعليقات"
        return t.length <= 2 && COUNT_LABEL.matcher(n).matches();
    }

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

    static boolean headlineLike(LineFeatures f) {
        return f.letters > 0 && f.words <= SHORT_WORDS && f.ending != LineFeatures.Ending.SENTENCE;
    }

    /** The most words of a caption set under a paragraph, and of one that reads as a caption. */
    static final int CAPTION_WORDS = 10, LONG_CAPTION_WORDS = 15;

    /** How many sentence ends (". ", "! ", "? " or the last character) a short line has; "a.m. " and "U.S. " are none. */
    static int sentenceEnds(String t) {
        int n = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (".!?؟".indexOf(c) < 0 || k + 1 < t.length() && t.charAt(k + 1) != ' ') continue;
            boolean initial = c == '.' && k >= 2 && Character.isLetter(t.charAt(k - 1)) && (t.charAt(k - 2) == '.' || t.charAt(k - 2) == ' ');
            if (!initial || k + 1 == t.length()) n++;
        }
        return n;
    }
}
