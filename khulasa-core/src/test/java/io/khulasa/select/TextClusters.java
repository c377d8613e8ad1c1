package io.khulasa.select;

import io.khulasa.Article;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.ClusterAnalyzer;
import io.khulasa.clean.ArticleCleaner;

import java.util.ArrayList;
import java.util.List;

/** Clusters of plain-text articles, cleaned and analysed as the summarizer reads them. */
final class TextClusters {
    private TextClusters() {}

    /** Each text one article, {@code a0.txt}, {@code a1.txt}…, in {@code language}. */
    static AnalyzedCluster of(String language, String... texts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) articles.add(Article.ofText("a" + i + ".txt", texts[i]));
        return new ClusterAnalyzer(false).analyze(new ArticleCleaner().clean(articles), language);
    }
}
