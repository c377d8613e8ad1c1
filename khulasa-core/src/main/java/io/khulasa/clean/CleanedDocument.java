package io.khulasa.clean;

import java.util.List;
import java.util.Map;

/**
 * An article with its boilerplate removed: the text that offsets refer to, the kept blocks in order, and
 * every dropped line with its reason.
 *
 * @param id        the document id (file name or JSON Lines id)
 * @param text      the text every offset refers to: the decoded file for plain text, the extracted main
 *                  text for HTML
 * @param title     the cleaned title (site tagline removed), or null
 * @param blocks    kept blocks in text order; a title found inside the text is the first block, marked title
 * @param dropped   dropped lines in text order
 * @param metadata  facts recognised in the furniture: {@code byline}, {@code source}, {@code dateline}, …
 * @param url       as given, or null
 * @param published the publication date: given with the article, else found in the page (its metadata or its
 *                  date line); ISO 8601 whenever it could be read, or null
 */
public record CleanedDocument(
        String id,
        String text,
        String title,
        List<TextBlock> blocks,
        List<DroppedLine> dropped,
        Map<String, String> metadata,
        String url,
        String published) {

    public CleanedDocument {
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
        metadata = Map.copyOf(metadata);
    }

    /**
     * The moment the text speaks of: the later of its publication and its last update (a live page may give only
     * the update), or null when neither can be read.
     */
    public java.time.Instant asOf() {
        java.time.Instant p = PublicationDate.instant(published), u = PublicationDate.instant(metadata.get(ArticleCleaner.UPDATED));
        return p == null ? u : u == null || p.isAfter(u) ? p : u;
    }
}
