package io.khulasa.read;

import io.khulasa.Article;
import io.khulasa.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a cluster of articles: a directory of {@code .txt}/{@code .html} files, one such file, or a
 * {@code .jsonl} file with one article a line. Files are read in name order.
 */
public final class ArticleReader {

    /** Reads everything at {@code path}; throws when nothing at all could be read. */
    public ReadResult read(Path path) {
        if (!Files.exists(path)) throw new InputException(path, "no such file or directory");
        List<Article> out = new ArrayList<>();
        List<InputException> skipped = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new InputException(path, "cannot list directory: " + e.getMessage());
            }
        } else {
            files.add(path);
        }
        for (Path f : files) {
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                out.add(Article.ofText(f.getFileName().toString(), text));
            } catch (IOException e) {
                skipped.add(new InputException(f, "cannot read: " + e.getMessage()));
            }
        }
        if (out.isEmpty()) throw new InputException(path, "no readable articles");
        return new ReadResult(out, skipped);
    }
}
