package io.khulasa.eval;

import io.khulasa.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises an evaluation dataset's layout from its files and reads it:
 * <ul>
 *   <li>DUC — {@code docs/ refs/ peers/}: references {@code <cluster>.<anything>}, peers
 *       {@code <cluster>.<System>}; 100 words.</li>
 *   <li>MultiLing — a language folder with {@code docs/ refs/ peers/ID*}/{@code <topic>}; or the folder
 *       above it with one language folder, named on the command line (e.g. {@code multiling2011-dev/arabic});
 *       250 words.</li>
 *   <li>EASC — {@code manifest.tsv} ({@code article_file, topic, summary_files}); a word budget of
 *       ceil(0.33 × the article's words).</li>
 * </ul>
 */
public final class DatasetLoader {
    /** EASC's suggested protocol: a third of the article's words. */
    static final double EASC_RATIO = 0.33;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public Dataset load(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException(dir, "not a dataset directory");
        if (Files.isRegularFile(dir.resolve("manifest.tsv"))) return easc(dir);
        if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("refs"))) {
            Path peers = dir.resolve("peers");
            boolean perSystemDirs = Files.isDirectory(peers) && list(peers).stream().anyMatch(Files::isDirectory);
            return perSystemDirs ? paired(dir, Dataset.Layout.MULTILING, 250) : paired(dir, Dataset.Layout.DUC, 100);
        }
        throw new InputException(dir, "unknown dataset layout (expected docs/ refs/ [peers/], "
                + "or manifest.tsv; for MultiLing name the language folder, e.g. multiling2011-dev/arabic)");
    }

    /** DUC and MultiLing: references and peers paired by cluster key, as {@code khulasa rouge} pairs them. */
    private Dataset paired(Path dir, Dataset.Layout layout, int words) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Path>> refs;
        Map<String, Map<String, Path>> peersBySystem;
        try {
            refs = SummaryFiles.references(dir.resolve("refs"));
            peersBySystem = Files.isDirectory(dir.resolve("peers"))
                    ? SummaryFiles.peers(dir.resolve("peers"), problems::add) : Map.of();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list: " + e.getMessage());
        }
        Map<String, Map<String, Path>> peers = new TreeMap<>(); // by cluster, then system
        peersBySystem.forEach((system, byCluster) -> byCluster.forEach((cluster, file) ->
                peers.computeIfAbsent(cluster, k -> new TreeMap<>()).put(system, file)));
        List<EvalCluster> clusters = new ArrayList<>();
        for (Path c : list(dir.resolve("docs"))) {
            if (!Files.isDirectory(c)) continue;
            String id = c.getFileName().toString();
            clusters.add(new EvalCluster(id, naturalOrder(list(c)), matchRefs(refs, id),
                    peers.getOrDefault(id, Map.of()), words));
        }
        String folder = dir.getFileName().toString();
        if (layout == Dataset.Layout.DUC) return new Dataset(folder, layout, "en", clusters, problems);
        String language = switch (folder) {
            case "arabic" -> "ar";
            case "english" -> "en";
            default -> "auto";
        };
        String parent = dir.getParent() == null ? "" : dir.getParent().getFileName() + "/";
        return new Dataset(parent + folder, layout, language, clusters, problems);
    }

    private Dataset easc(Path dir) {
        Path manifest = dir.resolve("manifest.tsv");
        List<EvalCluster> clusters = new ArrayList<>();
        List<String> lines = readLines(manifest);
        for (int i = 1; i < lines.size(); i++) { // line 1 names the columns
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            if (f.length < 3) throw new InputException(manifest + ":" + (i + 1), "expected 3 tab-separated fields");
            Path article = dir.resolve(f[0]);
            List<Path> refs = new ArrayList<>();
            for (String s : f[2].split(",")) refs.add(dir.resolve(s.strip()));
            String id = article.getFileName().toString().replaceFirst("\\.txt$", "");
            int words = io.khulasa.Budget.countWords(read(article));
            clusters.add(new EvalCluster(id, List.of(article), refs, Map.of(), (int) Math.ceil(EASC_RATIO * words)));
        }
        clusters.sort(Comparator.comparing(EvalCluster::id));
        return new Dataset(dir.getFileName().toString(), Dataset.Layout.EASC, "ar", clusters, List.of());
    }

    /** DUC clusters are named {@code d30001t} in docs/ and {@code d30001} in refs/: match on the prefix. */
    private static List<Path> matchRefs(Map<String, List<Path>> refs, String id) {
        List<Path> exact = refs.get(id);
        if (exact != null) return exact;
        for (Map.Entry<String, List<Path>> e : refs.entrySet()) {
            if (id.startsWith(e.getKey()) && id.length() - e.getKey().length() <= 1) return e.getValue();
        }
        return List.of();
    }

    /** D1, D2, …, D10: numbers compare as numbers so article order is the intended one. */
    static List<Path> naturalOrder(List<Path> files) {
        List<Path> out = new ArrayList<>(files);
        out.sort(Comparator.comparing((Path p) -> naturalKey(p.getFileName().toString())));
        return out;
    }

    private static String naturalKey(String name) {
        Matcher m = DIGITS.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, String.format("%012d", Long.parseLong(m.group().length() > 12 ? "0" : m.group())));
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot list: " + e.getMessage());
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(p, "cannot read as UTF-8: " + e.getMessage());
        }
    }

    private static List<String> readLines(Path p) {
        return read(p).lines().toList();
    }
}
