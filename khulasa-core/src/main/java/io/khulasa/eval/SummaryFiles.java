package io.khulasa.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds reference and peer summaries on disk and pairs them by cluster; used by {@code khulasa rouge}
 * and by {@link DatasetLoader}.
 *
 * <p>The cluster key of a file is its name up to the first dot (the whole name when it has none).
 *
 * <ul>
 *   <li>References: every regular file directly in the references directory, e.g. DUC's
 *       {@code d30001.m.100.t.a} or MultiLing's {@code M000.A.250}; a cluster's references are
 *       taken in file-name order (which decides ties under {@code --multi-ref best}).
 *   <li>Peers, two layouts (both may be mixed): a regular file {@code <cluster>.<System>} directly
 *       in the peers directory (DUC: {@code d30001.ICSISumm}; the system id is everything after
 *       the first dot), or a file {@code <System>/<cluster>[.anything]} in a subdirectory
 *       (MultiLing: {@code ID1/M000}).
 * </ul>
 *
 * Hidden files (names starting with a dot) are ignored.
 */
public final class SummaryFiles {

    private SummaryFiles() {}

    /** Reference files by cluster, each list in file-name order. */
    public static Map<String, List<Path>> references(Path dir) throws IOException {
        Map<String, List<Path>> out = new TreeMap<>();
        for (Path p : list(dir)) {
            if (Files.isRegularFile(p)) {
                out.computeIfAbsent(clusterKey(p.getFileName().toString()), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    /** Peer files by system, then cluster; problems (unpairable names) go to {@code problems}. */
    public static Map<String, Map<String, Path>> peers(Path dir, Consumer<String> problems)
            throws IOException {
        Map<String, Map<String, Path>> out = new TreeMap<>();
        for (Path p : list(dir)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                for (Path f : list(p)) {
                    if (Files.isRegularFile(f)) {
                        add(out, name, clusterKey(f.getFileName().toString()), f, problems);
                    }
                }
            } else if (Files.isRegularFile(p)) {
                int dot = name.indexOf('.');
                if (dot <= 0 || dot == name.length() - 1) {
                    problems.accept("skipped peer " + p + ": name is not <cluster>.<System>"
                            + " (or put it in a <System>/ subdirectory)");
                    continue;
                }
                add(out, name.substring(dot + 1), name.substring(0, dot), p, problems);
            }
        }
        return out;
    }

    private static void add(Map<String, Map<String, Path>> out, String system, String cluster,
            Path file, Consumer<String> problems) {
        Path previous = out.computeIfAbsent(system, k -> new TreeMap<>()).putIfAbsent(cluster, file);
        if (previous != null) {
            problems.accept("skipped peer " + file + ": system " + system + " already has "
                    + previous + " for cluster " + cluster);
        }
    }

    public static String clusterKey(String fileName) {
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** Strict UTF-8: a malformed file is an error, never silently repaired. */
    public static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (MalformedInputException e) {
            throw new NotUtf8Exception(firstBadByte(bytes));
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(-1);
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        return decoder.decode(in, out, true).isError() ? in.position() : -1;
    }

    /** The file is not valid UTF-8. */
    public static final class NotUtf8Exception extends IOException {
        final int offset;

        NotUtf8Exception(int offset) {
            super(offset >= 0 ? "not valid UTF-8 (bad byte at offset " + offset + ")" : "not valid UTF-8");
            this.offset = offset;
        }
    }
}
