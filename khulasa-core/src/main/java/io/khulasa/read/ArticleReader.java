package io.khulasa.read;

import io.khulasa.Article;
import io.khulasa.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a cluster of articles: a directory of {@code .txt}/{@code .html} files, one such file, or a
 * {@code .jsonl} file with one article a line. Files are read in name order.
 *
 * <p>File kinds: {@code .txt}/{@code .text} are plain text; {@code .html}/{@code .htm}/{@code .xhtml} are pages
 * (the cleaner extracts their main text); {@code .jsonl}/{@code .ndjson} hold one article a line. Known
 * non-article formats (images, PDF, archives, office files, {@code .json}, …) are skipped with a reason. Any
 * other file — no extension, {@code .md}, {@code .story}, … — is read as plain text if its bytes are text, since
 * corpora often ship articles without an extension. Hidden files (dot-files) and sub-directories are ignored.
 *
 * <p>A file that cannot be used (empty, binary, undecodable, unreadable) is skipped with a reason and does not
 * stop the others; when nothing at all can be read, {@link #read} throws an {@link InputException} naming the path.
 * A JSON Lines record read, but not as written (a line in another charset, a repeated id), is named among the
 * {@link ReadResult#warnings() warnings}.
 */
public final class ArticleReader {
    private static final Set<String> TEXT = Set.of("txt", "text");
    private static final Set<String> HTML = Set.of("html", "htm", "xhtml");
    private static final Set<String> JSONL = Set.of("jsonl", "ndjson");
    private static final Set<String> NOT_ARTICLES = Set.of(
            "json", "pdf", "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff",
            "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "jar", "class", "exe", "dll", "so", "bin",
            "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "mp3", "mp4", "wav", "avi", "mov", "css", "js");

    private final CharsetSniffer sniffer = new CharsetSniffer();
    private final JsonLinesReader jsonLines = new JsonLinesReader();

    /** Reads everything at {@code path}; throws when nothing at all could be read. */
    public ReadResult read(Path path) {
        if (!Files.exists(path)) throw new InputException(path, "no such file or directory");
        List<Article> out = new ArrayList<>();
        List<InputException> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> files = listFiles(path);
            if (files.isEmpty()) throw new InputException(path, "no articles found");
            for (Path f : files) readFile(f, out, skipped, warnings);
        } else {
            readFile(path, out, skipped, warnings);
        }
        if (out.isEmpty()) {
            String why = skipped.isEmpty() ? "no articles found"
                    : "no readable articles (" + skipped.size() + " skipped; first: " + skipped.get(0).getMessage() + ")";
            throw new InputException(path, why);
        }
        return new ReadResult(out, skipped, warnings);
    }

    private static List<Path> listFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list directory: " + e.getMessage());
        }
    }

    private void readFile(Path f, List<Article> out, List<InputException> skipped, List<String> warnings) {
        String name = f.getFileName().toString();
        String ext = extension(name);
        if (NOT_ARTICLES.contains(ext)) {
            skipped.add(new InputException(f, "unsupported file type ." + ext));
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException | OutOfMemoryError e) {
            skipped.add(new InputException(f, "cannot read: " + e.getMessage()));
            return;
        }
        boolean html = HTML.contains(ext), jsonl = JSONL.contains(ext);
        CharsetSniffer.Decoded d = jsonl ? sniffer.decodeLines(bytes) : sniffer.decode(bytes, html);
        if (!d.isText()) {
            skipped.add(new InputException(f, d.problem()));
            return;
        }
        d.badLines().forEach((line, problem) -> warnings.add(name + ":" + line + ": " + problem));
        String content = d.text();
        if (content.isBlank()) {
            skipped.add(new InputException(f, "empty file"));
            return;
        }
        if (jsonl) {
            int before = out.size();
            jsonLines.read(name, content, out, skipped, warnings);
            if (out.size() == before && skipped.isEmpty()) skipped.add(new InputException(f, "no records"));
        } else if (html) {
            out.add(Article.builder(name).html(content).build());
        } else {
            out.add(Article.builder(name).text(content).build());
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
