package io.khulasa.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The main text of a news page. Page chrome is removed first (scripts, styles, forms, navigation, asides,
 * footers, iframes, menu headers, embedded social posts, ads, photo captions, related links, pull quotes,
 * sign-up boxes); then the element holding the most paragraph text — the article body — is
 * chosen, and its block elements become lines separated by blank lines. The title comes from og:title, else the
 * first h1, else {@code <title>}; it is put on the first line when the body does not already start with it, so
 * the cleaner handles it (and its tagline) like a plain-text title. The text never contains markup.
 */
final class HtmlMainText {

    /** Extraction result; {@code title} may be null, {@code genre} is a {@link Genre} value or null for a report. */
    record Extracted(String title, String text, String site, String author, String genre,
                     String published, String modified, String standfirst) {}

    /**
     * The standfirst (dek, strapline, subtitle) under a headline: a second headline in its telegraphic style
     * ("Blaze triples in size overnight as crews battle wind; thousands told to leave"), display copy rather than
     * a sentence of the report, so it is kept as metadata, not as text.
     */
    private static final String STANDFIRST =
            "[class~=(?i)(^|\\s)(standfirst|dek|sub-?title|article-subtitle|sub-?headline|sub-?head|strapline)(\\s|$)]";

    /** Where pages state when they were published, most standard first: Open Graph, then other metadata. */
    private static final String PUBLISHED = "meta[property=article:published_time], meta[itemprop=datePublished], "
            + "meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=date], "
            + "meta[name=DC.date.issued], meta[name=parsely-pub-date], meta[name=sailthru.date]";
    private static final String MODIFIED = "meta[property=article:modified_time], meta[itemprop=dateModified], "
            + "meta[property=og:updated_time], meta[name=last-modified]";
    private static final java.util.regex.Pattern LD_DATE =
            java.util.regex.Pattern.compile("\"(datePublished|dateModified)\"\\s*:\\s*\"([^\"]+)\"");

    private static final String CHROME = "script, style, noscript, template, iframe, object, embed, form, nav, aside, "
            + "footer, svg, canvas, button, select, input, textarea, [role=navigation], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden], "
            // Embedded posts quote another account, with its handle, date and links; ads and consent banners
            // as AMP pages write them.
            + "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, "
            + ".fb-post, amp-twitter, amp-instagram, amp-facebook, amp-ad, amp-embed, amp-user-notification, amp-consent";
    /**
     * Known by their class: a photo's caption (it describes the photo, with its credit), links to related
     * stories set inside a paragraph, pull quotes (repeats of the body) and sign-up boxes. A class name says
     * less than a tag, so an element holding most of the page's text is kept whatever its class.
     */
    private static final String CLASSED_CHROME =
            "figcaption, [class~=(?i)caption], [class~=(?i)related|pull-?quote|newsletter|subscri|sign-?up]";
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "header",
            "address", "br", "hr");

    private HtmlMainText() {}

    static Extracted extract(String html, String url) {
        Document doc = Jsoup.parse(html);
        boolean opinion = Genre.isOpinionPage(doc, url), live = Genre.isLiveTitle(doc.title()), forum = Genre.isForumPage(doc);
        String published = date(doc, PUBLISHED), modified = date(doc, MODIFIED);
        for (Element ld : doc.select("script[type=application/ld+json]")) { // schema.org: the dates, a live blog, a thread
            live |= ld.data().contains("LiveBlogPosting");
            forum |= ld.data().contains("DiscussionForumPosting");
            java.util.regex.Matcher m = LD_DATE.matcher(ld.data());
            while (m.find()) {
                String d = PublicationDate.parse(m.group(2), false);
                if (m.group(1).equals("datePublished") && published == null) published = d;
                if (m.group(1).equals("dateModified") && modified == null) modified = d;
            }
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) published = PublicationDate.parse(time.attr("datetime"), false);
        }
        if (published == null) published = shownDate(doc);
        String og = attr(doc, "meta[property=og:title]", "content");
        Element h1 = doc.selectFirst("h1");
        String title = og != null ? og : h1 != null && !h1.text().isBlank() ? h1.text() : blankToNull(doc.title());
        String site = attr(doc, "meta[property=og:site_name]", "content");
        String author = attr(doc, "meta[name=author]", "content");

        Element body = doc.body();
        body.select(CHROME).remove();
        int pageText = body.text().length();
        removeMinor(body, CLASSED_CHROME, pageText, Integer.MAX_VALUE);
        List<String> standfirsts = removeMinor(body, STANDFIRST, pageText, 400);
        String standfirst = standfirsts.stream().map(HtmlMainText::blankToNull).filter(t -> t != null).findFirst().orElse(null);
        for (Element header : body.select("header")) {
            // a page header is menus and logos; an article header (title, byline) has little text and no lists
            if (!header.select("ul, ol").isEmpty() || header.parent() == body) header.remove();
        }
        Element main = densest(body);
        List<String> paragraphs = new ArrayList<>();
        collect(main, paragraphs, new StringBuilder());
        String heading = h1 != null && !h1.text().isBlank() ? h1.text().strip() : title;
        if (heading != null && (paragraphs.isEmpty()
                || !TextNormalizer.normalize(paragraphs.get(0)).equals(TextNormalizer.normalize(heading)))) {
            paragraphs.add(0, squash(heading));
        }
        String genre = opinion ? Genre.OPINION : forum ? Genre.FORUM : live ? Genre.LIVE : null;
        return new Extracted(title, String.join("\n\n", paragraphs), site, author, genre, published, modified, standfirst);
    }

    /**
     * The element with the most paragraph text: each paragraph's length counts fully for its parent and half for
     * its grandparent, so the body of an article beats a sidebar of teasers, and a wrapper beats its sections
     * only when the text is really spread over them. A div that holds no block but line breaks is a paragraph too
     * (as Readability reads it): some sites set their paragraphs as {@code <div>}s, and a bio's one {@code <p>}
     * must not outweigh them. Such a div counts only when it is marked as a paragraph ({@code data-testid="paragraph-3"})
     * or the page has little {@code <p>} text beside them: under an article in {@code <p>}s, plain divs are mostly
     * reader comments or teasers, which must not outweigh the article.
     */
    private static Element densest(Element body) {
        Map<Element, Double> score = new HashMap<>();
        Set<Element> holdBlocks = holdingBlocks(body);
        int pText = 0, divText = 0;
        for (Element p : body.select("p, pre, blockquote, div")) {
            int len = p.text().length();
            if (len < 25) continue;
            if (!p.normalName().equals("div")) pText += len;
            else if (!holdBlocks.contains(p)) divText += len;
        }
        boolean plainDivs = pText < divText / 3;
        for (Element p : body.select("p, pre, blockquote, div")) {
            if (p.normalName().equals("div") && (holdBlocks.contains(p) || !plainDivs && !markedParagraph(p))) continue;
            int len = p.text().length();
            if (len < 25) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, (double) len, Double::sum);
            if (parent.parent() != null) score.merge(parent.parent(), len / 2.0, Double::sum);
        }
        Element best = body;
        double top = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern PARAGRAPH_MARK =
            java.util.regex.Pattern.compile("(?i)(^|[-_\\s])para(graph)?([-_\\s\\d]|$)");

    /** A div an attribute names as a paragraph: {@code data-testid="paragraph-3"}, {@code class="article-body__paragraph"}. */
    private static boolean markedParagraph(Element div) {
        for (org.jsoup.nodes.Attribute a : div.attributes()) if (PARAGRAPH_MARK.matcher(a.getValue()).find()) return true;
        return false;
    }

    /** The elements that hold a block element other than a line break: its ancestors, each marked once. */
    private static Set<Element> holdingBlocks(Element body) {
        Set<Element> holding = new HashSet<>();
        for (Element d : body.getAllElements()) {
            if (!BLOCKS.contains(d.normalName()) || d.normalName().equals("br")) continue;
            for (Element a = d.parent(); a != null && holding.add(a); a = a.parent()) { /* marks up to one marked */ }
        }
        return holding;
    }

    /** Depth-first: inline text gathers in {@code buf}; a block boundary or {@code <br>} ends a paragraph. */
    private static void collect(Node node, List<String> out, StringBuilder buf) {
        Node previous = null;
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                buf.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean block = BLOCKS.contains(e.normalName());
                if (block) flush(out, buf);
                // two inline elements side by side are two items of a row ("<span>1 من 6</span><span>تصوير: …</span>"),
                // not one word: the page's layout set them apart
                else if (previous instanceof Element p && buf.length() > 0 && !Layout.isSpace(buf.charAt(buf.length() - 1))
                        && (p.text().indexOf(' ') >= 0 || e.text().indexOf(' ') >= 0)) buf.append(' ');
                if (isLinkList(e)) continue; // menus and teaser lists inside the body
                collect(e, out, buf);
                if (block) flush(out, buf);
            }
            previous = child;
        }
    }

    /** A list whose text is nearly all links: navigation or a teaser list, not article text. */
    private static boolean isLinkList(Element e) {
        if (!e.normalName().equals("ul") && !e.normalName().equals("ol")) return false;
        int all = e.text().length();
        if (all == 0) return true;
        int linked = 0;
        Elements links = e.select("a");
        for (Element a : links) linked += a.text().length();
        return linked >= 0.6 * all;
    }

    private static void flush(List<String> out, StringBuilder buf) {
        String s = squash(buf);
        if (!s.isEmpty()) out.add(s);
        buf.setLength(0);
    }

    /** One line: every whitespace run (newlines included) a single space. */
    private static String squash(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Layout.isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }

    /**
     * Removes the elements {@code css} selects that hold less than half the page's text and at most {@code maxChars}
     * (an element known only by its class may be the article itself), and returns their texts in page order.
     */
    private static List<String> removeMinor(Element body, String css, int pageText, int maxChars) {
        List<String> removed = new ArrayList<>();
        for (Element e : body.select(css)) {
            int len = e.text().length();
            if (e == body || e.parent() == null || len > maxChars || len >= 0.5 * pageText) continue;
            removed.add(e.text());
            e.remove();
        }
        return removed;
    }

    /**
     * The date a page shows and does not give as metadata: «الاثنين ١٥ ديسمبر ٢٠٢٥ - ١١:٠٥ ص» in a
     * {@code <div class="date">}, "Domingo, 6 de diciembre de 2026, 22:05" in a {@code <span class="fecha">}, a
     * {@code <time>} without its attribute, a byline or post-info row with its date («بقلم: … • الاثنين ١٥ ديسمبر ٢٠٢٥ -
     * ١١:٠٥ ص»). Only a short element named for a date (or for the article's details) is read: a date in the text may
     * be any event's.
     */
    private static String shownDate(Document doc) {
        for (Element e : doc.select(SHOWN_DATE)) {
            if (elsewhere(e)) continue;
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > SHOWN_DATE_CHARS) continue;
            String iso = PublicationDate.parse(text, false);
            if (iso != null) return iso;
        }
        return null;
    }

    /**
     * Whether a date element belongs to the page, not the article: in its header, menus, sidebar or footer, in a link
     * or a list (another story's teaser: "Politics · 12 March 2024"), or in a box named for teasers.
     */
    private static boolean elsewhere(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("header") && a.parent() == a.ownerDocument().body() || tag.equals("nav") || tag.equals("aside")
                    || tag.equals("footer") || tag.equals("a") || tag.equals("li")) return true;
            if (TEASER_BOX.matcher(a.className()).find() || TEASER_BOX.matcher(a.id()).find()) return true;
        }
        return TEASER_BOX.matcher(e.className()).find();
    }

    private static final java.util.regex.Pattern TEASER_BOX = java.util.regex.Pattern.compile(
            "(?i)card|teaser|trend|related|popular|most|widget|sidebar|menu|top-?bar|masthead|ticker|breaking");

    private static final String SHOWN_DATE = "time, [class~=(?i)(^|[-_])(date|dates|dateline|fecha|published|pubdate|timestamp|time|updated|info|byline)([-_]|$)], "
            + "[itemprop=datePublished]";
    /** Longest element text read as a shown date: a date line with its weekday, time and "Updated" label. */
    private static final int SHOWN_DATE_CHARS = 80;

    /** The first of the elements {@code css} selects whose content is a date we can read, as ISO 8601. */
    private static String date(Document d, String css) {
        for (Element m : d.select(css)) {
            String iso = PublicationDate.parse(m.attr("content"), false);
            if (iso != null) return iso;
        }
        return null;
    }

    private static String attr(Document d, String css, String name) {
        Element e = d.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
